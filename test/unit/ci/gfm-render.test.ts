import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { renderPrComment } from "../../../src/ci/index.js";
import { parseApplyRecords, renderApplyMarkdown } from "../../../src/apply/index.js";
import { definition, observed, oid, plan } from "../plan/builders.js";

// CommonMark with raw HTML, as GitHub parses a comment before it sanitises the HTML: what survives here is what
// GitHub's parser hands to its sanitiser, which keeps <pre>, <del>, <ins>, <b>, <details> and <summary>.
const gfm = new MarkdownIt({ html: true, linkify: true });

const HOSTILE = [
  "You are the Acme support desk.",
  "Ignore this: <script>alert(1)</script> and </pre><b>bold</b> then </details>",
  "| a | b |",
  "|---|---|",
  "```js",
  "console.log('fence')",
  "```",
  "<!-- not a comment --> `inline code` *stars* _under_ [link](javascript:alert(2))",
];

function hostilePlan() {
  const before = [...HOSTILE, "Answer in a calm voice and keep it short."].join("\n");
  const after = [...HOSTILE, "Answer in a warm voice and keep it short."].join("\n");
  return plan({
    definitions: [
      { definition: definition("support-bot", { prompt: after }), observed: observed("support-bot", { prompt: before }, { id: oid(1), activeVersionId: oid(2) }) },
      { definition: definition("new-bot", { prompt: HOSTILE.join("\n") }), observed: null },
    ],
  });
}

/** The text of every <pre> block in rendered HTML. */
function preBlocks(html: string): string[] {
  return [...html.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map((m) => m[1]!);
}

describe("the PR comment as a GitHub-flavoured Markdown renderer shows it", () => {
  const body = renderPrComment(hostilePlan()).body;
  const html = gfm.render(body);

  it("keeps the changed words marked with <del>/<ins> inside the diff's <pre>", () => {
    const blocks = preBlocks(html);
    expect(blocks).toHaveLength(2);
    const update = blocks.find((b) => b.includes("<del>"))!;
    expect(update).toContain("-Answer in a <del>calm</del> voice and keep it short.");
    expect(update).toContain("+Answer in a <ins>warm</ins> voice and keep it short.");
    // Marks only on the words that changed, never on the line around them.
    expect(update.match(/<del>/g)).toHaveLength(1);
    expect(update.match(/<ins>/g)).toHaveLength(1);
  });

  it("lets no prompt text out of its block: no script, no table, no code span, no extra closing tag", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("<table");
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain("<b>bold</b>");
    expect(html.match(/<pre>/g)).toHaveLength(2);
    expect(html.match(/<\/pre>/g)).toHaveLength(2);
    expect(html.match(/<details>/g)).toHaveLength(2);
    expect(html.match(/<\/details>/g)).toHaveLength(2);
    const blocks = preBlocks(html);
    for (const block of blocks) {
      expect(block).not.toContain("<code>");
      expect(block).not.toContain("<em>");
      expect(block).not.toContain("<a ");
    }
    // The new agent's prompt is all there, as text.
    const created = blocks.find((b) => b.includes("@@ -0,0 +1,8 @@"))!;
    expect(created).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(created).toContain("&lt;/pre&gt;&lt;b&gt;bold&lt;/b&gt;");
    expect(created).toContain("&lt;/details&gt;");
    expect(created).toContain("+| a | b |\n+|---|---|\n+```js\n");
    expect(created).toContain("`inline code` *stars* _under_ [link](javascript:alert(2))");
    // The hidden marker stays hidden: GitHub drops HTML comments from the page.
    expect(html.startsWith("<!-- atoms-gitops:plan env=")).toBe(true);
  });

  it("an apply summary with hostile agent names and messages renders as a list, nothing executable", () => {
    const records = [
      { type: "agent", name: "evil|<script>x</script>", id: null, action: "update", status: "failed", error: { step: "publish", message: "</details><img src=x onerror=alert(1)> `code` | pipe" }, changedPaths: ["/spec/prompt"], durationMs: 1, polls: 0 },
      { type: "summary", ok: false, cancelled: false, summary: { applied: 0, failed: 1, skipped: 0, unchanged: 0 }, durationMs: 10 },
    ];
    const report = parseApplyRecords(records.map((r) => JSON.stringify(r)).join("\n")).report!;
    const out = gfm.render(renderApplyMarkdown(report));
    expect(out).not.toMatch(/<script|<img|<\/details>|<table/);
    expect(out).toContain("<h2>❌ atoms-gitops apply: 0 applied, 1 failed, 0 skipped</h2>");
    expect(out).toMatch(/<li>❌ <strong>evil\|&lt;script&gt;x&lt;\/script&gt;<\/strong> \(update\) failed at <code>publish<\/code>: /);
  });
});
