import { withToolDefaults } from "./defaults.js";
import { isPlainObject, type JsonRecord } from "./json.js";
import { check, join, type Schema } from "./schema.js";

const str = (extra: Partial<Extract<Schema, { t: "string" }>> = {}): Schema => ({ t: "string", ...extra });
const num = (extra: Partial<Extract<Schema, { t: "number" }>> = {}): Schema => ({ t: "number", ...extra });
const bool: Schema = { t: "boolean" };
const obj = (props: Record<string, Schema>, required: string[] = [], nullable: string[] = []): Schema => ({
  t: "object",
  props,
  required,
  nullable,
});
const arr = (items: Schema, min?: number): Schema => (min === undefined ? { t: "array", items } : { t: "array", items, min });
const keyValue = obj({ key: str(), value: str() }, ["key", "value"]);
const responseVariable = obj({ variableName: str(), jsonPath: str() }, ["variableName", "jsonPath"]);
const HTTP_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"] as const;

/**
 * A header value with surrounding whitespace (a secret read from a file with its newline, say) is refused, and the
 * message quotes the value as the live API's validation messages do: clients must not print such errors verbatim.
 */
const headerValue: Schema = {
  t: "custom",
  check(value, path, errors) {
    const out = check(str(), value, path, errors);
    if (typeof out === "string" && out !== out.trim()) {
      errors.push(`${path}: ${JSON.stringify(out)} is not allowed: header values cannot start or end with whitespace`);
      return undefined;
    }
    return out;
  },
};
const headerMap: Schema = { t: "record", values: headerValue };

export const LANGUAGES = ["en", "hi", "mr", "gu", "ta", "es", "north_indic", "bn", "or"] as const;
export const SLM_MODELS = [
  "electron",
  "electron-kogta",
  "electron-kogta-v2",
  "gpt-4o",
  "gpt-4.1",
  "gpt-5.2",
  "gpt-realtime",
  "gpt-realtime-mini",
] as const;
/** Current voice models plus the legacy ones still found on older agents (§4.2 "Voice models"). */
export const VOICE_MODELS = [
  "waves_lightning_v3_1",
  "gpt-realtime",
  "gpt-realtime-mini",
  "waves",
  "waves_lightning_large",
  "waves_lightning_large_voice_clone",
  "waves_lightning_v2",
  "waves_lightning_v3",
  "waves_lightning_v2_http",
] as const;
const REALTIME = ["gpt-realtime", "gpt-realtime-mini"];

const variableSpec = (withRequired: boolean): Schema => ({
  t: "custom",
  check(value, path, errors) {
    const props: Record<string, Schema> = {
      name: str(),
      description: str(),
      type: str({ enum: ["text", "number", "boolean", "enum"] }),
      values: arr(str()),
    };
    if (withRequired) props.required = bool;
    const out = check(obj(props, ["name", "description", "type"]), value, path, errors) as JsonRecord | undefined;
    if (out && out.type === "enum" && out.values === undefined) errors.push(`${join(path, "values")}: Required`);
    return out;
  },
});

const handoff = obj({ type: str({ enum: ["prompt", "static"] }), prompt: str() }, ["type", "prompt"]);

const TOOL_FIELDS: Record<string, { props: Record<string, Schema>; required: string[]; nullable?: string[] }> = {
  end_call: { props: {}, required: [] },
  transfer_call: {
    props: {
      transferNumber: str({ pattern: /^\+[1-9]\d{1,14}$/ }),
      transferOption: obj(
        {
          type: str({ enum: ["cold_transfer", "warm_transfer"] }),
          privateHandoffOption: handoff,
          publicHandoffOption: handoff,
        },
        [],
        ["privateHandoffOption", "publicHandoffOption"],
      ),
      onHoldMusic: str({ enum: ["ringtone", "relaxing_sound", "uplifting_beats", "none"] }),
      transferOnlyIfHuman: bool,
      detectionTimeout: num({ int: true, min: 5, max: 60 }),
    },
    required: ["transferNumber", "transferOption"],
  },
  api_call: {
    props: {
      url: str({ url: true }),
      method: str({ enum: HTTP_METHODS }),
      timeout: num({ int: true, min: 1000, max: 30000 }),
      headers: headerMap,
      headersArray: arr(obj({ key: str(), value: headerValue }, ["key", "value"])),
      queryParams: arr(keyValue),
      requestBody: str(),
      llmParameters: arr(variableSpec(true)),
      responseVariables: arr(responseVariable),
    },
    required: ["url", "method"],
  },
  extract_dynamic_variables: {
    props: { variablesExtractionSchema: arr(variableSpec(false), 1) },
    required: ["variablesExtractionSchema"],
  },
  knowledge_base_search: {
    props: { knowledgeBaseId: str(), fillerPhrases: arr(str()) },
    required: ["knowledgeBaseId"],
  },
};

const tool: Schema = {
  t: "custom",
  check(value, path, errors) {
    if (!isPlainObject(value)) {
      errors.push(`${path}: Expected object, received ${Array.isArray(value) ? "array" : typeof value}`);
      return undefined;
    }
    const type = value.type;
    const spec = typeof type === "string" ? TOOL_FIELDS[type] : undefined;
    if (!spec) {
      const expected = Object.keys(TOOL_FIELDS).map((t) => `'${t}'`).join(" | ");
      errors.push(
        type === undefined
          ? `${join(path, "type")}: Required`
          : `${join(path, "type")}: Invalid discriminator value. Expected ${expected}`,
      );
      return undefined;
    }
    const common = { type: str(), name: str({ pattern: /^\S+$/ }), description: str(), enabled: bool };
    const out = check(
      obj({ ...common, ...spec.props }, ["type", "name", "description", ...spec.required], spec.nullable ?? []),
      value,
      path,
      errors,
    ) as JsonRecord | undefined;
    return out && withToolDefaults(out);
  },
};

const dispositionMetric: Schema = {
  t: "custom",
  check(value, path, errors) {
    const out = check(
      obj(
        {
          identifier: str({ pattern: /^[a-z0-9_]+$/ }),
          dispositionMetricPrompt: str(),
          dispositionMetricType: str({ enum: ["STRING", "BOOLEAN", "INTEGER", "ENUM", "DATETIME"] }),
          choices: arr(str()),
        },
        ["identifier", "dispositionMetricPrompt", "dispositionMetricType"],
      ),
      value,
      path,
      errors,
    ) as JsonRecord | undefined;
    if (out?.dispositionMetricType === "ENUM" && (!Array.isArray(out.choices) || out.choices.length === 0))
      errors.push(`${join(path, "choices")}: Array must contain at least 1 element(s)`);
    return out;
  },
};

/** docs/atoms-api.md §4.2: every config field a create or draft body may carry. */
export const CONFIG_FIELDS: Record<string, Schema> = {
  singlePromptConfig: obj({ prompt: str(), tools: arr(tool) }, ["prompt"]),
  globalPrompt: str({ max: 4000 }),
  firstMessage: str({ max: 500 }),
  slmModel: str({ enum: SLM_MODELS }),
  customLLMWebSocketUrl: str({ pattern: /^wss?:\/\/\S+$/ }),
  transcriberType: str(),
  language: obj({
    default: str({ enum: LANGUAGES }),
    supported: arr(str({ enum: LANGUAGES }), 1),
    switching: obj({
      isEnabled: bool,
      minWordsForDetection: num({ min: 1, max: 10 }),
      strongSignalThreshold: num({ min: 0.1, max: 0.9 }),
      weakSignalThreshold: num({ min: 0.1, max: 0.9 }),
      minConsecutiveForWeakThresholdSwitch: num({ min: 1, max: 5 }),
    }),
  }),
  synthesizer: obj({
    voiceConfig: obj({ model: str({ enum: VOICE_MODELS }), voiceId: str({ min: 1 }), gender: str({ enum: ["male", "female"] }) }),
    speed: num({ min: 0, max: 2 }),
    consistency: num({ min: 0, max: 1 }),
    similarity: num({ min: 0, max: 1 }),
    enhancement: num({ enum: [0, 1, 2] }),
    sampleRate: num({ enum: [8000, 16000, 24000, 44100] }),
  }),
  allowInterruptions: bool,
  waitForUserToSpeakFirst: bool,
  muteUserUntilFirstBotResponse: bool,
  interruptionBackoffTimer: num({ min: 0, max: 10 }),
  smartTurnConfig: obj({ isEnabled: bool, waitTimeInSecs: num({ min: 0, max: 10 }) }),
  voiceDetectionConfig: obj({
    confidence: num({ min: 0, max: 1 }),
    minVolume: num({ min: 0, max: 1 }),
    triggerTimeInSecs: num({ min: 0, max: 10 }),
    releaseTimeInSecs: num({ min: 0, max: 10 }),
  }),
  voiceMailDetectionConfig: obj({ enabled: bool, endText: str({ max: 200 }) }),
  denoisingConfig: obj({ isEnabled: bool }),
  redactionConfig: obj({ isEnabled: bool }),
  pronunciationDicts: arr(obj({ word: str(), pronunciation: str() }, ["word", "pronunciation"])),
  llmIdleTimeoutConfig: obj({
    chatTimeoutTimeInSecs: num({ min: 1, max: 300 }),
    webcallTimeoutTimeInSecs: num({ min: 1, max: 300 }),
    telephonyTimeoutTimeInSecs: num({ min: 1, max: 300 }),
    maxRetries: num({ min: 0 }),
  }),
  sessionTimeoutConfig: obj({ timeoutTimeInSecs: num({ gt: 0, max: 3600 }) }),
  timezone: { t: "union", of: [obj({ label: str(), offset: num() }, ["label", "offset"]), str()] },
  callDispositionConfig: { t: "union", of: [str(), { t: "record", values: { t: "custom", check: (v) => v } }] },
  backgroundSound: str({ enum: ["", "office", "cafe", "call_center", "static"] }),
  enableStyleGuide: bool,
  speechFormatting: { t: "union", of: [bool, { t: "record", values: { t: "custom", check: (v) => v } }] },
  defaultVariables: { t: "record", values: { t: "union", of: [str(), num(), bool] } },
  globalKnowledgeBaseId: str(),
  preCallAPI: obj(
    {
      isEnabled: bool,
      url: str({ url: true }),
      method: str({ enum: HTTP_METHODS }),
      headers: headerMap,
      body: { t: "record", values: { t: "custom", check: (v) => v } },
      timeout: num({ int: true, min: 1, max: 30 }),
      queryParams: { t: "record", values: { t: "custom", check: (v) => v } },
      responseVariables: arr(responseVariable),
    },
    ["url", "method"],
  ),
  postCallAnalyticsConfig: obj({
    dispositionMetrics: arr(dispositionMetric),
    useInternalAnalyticsModel: bool,
    useReasoningModel: bool,
    successMetrics: arr(
      obj(
        {
          identifier: str(),
          successMetricPrompt: str(),
          successMetricType: str({ enum: ["NUMERIC_SCALE", "PERCENTAGE_SCALE", "PASS_FAIL", "DESCRIPTIVE_SCALE"] }),
        },
        ["identifier", "successMetricPrompt", "successMetricType"],
      ),
    ),
    summaryPrompt: str(),
  }),
  widgetConfig: { t: "record", values: { t: "custom", check: (v) => v } },
};

export function isConfigField(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(CONFIG_FIELDS, key);
}

export type BodyKind = "create" | "v1-draft" | "v2-draft";

export type ConfigValidation = { ok: true; patch: JsonRecord } | { ok: false; errors: string[] };

/**
 * Validates the config part of a create or draft body (§4.1) and translates it to a patch in resolved keys (§3).
 * Unknown top-level keys are dropped; callers decide whether "no recognized field" is an error.
 */
export function validateConfigBody(body: JsonRecord, kind: BodyKind): ConfigValidation {
  const errors: string[] = [];
  const clean: JsonRecord = {};
  for (const [key, value] of Object.entries(body)) {
    const schema = CONFIG_FIELDS[key];
    if (!schema || value === undefined) continue;
    const checked = check(schema, value, key, errors);
    if (checked !== undefined) clean[key] = checked;
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, patch: toResolvedPatch(clean, kind) };
}

/** Create/draft body shape → resolved-key patch (§3 "Written as" column). */
export function toResolvedPatch(clean: JsonRecord, kind: BodyKind): JsonRecord {
  const out: JsonRecord = {};
  for (const [key, value] of Object.entries(clean)) {
    switch (key) {
      case "singlePromptConfig": {
        const spc = value as JsonRecord;
        if (spc.prompt !== undefined) out.prompt = spc.prompt;
        if (spc.tools !== undefined) out.tools = spc.tools;
        break;
      }
      case "slmModel":
        out.modelName = value;
        break;
      case "language": {
        const lang = value as JsonRecord;
        if (lang.default !== undefined) out.defaultLanguage = lang.default;
        if (lang.supported !== undefined) out.supportedLanguages = lang.supported;
        if (lang.switching !== undefined) out.languageSwitching = lang.switching;
        break;
      }
      case "globalPrompt":
        // §4.1: on create and v2 drafts globalPrompt stands in for a missing prompt; v1 drafts keep it apart.
        if (kind !== "v1-draft" && !(isPlainObject(clean.singlePromptConfig) && clean.singlePromptConfig.prompt !== undefined))
          out.prompt = value;
        else out.globalPrompt = value;
        break;
      default:
        out[key] = value;
    }
  }
  return out;
}

/** docs/atoms-api.md §4.5, checked on the merged config. `workflowType` is the agent's. */
export function crossFieldErrors(config: JsonRecord, workflowType: string): string[] {
  const errors: string[] = [];
  const supported = Array.isArray(config.supportedLanguages) ? (config.supportedLanguages as string[]) : [];
  const def = config.defaultLanguage;
  if (typeof def === "string" && supported.length > 0 && !supported.includes(def))
    errors.push(`language.default: Default language must be one of the supported languages`);
  if (supported.includes("ta") && supported.length > 1)
    errors.push(`language.supported: Tamil (ta) cannot be combined with other languages`);
  if ((supported.includes("north_indic") || def === "north_indic") && config.transcriberType !== "pulse")
    errors.push(`transcriberType: north_indic requires transcriberType "pulse"`);
  const voiceModel = ((config.synthesizer as JsonRecord | undefined)?.voiceConfig as JsonRecord | undefined)?.model;
  if (workflowType !== "single_prompt") {
    if (REALTIME.includes(String(config.modelName))) errors.push(`slmModel: ${config.modelName} requires workflowType "single_prompt"`);
    if (REALTIME.includes(String(voiceModel)))
      errors.push(`synthesizer.voiceConfig.model: ${voiceModel} requires workflowType "single_prompt"`);
  }
  const tools = Array.isArray(config.tools) ? (config.tools as JsonRecord[]) : [];
  const seen = new Set<string>();
  tools.forEach((t, i) => {
    if (seen.has(String(t.name))) errors.push(`singlePromptConfig.tools.${i}.name: Tool names must be unique`);
    seen.add(String(t.name));
  });
  const metrics = ((config.postCallAnalyticsConfig as JsonRecord | undefined)?.dispositionMetrics ?? []) as JsonRecord[];
  const ids = new Set<string>();
  metrics.forEach((m, i) => {
    if (ids.has(String(m.identifier)))
      errors.push(`postCallAnalyticsConfig.dispositionMetrics.${i}.identifier: Disposition metric identifiers must be unique`);
    ids.add(String(m.identifier));
  });
  return errors;
}
