import type { JsonObject, JsonValue } from "../model/json.js";
import { clone, isPlainObject } from "./json-utils.js";

/** Server defaults of `_resolvedConfig` (docs/atoms-api.md §3), in resolved key names. */
export const SERVER_DEFAULTS: Readonly<JsonObject> = Object.freeze({
  tools: [],
  modelName: "electron",
  defaultLanguage: "en",
  supportedLanguages: ["en"],
  languageSwitching: {
    isEnabled: false,
    minWordsForDetection: 2,
    strongSignalThreshold: 0.7,
    weakSignalThreshold: 0.3,
    minConsecutiveForWeakThresholdSwitch: 2,
  },
  synthesizer: {
    voiceConfig: { model: "waves_lightning_v3_1", voiceId: "nyah", gender: "female" },
    speed: 1.2,
    consistency: 0.5,
    similarity: 0,
    enhancement: 1,
    sampleRate: 16000,
  },
  postCallAnalyticsConfig: { dispositionMetrics: [], useInternalAnalyticsModel: true, useReasoningModel: false },
  denoisingConfig: { isEnabled: false },
  redactionConfig: { isEnabled: true },
  sessionTimeoutConfig: { timeoutTimeInSecs: 1800 },
  backgroundSound: "",
}) as JsonObject;

/**
 * What the live API fills on a fresh agent where the contract has no default (§3, documented): a value equal to one
 * of these was not chosen by anyone, so `import` leaves it out. Never used by the diff (unset stays unmanaged).
 */
export const PLATFORM_DEFAULTS: Readonly<JsonObject> = Object.freeze({
  muteUserUntilFirstBotResponse: false,
  enableStyleGuide: true,
  timezone: { label: "(GMT+0:00) UTC", offset: 0 },
  callDispositionConfig: "",
  voiceMailDetectionConfig: { enabled: false, endText: "Terminating call, you can call us back anytime. Thank you for calling." },
}) as JsonObject;

export function defaultLanguageSwitching(): JsonObject {
  return clone(SERVER_DEFAULTS["languageSwitching"] as JsonObject);
}

/** Arrays the comparison reads as `[]` when absent (docs/atoms-api.md §3 rule 3), besides those with a §3 default. */
export const ARRAYS_DEFAULT_EMPTY = ["pronunciationDicts"] as const;

/** Per-type tool defaults (docs/atoms-api.md §4.3). */
const TOOL_DEFAULTS: Record<string, JsonObject> = {
  transfer_call: { onHoldMusic: "ringtone", transferOnlyIfHuman: true, detectionTimeout: 30 },
  api_call: { timeout: 5000, responseVariables: [] },
  knowledge_base_search: { fillerPhrases: [] },
};

/** A tool with the §4.3 defaults filled and null/absent handoff options dropped, so equal tools compare equal. */
export function normalizeTool(tool: JsonObject): JsonObject {
  const out: JsonObject = { enabled: true, ...clone(TOOL_DEFAULTS[String(tool["type"])] ?? {}) };
  for (const [k, v] of Object.entries(tool)) {
    if (v === null || v === undefined) continue;
    out[k] = clone(v);
  }
  if (out["type"] === "transfer_call") {
    const option = isPlainObject(out["transferOption"]) ? out["transferOption"] : {};
    const filled: JsonObject = { type: "cold_transfer" };
    for (const [k, v] of Object.entries(option)) if (v !== null && v !== undefined) filled[k] = v;
    out["transferOption"] = filled;
  }
  if (Array.isArray(out["llmParameters"])) {
    out["llmParameters"] = out["llmParameters"].map((p: JsonValue) =>
      isPlainObject(p) ? ({ required: false, ...p } as JsonObject) : p,
    );
  }
  return out;
}
