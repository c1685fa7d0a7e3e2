import { describe, expect, it } from "vitest";
import { runActionYaml } from "../helpers/action-runner.js";
import { agentYaml, BASE_SPEC } from "../helpers/defs.js";
import { useActionWalk } from "./action-walk.js";

/** action.yml walked as a runner walks it: a preview the platform disagrees with, and the close of pull requests. */
describe("action.yml, walked as a runner walks it (branches model)", () => {
  const walk = useActionWalk();

  it("says the platform disagrees, in the comment and the job's error, when it drops a field", async () => {
    await walk.setup();
    walk.ws.write("agents/support.yaml", agentYaml("support", BASE_SPEC.replace("Hi, thanks for calling Acme.", "Hello, Acme here.")));
    walk.ws.emulator.control.dropDraftField("firstMessage");
    const pr = await runActionYaml(walk.context("1", { inputs: { command: "preview" } }));
    expect(pr.code).toBe(1);
    const comment = walk.gh.comments[0]!.body;
    expect(comment.split("\n")[1]).toBe("## ❌ atoms-gitops preview (default): the platform disagrees with the plan for 1 agent");
    expect(comment).toContain("firstMessage");
    expect(pr.log).toContain("::error title=atoms-gitops preview::the platform disagrees with the plan for 1 agent(s)");
    expect(pr.summary.split("\n")[0]).toBe("## ❌ atoms-gitops preview (default): the platform disagrees with the plan for 1 agent");
  }, 60_000);

  it("closes the preview of a closed pull request, keeps a merged one's for the deploy, and comments on neither", async () => {
    const id = await walk.setup();
    expect((await runActionYaml(walk.context("1", { inputs: { command: "preview" } }))).code).toBe(0);
    const branches = () => walk.ws.emulator.state.agent(id)!.branches.filter((b) => b.status === "active").map((b) => b.name).sort();
    expect(branches()).toEqual(["Main", "pr-42"]);

    const merged = await runActionYaml(walk.context("2", { inputs: { command: "preview" }, event: walk.prEvent("closed", true) }));
    expect(merged.code, merged.log).toBe(0);
    expect(merged.log).toContain('its preview "pr-42" is left to the deploy');
    expect(branches()).toEqual(["Main", "pr-42"]);

    const closed = await runActionYaml(walk.context("3", { inputs: { command: "preview" }, event: walk.prEvent("closed") }));
    expect(closed.code, closed.log).toBe(0);
    expect(branches()).toEqual(["Main"]);
    expect(closed.skipped).toContain("Render the pull-request comment");
    expect(walk.gh.comments).toHaveLength(1);
  }, 60_000);
});
