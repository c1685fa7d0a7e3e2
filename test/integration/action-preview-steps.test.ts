import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FakeGitHubServer, runActionYaml, type RunnerContext } from "../helpers/action-runner.js";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { EMULATOR_KEY, startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";
import { zipOf } from "../unit/action/zip-fixture.js";

/**
 * The pull-request flow end to end, walking action.yml step by step with bash and the committed action-bundle/, as a
 * runner would: preview on the pull request, the deploy of its merge promoting that preview, the close of another.
 */
describe("action.yml, walked as a runner walks it (branches model)", () => {
  let ws: Workspace;
  let gh: FakeGitHubServer;
  let temp: string;
  afterEach(async () => {
    await ws?.close();
    await gh?.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  async function setup() {
    ws = await startWorkspace({ model: "branches", securityCheckMs: 20 });
    gh = new FakeGitHubServer();
    await gh.start();
    temp = mkdtempSync(join(tmpdir(), "atoms-runner-"));
    const id = ws.emulator.control.seedAgent({ name: "support", config: BASE_CONFIG });
    ws.write("agents/support.yaml", agentYaml("support", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    return id;
  }

  function context(run: string, over: Partial<RunnerContext> & { inputs: Record<string, string> }): RunnerContext {
    return {
      github: { server_url: "https://github.test", repository: "acme/agents", run_id: run, event_name: "pull_request", token: "ghs_test", api_url: gh.url },
      env: { ATOMS_BASE_URL: ws.baseUrl },
      workspace: ws.dir,
      runnerTemp: join(temp, run),
      sha: "mergesha",
      event: prEvent("opened"),
      ...over,
      inputs: { "api-key": EMULATOR_KEY, env: "", "plan-digest-key": "shared-by-preview-and-deploy", ...over.inputs },
    };
  }

  const prEvent = (action: string, merged = false) => ({
    action,
    pull_request: { number: 42, merged, head: { sha: "headsha42", repo: { full_name: "acme/agents" } }, base: { repo: { full_name: "acme/agents" } } },
    repository: { full_name: "acme/agents" },
  });

  it("previews a pull request into its comment and artifact, then the deploy of the merge promotes exactly that", async () => {
    const id = await setup();
    const liveBefore = ws.emulator.state.agent(id)!.liveBranchId;

    const pr = await runActionYaml(context("1", { inputs: { command: "preview", status: "true" } }));
    expect(pr.code, pr.log).toBe(0);
    // Nothing serves the change yet.
    expect(ws.emulator.state.agent(id)!.liveBranchId).toBe(liveBefore);
    expect(writesIn(ws.emulator).filter((w) => /\/live$|\/activate$/.test(w))).toEqual([]);

    expect(gh.comments).toHaveLength(1);
    const comment = gh.comments[0]!.body;
    expect(comment.split("\n").slice(0, 2)).toEqual(["<!-- atoms-gitops:plan env=default -->", "## ✅ atoms-gitops preview (default): 1 agent verified by the platform"]);
    expect(comment).toMatch(/✓ support: stored as planned, security check passed \(revision \S+ on branch pr-42/);
    expect(comment).toContain("atoms-gitops plan (default): 0 to create, 1 to update");
    expect(comment).toContain("pull request head `headsha42`");
    expect(gh.statuses.map((s) => [s.sha, s.state])).toEqual([["headsha42", "pending"], ["headsha42", "success"]]);

    // Outcome first in the summary, then the capped plan summary.
    expect(pr.summary.split("\n")[0]).toBe("## ✅ atoms-gitops preview (default): 1 agent verified by the platform");
    expect(pr.summary.length).toBeLessThan(1_000_000);
    expect(pr.outputs["artifact-name"]).toBe("atoms-gitops-preview-default-pr-42");
    const files = pr.outputs["artifact-files"]!.split("\n");
    expect(files.map((f) => basename(f))).toEqual(["plan.json", "plan.md", "plan.txt"]);
    expect(readFileSync(files[2]!, "utf8")).toMatch(/Preview "pr-42"[\s\S]*✓ support: stored as planned/);
    expect(readFileSync(files[1]!, "utf8")).toMatch(/^## ✅ atoms-gitops preview/);

    // The upload (upload-artifact zips the files' folder); then the push of the merge deploys it.
    const zip = zipOf(Object.fromEntries(files.map((f) => [basename(f), readFileSync(f, "utf8")])));
    gh.artifacts.push({ id: 77, name: "atoms-gitops-preview-default-pr-42", created_at: "2026-12-03T10:00:00Z", workflow_run: { head_sha: "headsha42", repository_id: 1, head_repository_id: 1 }, zip });
    gh.commitPulls["mergesha"] = [{ number: 42, merged_at: "2026-12-03T10:05:00Z", merge_commit_sha: "mergesha", head: { sha: "headsha42" } }];
    const publishesBefore = writesIn(ws.emulator).filter((w) => /\/publish$/.test(w)).length;

    const deploy = await runActionYaml(context("2", { inputs: { command: "apply", "preview-plan": "true" }, event: { ref: "refs/heads/main" }, github: { ...context("2", { inputs: {} }).github, event_name: "push" } }));
    expect(deploy.code, deploy.log).toBe(0);
    const agent = ws.emulator.state.agent(id)!;
    expect(agent.branches.find((b) => b._id === agent.liveBranchId)?.name).toBe("pr-42");
    expect(writesIn(ws.emulator).filter((w) => /\/publish$/.test(w))).toHaveLength(publishesBefore);
    expect(deploy.summary).toMatch(/^## ✅ atoms-gitops apply[^\n]*1 applied/);
    expect(gh.comments.at(-1)?.body).toContain("Applied the preview `pr-42`");
    expect(gh.comments.at(-1)?.body).toContain("deployed commit `mergesha`");
    expect(gh.requests).toContain("GET /storage/77");
  }, 60_000);

  it("fails a stale preview with \"stale: run preview again on main\" in the summary and the comment, writing nothing", async () => {
    const id = await setup();
    const pr = await runActionYaml(context("1", { inputs: { command: "preview" } }));
    expect(pr.code, pr.log).toBe(0);
    const files = pr.outputs["artifact-files"]!.split("\n");
    gh.artifacts.push({ id: 5, name: "atoms-gitops-preview-default-pr-42", created_at: "2026-12-03T10:00:00Z", workflow_run: { head_sha: "headsha42", repository_id: 1, head_repository_id: 1 }, zip: zipOf(Object.fromEntries(files.map((f) => [basename(f), readFileSync(f, "utf8")]))) });
    gh.commitPulls["mergesha"] = [{ number: 42, merged_at: "2026-12-03T10:05:00Z", merge_commit_sha: "mergesha", head: { sha: "headsha42" } }];
    ws.emulator.control.dashboardEdit(id, { firstMessage: "Edited in the dashboard." });
    const writes = writesIn(ws.emulator).filter((w) => !/\/archive$|DELETE /.test(w)).length;

    const deploy = await runActionYaml(context("2", { inputs: { command: "apply", "preview-plan": "true" }, event: { ref: "refs/heads/main" } }));
    expect(deploy.code).toBe(1);
    expect(deploy.summary.split("\n")[0]).toBe("## ⛔ stale: run preview again on main");
    expect(deploy.log).toContain("::error title=atoms-gitops apply::stale: run preview again on main");
    expect(gh.comments.at(-1)?.body).toContain("⛔ stale: run preview again on main");
    // No write but the clean-up of the preview that will never go live.
    expect(writesIn(ws.emulator).filter((w) => !/archive|DELETE /.test(w))).toHaveLength(writes);
    const agent = ws.emulator.state.agent(id)!;
    expect(agent.branches.filter((b) => b.status === "active").map((b) => b.name)).toEqual(["Main"]);
  }, 60_000);

  it("says the platform disagrees, in the comment and the job's error, when it drops a field", async () => {
    await setup();
    ws.write("agents/support.yaml", agentYaml("support", BASE_SPEC.replace("Hi, thanks for calling Acme.", "Hello, Acme here.")));
    ws.emulator.control.dropDraftField("firstMessage");
    const pr = await runActionYaml(context("1", { inputs: { command: "preview" } }));
    expect(pr.code).toBe(1);
    const comment = gh.comments[0]!.body;
    expect(comment.split("\n")[1]).toBe("## ❌ atoms-gitops preview (default): the platform disagrees with the plan for 1 agent");
    expect(comment).toContain("firstMessage");
    expect(pr.log).toContain("::error title=atoms-gitops preview::the platform disagrees with the plan for 1 agent(s)");
    expect(pr.summary.split("\n")[0]).toBe("## ❌ atoms-gitops preview (default): the platform disagrees with the plan for 1 agent");
  }, 60_000);

  it("closes the preview of a closed pull request, keeps a merged one's for the deploy, and comments on neither", async () => {
    const id = await setup();
    expect((await runActionYaml(context("1", { inputs: { command: "preview" } }))).code).toBe(0);
    const branches = () => ws.emulator.state.agent(id)!.branches.filter((b) => b.status === "active").map((b) => b.name).sort();
    expect(branches()).toEqual(["Main", "pr-42"]);

    const merged = await runActionYaml(context("2", { inputs: { command: "preview" }, event: prEvent("closed", true) }));
    expect(merged.code, merged.log).toBe(0);
    expect(merged.log).toContain('its preview "pr-42" is left to the deploy');
    expect(branches()).toEqual(["Main", "pr-42"]);

    const closed = await runActionYaml(context("3", { inputs: { command: "preview" }, event: prEvent("closed") }));
    expect(closed.code, closed.log).toBe(0);
    expect(branches()).toEqual(["Main"]);
    expect(closed.skipped).toContain("Render the pull-request comment");
    expect(gh.comments).toHaveLength(1);
  }, 60_000);

  it("a fork's pull request gets offline validation and a summary that says why no preview was made, never a GitHub call", async () => {
    await setup();
    const fork = { ...prEvent("opened"), pull_request: { ...prEvent("opened").pull_request, head: { sha: "forksha", repo: { full_name: "mallory/agents" } } } };
    const run = await runActionYaml(context("1", { inputs: { command: "preview", "api-key": "", status: "true", labels: "true" }, event: fork }));
    expect(run.code, run.log).toBe(0);
    expect(run.summary).toContain("## atoms-gitops preview (default): not run for a pull request from a fork");
    expect(run.summary).toContain("so no preview was made");
    expect(gh.requests).toEqual([]);
    expect(writesIn(ws.emulator)).toEqual([]);
  }, 60_000);

  it("plan and apply write capped job summaries that lead with the outcome, and plan lists plan.json, plan.md, plan.txt to upload", async () => {
    await setup();
    const plan = await runActionYaml(context("1", { inputs: { command: "plan" } }));
    expect(plan.code, plan.log).toBe(0);
    expect(plan.outputs["has-changes"]).toBe("true");
    expect(plan.summary.split("\n")[0]).toMatch(/^## .*atoms-gitops plan \(default\): 0 to create, 1 to update, 0 to archive/);
    expect(plan.outputs["artifact-files"]!.split("\n").map((f) => basename(f))).toEqual(["plan.json", "plan.md", "plan.txt"]);
    expect(plan.outputs["artifact-name"]).toBe("");

    const apply = await runActionYaml(context("2", { inputs: { command: "apply" }, event: { ref: "refs/heads/main" } }));
    expect(apply.code, apply.log).toBe(0);
    expect(apply.summary.split("\n")[0]).toBe("## ✅ atoms-gitops apply: 1 applied, 0 failed, 0 skipped");
    // The full progress stays in the step log.
    expect(apply.steps.find((s) => s.name.startsWith("Run atoms-gitops"))?.stdout).toContain("Apply complete!");

    ws.write("agents/support.yaml", "apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata: {}\n");
    const invalid = await runActionYaml(context("3", { inputs: { command: "preview" } }));
    expect(invalid.code).toBe(1);
    expect(invalid.summary.split("\n")[0]).toBe("## ❌ atoms-gitops: the definitions are invalid");
  }, 60_000);

  it("a deploy with preview-plan of a commit no pull request merged applies nothing and says why", async () => {
    const id = await setup();
    const live = ws.emulator.state.agent(id)!.liveBranchId;
    const run = await runActionYaml(context("1", { inputs: { command: "apply", "preview-plan": "true" }, event: { ref: "refs/heads/main" }, sha: "directpush" }));
    expect(run.code).toBe(1);
    expect(run.summary).toContain("no preview plan to apply");
    expect(run.log).toContain("::error title=atoms-gitops apply::no preview plan to apply: commit directpush was not merged from a pull request");
    expect(run.skipped).toContain("Run atoms-gitops ${{ inputs.command }}");
    expect(ws.emulator.state.agent(id)!.liveBranchId).toBe(live);
    expect(writesIn(ws.emulator)).toEqual([]);
  }, 60_000);

  it("a preview the API refuses replaces the comment with a failure that names the stage, and fails the job", async () => {
    await setup();
    const run = await runActionYaml(context("1", { inputs: { command: "preview", "api-key": "sk_wrong" } }));
    expect(run.code).toBe(1);
    expect(run.outputs["exit-code"]).toBe("3");
    const comment = gh.comments[0]!.body;
    expect(comment.split("\n").slice(0, 2)).toEqual(["<!-- atoms-gitops:plan env=default -->", "## ❌ atoms-gitops preview (default) failed: authentication"]);
    expect(run.summary.split("\n")[0]).toBe("## ❌ atoms-gitops preview failed (exit code 3)");
    expect(run.log).toContain("::error title=atoms-gitops::preview failed with exit code 3");
    expect(run.log).not.toContain("sk_wrong");
  }, 60_000);
});
