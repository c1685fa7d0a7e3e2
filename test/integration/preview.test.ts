import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

/** Writes that would change what serves calls: any write to a live branch, a go-live, an activation, agent metadata. */
function servingWrites(emulator: Emulator, liveBranchIds: Set<string>): string[] {
  return emulator.requests
    .filter((r) => r.method !== "GET")
    .map((r) => `${r.method} ${r.path}`)
    .filter(
      (line) =>
        /\/live$/.test(line) ||
        /\/activate$/.test(line) ||
        /^PATCH \/agent\/[0-9a-f]{24}$/.test(line) ||
        /^POST \/agent$/.test(line) ||
        [...liveBranchIds].some((b) => line.includes(`/branches/${b}/`)),
    );
}

function liveBranches(emulator: Emulator): Set<string> {
  return new Set(emulator.state.agents.map((a) => a.liveBranchId).filter((b): b is string => typeof b === "string"));
}

const publishes = (emulator: Emulator) => writesIn(emulator).filter((w) => /\/publish$/.test(w));

for (const model of ["branches", "versions"] as const) {
  describe(`preview on ${model}`, () => {
    let ws: Workspace;
    afterEach(async () => ws?.close());

    async function fleet() {
      ws = await startWorkspace({ model, securityCheckMs: 50 });
      const changed = ws.emulator.control.seedAgent({ name: "changed", config: BASE_CONFIG });
      const same = ws.emulator.control.seedAgent({ name: "same", config: BASE_CONFIG });
      ws.write("agents/changed.yaml", agentYaml("changed", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
      ws.write("agents/same.yaml", agentYaml("same", BASE_SPEC));
      ws.write("agents/fresh.yaml", agentYaml("fresh", BASE_SPEC));
      return { changed, same };
    }

    it("verifies changed agents without serving them; a second identical preview publishes nothing; apply promotes with zero publishes; plan is then empty", async () => {
      const { changed, same } = await fleet();
      const liveBefore = ws.emulator.state.activeVersion(changed)!.doc._id;
      const sameBefore = ws.emulator.state.activeVersion(same)!.doc._id;
      const lives = liveBranches(ws.emulator);

      const first = await ws.cli(["preview", "--name", "pr-42", "--out", "plan.json"]);
      expect(first.code, first.stdout + first.stderr).toBe(0);
      expect(first.stdout).toMatch(/✓ changed: stored as planned, security check passed/);
      expect(first.stdout).toMatch(/· fresh: not previewed: created on apply/);
      expect(first.stdout).not.toMatch(/ same:/);
      expect(servingWrites(ws.emulator, lives)).toEqual([]);
      expect(ws.emulator.state.activeVersion(changed)!.doc._id).toBe(liveBefore);
      expect(ws.emulator.state.activeVersion(same)!.doc._id).toBe(sameBefore);
      expect(ws.emulator.state.agents.map((a) => a.name).sort()).toEqual(["changed", "same"]);
      expect(ws.emulator.state.openDrafts()).toBe(0);
      expect(publishes(ws.emulator)).toHaveLength(1);

      const saved = JSON.parse(readFileSync(join(ws.dir, "plan.json"), "utf8"));
      const record = saved.agents.find((a: { name: string }) => a.name === "changed").preview;
      expect(record).toMatchObject({ name: "pr-42", fromVersionId: liveBefore });
      expect(record.versionId).not.toBe(liveBefore);
      expect(saved.agents.find((a: { name: string }) => a.name === "fresh").preview).toBeUndefined();

      // The next push of the same pull request with the same definitions: same ids, nothing published.
      const count = ws.emulator.requests.length;
      const second = await ws.cli(["preview", "--name", "pr-42", "--format", "json"]);
      expect(second.code, second.stderr).toBe(0);
      const again = JSON.parse(second.stdout);
      expect(again.agents.find((a: { name: string }) => a.name === "changed").record.versionId).toBe(record.versionId);
      expect(publishes(ws.emulator)).toHaveLength(1);
      expect(writesIn({ requests: ws.emulator.requests.slice(count) } as Emulator)).toEqual([]);
      if (model === "branches") {
        const names = ws.emulator.state.agent(changed)!.branches.filter((b) => b.status === "active").map((b) => b.name);
        expect(names.sort()).toEqual(["Main", "pr-42"]);
      }

      const before = ws.emulator.requests.length;
      const applied = await ws.cli(["apply", "plan.json", "--yes"]);
      expect(applied.code, applied.stdout + applied.stderr).toBe(0);
      const applyWrites = writesIn({ requests: ws.emulator.requests.slice(before) } as Emulator);
      expect(applyWrites.filter((w) => /\/publish$/.test(w) && w.includes(changed))).toEqual([]);
      expect(applyWrites.filter((w) => w.includes(changed))).toEqual(
        model === "branches" ? [`POST /agent/${changed}/branches/${record.branchId}/live`] : [`PATCH /agent/${changed}/versions/${record.versionId}/activate`],
      );
      expect(ws.emulator.state.activeVersion(changed)!.doc._id).toBe(record.versionId);
      const replan = await ws.cli(["plan", "--detailed-exitcode"]);
      expect(replan.code, replan.stdout).toBe(0);
      expect(ws.emulator.state.openDrafts()).toBe(0);
    });

    it("a changed definition replaces the preview (never a second branch of that name); a dashboard edit before apply is exit 6 with zero writes", async () => {
      const { changed } = await fleet();
      expect((await ws.cli(["preview", "--name", "pr-7"])).code).toBe(0);
      ws.write("agents/changed.yaml", agentYaml("changed", BASE_SPEC.replace("speed: 1.1", "speed: 1.4")));
      const pushed = await ws.cli(["preview", "--name", "pr-7", "--out", "plan.json"]);
      expect(pushed.code, pushed.stdout + pushed.stderr).toBe(0);
      const record = JSON.parse(readFileSync(join(ws.dir, "plan.json"), "utf8")).agents.find((a: { name: string }) => a.name === "changed").preview;
      const stored = ws.emulator.state.agent(changed)!.versions[record.versionId]!.config as { synthesizer?: { speed?: number } };
      expect(stored.synthesizer?.speed).toBe(1.4);
      if (model === "branches") {
        expect(ws.emulator.state.agent(changed)!.branches.filter((b) => b.status === "active" && b.name === "pr-7")).toHaveLength(1);
      }

      ws.emulator.control.dashboardEdit(changed, { firstMessage: "Edited in the dashboard." });
      const before = ws.emulator.requests.length;
      const stale = await ws.cli(["apply", "plan.json", "--yes"]);
      expect(stale.code, stale.stdout + stale.stderr).toBe(6);
      expect(stale.stderr).toMatch(/changed/);
      expect(writesIn({ requests: ws.emulator.requests.slice(before) } as Emulator)).toEqual([]);
    });

    it("a field the API silently drops is reported with its path, exit 1, nothing published, no draft left", async () => {
      const { changed } = await fleet();
      const live = ws.emulator.state.activeVersion(changed)!.doc._id;
      ws.write("agents/changed.yaml", agentYaml("changed", BASE_SPEC.replace("Hi, thanks for calling Acme.", "Hello from Acme.")));
      ws.emulator.control.dropDraftField("firstMessage");
      const run = await ws.cli(["preview", "--name", "pr-9", "--out", "plan.json"]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/✗ changed: the platform disagrees:\n\s+- \/spec\/firstMessage: not stored as planned/);
      expect(publishes(ws.emulator)).toEqual([]);
      expect(ws.emulator.state.openDrafts()).toBe(0);
      expect(JSON.parse(readFileSync(join(ws.dir, "plan.json"), "utf8")).agents.find((a: { name: string }) => a.name === "changed").preview).toBeUndefined();
      expect(ws.emulator.state.activeVersion(changed)!.doc._id).toBe(live);
    });

    it("a failed security check is reported with its reason, exit 1, live untouched, no draft left", async () => {
      const { changed } = await fleet();
      const live = ws.emulator.state.activeVersion(changed)!.doc._id;
      ws.emulator.control.failNextSecurityChecks(1, "prompt injection risk");
      const run = await ws.cli(["preview", "--name", "pr-3"]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/security check failed: prompt injection risk/);
      expect(ws.emulator.state.activeVersion(changed)!.doc._id).toBe(live);
      expect(ws.emulator.state.openDrafts()).toBe(0);
    });

    it("--close leaves no preview branch listed and no preview draft open", async () => {
      const { changed } = await fleet();
      expect((await ws.cli(["preview", "--name", "pr-5"])).code).toBe(0);
      const closed = await ws.cli(["preview", "--close", "--name", "pr-5"]);
      expect(closed.code, closed.stderr).toBe(0);
      const agent = ws.emulator.state.agent(changed)!;
      if (model === "branches") {
        expect(agent.branches.filter((b) => b.status === "active").map((b) => b.name)).toEqual(["Main"]);
        expect(closed.stdout).toMatch(/changed: archived 1 branch/);
      }
      expect(ws.emulator.state.openDrafts()).toBe(0);
      expect((await ws.cli(["preview", "--close", "--name", "pr-5"])).stdout).toMatch(/nothing left to close/);
    });
  
    it.runIf(model === "branches")("a moved live head re-forks the preview branch; promoting the next preview archives the preview branch that stopped serving, never Main", async () => {
      const { changed } = await fleet();
      expect((await ws.cli(["preview", "--name", "pr-1", "--out", "one.json"])).code).toBe(0);
      expect((await ws.cli(["apply", "one.json", "--yes"])).code).toBe(0);
      const agent = () => ws.emulator.state.agent(changed)!;
      const pr1 = agent().branches.find((b) => b.name === "pr-1")!;
      expect(agent().liveBranchId).toBe(pr1._id);

      ws.write("agents/changed.yaml", agentYaml("changed", BASE_SPEC.replace("speed: 1.1", "speed: 1.5")));
      expect((await ws.cli(["preview", "--name", "pr-2"])).code).toBe(0);
      const firstFork = agent().branches.find((b) => b.name === "pr-2" && b.status === "active")!;
      // Someone publishes on the live branch meanwhile: the next push of pr-2 forks from the new live head.
      ws.emulator.control.dashboardEdit(changed, { firstMessage: "Hello from the dashboard." });
      ws.write("agents/changed.yaml", agentYaml("changed", BASE_SPEC.replace("speed: 1.1", "speed: 1.5").replace("Hi, thanks for calling Acme.", "Hello from the dashboard.")));
      const reforked = await ws.cli(["preview", "--name", "pr-2", "--out", "two.json"]);
      expect(reforked.code, reforked.stdout + reforked.stderr).toBe(0);
      expect(reforked.stdout).toMatch(/re-forked branch "pr-2": the live head moved/);
      const pr2 = agent().branches.filter((b) => b.name === "pr-2" && b.status === "active");
      expect(pr2).toHaveLength(1);
      expect(pr2[0]!._id).not.toBe(firstFork._id);
      expect(pr2[0]!.sourceRevisionId).toBe(ws.emulator.state.activeVersion(changed)!.doc._id);

      const promoted = await ws.cli(["apply", "two.json", "--yes"]);
      expect(promoted.code, promoted.stdout + promoted.stderr).toBe(0);
      expect(agent().liveBranchId).toBe(pr2[0]!._id);
      expect(agent().branches.find((b) => b._id === pr1._id)!.status).toBe("archived");
      expect(agent().branches.find((b) => b.isDefault)!.status).toBe("active");
      expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(0);
    });
  });
}
