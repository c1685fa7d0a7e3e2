import { createHash } from "node:crypto";
import type { AgentDefinition } from "../model/definition.js";

/** Digest of the definitions a plan was made from (values included, so sensitive ones are never stored in clear). */
export function definitionsDigest(definitions: readonly AgentDefinition[]): string {
  const hash = createHash("sha256");
  for (const d of [...definitions].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))) {
    hash.update(canonicalJson({ metadata: d.metadata, spec: d.spec }));
    hash.update("\n");
  }
  return `sha256:${hash.digest("hex")}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
