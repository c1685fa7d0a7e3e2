import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../../../src/model/json.js";
import type { ObservedAgent } from "../../../src/model/observed.js";
import {
  buildDraftBody,
  buildMetadataBody,
  diffAgent,
  FIELD_MAP,
  normalizeResolved,
  observedMetadataDigest,
  specToCreateBody,
} from "../../../src/plan/index.js";
import { API_TOOL, definition, END_TOOL, fullSpec, observed, oid, plan, PROMPT, summary, TRANSFER_TOOL } from "./builders.js";

/** What the server does with a create/draft body (docs/atoms-api.md §4.1): objects deep-merge, arrays and scalars replace. */
function merge(base: JsonValue | undefined, over: JsonValue): JsonValue {
  if (typeof base === "object" && base !== null && !Array.isArray(base) && typeof over === "object" && over !== null && !Array.isArray(over)) {
    const out: JsonObject = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
    return out;
  }
  return over;
}

function serverApply(resolved: JsonObject, body: JsonObject): JsonObject {
  let out = normalizeResolved(resolved);
  for (const m of FIELD_MAP) {
    const tokens = m.body.slice(1).split("/");
    let v: JsonValue | undefined = body;
    for (const t of tokens) v = v && typeof v === "object" && !Array.isArray(v) ? v[t] : undefined;
    if (v === undefined) continue;
    const key = m.resolved.slice(1);
    out = { ...out, [key]: merge(out[key], v) };
  }
  return out;
}

describe("plan -> apply -> plan is empty", () => {
  it("after create, the created agent matches the definition", () => {
    const def = definition("new", fullSpec(), { metadata: { description: "d" } });
    const body = specToCreateBody(def);
    const created: ObservedAgent = observed("new", {}, { resolved: serverApply({}, body), description: "d" });
    expect(diffAgent(def, created).changes).toEqual([]);
  });

  it("after applying the draft body of an update, nothing is left to change", () => {
    const live = observed("s", { prompt: PROMPT, tools: [TRANSFER_TOOL, END_TOOL], synthesizer: { speed: 1.2, voiceConfig: { voiceId: "emily" } }, language: { default: "en", supported: ["en"] } });
    const spec = {
      prompt: PROMPT + "\nOne more rule.",
      tools: [{ ...TRANSFER_TOOL, transferOption: { type: "warm_transfer", publicHandoffOption: { type: "static", prompt: "Hold on" } } }, API_TOOL],
      synthesizer: { speed: 1.0, voiceConfig: { voiceId: "emily", gender: "male" } },
      language: { default: "hi", supported: ["en", "hi"], switching: { isEnabled: true } },
      smartTurnConfig: { isEnabled: true, waitTimeInSecs: 1 },
      timezone: { label: "Asia/Kolkata", offset: 330 },
    };
    const def = definition("s", spec);
    const { changes } = diffAgent(def, live);
    expect(changes.length).toBeGreaterThan(0);
    const after = { ...live, resolved: serverApply(live.resolved, buildDraftBody(changes, live.resolved)) };
    expect(diffAgent(def, after).changes).toEqual([]);
  });

  it("after a metadata patch, nothing is left to change", () => {
    const live = observed("s", {}, { phoneNumbers: ["+14155550100"] });
    const def = definition("s", {}, { metadata: { description: "new", visibleToEveryone: true, phoneNumbers: ["+14155550123"] } });
    const body = buildMetadataBody(diffAgent(def, live).changes, { "+14155550123": "p1" });
    expect(body).toEqual({ description: "new", visibleToEveryone: true, telephonyProductId: ["p1"] });
    const after = { ...live, description: "new", visibleToEveryone: true, phoneNumbers: ["+14155550123"] };
    expect(diffAgent(def, after).changes).toEqual([]);
  });
});

describe("buildPlan", () => {
  it("sets actions, preconditions and counts, sorted by name", () => {
    const live = observed("b-update", { prompt: "old" }, { id: oid(1), activeVersionId: oid(11), description: "x" });
    const same = observed("c-same", { prompt: "same" }, { id: oid(2), activeVersionId: oid(12) });
    const p = plan({
      definitions: [
        { definition: definition("c-same", { prompt: "same" }), observed: same },
        { definition: definition("b-update", { prompt: "new" }), observed: live },
        { definition: definition("a-create", { prompt: "p" }), observed: null },
      ],
    });
    expect(p.agents.map((a) => [a.name, a.action, a.id, a.baseVersionId])).toEqual([
      ["a-create", "create", null, null],
      ["b-update", "update", oid(1), oid(11)],
      ["c-same", "noop", oid(2), oid(12)],
    ]);
    expect(p.summary).toEqual({ create: 1, update: 1, noop: 1, archive: 0, unmanaged: 0 });
    expect(p.agents[1]?.baseMetadataDigest).toBe(observedMetadataDigest(live));
    expect(p.agents[0]?.baseMetadataDigest).toBeUndefined();
    expect(p.formatVersion).toBe("1.0");
    expect(p.createdAt).toBe("2026-08-01T12:00:00.000Z");
  });

  it("the metadata digest moves when the dashboard edits metadata, not when phone numbers are reordered", () => {
    const a = observed("x", {}, { id: oid(1), phoneNumbers: ["+2", "+1"] });
    expect(observedMetadataDigest({ ...a, phoneNumbers: ["+1", "+2"] })).toBe(observedMetadataDigest(a));
    expect(observedMetadataDigest({ ...a, description: "edited" })).not.toBe(observedMetadataDigest(a));
  });

  it("unmanaged agents are listed; --prune archives only owned, unprotected ones", () => {
    const unmanaged = [
      { summary: summary("mine", oid(1)), owned: true },
      { summary: summary("theirs", oid(2)), owned: false },
      { summary: summary("keep", oid(3)), owned: true, protected: true },
    ];
    const listed = plan({ definitions: [], unmanaged });
    expect(listed.agents.map((a) => a.action)).toEqual(["unmanaged", "unmanaged", "unmanaged"]);
    expect(listed.summary.unmanaged).toBe(3);

    const pruned = plan({ definitions: [], unmanaged, prune: true });
    expect(Object.fromEntries(pruned.agents.map((a) => [a.name, [a.action, a.blockedReason ?? null]]))).toEqual({
      mine: ["archive", null],
      theirs: ["unmanaged", "foreign"],
      keep: ["unmanaged", "protected"],
    });
    expect(pruned.agents.find((a) => a.name === "mine")?.warnings?.[0]).toMatch(/ARCHIVED/);
  });

  it("never prunes when the definitions directory is empty", () => {
    const p = plan({ definitions: [], unmanaged: [{ summary: summary("mine", oid(1)), owned: true }], prune: true, definitionsDirEmpty: true });
    expect(p.summary.archive).toBe(0);
    expect(p.agents[0]?.blockedReason).toBe("empty-definitions-dir");
    expect(p.diagnostics.map((d) => d.code)).toEqual(["prune/empty-definitions"]);
  });

  it("masks sensitive values before and after, keeping digests that differ when the secret changes", () => {
    const def = definition("s", { preCallAPI: { url: "https://x", method: "GET", headers: { Authorization: "new-secret" } } }, { sensitivePaths: ["/spec/preCallAPI/headers/Authorization"] });
    const live = observed("s", { preCallAPI: { url: "https://x", method: "GET", headers: { Authorization: "old-secret" } } });
    const p = plan({ definitions: [{ definition: def, observed: live }] });
    const change = p.agents[0]?.changes[0];
    expect(change?.path).toBe("/spec/preCallAPI/headers/Authorization");
    expect(change?.before).toMatchObject({ sensitive: true });
    expect(change?.after).toMatchObject({ sensitive: true });
    expect(change?.before).not.toEqual(change?.after);
    expect(JSON.stringify(p)).not.toMatch(/new-secret|old-secret/);
  });
});
