import type { Diagnostic } from "../model/diagnostic.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import { displayPath } from "./pointer.js";
import { zoneOffsets } from "./timezone.js";
import type { Position } from "./yaml-tree.js";

/**
 * Voice models older agents still carry. The API reads them but refuses them on write (its write schema allows only
 * the current models), so a definition naming one could never be applied: an error here, not a warning.
 */
const CURRENT_VOICE_MODELS = ["waves_lightning_v3_1", "gpt-realtime", "gpt-realtime-mini"];
const LEGACY_VOICE_MODELS = new Set([
  "waves",
  "waves_lightning_large",
  "waves_lightning_large_voice_clone",
  "waves_lightning_v2",
  "waves_lightning_v3",
  "waves_lightning_v2_http",
]);

type Locate = (pointer: string) => Position;

/**
 * Rules that span fields (docs/atoms-api.md §4.5), checked on a schema-valid spec, plus the legacy voice models.
 * `spec` is the definition's spec; pointers are into the whole document (`/spec/...`).
 */
export function crossFieldDiagnostics(spec: JsonObject, file: string, locate: Locate, toolRefs: ReadonlyMap<number, string> = new Map()): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (code: string, pointer: string, message: string, hint?: string, severity: "error" | "warning" = "error"): void => {
    out.push({ severity, code, message, file, path: pointer, ...locate(pointer), ...(hint ? { hint } : {}) });
  };

  const language = asObject(spec.language);
  if (language) {
    const supported = Array.isArray(language.supported) ? language.supported.filter((x): x is string => typeof x === "string") : undefined;
    const def = typeof language.default === "string" ? language.default : undefined;
    const effectiveSupported = supported ?? ["en"];
    if (def !== undefined && !effectiveSupported.includes(def)) {
      err("rule/language-default", "/spec/language/default", `spec.language.default "${def}" is not in spec.language.supported (${effectiveSupported.join(", ")})`, supported ? `add "${def}" to supported` : "set spec.language.supported");
    }
    if (supported && supported.includes("ta") && supported.length > 1) {
      err("rule/language-ta-alone", "/spec/language/supported", "spec.language.supported: ta cannot be combined with other languages");
    }
    const usesNorthIndic = def === "north_indic" || (supported ?? []).includes("north_indic");
    if (usesNorthIndic && spec.transcriberType !== "pulse") {
      const where = def === "north_indic" ? "/spec/language/default" : "/spec/language/supported";
      err("rule/north-indic-transcriber", where, 'north_indic requires spec.transcriberType: "pulse"', "add transcriberType: pulse");
    }
  }

  const tools = Array.isArray(spec.tools) ? spec.tools : [];
  duplicates(tools, "name", (index, name, firstIndex) => {
    // A shared tool's name is right in its file; the duplicate is this list's, so it is reported at the `ref`.
    const ref = toolRefs.get(index);
    const at = ref ? `/spec/tools/${index}/ref` : `/spec/tools/${index}/name`;
    const via = ref ? ` (from ${ref})` : "";
    err("rule/duplicate-tool-name", at, `tool name "${name}"${via} is already used by spec.tools[${firstIndex}]${toolRefs.get(firstIndex) ? ` (from ${toolRefs.get(firstIndex)})` : ""}`, "tool names must be unique within an agent");
  });

  const analytics = asObject(spec.postCallAnalyticsConfig);
  const metrics = analytics && Array.isArray(analytics.dispositionMetrics) ? analytics.dispositionMetrics : [];
  duplicates(metrics, "identifier", (index, id, firstIndex) => {
    err(
      "rule/duplicate-metric",
      `/spec/postCallAnalyticsConfig/dispositionMetrics/${index}/identifier`,
      `metric identifier "${id}" is already used by spec.postCallAnalyticsConfig.dispositionMetrics[${firstIndex}]`,
    );
  });

  // A platform that stores the zone as a bare label keeps no offset to compare with, so a wrong one would never show
  // in a plan: it is checked against the zone itself.
  const timezone = asObject(spec.timezone);
  if (timezone && typeof timezone.label === "string" && typeof timezone.offset === "number") {
    const offsets = zoneOffsets(timezone.label);
    if (offsets && !offsets.includes(timezone.offset)) {
      const expected = offsets.map(String).join(" or ");
      err("rule/timezone-offset", "/spec/timezone/offset", `spec.timezone.offset ${timezone.offset} contradicts ${timezone.label}, whose offset is ${expected} minutes from UTC`, `set offset: ${offsets[0]}`);
    }
  }

  const model = asObject(asObject(spec.synthesizer)?.voiceConfig)?.model;
  if (typeof model === "string" && LEGACY_VOICE_MODELS.has(model)) {
    const p = "/spec/synthesizer/voiceConfig/model";
    err(
      "spec/legacy-voice-model",
      p,
      `${displayPath(p)} "${model}" is a legacy voice model; the API rejects it on write (must be one of ${CURRENT_VOICE_MODELS.join(", ")})`,
      'use "waves_lightning_v3_1"',
    );
  }
  return out;
}

function duplicates(items: JsonValue[], field: string, report: (index: number, value: string, firstIndex: number) => void): void {
  const firstSeen = new Map<string, number>();
  items.forEach((item, i) => {
    const v = asObject(item)?.[field];
    if (typeof v !== "string") return;
    const first = firstSeen.get(v);
    if (first === undefined) firstSeen.set(v, i);
    else report(i, v, first);
  });
}

function asObject(v: JsonValue | undefined): JsonObject | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined;
}

