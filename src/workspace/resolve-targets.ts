// Between the knowledge bases and the agents: ids a plan could only promise ("known after apply") are known now.
import type { PreparedResources } from "../apply/resource-flow.js";
import type { ApplyTarget } from "../apply/index.js";
import type { JsonValue } from "../model/json.js";
import type { FieldChange } from "../model/plan.js";
import { knowledgeBaseNamesOf } from "../plan/resources.js";
import { knownAfterApply, placeholderName, resolveReferences } from "../plan/resolve-references.js";
import type { WorkspaceResources } from "./resource-reads.js";

export function withResolvedReferences(
  targets: ApplyTarget[],
  resources: WorkspaceResources,
  prepared: PreparedResources,
): { targets: ApplyTarget[]; held: Map<string, string> } {
  const held = new Map<string, string>();
  const out: ApplyTarget[] = [];
  for (const t of targets) {
    const original = resources.named.get(t.plan.name);
    const uses = original ? knowledgeBaseNamesOf(original) : [];
    const failed = uses.find((n) => prepared.failedKnowledgeBases.has(n));
    if (failed && (t.plan.action === "create" || t.plan.action === "update")) {
      held.set(t.plan.name, `not applied: knowledge base "${failed}" is not ready (${prepared.failedKnowledgeBases.get(failed)}); the live version is untouched`);
      continue;
    }
    if (!original || !t.definition || !uses.some((n) => !resources.identity.knowledgeBases.get(n))) {
      out.push(t);
      continue;
    }
    const definition = resolveReferences(original, (n) => prepared.kbIds.get(n));
    const changes = t.plan.changes.map((c): FieldChange => ({ ...c, ...(c.after !== undefined ? { after: replacePlaceholders(c.after as JsonValue, prepared.kbIds) } : {}) }));
    out.push({ ...t, definition, plan: { ...t.plan, changes } });
  }
  return { targets: out, held };
}

function replacePlaceholders(v: JsonValue, ids: ReadonlyMap<string, string>): JsonValue {
  const name = placeholderName(v);
  if (name !== undefined) return ids.get(name) ?? knownAfterApply(name);
  if (Array.isArray(v)) return v.map((x) => replacePlaceholders(x, ids));
  if (v !== null && typeof v === "object") {
    const o: Record<string, JsonValue> = {};
    for (const [k, x] of Object.entries(v)) o[k] = replacePlaceholders(x as JsonValue, ids);
    return o;
  }
  return v;
}
