import { createHash } from "node:crypto";
import type { AgentDefinition } from "../model/definition.js";
import { canonicalJson } from "../plan/index.js";

/** Digest of the definitions a plan was made from (values included, so sensitive ones are never stored in clear). */
export function definitionsDigest(definitions: readonly AgentDefinition[]): string {
  const hash = createHash("sha256");
  for (const d of [...definitions].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))) {
    hash.update(canonicalJson({ metadata: d.metadata, spec: d.spec }));
    hash.update("\n");
  }
  return `sha256:${hash.digest("hex")}`;
}
