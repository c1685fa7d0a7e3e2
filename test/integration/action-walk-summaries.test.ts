import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runActionYaml } from "../helpers/action-runner.js";
import { writesIn } from "../helpers/workspace.js";
import { useActionWalk } from "./action-walk.js";

/** action.yml walked as a runner walks it: forks, job summaries, a deploy no pull request merged, a refused preview. */
describe("action.yml, walked as a runner walks it (branches model)", () => {
  const walk = useActionWalk();

  it("a fork's pull request gets offline validation and a summary that says why no preview was made, never a GitHub call", async () => {
    await walk.setup();
    const fork = { ...walk.prEvent("opened"), pull_request: { ...walk.prEvent("opened").pull_request, head: { sha: "forksha", repo: { full_name: "mallory/agents" } } } };
    const run = await runActionYaml(walk.context("1", { inputs: { command: "preview", "api-key": "", status: "true", labels: "true" }, event: fork }));
    expect(run.code, run.log).toBe(0);
    expect(run.summary).toContain("## atoms-gitops preview (default): not run for a pull request from a fork");
    expect(run.summary).toContain("so no preview was made");
    expect(walk.gh.requests).toEqual([]);
    expect(writesIn(walk.ws.emulator)).toEqual([]);
  }, 60_000);

  it("plan and apply write capped job summaries that lead with the outcome, and plan lists plan.json, plan.md, plan.txt to upload", async () => {
    await walk.setup();
    const plan = await runActionYaml(walk.context("1", { inputs: { command: "plan" } }));
    expect(plan.code, plan.log).toBe(0);
    expect(plan.outputs["has-changes"]).toBe("true");
    expect(plan.summary.split("\n")[0]).toMatch(/^## .*atoms-gitops plan \(default\): 0 to create, 1 to update, 0 to archive/);
    expect(plan.outputs["artifact-files"]!.split("\n").map((f) => basename(f))).toEqual(["plan.json", "plan.md", "plan.txt"]);
    expect(plan.outputs["artifact-name"]).toBe("");

    const apply = await runActionYaml(walk.context("2", { inputs: { command: "apply" }, event: { ref: "refs/heads/main" } }));
    expect(apply.code, apply.log).toBe(0);
    expect(apply.summary.split("\n")[0]).toBe("## ✅ atoms-gitops apply: 1 applied, 0 failed, 0 skipped");
    // The full progress stays in the step log.
    expect(apply.steps.find((s) => s.name.startsWith("Run atoms-gitops"))?.stdout).toContain("Apply complete!");

    walk.ws.write("agents/support.yaml", "apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata: {}\n");
    const invalid = await runActionYaml(walk.context("3", { inputs: { command: "preview" } }));
    expect(invalid.code).toBe(1);
    expect(invalid.summary.split("\n")[0]).toBe("## ❌ atoms-gitops: the definitions are invalid");
  }, 60_000);

  it("a deploy with preview-plan of a commit no pull request merged applies nothing and says why", async () => {
    const id = await walk.setup();
    const live = walk.ws.emulator.state.agent(id)!.liveBranchId;
    const run = await runActionYaml(walk.context("1", { inputs: { command: "apply", "preview-plan": "true" }, event: { ref: "refs/heads/main" }, sha: "directpush" }));
    expect(run.code).toBe(1);
    expect(run.summary).toContain("no preview plan to apply");
    expect(run.log).toContain("::error title=atoms-gitops apply::no preview plan to apply: commit directpush was not merged from a pull request");
    expect(run.skipped).toContain("Run atoms-gitops ${{ inputs.command }}");
    expect(walk.ws.emulator.state.agent(id)!.liveBranchId).toBe(live);
    expect(writesIn(walk.ws.emulator)).toEqual([]);
  }, 60_000);

  it("a preview the API refuses replaces the comment with a failure that names the stage, and fails the job", async () => {
    await walk.setup();
    const run = await runActionYaml(walk.context("1", { inputs: { command: "preview", "api-key": "sk_wrong" } }));
    expect(run.code).toBe(1);
    expect(run.outputs["exit-code"]).toBe("3");
    const comment = walk.gh.comments[0]!.body;
    expect(comment.split("\n").slice(0, 2)).toEqual(["<!-- atoms-gitops:plan env=default -->", "## ❌ atoms-gitops preview (default) failed: authentication"]);
    expect(run.summary.split("\n")[0]).toBe("## ❌ atoms-gitops preview failed (exit code 3)");
    expect(run.log).toContain("::error title=atoms-gitops::preview failed with exit code 3");
    expect(run.log).not.toContain("sk_wrong");
  }, 60_000);

  it("stops at the first step on a Node.js older than 20, naming the version, before anything else runs", async () => {
    await walk.setup();
    const shims = join(walk.ws.dir, "old-node");
    mkdirSync(shims);
    writeFileSync(join(shims, "node"), "#!/bin/sh\necho v18.19.1\n");
    chmodSync(join(shims, "node"), 0o755);
    const context = walk.context("1", { inputs: { command: "plan" } });
    const run = await runActionYaml({ ...context, env: { ...context.env, PATH: `${shims}:${process.env.PATH}` } });
    expect(run.code).toBe(1);
    expect(run.steps.map((s) => s.name)).toEqual(["Check Node.js"]);
    expect(run.log).toContain("::error title=atoms-gitops::Node.js v18.19.1 is too old: atoms-gitops needs Node.js 20 or later");
  });
});
