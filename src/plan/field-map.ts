import type { AgentDefinition, AgentSpec } from "../model/definition.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import { clone, deepEqual, escapeToken, getAt, isPlainObject, isUnder, setAt, withoutNulls } from "./json-utils.js";
import { PLATFORM_DEFAULTS, SERVER_DEFAULTS, defaultLanguageSwitching, normalizeTool } from "./defaults.js";

export interface FieldMapping {
  /** JSON Pointer under `spec`. */
  spec: string;
  /** Pointer in a create / draft-config body. */
  body: string;
  /** Pointer in the flat `_resolvedConfig`. */
  resolved: string;
}

// Config fields that keep the same name everywhere (docs/atoms-api.md §3 and §4.2).
const SAME_NAME = [
  "firstMessage",
  "customLLMWebSocketUrl",
  "transcriberType",
  "synthesizer",
  "allowInterruptions",
  "waitForUserToSpeakFirst",
  "muteUserUntilFirstBotResponse",
  "interruptionBackoffTimer",
  "smartTurnConfig",
  "voiceDetectionConfig",
  "voiceMailDetectionConfig",
  "denoisingConfig",
  "redactionConfig",
  "pronunciationDicts",
  "llmIdleTimeoutConfig",
  "sessionTimeoutConfig",
  "timezone",
  "callDispositionConfig",
  "backgroundSound",
  "enableStyleGuide",
  "speechFormatting",
  "defaultVariables",
  "globalKnowledgeBaseId",
  "preCallAPI",
  "postCallAnalyticsConfig",
] as const;

/** The one table that maps a definition's spec to the draft/create body and to `_resolvedConfig`. */
export const FIELD_MAP: ReadonlyArray<FieldMapping> = Object.freeze([
  { spec: "/prompt", body: "/singlePromptConfig/prompt", resolved: "/prompt" },
  { spec: "/tools", body: "/singlePromptConfig/tools", resolved: "/tools" },
  { spec: "/slmModel", body: "/slmModel", resolved: "/modelName" },
  { spec: "/language/default", body: "/language/default", resolved: "/defaultLanguage" },
  { spec: "/language/supported", body: "/language/supported", resolved: "/supportedLanguages" },
  { spec: "/language/switching", body: "/language/switching", resolved: "/languageSwitching" },
  ...SAME_NAME.map((k) => ({ spec: `/${k}`, body: `/${k}`, resolved: `/${k}` })),
]);

/** Deprecated analytics fields: never written, never compared (docs/atoms-api.md §4.4). */
export const DEPRECATED_ANALYTICS_KEYS = ["successMetrics", "summaryPrompt"] as const;

type Side = keyof FieldMapping;

/** Longest mapping whose `from` pointer is `pointer` or a prefix of it; unmapped spec pointers map to themselves. */
export function translatePointer(pointer: string, from: Side, to: Side): string | null {
  let best: FieldMapping | undefined;
  for (const m of FIELD_MAP) {
    if (isUnder(pointer, m[from]) && (!best || m[from].length > best[from].length)) best = m;
  }
  if (!best) return null;
  return best[to] + pointer.slice(best[from].length);
}

/**
 * The spec's set fields in file order, each with its mapping. `language` splits into its three parts.
 * A key the table does not know keeps its name on every side, so nothing a definition sets goes unmanaged.
 */
export function specEntries(spec: AgentSpec): Array<{ mapping: FieldMapping; value: JsonValue }> {
  const out: Array<{ mapping: FieldMapping; value: JsonValue }> = [];
  const push = (pointer: string, value: JsonValue | undefined) => {
    if (value === undefined || value === null) return;
    const mapping = FIELD_MAP.find((m) => m.spec === pointer) ?? { spec: pointer, body: pointer, resolved: pointer };
    out.push({ mapping, value });
  };
  for (const [key, value] of Object.entries(spec)) {
    if (key === "language" && isPlainObject(value)) {
      for (const [sub, v] of Object.entries(value)) push(`/language/${escapeToken(sub)}`, v);
    } else {
      push(`/${escapeToken(key)}`, value);
    }
  }
  return out;
}

/**
 * A spec from a `_resolvedConfig`, for `import`. Unknown and deprecated keys are dropped.
 * With `onlyNonDefault`, leaves equal to the server defaults (and tool fields equal to tool defaults) are left out,
 * so an imported definition states only what differs from a fresh agent.
 */
export function resolvedToSpec(resolved: JsonObject, options: { onlyNonDefault?: boolean } = {}): AgentSpec {
  const spec: AgentSpec = {};
  for (const m of FIELD_MAP) {
    const raw = getAt(resolved, m.resolved);
    if (raw === undefined || raw === null) continue;
    let value = withoutNulls(clone(raw));
    if (m.resolved === "/postCallAnalyticsConfig" && isPlainObject(value)) {
      for (const k of DEPRECATED_ANALYTICS_KEYS) delete value[k];
    }
    if (m.resolved === "/timezone" && typeof value === "string") value = { label: value };
    if (options.onlyNonDefault) {
      const platform = getAt(PLATFORM_DEFAULTS, m.resolved);
      if (platform !== undefined && deepEqual(value, platform)) continue;
      const stripped = stripDefaults(value, getAt(SERVER_DEFAULTS, m.resolved), m.resolved);
      if (stripped === undefined) continue;
      value = stripped;
    }
    setAt(spec, m.spec, value);
  }
  return spec;
}

function stripDefaults(value: JsonValue, def: JsonValue | undefined, resolvedPath: string): JsonValue | undefined {
  if (resolvedPath === "/tools" && Array.isArray(value)) {
    if (value.length === 0) return undefined;
    return value.map((t) => (isPlainObject(t) ? stripToolDefaults(t) : t));
  }
  if (def === undefined) return Array.isArray(value) && value.length === 0 ? undefined : value;
  if (deepEqual(value, def)) return undefined;
  if (isPlainObject(value) && isPlainObject(def)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      const s = stripDefaults(v, def[k], `${resolvedPath}/${k}`);
      if (s !== undefined) out[k] = s;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return value;
}

function stripToolDefaults(tool: JsonObject): JsonObject {
  const defaults = normalizeTool({ type: tool["type"] ?? "", name: tool["name"] ?? "" });
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(tool)) {
    // transferOption is required on write even when it holds only its default.
    const required = k === "type" || k === "name" || k === "transferOption";
    if (!required && k in defaults && deepEqual(v, defaults[k])) continue;
    out[k] = v;
  }
  return out;
}

/** Metadata keys the create body and `PATCH /agent/{id}` accept (docs/atoms-api.md §2.2, §2.5). */
export const METADATA_BODY_KEYS = ["name", "description", "allowInboundCall", "visibleToEveryone", "avatarUrl"] as const;

/**
 * `POST /agent` body: metadata plus every config field in body shape. `language.switching` is always sent with
 * `language` (the live API rejects a create without it), completed from the defaults.
 */
export function specToCreateBody(def: AgentDefinition): JsonObject {
  const body: JsonObject = { name: def.metadata.name };
  for (const key of METADATA_BODY_KEYS) {
    if (key === "name") continue;
    const v = def.metadata[key];
    if (v !== undefined) body[key] = v;
  }
  for (const { mapping, value } of specEntries(def.spec)) setAt(body, mapping.body, withoutNulls(clone(value)));
  const spc = body["singlePromptConfig"];
  if (isPlainObject(spc) && spc["prompt"] === undefined) {
    // singlePromptConfig requires `prompt`; a definition with tools but no prompt starts from an empty one.
    spc["prompt"] = "";
  }
  const language = body["language"];
  if (isPlainObject(language)) {
    const given = isPlainObject(language["switching"]) ? language["switching"] : {};
    language["switching"] = { ...defaultLanguageSwitching(), ...given };
  }
  return body;
}
