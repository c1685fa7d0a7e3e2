import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { runActionYaml } from "../helpers/action-runner.js";
import { writesIn } from "../helpers/workspace.js";
import { zipOf } from "../unit/action/zip-fixture.js";
import { useActionWalk } from "./action-walk.js";

/** action.yml walked as a runner walks it: a pull request's preview, then the deploy of its merge (promoted, or refused as stale). */
describe("action.yml, walked as a runner walks it (branches model)", () => {
  const walk = useActionWalk();

  it("previews a pull request into its comment and artifact, then the deploy of the merge promotes exactly that", async () => {
    const id = await walk.setup();
    const liveBefore = walk.ws.emulator.state.agent(id)!.liveBranchId;

    const pr = await runActionYaml(walk.context("1", { inputs: { command: "preview", status: "true" } }));
    expect(pr.code, pr.log).toBe(0);
    // Nothing serves the change yet.
    expect(walk.ws.emulator.state.agent(id)!.liveBranchId).toBe(liveBefore);
    expect(writesIn(walk.ws.emulator).filter((w) => /\/live$|\/activate$/.test(w))).toEqual([]);

    expect(walk.gh.comments).toHaveLength(1);
    const comment = walk.gh.comments[0]!.body;
    expect(comment.split("\n").slice(0, 2)).toEqual(["<!-- atoms-gitops:plan env=default -->", "## ✅ atoms-gitops preview (default): 1 agent verified by the platform"]);
    expect(comment).toMatch(/✓ support: stored as planned, security check passed \(revision \S+ on branch pr-42/);
    expect(comment).toContain("atoms-gitops plan (default): 0 to create, 1 to update");
    expect(comment).toContain("pull request head `headsha42`");
    expect(walk.gh.statuses.map((s) => [s.sha, s.state])).toEqual([["headsha42", "pending"], ["headsha42", "success"]]);

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
    walk.gh.artifacts.push({ id: 77, name: "atoms-gitops-preview-default-pr-42", created_at: "2026-12-03T10:00:00Z", workflow_run: { head_sha: "headsha42", repository_id: 1, head_repository_id: 1 }, zip });
    walk.gh.commitPulls["mergesha"] = [{ number: 42, merged_at: "2026-12-03T10:05:00Z", merge_commit_sha: "mergesha", head: { sha: "headsha42" } }];
    const publishesBefore = writesIn(walk.ws.emulator).filter((w) => /\/publish$/.test(w)).length;

    const deploy = await runActionYaml(walk.context("2", { inputs: { command: "apply", "preview-plan": "true" }, event: { ref: "refs/heads/main" }, github: { ...walk.context("2", { inputs: {} }).github, event_name: "push" } }));
    expect(deploy.code, deploy.log).toBe(0);
    const agent = walk.ws.emulator.state.agent(id)!;
    expect(agent.branches.find((b) => b._id === agent.liveBranchId)?.name).toBe("pr-42");
    expect(writesIn(walk.ws.emulator).filter((w) => /\/publish$/.test(w))).toHaveLength(publishesBefore);
    expect(deploy.summary).toMatch(/^## ✅ atoms-gitops apply[^\n]*1 applied/);
    expect(walk.gh.comments.at(-1)?.body).toContain("Applied the preview `pr-42`");
    expect(walk.gh.comments.at(-1)?.body).toContain("deployed commit `mergesha`");
    expect(walk.gh.requests).toContain("GET /storage/77");
  }, 60_000);

  it("fails a stale preview with \"stale: run preview again on main\" in the summary and the comment, writing nothing", async () => {
    const id = await walk.setup();
    const pr = await runActionYaml(walk.context("1", { inputs: { command: "preview" } }));
    expect(pr.code, pr.log).toBe(0);
    const files = pr.outputs["artifact-files"]!.split("\n");
    walk.gh.artifacts.push({ id: 5, name: "atoms-gitops-preview-default-pr-42", created_at: "2026-12-03T10:00:00Z", workflow_run: { head_sha: "headsha42", repository_id: 1, head_repository_id: 1 }, zip: zipOf(Object.fromEntries(files.map((f) => [basename(f), readFileSync(f, "utf8")]))) });
    walk.gh.commitPulls["mergesha"] = [{ number: 42, merged_at: "2026-12-03T10:05:00Z", merge_commit_sha: "mergesha", head: { sha: "headsha42" } }];
    walk.ws.emulator.control.dashboardEdit(id, { firstMessage: "Edited in the dashboard." });
    const writes = writesIn(walk.ws.emulator).filter((w) => !/\/archive$|DELETE /.test(w)).length;

    const deploy = await runActionYaml(walk.context("2", { inputs: { command: "apply", "preview-plan": "true" }, event: { ref: "refs/heads/main" } }));
    expect(deploy.code).toBe(1);
    expect(deploy.summary.split("\n")[0]).toBe("## ⛔ stale: run preview again on main");
    expect(deploy.log).toContain("::error title=atoms-gitops apply::stale: run preview again on main");
    expect(walk.gh.comments.at(-1)?.body).toContain("⛔ stale: run preview again on main");
    // No write but the clean-up of the preview that will never go live.
    expect(writesIn(walk.ws.emulator).filter((w) => !/archive|DELETE /.test(w))).toHaveLength(writes);
    const agent = walk.ws.emulator.state.agent(id)!;
    expect(agent.branches.filter((b) => b.status === "active").map((b) => b.name)).toEqual(["Main"]);
  }, 60_000);
});
