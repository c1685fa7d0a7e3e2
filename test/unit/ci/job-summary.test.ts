import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseApplyRecords } from "../../../src/apply/index.js";
import { DEFAULT_SUMMARY_BYTES, GITHUB_SUMMARY_LIMIT_BYTES, renderApplyJobSummary, renderPlanJobSummary } from "../../../src/ci/index.js";
import { longPromptUpdate, samplePlan } from "./plan-fixture.js";
import { expectGolden as expectGoldenFile } from "../../helpers/golden.js";

const FIXTURES = resolve(import.meta.dirname, "../../fixtures/ci");
const RUN_URL = "https://github.com/acme/agents/actions/runs/42";

const expectGolden = (name: string, actual: string): void => expectGoldenFile(resolve(FIXTURES, name), actual);

const bytes = (s: string) => Buffer.byteLength(s, "utf8");
const hex = (n: number, width = 24) => n.toString(16).padStart(width, "0");

/** The records `apply --result-file` writes for a fleet: most applied, some failed, some skipped. */
function applyRecords(count: number, failed: number, skipped: number, message = "the security check rejected the prompt"): string {
  const lines: object[] = [{ type: "run-start", time: "2026-08-01T12:00:00.000Z", runId: "ab12cd34", pid: 1, host: "runner", label: "atoms-gitops 0123456", model: "branches", agents: count }];
  for (let i = 0; i < count; i++) {
    const name = `agent-${String(i).padStart(3, "0")}`;
    const base = { type: "agent", time: "2026-08-01T12:00:10.000Z", runId: "ab12cd34", name, id: hex(i + 1), action: "update", changedPaths: ["/spec/prompt", "/spec/tools"], durationMs: 4200, polls: 3 };
    if (i < failed) lines.push({ ...base, status: "failed", error: { step: "await-check", message: `${message} (${name})` } });
    else if (i < failed + skipped) lines.push({ ...base, status: "skipped", error: { step: "precondition", message: "interrupted before it started" } });
    else lines.push({ ...base, status: "applied", versionId: hex(i + 5000) });
  }
  const summary = { applied: count - failed - skipped, failed, skipped, unchanged: 0 };
  lines.push({ type: "run-end", time: "2026-08-01T12:05:00.000Z", runId: "ab12cd34", ok: failed + skipped === 0, cancelled: false, summary, durationMs: 300_000 });
  lines.push({ type: "summary", ok: failed + skipped === 0, cancelled: false, summary, durationMs: 300_000, rate: { rps: 10 } });
  return lines.map((l) => JSON.stringify(l)).join("\n") + "\n";
}

function report(text: string) {
  const parsed = parseApplyRecords(text, "apply.ndjson");
  expect(parsed.diagnostics).toEqual([]);
  return parsed.report!;
}

describe("apply job summary", () => {
  it("300 agents: the counts on the first line, under a heading that says apply, failures first, under 1 MiB (golden)", () => {
    const md = renderApplyJobSummary(report(applyRecords(300, 6, 4)), { environment: "production", runUrl: RUN_URL });
    expect(md.split("\n")[0]).toBe("## ❌ atoms-gitops apply (production): 290 applied, 6 failed, 4 skipped");
    expect(bytes(md)).toBeLessThan(GITHUB_SUMMARY_LIMIT_BYTES);
    expect(md.indexOf("### Failed (6)")).toBeLessThan(md.indexOf("### Skipped (4)"));
    expect(md.indexOf("### Skipped (4)")).toBeLessThan(md.indexOf("### Applied (290)"));
    expect(md).toContain("- ❌ **agent-000** (update) failed at `await-check`: the security check rejected the prompt (agent-000)");
    expect(md).toContain("- ✅ **agent-299** updated · version `0000000000000000000014b3` · `prompt`, `tools`");
    expect(md).not.toContain("✂️");
    expectGolden("summary-apply-300.md", md);
  });

  it("a fleet too large for the limit keeps the counts and the failures, and says at the top what was cut and where the rest is", () => {
    const text = applyRecords(20_000, 1_000, 0, "x".repeat(300));
    const md = renderApplyJobSummary(report(text), { runUrl: RUN_URL });
    expect(bytes(md)).toBeLessThanOrEqual(DEFAULT_SUMMARY_BYTES);
    const lines = md.split("\n");
    expect(lines[0]).toBe("## ❌ atoms-gitops apply: 19000 applied, 1000 failed, 0 skipped");
    const note = lines.findIndex((l) => l.startsWith("> ✂️"));
    expect(note).toBeGreaterThan(0);
    expect(note).toBeLessThan(lines.indexOf("### Failed (1000)"));
    expect(lines[note]).toMatch(/^> ✂️ \d+ of 20000 lines are not listed, to keep this under 512 KiB \(GitHub's job-summary limit is 1 MiB\): every agent's steps are in the log of the \*Run atoms-gitops apply\* step of the \[workflow run\]\(https:\/\/github\.com\/acme\/agents\/actions\/runs\/42\)\.$/);
    // Every failure fits before any success is listed.
    expect(md).toContain("**agent-999**");
    // Successes fill what is left, and the section says how many it does not list.
    expect(md.indexOf("### Applied (19000)")).toBeGreaterThan(md.indexOf("**agent-999**"));
    expect(md).toMatch(/^- … \d+ more$/m);
  });

  it("honours a smaller limit, and never exceeds GitHub's even when asked to", () => {
    const r = report(applyRecords(300, 6, 4));
    expect(bytes(renderApplyJobSummary(r, { maxBytes: 4_000 }))).toBeLessThanOrEqual(4_000);
    const huge = report(applyRecords(20_000, 0, 0));
    expect(bytes(renderApplyJobSummary(huge, { maxBytes: 10 * GITHUB_SUMMARY_LIMIT_BYTES }))).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT_BYTES);
  });

  it("a run that was killed before its end says so instead of passing for a success", () => {
    const text = applyRecords(3, 0, 0).split("\n").slice(0, 3).join("\n");
    const md = renderApplyJobSummary(report(text));
    expect(md.split("\n")[0]).toBe("## ❌ atoms-gitops apply: 2 applied, 0 failed, 0 skipped");
    expect(md).toContain("Stopped before the end (no final record): 2 of 3 agents recorded; run the same apply again to finish");
  });
});

describe("plan job summary", () => {
  const fleet = () => samplePlan({ agents: Array.from({ length: 300 }, (_, i) => longPromptUpdate(`agent-${String(i).padStart(3, "0")}`, 60)), environment: "production" });

  it("300 agents with long prompts: under the byte limit, the outcome first, what was cut said at the top", () => {
    const md = renderPlanJobSummary(fleet(), { runUrl: RUN_URL });
    expect(bytes(md)).toBeLessThanOrEqual(DEFAULT_SUMMARY_BYTES);
    const lines = md.split("\n");
    expect(lines[0]).toBe("## ✅ atoms-gitops plan (production): 0 to create, 300 to update, 0 to archive");
    const firstDetails = md.indexOf("<details>");
    expect(md.indexOf("details omitted")).toBeGreaterThan(0);
    expect(md.indexOf("details omitted")).toBeLessThan(firstDetails);
    expect(md.indexOf(`artifact of the [workflow run](${RUN_URL}); \`atoms-gitops show plan.json\` prints it.`)).toBeLessThan(firstDetails);
    // More of the fleet than a comment could hold, and every agent at least listed.
    expect((md.match(/<details>/g) ?? []).length).toBeGreaterThan(20);
    for (let i = 0; i < 300; i += 37) expect(md).toContain(`**agent-${String(i).padStart(3, "0")}**`);
  });

  it("a small plan is the whole plan, without the comment's hidden marker", () => {
    const md = renderPlanJobSummary(samplePlan());
    expect(md.split("\n")[0]).toBe("## ✅ atoms-gitops plan (staging): 2 to create, 2 to update, 0 to archive");
    expect(md).not.toContain("<!--");
    expect(md).not.toContain("✂️");
  });
});
