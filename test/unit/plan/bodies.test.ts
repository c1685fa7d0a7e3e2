import { describe, expect, it } from "vitest";
import { UserInputError } from "../../../src/errors.js";
import type { FieldChange } from "../../../src/model/plan.js";
import { buildDraftBody, buildMetadataBody, diffAgent, normalizeResolved } from "../../../src/plan/index.js";
import { API_TOOL, definition, END_TOOL, observed, PROMPT } from "./builders.js";

const current = normalizeResolved({
  prompt: PROMPT,
  tools: [END_TOOL],
  languageSwitching: { isEnabled: true, minWordsForDetection: 4 },
  synthesizer: { speed: 1.2 },
});

function changesFor(spec: Record<string, unknown>): FieldChange[] {
  return diffAgent(definition("s", spec as never), observed("s", {}, { resolved: current })).changes;
}

describe("buildDraftBody", () => {
  it("one leaf of preCallAPI or timezone -> the keys the API requires beside it come along (definition first, else live)", () => {
    const live = { preCallAPI: { url: "https://old.example", method: "GET", timeout: 5 }, timezone: "Asia/Kolkata" };
    const spec = { preCallAPI: { url: "https://old.example", method: "GET", timeout: 12 }, timezone: { label: "Asia/Tokyo", offset: 540 } };
    const changes = diffAgent(definition("s", spec as never), observed("s", {}, { resolved: live })).changes;
    expect(changes.map((c) => c.path).sort()).toEqual(["/spec/preCallAPI/timeout", "/spec/timezone/label"]);
    expect(buildDraftBody(changes, live, spec as never)).toEqual({
      preCallAPI: { timeout: 12, url: "https://old.example", method: "GET" },
      timezone: { label: "Asia/Tokyo", offset: 540 },
    });
  });

  it("prompt only -> singlePromptConfig.prompt only", () => {
    expect(buildDraftBody(changesFor({ prompt: "new prompt" }), current)).toEqual({ singlePromptConfig: { prompt: "new prompt" } });
  });

  it("tools only -> resends the current prompt with the complete tools list", () => {
    const body = buildDraftBody(changesFor({ tools: [END_TOOL, API_TOOL] }), current);
    expect(body).toEqual({ singlePromptConfig: { prompt: PROMPT, tools: [{ ...END_TOOL, enabled: true }, { ...API_TOOL, enabled: true, timeout: 5000, responseVariables: [] }] } });
  });

  it("nested leaf -> only that leaf", () => {
    expect(buildDraftBody(changesFor({ synthesizer: { speed: 1.1, consistency: 0.5 } }), current)).toEqual({ synthesizer: { speed: 1.1 } });
  });

  it("a language change carries the current switching", () => {
    expect(buildDraftBody(changesFor({ language: { default: "hi", supported: ["en", "hi"] } }), current)).toEqual({
      language: {
        default: "hi",
        supported: ["en", "hi"],
        switching: { isEnabled: true, minWordsForDetection: 4, strongSignalThreshold: 0.7, weakSignalThreshold: 0.3, minConsecutiveForWeakThresholdSwitch: 2 },
      },
    });
  });

  it("a switching change is merged over the current switching", () => {
    const body = buildDraftBody(changesFor({ language: { switching: { isEnabled: false } } }), current);
    expect(body).toEqual({
      language: {
        switching: { isEnabled: false, minWordsForDetection: 4, strongSignalThreshold: 0.7, weakSignalThreshold: 0.3, minConsecutiveForWeakThresholdSwitch: 2 },
      },
    });
  });

  it("ignores metadata changes, never writes null, refuses masked values", () => {
    const changes: FieldChange[] = [
      { path: "/metadata/description", kind: "metadata", after: "x" },
      { path: "/spec/smartTurnConfig", kind: "config", after: { isEnabled: true, waitTimeInSecs: null } },
    ];
    expect(buildDraftBody(changes, current)).toEqual({ smartTurnConfig: { isEnabled: true } });
    const masked: FieldChange[] = [{ path: "/spec/firstMessage", kind: "config", after: { sensitive: true, digest: `sha256:${"a".repeat(64)}` } }];
    expect(() => buildDraftBody(masked, current)).toThrow(/masked/);
  });
});

describe("buildMetadataBody", () => {
  it("maps metadata fields and phone numbers to product ids", () => {
    const changes: FieldChange[] = [
      { path: "/metadata/description", kind: "metadata", before: "a", after: "b" },
      { path: "/metadata/phoneNumbers", kind: "metadata", before: [], after: ["+14155550123", "+14155550124"] },
      { path: "/spec/prompt", kind: "config", after: "p" },
    ];
    expect(buildMetadataBody(changes, { "+14155550123": "id1", "+14155550124": "id2" })).toEqual({
      description: "b",
      telephonyProductId: ["id1", "id2"],
    });
  });

  it("an empty set unlinks every number", () => {
    expect(buildMetadataBody([{ path: "/metadata/phoneNumbers", kind: "metadata", after: [] }], {})).toEqual({ telephonyProductId: [] });
  });

  it("an unknown number is a user error", () => {
    const changes: FieldChange[] = [{ path: "/metadata/phoneNumbers", kind: "metadata", after: ["+14155550999"] }];
    expect(() => buildMetadataBody(changes, {})).toThrow(UserInputError);
  });
});
