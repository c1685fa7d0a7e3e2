import { describe, expect, it } from "vitest";
import { FIELD_MAP, normalizeResolved, resolvedToSpec, specToCreateBody } from "../../../src/plan/index.js";
import { specToResolved } from "./builders.js";
import { definition, fullSpec, PROMPT, TRANSFER_TOOL } from "./builders.js";

describe("FIELD_MAP", () => {
  it("maps the renamed fields of docs/atoms-api.md §3", () => {
    const byResolved = Object.fromEntries(FIELD_MAP.map((m) => [m.resolved, m]));
    expect(byResolved["/prompt"]).toEqual({ spec: "/prompt", body: "/singlePromptConfig/prompt", resolved: "/prompt" });
    expect(byResolved["/tools"]?.body).toBe("/singlePromptConfig/tools");
    expect(byResolved["/modelName"]?.spec).toBe("/slmModel");
    expect(byResolved["/defaultLanguage"]?.body).toBe("/language/default");
    expect(byResolved["/supportedLanguages"]?.spec).toBe("/language/supported");
    expect(byResolved["/languageSwitching"]?.spec).toBe("/language/switching");
    expect(byResolved["/synthesizer"]?.body).toBe("/synthesizer");
  });

  it("has no duplicate entry on any side", () => {
    for (const side of ["spec", "body", "resolved"] as const) {
      const values = FIELD_MAP.map((m) => m[side]);
      expect(new Set(values).size).toBe(values.length);
    }
  });
});

describe("specToResolved / resolvedToSpec", () => {
  it("renames to resolved keys", () => {
    const resolved = specToResolved({ prompt: "p", slmModel: "gpt-4o", language: { default: "hi", supported: ["hi", "en"] } });
    expect(resolved).toEqual({ prompt: "p", modelName: "gpt-4o", defaultLanguage: "hi", supportedLanguages: ["hi", "en"] });
  });

  it("round-trips a spec that sets every field", () => {
    const spec = fullSpec();
    expect(resolvedToSpec(specToResolved(spec))).toEqual(spec);
  });

  it("drops unknown and deprecated keys, reads a string timezone", () => {
    const spec = resolvedToSpec({
      prompt: "p",
      someNewServerField: { x: 1 },
      widgetConfig: { color: "red" },
      timezone: "Asia/Kolkata",
      postCallAnalyticsConfig: { dispositionMetrics: [], summaryPrompt: "old", successMetrics: [] },
      firstMessage: null,
    });
    expect(spec).toEqual({ prompt: "p", timezone: { label: "Asia/Kolkata" }, postCallAnalyticsConfig: { dispositionMetrics: [] } });
  });

  it("onlyNonDefault keeps only what differs from a fresh agent", () => {
    const resolved = normalizeResolved({
      prompt: PROMPT,
      tools: [{ ...TRANSFER_TOOL, enabled: true, onHoldMusic: "ringtone", detectionTimeout: 45 }],
      synthesizer: { speed: 1.0 },
      redactionConfig: { isEnabled: true },
    });
    expect(resolvedToSpec(resolved, { onlyNonDefault: true })).toEqual({
      prompt: PROMPT,
      tools: [{ ...TRANSFER_TOOL, detectionTimeout: 45 }],
      synthesizer: { speed: 1.0 },
    });
  });
});

describe("specToCreateBody", () => {
  it("puts metadata and config in body shape", () => {
    const def = definition("support", { prompt: "p", tools: [TRANSFER_TOOL], slmModel: "gpt-4o", synthesizer: { speed: 1 } }, {
      metadata: { description: "Support line", allowInboundCall: false, phoneNumbers: ["+14155550123"], protect: true },
    });
    expect(specToCreateBody(def)).toEqual({
      name: "support",
      description: "Support line",
      allowInboundCall: false,
      singlePromptConfig: { prompt: "p", tools: [TRANSFER_TOOL] },
      slmModel: "gpt-4o",
      synthesizer: { speed: 1 },
    });
  });

  it("always sends language.switching with language (the live API rejects it otherwise)", () => {
    const body = specToCreateBody(definition("a", { language: { default: "hi", supported: ["hi"] } }));
    expect(body["language"]).toEqual({
      default: "hi",
      supported: ["hi"],
      switching: { isEnabled: false, minWordsForDetection: 2, strongSignalThreshold: 0.7, weakSignalThreshold: 0.3, minConsecutiveForWeakThresholdSwitch: 2 },
    });
    const partial = specToCreateBody(definition("b", { language: { switching: { isEnabled: true } } }));
    expect((partial["language"] as { switching: { isEnabled: boolean; minWordsForDetection: number } }).switching).toMatchObject({
      isEnabled: true,
      minWordsForDetection: 2,
    });
  });

  it("never sends null", () => {
    const body = specToCreateBody(definition("a", { prompt: "p", firstMessage: null, synthesizer: { speed: null, consistency: 0.4 } }));
    expect(JSON.stringify(body)).not.toContain("null");
    expect(body["synthesizer"]).toEqual({ consistency: 0.4 });
  });
});
