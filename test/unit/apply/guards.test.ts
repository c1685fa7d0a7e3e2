import { describe, expect, it } from "vitest";
import { runApply } from "../../../src/apply/index.js";
import { draftNameFor } from "../../../src/apply/draft-name.js";
import type { ApplyResult, ApplyTarget, StepEvent } from "../../../src/apply/types.js";
import type { AgentDefinition } from "../../../src/model/definition.js";
import type { JsonObject } from "../../../src/model/json.js";
import type { ApiModelName } from "../../../src/model/versioning.js";
import { planAgent } from "../../../src/plan/index.js";
import { definition } from "../plan/builders.js";
import { MemoryAgent } from "./memory-adapter.js";

/** The engine's guards, one test each, against one agent held in memory (v1 drafts/versions unless said otherwise). */

const OLD: JsonObject = { firstMessage: "Hello from the old version." };
const NEW = "Hello from the new version.";
const RUN = "1a2b3c4d";

function fakeTime() {
  let t = Date.parse("2026-08-01T12:00:00.000Z");
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
  };
}

interface Setup {
  agent: MemoryAgent;
  def: AgentDefinition;
  target: ApplyTarget;
  time: ReturnType<typeof fakeTime>;
}

function setup(options: { metadata?: AgentDefinition["metadata"]; description?: string } = {}): Setup {
  const time = fakeTime();
  const agent = new MemoryAgent("support", OLD, { now: time.now, ...(options.description ? { description: options.description } : {}) });
  const def = definition("support", { firstMessage: NEW }, { metadata: { id: agent.id, ...options.metadata } });
  const plan = planAgent(def, agent.observe(agent.active().resolved));
  return { agent, def, target: { plan, definition: def }, time };
}

async function apply(
  s: Setup,
  extra: { stopSignal?: AbortSignal; steps?: StepEvent[]; target?: ApplyTarget; model?: ApiModelName } = {},
): Promise<ApplyResult> {
  return runApply({
    api: s.agent.api(),
    versioning: s.agent.versioning(extra.model),
    targets: [extra.target ?? s.target],
    runId: RUN,
    settings: {
      label: "atoms-gitops 0123456",
      clock: { sleep: s.time.sleep, now: s.time.now },
      ...(extra.stopSignal ? { stopSignal: extra.stopSignal } : {}),
      hooks: { onStep: (e) => extra.steps?.push(e) },
    },
  });
}

function only(result: ApplyResult) {
  expect(result.agents).toHaveLength(1);
  return result.agents[0]!;
}

describe("apply guards (in-memory agent)", () => {
  it("the happy path publishes, activates and verifies one new version", async () => {
    const s = setup();
    const r = only(await apply(s));
    expect(r.status).toBe("applied");
    expect(s.agent.versions).toHaveLength(2);
    expect(s.agent.active().resolved["firstMessage"]).toBe(NEW);
    expect(s.agent.drafts.size).toBe(0);
  });

  it("recheck-base: someone activated another version while the draft was written: nothing is published", async () => {
    const s = setup();
    let rival = "";
    s.agent.hooks.afterPatchDraft = () => (rival = s.agent.rivalActivates({ firstMessage: "Someone else's." }));
    const r = only(await apply(s));
    expect(r.status).toBe("failed");
    expect(r.error).toMatchObject({ step: "recheck-base", code: "concurrent_change" });
    expect(r.error?.message).toContain(rival);
    expect(s.agent.versions).toHaveLength(2); // V1 and the rival's: ours was never published
    expect(s.agent.activeVersionId).toBe(rival);
    expect(s.agent.drafts.size).toBe(0);
  });

  it("stop before publish: an interrupt after the draft was verified discards it and skips the agent", async () => {
    const s = setup();
    const stop = new AbortController();
    s.agent.hooks.afterPatchDraft = () => stop.abort();
    const r = only(await apply(s, { stopSignal: stop.signal }));
    expect(r.status).toBe("skipped");
    expect(r.error?.step).toBe("publish");
    expect(r.error?.message).toContain("stopped before publishing");
    expect(s.agent.versions).toHaveLength(1);
    expect(s.agent.drafts.size).toBe(0);
  });

  it("activate-time rival: a version someone activated during our security check wins; ours stays inactive", async () => {
    const s = setup();
    let rival = "";
    s.agent.hooks.onPoll = () => {
      if (!rival) rival = s.agent.rivalActivates({ firstMessage: "Someone else's." });
    };
    const r = only(await apply(s));
    expect(r.status).toBe("failed");
    expect(r.error).toMatchObject({ step: "activate", code: "concurrent_change" });
    expect(r.error?.message).toContain(rival);
    expect(s.agent.activeVersionId).toBe(rival);
    expect(s.agent.versions).toHaveLength(3);
  });

  it("verify-live: an activation the API acknowledged but did not perform fails the agent", async () => {
    const s = setup();
    s.agent.hooks.activate = () => undefined;
    const r = only(await apply(s));
    expect(r.status).toBe("failed");
    expect(r.error).toMatchObject({ step: "verify-live", code: "activation_not_visible" });
    expect(r.versionId).toBeUndefined();
  });

  it("verify-live: a live config that differs from the definition after activation fails the agent", async () => {
    const s = setup();
    s.agent.hooks.activate = (p) => {
      s.agent.activeVersionId = p.versionId;
      s.agent.active().resolved["firstMessage"] = "Rewritten by the server.";
    };
    const r = only(await apply(s));
    expect(r.status).toBe("failed");
    expect(r.error).toMatchObject({ step: "verify-live", code: "live_mismatch" });
    expect(r.error?.message).toContain("/spec/firstMessage");
  });

  it("verify-metadata: a metadata write the API acknowledged but did not store fails the agent", async () => {
    const s = setup({ metadata: { name: "support", description: "The new description." }, description: "The old description." });
    const bodies: JsonObject[] = [];
    s.agent.hooks.updateMetadata = (body) => void bodies.push(body);
    const r = only(await apply(s));
    expect(bodies).toHaveLength(1);
    expect(r.status).toBe("failed");
    expect(r.error).toMatchObject({ step: "verify-metadata", code: "field_not_stored" });
    expect(r.error?.message).toContain("/metadata/description");
  });

  it("rival run: an older, fresh draft of another run makes this run back off before publishing", async () => {
    const s = setup();
    const theirs = s.agent.rivalDraft(draftNameFor("99999999", "atoms-gitops fedcba9"), new Date(s.time.now()).toISOString());
    const r = only(await apply(s));
    expect(r.status).toBe("failed");
    expect(r.error).toMatchObject({ step: "recheck-base", code: "concurrent_change" });
    expect(r.error?.message).toContain("run 99999999");
    expect(s.agent.versions).toHaveLength(1);
    expect([...s.agent.drafts.keys()]).toEqual([theirs.draftId]); // theirs kept, ours discarded
  });

  it("rival run: an older draft of ours untouched for 15 minutes is discarded, and the apply goes on", async () => {
    const s = setup();
    const stale = s.agent.rivalDraft(draftNameFor("99999999", "atoms-gitops fedcba9"), new Date(s.time.now() - 16 * 60_000).toISOString());
    const steps: StepEvent[] = [];
    const r = only(await apply(s, { steps }));
    expect(r.status).toBe("applied");
    expect(s.agent.drafts.has(stale.draftId)).toBe(false);
    expect(steps.some((e) => e.step === "discard-draft" && e.ids?.draftId === stale.draftId)).toBe(true);
  });

  it("fresh version: a version published since the run started (not activated) stops a second publish", async () => {
    const s = setup();
    const known = s.agent.versions.map((v) => v.id);
    const theirs = s.agent.addVersion({ firstMessage: "Published elsewhere." }, "atoms-gitops 7777777");
    theirs.check = "passed";
    const r = only(await apply(s, { target: { ...s.target, knownVersionIds: known } }));
    expect(r.status).toBe("failed");
    expect(r.error).toMatchObject({ step: "recheck-base", code: "concurrent_change" });
    expect(r.error?.message).toContain(theirs.id);
    expect(s.agent.versions).toHaveLength(2);
    expect(s.agent.activeVersionId).toBe(s.agent.versions[0]!.id);
  });

  it("stale plan: changes computed now that are not the planned ones (definition edited since) apply nothing", async () => {
    const s = setup();
    const edited = definition("support", { firstMessage: "Edited after the plan was reviewed." }, { metadata: { id: s.agent.id } });
    const r = only(await apply(s, { target: { plan: s.target.plan, definition: edited } }));
    expect(r.status).toBe("failed");
    expect(r.error).toMatchObject({ step: "precondition", code: "stale_plan" });
    expect(r.error?.message).toContain("/spec/firstMessage");
    expect(s.agent.versions).toHaveLength(1);
    expect(s.agent.drafts.size).toBe(0);
  });

  it("where the platform serializes writers (publish serves, no fork per run) the rival checks are not made", async () => {
    const s = setup();
    const theirs = s.agent.rivalDraft(draftNameFor("99999999", "atoms-gitops fedcba9"), new Date(s.time.now()).toISOString());
    const steps: StepEvent[] = [];
    const r = only(await apply(s, { model: "branches", steps }));
    expect(r.status).toBe("applied");
    expect(s.agent.drafts.has(theirs.draftId)).toBe(true);
    expect(steps.filter((e) => e.step === "recheck-base" && e.phase === "done")).toHaveLength(1);
  });
});
