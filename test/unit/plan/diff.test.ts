import { describe, expect, it } from "vitest";
import { diffAgent, mismatchedFields, normalizeResolved } from "../../../src/plan/index.js";
import { API_TOOL, definition, END_TOOL, fullSpec, observed, PROMPT, TRANSFER_TOOL } from "./builders.js";

describe("normalizeResolved", () => {
  it("fills server defaults, deep-merged, and reads null as absent", () => {
    const n = normalizeResolved({ synthesizer: { speed: 1, voiceConfig: { voiceId: "emily" } }, firstMessage: null, tools: null });
    expect(n["synthesizer"]).toEqual({
      voiceConfig: { model: "waves_lightning_v3_1", voiceId: "emily", gender: "female" },
      speed: 1,
      consistency: 0.5,
      similarity: 0,
      enhancement: 1,
      sampleRate: 16000,
    });
    expect(n).not.toHaveProperty("firstMessage");
    expect(n["tools"]).toEqual([]);
    expect(n["redactionConfig"]).toEqual({ isEnabled: true });
    expect(n["pronunciationDicts"]).toEqual([]);
    expect(n["postCallAnalyticsConfig"]).toEqual({ dispositionMetrics: [], useInternalAnalyticsModel: true, useReasoningModel: false });
  });

  it("fills tool defaults, drops null handoff options, reads a string timezone, drops deprecated analytics", () => {
    const n = normalizeResolved({
      tools: [{ ...TRANSFER_TOOL, transferOption: { type: "warm_transfer", privateHandoffOption: null, publicHandoffOption: null } }],
      timezone: "UTC",
      postCallAnalyticsConfig: { summaryPrompt: "x", successMetrics: [{ identifier: "a" }] },
    });
    expect(n["tools"]).toEqual([
      {
        ...TRANSFER_TOOL,
        enabled: true,
        onHoldMusic: "ringtone",
        transferOnlyIfHuman: true,
        detectionTimeout: 30,
        transferOption: { type: "warm_transfer" },
      },
    ]);
    expect(n["timezone"]).toEqual({ label: "UTC" });
    expect(n["postCallAnalyticsConfig"]).toEqual({ dispositionMetrics: [], useInternalAnalyticsModel: true, useReasoningModel: false });
  });
});

describe("diffAgent", () => {
  it("a new agent: every set field is a change without before", () => {
    const def = definition("support", { prompt: PROMPT, synthesizer: { speed: 1.1 } }, { metadata: { description: "d" } });
    const { changes, unchangedCount } = diffAgent(def, null);
    expect(changes).toEqual([
      { path: "/spec/prompt", kind: "config", after: PROMPT },
      { path: "/spec/synthesizer/speed", kind: "config", after: 1.1 },
      { path: "/metadata/description", kind: "metadata", after: "d" },
    ]);
    expect(unchangedCount).toBe(0);
  });

  it("no change when the live agent matches, including server defaults set explicitly", () => {
    const spec = { prompt: PROMPT, synthesizer: { speed: 1.2, sampleRate: 16000 }, redactionConfig: { isEnabled: true }, slmModel: "electron", language: { default: "en", supported: ["en"] } };
    const obs = observed("support", {}, { resolved: { prompt: PROMPT } });
    const result = diffAgent(definition("support", spec), obs);
    expect(result.changes).toEqual([]);
    // 7 config leaves + the name
    expect(result.unchangedCount).toBe(8);
  });

  it("a full spec against its own resolved config is a no-op (key order, remote-only fields ignored)", () => {
    const spec = fullSpec();
    const obs = observed("support", spec);
    obs.resolved = Object.fromEntries(Object.entries({ ...obs.resolved, brandNewServerKey: 42, widgetConfig: { a: 1 } }).reverse());
    expect(diffAgent(definition("support", spec), obs).changes).toEqual([]);
  });

  it("a prompt edit is one change with before and after", () => {
    const obs = observed("support", { prompt: PROMPT });
    const next = PROMPT.replace("Be brief.", "Be brief and kind.");
    expect(diffAgent(definition("support", { prompt: next }), obs).changes).toEqual([
      { path: "/spec/prompt", kind: "config", before: PROMPT, after: next },
    ]);
  });

  it("nested objects compare per leaf; unset siblings are not managed", () => {
    const obs = observed("support", { synthesizer: { speed: 1.2, voiceConfig: { voiceId: "emily" } } });
    const { changes, unchangedCount } = diffAgent(definition("support", { synthesizer: { speed: 1.1, voiceConfig: { voiceId: "emily" } } }), obs);
    expect(changes).toEqual([{ path: "/spec/synthesizer/speed", kind: "config", before: 1.2, after: 1.1 }]);
    expect(unchangedCount).toBe(2); // voiceId + name
  });

  it("tools compare whole after tool defaults; a change, an addition and a removal are one /spec/tools change", () => {
    const obs = observed("s", { tools: [TRANSFER_TOOL, END_TOOL] });
    const same = [{ ...END_TOOL, enabled: true }, { ...TRANSFER_TOOL, onHoldMusic: "ringtone", transferOption: { type: "cold_transfer", privateHandoffOption: null } }];
    expect(diffAgent(definition("s", { tools: same.reverse() }), obs).changes).toEqual([]);

    const edited = [{ ...TRANSFER_TOOL, transferNumber: "+14155550199" }, API_TOOL];
    const { changes } = diffAgent(definition("s", { tools: edited }), obs);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.path).toBe("/spec/tools");
    expect((changes[0]?.after as Array<{ name: string }>).map((t) => t.name)).toEqual(["transfer_to_human", "lookup_order"]);
  });

  it("a pinned agent renamed in git is a /metadata/name change", () => {
    const obs = observed("old-name", {}, { id: "66a1f0c2e4b0a1b2c3d4e5f6" });
    const def = definition("new-name", {}, { metadata: { id: "66a1f0c2e4b0a1b2c3d4e5f6" } });
    expect(diffAgent(def, obs).changes).toEqual([{ path: "/metadata/name", kind: "metadata", before: "old-name", after: "new-name" }]);
  });

  it("metadata-only change", () => {
    const obs = observed("support", { prompt: "p" }, { description: "old" });
    const def = definition("support", { prompt: "p" }, { metadata: { description: "new", allowInboundCall: true } });
    expect(diffAgent(def, obs).changes).toEqual([{ path: "/metadata/description", kind: "metadata", before: "old", after: "new" }]);
  });

  it("language block maps to the resolved keys", () => {
    const obs = observed("s", {});
    const def = definition("s", { language: { default: "hi", supported: ["en", "hi"], switching: { isEnabled: true } } });
    expect(diffAgent(def, obs).changes).toEqual([
      { path: "/spec/language/default", kind: "config", before: "en", after: "hi" },
      { path: "/spec/language/supported", kind: "config", before: ["en"], after: ["en", "hi"] },
      { path: "/spec/language/switching/isEnabled", kind: "config", before: false, after: true },
    ]);
  });

  it("phone numbers compare as a set", () => {
    const obs = observed("s", {}, { phoneNumbers: ["+14155550124", "+14155550123"] });
    const same = definition("s", {}, { metadata: { phoneNumbers: ["+14155550123", "+14155550124"] } });
    expect(diffAgent(same, obs).changes).toEqual([]);
    const other = definition("s", {}, { metadata: { phoneNumbers: ["+14155550123"] } });
    expect(diffAgent(other, obs).changes).toEqual([
      { path: "/metadata/phoneNumbers", kind: "metadata", before: ["+14155550123", "+14155550124"], after: ["+14155550123"] },
    ]);
    expect(diffAgent(other, obs, { phoneNumbersManaged: false }).changes).toEqual([]);
  });

  it("a value missing remotely is a change with no before; types must match", () => {
    const obs = observed("s", {});
    expect(diffAgent(definition("s", { firstMessage: "Hi" }), obs).changes).toEqual([{ path: "/spec/firstMessage", kind: "config", after: "Hi" }]);
    const typed = observed("s", {}, { resolved: { interruptionBackoffTimer: "1" } });
    expect(diffAgent(definition("s", { interruptionBackoffTimer: 1 }), typed).changes).toHaveLength(1);
  });

  it("timezone stored as a string compares the label only; defaultVariables compare whole", () => {
    const obs = observed("s", {}, { resolved: { timezone: "Asia/Kolkata", defaultVariables: { a: "1", b: "2" } } });
    const def = definition("s", { timezone: { label: "Asia/Kolkata", offset: 330 }, defaultVariables: { a: "1" } });
    expect(diffAgent(def, obs).changes).toEqual([
      { path: "/spec/defaultVariables", kind: "config", before: { a: "1", b: "2" }, after: { a: "1" } },
    ]);
  });

  it("deprecated analytics fields are never compared", () => {
    const obs = observed("s", {}, { resolved: { postCallAnalyticsConfig: { summaryPrompt: "remote", successMetrics: [] } } });
    const def = definition("s", { postCallAnalyticsConfig: { summaryPrompt: "mine", useReasoningModel: false } });
    expect(diffAgent(def, obs).changes).toEqual([]);
  });
});

describe("mismatchedFields", () => {
  it("lists managed config pointers that differ in a resolved config", () => {
    const def = definition("s", { prompt: "p", synthesizer: { speed: 1.1 }, tools: [END_TOOL] });
    expect(mismatchedFields(def, { prompt: "p", synthesizer: { speed: 1.1 }, tools: [END_TOOL] })).toEqual([]);
    expect(mismatchedFields(def, { prompt: "q", tools: [] })).toEqual(["/spec/prompt", "/spec/synthesizer/speed", "/spec/tools"]);
  });
});
