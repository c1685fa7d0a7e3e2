// Apply under fire: rate-limit storms, concurrent runs, recovery without a journal, the journal itself.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";
import { checkConvergence, CHANGED_YAML, journalFiles, makeRig, totalVersions, type Rig } from "./resilience-harness.js";

const MODELS = ["versions", "branches"] as const;

describe.each(MODELS)("apply under fire (%s model)", (model) => {
  let rig: Rig | undefined;
  let ws: Workspace | undefined;
  afterEach(async () => {
    await rig?.close();
    await ws?.close();
    rig = undefined;
    ws = undefined;
  });

  it("a 429 storm from the API's own rate limit still completes every agent (Retry-After honoured, rate adapts)", async () => {
    const names = ["a1", "a2", "a3", "a4", "a5", "a6"];
    rig = await makeRig({ model, rps: 3, seed: names, definitions: Object.fromEntries(names.map((n) => [n, CHANGED_YAML(n)])) });
    const before = totalVersions(rig);
    const client = rig.client();
    const result = await rig.apply({ client, limits: { concurrency: 6 } });
    expect(result.agents.map((a) => `${a.name}:${a.status}${a.error ? ` ${a.error.message}` : ""}`)).toEqual(names.map((n) => `${n}:applied`));
    const stats = client.stats();
    expect(stats.rateLimited).toBeGreaterThan(0);
    expect(rig.emulator.requests.filter((r) => r.status === 429).length).toBe(stats.rateLimited);
    expect((await checkConvergence(rig, names, names.length, before)).problems).toEqual([]);
  });

  it("two applies at once on the same agents: one version per agent goes live, the loser fails cleanly, a re-run converges", async () => {
    const names = ["alpha", "beta"];
    rig = await makeRig({ model, seed: names, definitions: Object.fromEntries(names.map((n) => [n, CHANGED_YAML(n)])) });
    const before = totalVersions(rig);
    const [one, two] = await Promise.all([rig.apply(), rig.apply()]);
    for (const name of names) {
      const outcomes = [one, two].map((r) => r.agents.find((a) => a.name === name)!);
      // Exactly one run publishes. The other fails cleanly; or, when the first run's publish already exists as it
      // starts, adopts that very version through recovery; or, when it planned after the first run finished the
      // agent, has nothing left to do.
      const publishers = outcomes.filter((a) => a.status === "applied" && a.versionId && !a.recovered);
      expect(publishers, JSON.stringify(outcomes)).toHaveLength(1);
      const other = outcomes.find((a) => a !== publishers[0])!;
      if (other.status === "unchanged") continue;
      if (other.status === "failed") {
        // publish_in_progress: the loser wrote to the branch's draft while the winner's publish was in its check.
        expect(other.error?.code).toMatch(/concurrent_change|stale_plan|draft_in_progress|head_moved|publish_in_progress|http_409/);
        expect(other.error?.message).toMatch(/someone else|another atoms-gitops run|stale plan|open draft|conflict|published while/i);
      } else {
        expect(other.status, JSON.stringify(other)).toBe("applied");
        expect(other.recovered).toContain(publishers[0]!.versionId!);
      }
    }
    // Exactly one new version per agent, none leaked, the live one is the definition.
    expect(totalVersions(rig) - before).toBe(names.length);
    expect(rig.emulator.state.openDrafts()).toBe(0);
    const again = await rig.apply();
    expect(again.ok).toBe(true);
    expect((await checkConvergence(rig, names, names.length, before)).problems).toEqual([]);
  });

  it("the journal records each step before and after it runs; --format json prints the same records", async () => {
    ws = await startWorkspace({ model, securityCheckMs: 0 });
    ws.emulator.control.seedAgent({ name: "bot", config: (await import("../helpers/defs.js")).BASE_CONFIG });
    ws.write("agents/bot.yaml", agentYaml("bot", BASE_SPEC.replace("speed: 1.1", "speed: 1.2")));
    const run = await ws.cli(["apply", "--yes", "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const files = journalFiles(ws.dir);
    expect(files).toHaveLength(1);
    const journal = readFileSync(files[0]!, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    const printed = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>).filter((r) => r.type !== "summary");
    expect(printed).toEqual(journal);
    expect(journal[0]!.type).toBe("run-start");
    expect(journal.at(-1)).toMatchObject({ type: "run-end", ok: true, cancelled: false });
    const steps = journal.filter((r) => r.type === "step");
    const publish = steps.findIndex((r) => r.step === "publish" && r.phase === "start");
    const published = steps.findIndex((r) => r.step === "publish" && r.phase === "done");
    expect(publish).toBeGreaterThanOrEqual(0);
    expect(published).toBeGreaterThan(publish);
    expect((steps[published]!.ids as Record<string, string>).versionId).toMatch(/^[0-9a-f]{24}$/);
    // Ids and field paths only: the new prompt text and speed value are not in the journal.
    // Timestamps are left out of the search: "13:42:01.212Z" holds "1.2" too.
    const values = readFileSync(files[0]!, "utf8").replace(/"time":"[^"]*"/g, "");
    expect(values).not.toMatch(/(?<![\d.])1\.2(?![\d])/);
  });
});

describe("recovery without a journal (a fresh CI runner)", () => {
  it("v1: a publish whose answer was lost is activated by the next run, not published twice; leftover drafts found by name are discarded once abandoned", async () => {
    const rig = await makeRig({ model: "versions", seed: ["bot", "other"], definitions: { bot: CHANGED_YAML("bot"), other: CHANGED_YAML("other") } });
    try {
      const before = totalVersions(rig);
      rig.emulator.control.queueFault({ method: "POST", path: /\/drafts\/[0-9a-f]{24}\/publish$/, fault: { afterHandling: true, drop: true } });
      rig.emulator.control.queueFault({ method: "POST", path: /\/drafts$/, fault: { afterHandling: true, drop: true } });
      const first = await rig.apply({ limits: { concurrency: 1 } });
      expect(first.ok).toBe(false);
      expect(rig.emulator.state.openDrafts()).toBe(1);
      rmSync(rig.journalDir, { recursive: true, force: true });

      const discards: string[] = [];
      // Without the journal nothing proves the draft is a killed run's rather than a run at work elsewhere: it is
      // discarded only once abandoned (untouched for 15 minutes). This re-run comes 16 minutes later.
      const later = () => Date.now() + 16 * 60 * 1000;
      const again = await rig.apply({
        clock: { now: later },
        journal: { dir: undefined },
        hooks: { onStep: (e) => void (e.step === "discard-draft" && e.phase === "done" && discards.push(e.detail ?? "")) },
      });
      expect(again.ok, JSON.stringify(again.agents)).toBe(true);
      // The lost publish is activated by the recovery pass; the leftover draft is discarded either there or by the
      // engine's check of the agent's drafts right before it publishes (which lists them anyway).
      const kinds = (again.recovery ?? []).map((a) => a.kind).sort();
      expect(kinds).toContain("activated");
      expect(kinds.includes("discarded-draft") || discards.some((d) => /discarded abandoned draft [0-9a-f]{24} of run/.test(d))).toBe(true);
      expect(rig.emulator.state.openDrafts()).toBe(0);
      expect(again.agents.find((a) => a.recovered)?.recovered).toMatch(/activated version [0-9a-f]{24} published by an earlier run/);
      expect((await checkConvergence(rig, ["bot", "other"], 2, before)).problems).toEqual([]);
      expect(existsSync(rig.journalDir)).toBe(false);
    } finally {
      await rig.close();
    }
  });

  it("v2: an open draft that no journal records is someone's work: reported and left alone", async () => {
    const rig = await makeRig({ model: "branches", seed: ["bot"], definitions: { bot: CHANGED_YAML("bot") } });
    try {
      // A person's unpublished edit in the dashboard.
      const agentId = rig.ids.bot!;
      const live = rig.emulator.state.agent(agentId)!.liveBranchId;
      await fetchPut(rig, `/agent/${agentId}/branches/${live}/draft`, { firstMessage: "Work in progress" });
      const result = await rig.apply();
      expect(result.recovery?.some((a) => a.kind === "left-draft")).toBe(true);
      expect(result.ok).toBe(false);
      expect(rig.emulator.state.openDrafts()).toBe(1);
    } finally {
      await rig.close();
    }
  });
});

async function fetchPut(rig: Rig, path: string, body: unknown): Promise<void> {
  const res = await rig.emulator.fetch(
    new Request(`http://127.0.0.1/atoms/v1${path}`, {
      method: "PUT",
      headers: { Authorization: "Bearer sk_emulator_local", "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
  expect(res.status).toBe(200);
}
