import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderDriftJson, type DriftReport } from "../../../src/index.js";

// examples/scripts/drift-issue.mjs turns `drift --format json` into the nightly drift issue. The report is built
// with the CLI's own types and serialised by the CLI's own renderer, so a renamed field breaks this test.
const SCRIPT = resolve(import.meta.dirname, "../../../examples/scripts/drift-issue.mjs");
const RUN_URL = "https://github.com/acme/agents/actions/runs/42";
const dir = mkdtempSync(join(tmpdir(), "atoms-drift-issue-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function body(report: DriftReport): string {
  const file = join(dir, "drift.json");
  writeFileSync(file, renderDriftJson(report));
  return execFileSync(process.execPath, [SCRIPT, file], { encoding: "utf8", env: { ...process.env, RUN_URL } });
}

const target = { environment: "production", baseUrl: "https://api.smallest.ai/atoms/v1", apiModel: "versions" as const };

function report(drifted: DriftReport["drifted"], inSync = 3): DriftReport {
  return { formatVersion: "1.1", checkedAt: "2026-08-02T03:17:00.000Z", target, drifted, inSync, unmanaged: [], resources: [], resourcesInSync: 0 };
}

const dashboardEdit: DriftReport["drifted"][number] = {
  name: "support-bot",
  id: "66a1f0c2e4b0a1b2c3d4e5f6",
  file: "agents/support-bot.yaml",
  kind: "changed",
  changes: [
    { path: "/spec/prompt", kind: "config", before: "live text", after: "git text" },
    { path: "/spec/synthesizer/speed", kind: "config", before: 1.3, after: 1.1 },
  ],
  provenance: {
    versionId: "66a1000000000000000000b7",
    number: 7,
    label: "Dashboard edit",
    publishedBy: "jane@acme.example",
    publishedAt: "2026-08-01T17:02:00.000Z",
    activatedBy: "ops@acme.example",
    activatedAt: "2026-08-01T17:05:00.000Z",
    publishedByTool: false,
    lastToolVersion: { id: "66a1000000000000000000b6", number: 6, label: "atoms-gitops 1a2b3c4", publishedAt: "2026-07-30T09:00:00.000Z" },
  },
};

describe("drift issue body", () => {
  it("lists each drifted agent with its fields and who made the live change", () => {
    const md = body(report([dashboardEdit, { name: "reminder", id: null, file: "agents/reminder.yaml", kind: "missing", changes: [] }]));
    expect(md.split("\n")[0]).toBe("<!-- atoms-gitops:drift env=production -->");
    expect(md).toContain("### ⚠️ Drift in `production`: 2 agents differ from git");
    const row = md.split("\n").find((l) => l.startsWith("| `support-bot`"))!;
    expect(row).toContain("`agents/support-bot.yaml`");
    expect(row).toContain("version 7 `Dashboard edit`");
    expect(row).toContain("published by `jane@acme.example`, activated by `ops@acme.example`, (**not** by atoms-gitops)");
    expect(row).toContain("2026-08-01T17:05:00.000Z");
    expect(row).toContain("`/spec/prompt`, `/spec/synthesizer/speed`");
    expect(md).toContain("| `reminder`<br>`agents/reminder.yaml` | — | — | — | defined in git, missing in the workspace |");
    expect(md).toContain("Changed outside git (the live version was not published by atoms-gitops): `support-bot`.");
    expect(md).toContain(`[The run](${RUN_URL})`);
    // Field values are never in the issue, only their paths.
    expect(md).not.toContain("live text");
  });

  it("prints dashboard-controlled text as code: no HTML, no table break, no mention", () => {
    const hostile = { ...dashboardEdit, provenance: { ...dashboardEdit.provenance!, label: "<img src=x onerror=alert(1)> | `x` @acme/everyone", publishedBy: "@octocat" } };
    const md = body(report([hostile]));
    const row = md.split("\n").find((l) => l.startsWith("| `support-bot`"))!;
    expect(row).toContain("`<img src=x onerror=alert(1)> \\| 'x' @acme/everyone`");
    expect(row).toContain("published by `@octocat`");
    expect(row.split(/(?<!\\)\|/)).toHaveLength(7); // five cells: the label's pipe is escaped
  });

  it("stays under GitHub's issue size limit for a fleet-wide drift", () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({
      ...dashboardEdit,
      name: `agent-${String(i).padStart(4, "0")}`,
      changes: Array.from({ length: 20 }, (_, j) => ({ path: `/spec/tools/${j}/description`, kind: "config" as const, before: "a", after: "b" })),
    }));
    const md = body(report(many));
    expect(md.length).toBeLessThan(65_536);
    expect(md).toContain("…and 850 more agents");
    expect(md).toContain("and 14 more");
  });

  it("lists knowledge bases and webhooks changed in the dashboard, even when no agent drifted", () => {
    const md = body({
      ...report([]),
      resources: [
        { kind: "knowledgeBase", name: "manuals", id: "66d0000000000000000000b1", file: "knowledge-bases/manuals.yaml", state: "changed", changes: [{ path: "/spec/urls", live: ["https://acme.example/old"], git: [] }], leftAlone: [] },
        { kind: "webhook", name: "crm", id: null, file: "webhooks/crm.yaml", state: "missing", changes: [], leftAlone: [] },
      ],
    });
    expect(md).toContain("### ⚠️ Drift in `production`: 2 resources differ from git");
    expect(md).toContain("- knowledge base `manuals` (`knowledge-bases/manuals.yaml`): changed; `/spec/urls`");
    expect(md).toContain("- webhook `crm` (`webhooks/crm.yaml`): missing live");
    expect(md).not.toContain("| Agent |");
  });

  it("says so when nothing drifted (the workflow closes the issue with it)", () => {
    expect(body(report([], 12))).toBe(
      `<!-- atoms-gitops:drift env=production -->\n### ✅ No drift in \`production\`\n\n12 agents match git (checked 2026-08-02T03:17:00.000Z).\n\n[The run](${RUN_URL})\n`,
    );
  });

  it("refuses input that is not a drift report", () => {
    const file = join(dir, "plan.json");
    writeFileSync(file, JSON.stringify({ formatVersion: "1.0", agents: [] }));
    const run = spawnSync(process.execPath, [SCRIPT, file], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("is not the output of atoms-gitops drift --format json");
    expect(run.stdout).toBe("");
  });
});
