import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";

describe("show: a saved plan or an apply result, for people", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  async function twoAgents(): Promise<void> {
    ws = await startWorkspace();
    ws.write("agents/support.yaml", agentYaml("support-bot", BASE_SPEC));
    ws.write("agents/sales.yaml", agentYaml("sales-bot", BASE_SPEC.replace("Acme", "Acme Sales")));
  }

  it("prints a saved plan as plan prints it, in text and Markdown, and one agent with --agent", async () => {
    await twoAgents();
    const planned = await ws.cli(["plan", "--out", "plan.json"]);
    expect(planned.code, planned.stderr).toBe(0);

    const text = await ws.cli(["show", "plan.json"]);
    expect(text.code, text.stderr).toBe(0);
    // plan adds where it saved the file; the rest is the same plan.
    expect(planned.stdout).toBe(`${text.stdout}\nSaved the plan to: plan.json\nTo perform exactly these actions, run: atoms-gitops apply plan.json\n`);

    const md = await ws.cli(["show", "plan.json", "--format", "markdown"]);
    expect(md.code, md.stderr).toBe(0);
    // A file, not a comment: no hidden marker, the title first.
    expect(md.stdout.split("\n")[0]).toBe("## ✅ atoms-gitops plan (default): 2 to create, 0 to update, 0 to archive");
    expect(md.stdout).toContain("<b>sales-bot</b>");
    expect(md.stdout).toContain("You are a helpful support agent for Acme Sales.");

    const one = await ws.cli(["show", "plan.json", "--agent", "sales-bot", "--format", "markdown"]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout.split("\n")[0]).toBe("## ✅ atoms-gitops plan (default): 1 to create, 0 to update, 0 to archive");
    expect(one.stdout).toContain("<b>sales-bot</b>");
    expect(one.stdout).not.toContain("support-bot");
  });

  it("prints what an apply did, counts first, from --result-file and from --format json alike", async () => {
    await twoAgents();
    const applied = await ws.cli(["apply", "--yes", "--result-file", "apply.ndjson"]);
    expect(applied.code, applied.stderr).toBe(0);
    const shown = await ws.cli(["show", "apply.ndjson"]);
    expect(shown.code, shown.stderr).toBe(0);
    const lines = shown.stdout.split("\n");
    expect(lines[0]).toMatch(/^atoms-gitops apply: 2 applied, 0 failed, 0 skipped \(\d+\.\d s\)\.$/);
    expect(lines[1]).toBe("✅ Every agent applied or unchanged.");
    expect(shown.stdout).toMatch(/^✓ sales-bot: created \(\d+\.\d s\); firstMessage, prompt, slmModel, .*tools$/m);
    expect(shown.stdout).toMatch(/^✓ support-bot: created \(\d+\.\d s\); firstMessage, prompt/m);

    const md = await ws.cli(["show", "apply.ndjson", "--format", "markdown", "--agent", "support-bot"]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout.split("\n")[0]).toBe("## ✅ atoms-gitops apply: 1 applied, 0 failed, 0 skipped");
    expect(md.stdout).toContain("- ✅ **support-bot** created");
    expect(md.stdout).not.toContain("sales-bot");

    // The records of --format json are the same records.
    ws.write("agents/support.yaml", agentYaml("support-bot", BASE_SPEC.replace("Keep answers short.", "Keep answers very short.")));
    const json = await ws.cli(["apply", "--yes", "--format", "json"]);
    expect(json.code, json.stderr).toBe(0);
    ws.write("apply-stdout.ndjson", json.stdout);
    const again = await ws.cli(["show", "apply-stdout.ndjson"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.split("\n")[0]).toMatch(/^atoms-gitops apply: 1 applied, 0 failed, 0 skipped, 1 unchanged \(\d+\.\d s\)\.$/);
    expect(again.stdout).toMatch(/^✓ support-bot: updated, version \w+ active .*; prompt$/m);
  });

  it("names the API model the deploy ran on: a saved plan applied on the branch model says branches, not versions", async () => {
    ws = await startWorkspace({ model: "branches" });
    ws.write("agents/support.yaml", agentYaml("support-bot", BASE_SPEC));
    expect((await ws.cli(["plan", "--out", "plan.json"])).code).toBe(0);
    const applied = await ws.cli(["apply", "plan.json", "--yes", "--result-file", "apply.ndjson"]);
    expect(applied.code, applied.stderr).toBe(0);
    const records = readFileSync(join(ws.dir, "apply.ndjson"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as { type: string });
    expect(records.find((r) => r.type === "run-end")).toMatchObject({ model: "branches" });
    const md = await ws.cli(["show", "apply.ndjson", "--format", "markdown"]);
    expect(md.stdout).toContain("branches API");
    expect(md.stdout).not.toContain("versions API");
  });

  it("--result-file is started afresh, so an earlier run's records never pass for this run's", async () => {
    await twoAgents();
    ws.write("apply.ndjson", '{"type":"agent","name":"ghost","status":"failed","error":{"step":"publish","message":"old"}}\n');
    const applied = await ws.cli(["apply", "--yes", "--result-file", "apply.ndjson"]);
    expect(applied.code, applied.stderr).toBe(0);
    const records = readFileSync(join(ws.dir, "apply.ndjson"), "utf8");
    expect(records).not.toContain("ghost");
    expect(records.trimEnd().split("\n").at(-1)).toMatch(/^\{"type":"summary","ok":true/);
  });

  it("refuses a missing file, a file that is neither, and an unknown agent, with the place and exit 1", async () => {
    await twoAgents();
    const missing = await ws.cli(["show", "nope.json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot read nope.json: ENOENT");

    ws.write("notes.json", '{"formatVersion": "1.0", "agents": []}\n');
    const notPlan = await ws.cli(["show", "notes.json"]);
    expect(notPlan.code).toBe(1);
    expect(notPlan.stderr).toContain("notes.json error plan/schema: (root) must have required property 'summary'");
    expect(notPlan.stderr).toContain("notes.json is not a usable saved plan (nor an apply result)");

    ws.write("broken.ndjson", '{"type":"run-start","label":"x","model":"versions","agents":1}\n{"type":"agent", oops\n');
    const broken = await ws.cli(["show", "broken.ndjson"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("broken.ndjson:2:1 error apply-result/invalid: not a JSON line");

    ws.write("prose.txt", "hello\n");
    const prose = await ws.cli(["show", "prose.txt"]);
    expect(prose.code).toBe(1);
    expect(prose.stderr).toContain("prose.txt error plan/invalid-json");

    expect((await ws.cli(["plan", "--out", "plan.json"])).code).toBe(0);
    const unknown = await ws.cli(["show", "plan.json", "--agent", "nobody"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('plan.json lists no agent named "nobody"; it lists: sales-bot, support-bot');
  });

  it("ci-summary writes the job summary of a plan and of an apply, the outcome on the first line", async () => {
    await twoAgents();
    expect((await ws.cli(["plan", "--out", "plan.json"])).code).toBe(0);
    const plan = await ws.cli(["ci-summary", "--plan", "plan.json", "--env", "staging"]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout.split("\n")[0]).toBe("## ✅ atoms-gitops plan (staging): 2 to create, 0 to update, 0 to archive");

    expect((await ws.cli(["apply", "plan.json", "--yes", "--result-file", "apply.ndjson"])).code).toBe(0);
    const apply = await ws.cli(["ci-summary", "--apply", "apply.ndjson", "--env", "staging", "--max-bytes", "300"]);
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout.split("\n")[0]).toBe("## ✅ atoms-gitops apply (staging): 2 applied, 0 failed, 0 skipped");
    expect(Buffer.byteLength(apply.stdout)).toBeLessThanOrEqual(300);

    const both = await ws.cli(["ci-summary", "--plan", "plan.json", "--apply", "apply.ndjson"]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain("ci-summary needs exactly one of --plan <file> or --apply <file>");
    const wrong = await ws.cli(["ci-summary", "--apply", "plan.json"]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("plan.json:1:1 error apply-result/invalid: not a JSON line");
  });

  it("ci-summary of an apply that stopped before its first agent says nothing was applied, and why", async () => {
    await twoAgents();
    expect((await ws.cli(["plan", "--out", "plan.json"])).code).toBe(0);
    ws.write("agents/sales.yaml", agentYaml("sales-bot", BASE_SPEC.replace("Acme", "Acme Direct Sales")));
    const stale = await ws.cli(["apply", "plan.json", "--yes", "--result-file", "apply.ndjson"]);
    expect(stale.code).toBe(6);
    const md = await ws.cli(["ci-summary", "--apply", "apply.ndjson", "--exit-code", "6", "--env", "production"]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout.split("\n")[0]).toBe("## ❌ atoms-gitops apply (production): nothing applied, the saved plan is stale (exit code 6)");
    expect(md.stdout).toContain("Nothing was written: plan again");
    // No file at all (the apply failed before creating it) reads the same with --exit-code, and is an error without.
    const missing = await ws.cli(["ci-summary", "--apply", "none.ndjson", "--exit-code", "3"]);
    expect(missing.code, missing.stderr).toBe(0);
    expect(missing.stdout.split("\n")[0]).toBe("## ❌ atoms-gitops apply: nothing applied, the Atoms API refused the API key (exit code 3)");
    const strict = await ws.cli(["ci-summary", "--apply", "none.ndjson"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("cannot read none.ndjson: ENOENT");
  });

  it("explains itself in --help", async () => {
    ws = await startWorkspace();
    const help = await ws.cli(["show", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: atoms-gitops show [options] <file>");
    expect(help.stdout).toContain("apply --result-file");
    expect(help.stdout).toContain("never shortened");
    expect(help.stdout).toContain("Exit codes:");
  });
});
