import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// A reader who follows a link from the README or a docs page must land somewhere: the file must exist and, when the
// link names an anchor, the target page must have a heading that GitHub gives that anchor.
const ROOT = resolve(import.meta.dirname, "../../..");
const PAGES = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** Markdown without fenced code blocks, where `#` starts no heading and `[x](y)` is no link. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
}

/** …and without code spans either, for finding links. */
function prose(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, "``");
}

/** The anchor GitHub derives from a heading's text (github-slugger), before de-duplication. */
export function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1") // links render as their text
    .replace(/<[^>]+>/g, ""); // inline HTML is dropped; `*` and backticks go with the other punctuation below
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
}

/** Every anchor a page offers: headings (with GitHub's `-1`, `-2` suffixes for repeats) and explicit HTML ids. */
export function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of withoutFences(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]!);
  return anchors;
}

interface Link {
  page: string;
  target: string;
}

function linksOf(page: string): Link[] {
  const text = prose(readFileSync(join(ROOT, page), "utf8"));
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const defined = [...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]!);
  return [...inline, ...defined].map((target) => ({ page, target }));
}

function brokenLinks(pages: readonly string[]): string[] {
  const broken: string[] = [];
  for (const { page, target } of pages.flatMap(linksOf)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: — not ours to check
    const [path, anchor] = target.split("#", 2) as [string, string | undefined];
    const file = path === "" ? join(ROOT, page) : resolve(dirname(join(ROOT, page)), decodeURIComponent(path));
    if (!existsSync(file)) {
      broken.push(`${page} -> ${target} (no such file)`);
      continue;
    }
    if (anchor === undefined || anchor === "") continue;
    if (statSync(file).isDirectory() || !file.endsWith(".md")) {
      broken.push(`${page} -> ${target} (an anchor into something that is not a Markdown page)`);
      continue;
    }
    if (!anchorsOf(readFileSync(file, "utf8")).has(decodeURIComponent(anchor).toLowerCase())) {
      broken.push(`${page} -> ${target} (no heading "${anchor}" in ${relative(ROOT, file)})`);
    }
  }
  return broken;
}

describe("relative links in README.md and docs/", () => {
  it("all resolve, files and #anchors alike", () => {
    expect(brokenLinks(PAGES)).toEqual([]);
  });
});

describe("GitHub's heading anchors", () => {
  it("are derived the way github.com renders them", () => {
    expect(slug("3. `_resolvedConfig`: what the client compares")).toBe("3-_resolvedconfig-what-the-client-compares");
    expect(slug("Recovering from a failed or interrupted apply")).toBe("recovering-from-a-failed-or-interrupted-apply");
    expect(slug("5.2 The client's update flow")).toBe("52-the-clients-update-flow");
    expect(slug("**Bold** and [a link](x.md) — dash")).toBe("bold-and-a-link--dash");
    expect([...anchorsOf("## Usage\n\n```\n# not a heading\n```\n## Usage\n")]).toEqual(["usage", "usage-1"]);
  });

  it("catch a link to a heading that is not there", () => {
    const dir = join(ROOT, "docs");
    const some = readdirSync(dir).find((f) => f.endsWith(".md"))!;
    const anchors = anchorsOf(readFileSync(join(dir, some), "utf8"));
    expect(anchors.size).toBeGreaterThan(0);
    expect(anchors.has("no-such-heading-anywhere")).toBe(false);
  });
});
