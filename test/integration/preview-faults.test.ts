import { afterEach, describe, expect, it } from "vitest";
import { createClient, loadDefinitions, planWorkspace, previewWorkspace } from "../../src/index.js";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { EMULATOR_KEY, startWorkspace, type Workspace } from "../helpers/workspace.js";
import { join } from "node:path";

/** Preview cells of the fault matrix: whatever stops a preview, no draft stays open, live is untouched, a re-run converges. */
for (const model of ["branches", "versions"] as const) {
  describe(`interrupted previews on ${model}`, () => {
    let ws: Workspace;
    afterEach(async () => ws?.close());

    async function seeded(securityCheckMs = 0) {
      ws = await startWorkspace({ model, securityCheckMs });
      const id = ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
      ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
      return { id, live: ws.emulator.state.activeVersion(id)!.doc._id };
    }

    function untouched(id: string, live: string) {
      expect(ws.emulator.state.activeVersion(id)!.doc._id).toBe(live);
      expect(ws.emulator.state.openDrafts()).toBe(0);
      const agent = ws.emulator.state.agent(id)!;
      if (model === "branches") expect(agent.branches.find((b) => b._id === agent.liveBranchId)?.isDefault).toBe(true);
    }

    async function converges(id: string, live: string) {
      const again = await ws.cli(["preview", "--name", "pr-1"]);
      expect(again.code, again.stdout + again.stderr).toBe(0);
      expect(again.stdout).toMatch(/✓ alpha: stored as planned/);
      untouched(id, live);
    }

    for (const [step, path] of [
      ["the draft write", model === "branches" ? /\/branches\/[0-9a-f]{24}\/draft$/ : /\/drafts\/[0-9a-f]{24}\/config$/],
      ["the server diff", model === "branches" ? /\/diff$/ : /\/drafts\/[0-9a-f]{24}\/diff$/],
      ["the publish", /\/publish$/],
    ] as const) {
      it(`the connection drops after ${step} was handled: nothing left open, live untouched, the re-run converges`, async () => {
        const { id, live } = await seeded();
        ws.emulator.control.queueFault({ path, fault: { afterHandling: true, drop: true } });
        const run = await ws.cli(["preview", "--name", "pr-1"]);
        // A read (and a v1 draft edit, absolute) is retried; a lost v2 draft write or a publish is not: that agent fails.
        if (run.code !== 0) expect(run.stdout).toMatch(/✗ alpha: preview failed/);
        untouched(id, live);
        await converges(id, live);
      });
    }

    it("an interrupt during the security check withdraws the preview: nothing left open, live untouched, the re-run converges", async () => {
      const { id, live } = await seeded(60_000);
      const load = await loadDefinitions({ dir: join(ws.dir, "agents"), cwd: ws.dir, processEnv: {} });
      const client = createClient({ baseUrl: ws.baseUrl, apiKey: EMULATOR_KEY, apiModel: model });
      const planned = await planWorkspace({ load, client, dir: "agents" });
      const stop = new AbortController();
      const sleep = (ms: number, signal?: AbortSignal) =>
        new Promise<void>((resolve, reject) => {
          // The first wait of the check is where the interrupt lands.
          stop.abort(new Error("Interrupted."));
          if (signal?.aborted) reject(signal.reason);
          else setTimeout(resolve, Math.min(ms, 5));
        });
      const report = await previewWorkspace({ planned, client, name: "pr-1", stopSignal: stop.signal, sleep });
      expect(report.cancelled).toBe(true);
      expect(report.agents.map((a) => a.status)).toEqual(["stopped"]);
      expect(report.plan.agents[0]!.preview).toBeUndefined();
      ws.emulator.control.setSecurityCheckMs(0);
      untouched(id, live);
      if (model === "branches") {
        // The withdrawn scan never commits, even once its time has come.
        const branch = ws.emulator.state.agent(id)!.branches.find((b) => b.name === "pr-1")!;
        expect(branch.headRevisionId).toBeNull();
      }
      await converges(id, live);
    });

    it("a preview killed with its draft open (no chance to clean up): the next preview discards it and converges", async () => {
      const { id, live } = await seeded();
      // What a SIGKILL right after the draft write leaves behind.
      ws.emulator.control.queueFault({ path: /\/publish$/, fault: { status: 503 } });
      const crashed = await ws.cli(["preview", "--name", "pr-1"], {});
      expect(crashed.code).toBe(1);
      const agent = ws.emulator.state.agent(id)!;
      if (model === "branches") {
        const branch = agent.branches.find((b) => b.name === "pr-1")!;
        const res = await fetch(`${ws.baseUrl}/agent/${id}/branches/${branch._id}/draft`, {
          method: "PUT",
          headers: { authorization: `Bearer ${EMULATOR_KEY}`, "content-type": "application/json" },
          body: JSON.stringify({ firstMessage: "left by a killed preview" }),
        });
        expect(res.status).toBe(200);
      } else {
        const res = await fetch(`${ws.baseUrl}/agent/${id}/drafts`, {
          method: "POST",
          headers: { authorization: `Bearer ${EMULATOR_KEY}`, "content-type": "application/json" },
          body: JSON.stringify({ sourceVersionId: live, draftName: "atoms-gitops preview: pr-1" }),
        });
        expect(res.status).toBe(201);
      }
      expect(ws.emulator.state.openDrafts()).toBe(1);
      await converges(id, live);
    });
  });
}
