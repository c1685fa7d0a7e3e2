import type { AgentSpec } from "../model/definition.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import type { FieldChange } from "../model/plan.js";
import { UserInputError } from "../errors.js";
import { defaultLanguageSwitching } from "./defaults.js";
import { METADATA_BODY_KEYS, translatePointer } from "./field-map.js";
import { clone, isPlainObject, isUnder, setAt, withoutNulls } from "./json-utils.js";
import { containsMask } from "./mask.js";

function realAfter(change: FieldChange): JsonValue {
  if (change.after === undefined || change.after === null) {
    throw new Error(`Change ${change.path} has no value to write`);
  }
  if (containsMask(change.after)) {
    throw new Error(`Change ${change.path} holds a masked value; re-resolve the definition before writing`);
  }
  return withoutNulls(clone(change.after as JsonValue));
}

/**
 * The draft-config body for a set of config changes: only the changed fields, in body shape; nested leaves stay
 * leaves (objects deep-merge on the server), arrays go complete. `singlePromptConfig` always carries `prompt` and
 * `language` always carries `switching` (docs/atoms-api.md §4.1, §9.12), taken from `current` when unchanged. Objects whose
 * keys the API requires whenever the object is sent (`preCallAPI.url/method`, `timezone.label/offset`, §4.2) are
 * completed from the definition, else from `current`: a change to one leaf alone would be refused with a 400.
 */
export function buildDraftBody(changes: FieldChange[], current: JsonObject, spec: AgentSpec = {}): JsonObject {
  const body: JsonObject = {};
  let switchingChanged = false;
  for (const change of changes) {
    if (change.kind !== "config" || !isUnder(change.path, "/spec")) continue;
    const specPointer = change.path.slice("/spec".length);
    const bodyPointer = translatePointer(specPointer, "spec", "body") ?? specPointer;
    if (isUnder(specPointer, "/language/switching")) switchingChanged = true;
    setAt(body, bodyPointer, realAfter(change));
  }
  const spc = body["singlePromptConfig"];
  if (isPlainObject(spc) && spc["prompt"] === undefined) {
    const prompt = current["prompt"];
    spc["prompt"] = typeof prompt === "string" ? prompt : "";
  }
  const language = body["language"];
  if (isPlainObject(language)) {
    const currentSwitching = isPlainObject(current["languageSwitching"]) ? current["languageSwitching"] : {};
    const base: JsonObject = { ...defaultLanguageSwitching(), ...(withoutNulls(currentSwitching) as JsonObject) };
    const desired = switchingChanged && isPlainObject(language["switching"]) ? language["switching"] : {};
    language["switching"] = { ...base, ...desired };
  }
  for (const [field, keys] of Object.entries(REQUIRED_WHEN_SENT)) completeObject(body, field, keys, spec[field], current[field]);
  return body;
}

/** Body fields (same name in spec and `_resolvedConfig`) and the keys the API requires inside them (docs/atoms-api.md §4.2). */
const REQUIRED_WHEN_SENT: Readonly<Record<string, readonly string[]>> = {
  preCallAPI: ["url", "method"],
  timezone: ["label", "offset"],
};

function completeObject(
  body: JsonObject,
  field: string,
  keys: readonly string[],
  desired: JsonValue | undefined,
  live: JsonValue | undefined,
): void {
  const sent = body[field];
  if (!isPlainObject(sent)) return;
  // A live timezone may be a bare label (tolerant reading, §9.20).
  const liveObject = field === "timezone" && typeof live === "string" ? { label: live } : live;
  for (const key of keys) {
    if (sent[key] !== undefined) continue;
    const fromDef = isPlainObject(desired) ? desired[key] : undefined;
    const fromLive = isPlainObject(liveObject) ? liveObject[key] : undefined;
    const value = fromDef ?? fromLive;
    if (value !== undefined && value !== null) sent[key] = clone(value);
  }
}

/**
 * The `PATCH /agent/{id}` body for metadata changes. Phone numbers become `telephonyProductId` (the full set, which
 * replaces the linked numbers), resolved through `phoneNumberIds` (E.164 -> product id).
 */
export function buildMetadataBody(changes: FieldChange[], phoneNumberIds: Record<string, string> = {}): JsonObject {
  const body: JsonObject = {};
  for (const change of changes) {
    if (change.kind !== "metadata") continue;
    const key = change.path.slice("/metadata/".length);
    if (key === "phoneNumbers") {
      const numbers = realAfter(change);
      if (!Array.isArray(numbers)) throw new Error("/metadata/phoneNumbers must be a list");
      const missing = numbers.filter((n) => typeof n !== "string" || !phoneNumberIds[n]);
      if (missing.length > 0) {
        throw new UserInputError(`Phone numbers not found in this workspace: ${missing.join(", ")}`, [
          {
            severity: "error",
            code: "phone/unknown-number",
            message: `${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not among the workspace's phone numbers`,
            path: "/metadata/phoneNumbers",
            hint: "rent or import the number first, or remove it from metadata.phoneNumbers",
          },
        ]);
      }
      body["telephonyProductId"] = numbers.map((n) => phoneNumberIds[n as string]!);
      continue;
    }
    if ((METADATA_BODY_KEYS as readonly string[]).includes(key)) body[key] = realAfter(change);
  }
  return body;
}
