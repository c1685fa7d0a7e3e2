import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runAction } from "../../src/action/main.js";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";
import { FakeGitHub } from "../unit/action/fake-github.js";

const FIXTURE = resolve(import.meta.dirname, "../fixtures/scenarios/011-sensitive-values");
const remote = JSON.parse(readFileSync(join(FIXTURE, "remote.json"), "utf8")) as {
  agents: Array<Parameters<Workspace["emulator"]["control"]["seedAgent"]>[0]>;
  env?: Record<string, string>;
};
const env = { ...(remote.env ?? {}), ATOMS_PLAN_DIGEST_KEY: "plan-and-deploy-jobs-share-this" };

describe("the plan digest in the pull-request comment", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("is the digest the deploy prints and checks before it writes", async () => {
    ws = await startWorkspace({ model: "versions" });
    cpSync(join(FIXTURE, "agents"), join(ws.dir, "agents"), { recursive: true });
    for (const seed of remote.agents) ws.emulator.control.seedAgent(seed);
    const plan = await ws.cli(["plan", "--out", "plan.json", "--format", "markdown"], env);
    expect(plan.code, plan.stderr).toBe(0);
    ws.write("comment.md", "<!-- atoms-gitops:plan env=default -->\n## plan\n");

    const gh = new FakeGitHub();
    ws.write("out", "");
    await runAction("comment-plan", {
      env: { GITHUB_OUTPUT: join(ws.dir, "out"), PR_NUMBER: "4", HEAD_SHA: "feedface", PLAN_FILE: join(ws.dir, "plan.json"), COMMENT_FILE: join(ws.dir, "comment.md") },
      api: gh,
      log: () => {},
    });
    const shown = /plan digest `([^`]+)`/.exec(gh.comments.get(4)?.[0]?.body ?? "")?.[1];
    expect(shown).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);

    // It is what apply checks: another plan of the same definitions (its own key, so its own digest) given this
    // digest is refused before any write.
    const again = await ws.cli(["plan", "--out", "plan2.json"], env);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(ws.dir, "plan2.json"), "utf8")).not.toContain(shown);
    const edited = readFileSync(join(ws.dir, "plan2.json"), "utf8").replace(/"configDigest": "[^"]+"/, `"configDigest": "${shown}"`);
    writeFileSync(join(ws.dir, "plan2.json"), edited);
    const writes = writesIn(ws.emulator).length;
    const refused = await ws.cli(["apply", "plan2.json", "--yes"], env);
    expect(refused.code).toBe(6);
    expect(writesIn(ws.emulator)).toHaveLength(writes);

    const apply = await ws.cli(["apply", "plan.json", "--yes"], env);
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toContain(`Applying plan.json, plan digest ${shown}`);
  });
});
