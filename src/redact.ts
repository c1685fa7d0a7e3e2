import type { AgentDefinition, WebhookDefinition } from "./model/definition.js";
import type { JsonValue } from "./model/json.js";

export const REDACTED = "[REDACTED]";

/** Shorter values are too likely to occur by chance (a `GET`, a `true`) to be worth hiding. */
const MIN_SECRET_CHARS = 4;

/** Hides every value a run knows to be secret, in any text it prints or writes. Built once per run. */
export interface Redactor {
  /** The secrets, longest first (so a secret containing another is hidden whole). */
  readonly secrets: readonly string[];
  text(text: string): string;
  /** Secrets learnt later in the run (definitions load after the client connects). */
  add(secrets: Iterable<string | undefined>): void;
}

/**
 * A secret also appears in the forms an API echoes it in: trimmed (a value read from a file keeps its newline) and
 * JSON-escaped (an error message quoting it with `JSON.stringify`).
 */
function variants(secret: string): string[] {
  const forms = new Set<string>();
  for (const s of [secret, secret.trim()]) {
    if (s.length < MIN_SECRET_CHARS) continue;
    forms.add(s);
    forms.add(JSON.stringify(s).slice(1, -1));
  }
  return [...forms];
}

export function createRedactor(secrets: Iterable<string | undefined>): Redactor {
  const all = new Set<string>();
  let sorted: string[] = [];
  const add = (values: Iterable<string | undefined>) => {
    for (const s of values) if (typeof s === "string") for (const v of variants(s)) all.add(v);
    sorted = [...all].sort((a, b) => b.length - a.length);
  };
  add(secrets);
  return {
    get secrets() {
      return sorted;
    },
    add,
    text(text) {
      let out = text;
      for (const s of sorted) if (out.includes(s)) out = out.split(s).join(REDACTED);
      return out;
    },
  };
}

function valueAt(doc: JsonValue | undefined, pointer: string): JsonValue | undefined {
  let cur = doc;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(cur)) cur = cur[Number(token)];
    else if (cur !== null && typeof cur === "object") cur = cur[token];
    else return undefined;
  }
  return cur;
}

function headerValues(spec: AgentDefinition["spec"]): string[] {
  const out: string[] = [];
  const fromMap = (m: JsonValue | undefined) => {
    if (m && typeof m === "object" && !Array.isArray(m)) for (const v of Object.values(m)) if (typeof v === "string") out.push(v);
  };
  const tools = Array.isArray(spec["tools"]) ? spec["tools"] : [];
  for (const tool of tools) {
    if (!tool || typeof tool !== "object" || Array.isArray(tool)) continue;
    fromMap(tool["headers"]);
    const list = Array.isArray(tool["headersArray"]) ? tool["headersArray"] : [];
    for (const kv of list) if (kv && typeof kv === "object" && !Array.isArray(kv) && typeof kv["value"] === "string") out.push(kv["value"]);
  }
  const pre = spec["preCallAPI"];
  if (pre && typeof pre === "object" && !Array.isArray(pre)) fromMap(pre["headers"]);
  return out;
}

/**
 * Every sensitive value a run knows: the API key, each value interpolated from `${env.*}` (the whole field, and the
 * environment value inside it), and every tool and pre-call header value.
 */
export function runSecrets(input: {
  apiKey?: string;
  definitions?: readonly AgentDefinition[];
  /** Webhook header values are credentials, whether or not they came from `${env.*}`. */
  webhooks?: readonly WebhookDefinition[];
  env?: Readonly<Record<string, string | undefined>>;
}): string[] {
  const out: string[] = [];
  if (input.apiKey) out.push(input.apiKey);
  for (const hook of input.webhooks ?? []) for (const value of Object.values(hook.headers ?? {})) if (value.trim().length >= MIN_SECRET_CHARS) out.push(value);
  const sensitive: string[] = [];
  for (const def of input.definitions ?? []) {
    const doc = { metadata: def.metadata, spec: def.spec } as unknown as JsonValue;
    for (const pointer of def.sensitivePaths) {
      const v = valueAt(doc, pointer);
      if (typeof v === "string") sensitive.push(v);
      else if (v !== undefined) sensitive.push(JSON.stringify(v));
    }
    out.push(...headerValues(def.spec));
  }
  out.push(...sensitive);
  // The environment value alone, as an API may quote only the part of a field it rejects.
  for (const value of Object.values(input.env ?? {})) {
    if (typeof value !== "string" || value.trim().length < MIN_SECRET_CHARS) continue;
    if (sensitive.some((s) => s.includes(value) || s.includes(value.trim()))) out.push(value);
  }
  return out;
}
