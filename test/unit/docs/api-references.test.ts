import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Code comments cite the project's API notes as `docs/atoms-api.md §5.2` or, for short, `§5.2`. A renumbered or
// deleted section would leave those citations pointing nowhere, so every one must name a heading that exists.
const ROOT = resolve(import.meta.dirname, "../../..");
const NOTES = readFileSync(join(ROOT, "docs/atoms-api.md"), "utf8");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === "fixtures" ? [] : files(p);
    return /\.(ts|mjs|js)$/.test(name) ? [p] : [];
  });
}

/** `## 5. Versioning…` → "5", `### 5.2 The client's…` → "5.2". */
export function sectionsOf(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#{2,4} (\d+(?:\.\d+)*)\.? /gm)].map((m) => m[1]!));
}

/** Every `§N[.M…]` in a text, except those of other documents (`RFC 9110 §10.2.3`). */
export function citationsIn(text: string): string[] {
  return [...text.matchAll(/(RFC \d+ )?§(\d+(?:\.\d+)*)/g)].filter((m) => !m[1]).map((m) => m[2]!);
}

describe("docs/atoms-api.md", () => {
  const sections = sectionsOf(NOTES);

  it("numbers its sections, so code can cite them", () => {
    expect(sections.has("5.2")).toBe(true);
    expect(sections.has("9.30")).toBe(true);
  });

  it("has a heading for every section that src/ and test/ cite", () => {
    const dangling: string[] = [];
    for (const file of [...files(join(ROOT, "src")), ...files(join(ROOT, "test"))]) {
      for (const cited of citationsIn(readFileSync(file, "utf8"))) {
        if (!sections.has(cited)) dangling.push(`${relative(ROOT, file)}: §${cited}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it("has a heading for every section it cites itself", () => {
    const dangling = citationsIn(NOTES).filter((s) => !sections.has(s));
    expect(dangling).toEqual([]);
  });

  it("is the only API document code cites (no reference to a file outside the repository)", () => {
    const outside: string[] = [];
    for (const file of [...files(join(ROOT, "src")), ...files(join(ROOT, "test"))]) {
      if (/shared\/atoms-api\.md|\bcontract §/i.test(readFileSync(file, "utf8"))) outside.push(relative(ROOT, file));
    }
    expect(outside.filter((f) => !f.endsWith("api-references.test.ts"))).toEqual([]);
  });
});

describe("citation parsing", () => {
  it("reads headings and citations the way the checks above rely on", () => {
    expect([...sectionsOf("## 5. Versioning\n### 5.2 Flow\n#### 11.10 Deep\n")]).toEqual(["5", "5.2", "11.10"]);
    expect(citationsIn("see §4.2 and docs/atoms-api.md §9.20; RFC 9110 §10.2.3")).toEqual(["4.2", "9.20"]);
  });
});
