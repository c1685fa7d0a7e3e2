// Agents name knowledge bases; the API wants ids, which differ per workspace. Resolved at plan time, per environment.
import type { AgentDefinition } from "../model/definition.js";
import type { JsonObject, JsonValue } from "../model/json.js";

const PLACEHOLDER = /^\(known after apply: knowledge base (.+)\)$/;

/** What a plan shows for the id of a knowledge base this same apply creates. */
export function knownAfterApply(name: string): string {
  return `(known after apply: knowledge base ${name})`;
}

export function placeholderName(value: unknown): string | undefined {
  return typeof value === "string" ? PLACEHOLDER.exec(value)?.[1] : undefined;
}

/**
 * The definition in API terms: `spec.knowledgeBase` becomes `globalKnowledgeBaseId`, a tool's `knowledgeBase` its
 * `knowledgeBaseId`. Positions move with the values, so plan-time errors still point at the line that named the KB.
 */
export function resolveReferences(definition: AgentDefinition, idOf: (name: string) => string | undefined): AgentDefinition {
  const spec = definition.spec;
  const tools = Array.isArray(spec.tools) ? spec.tools : [];
  const namesTools = tools.some((t) => isObject(t) && typeof t.knowledgeBase === "string");
  if (typeof spec.knowledgeBase !== "string" && !namesTools) return definition;
  const positions = { ...definition.positions };
  const move = (from: string, to: string): void => {
    if (positions[from]) positions[to] = positions[from]!;
  };
  const out: JsonObject = {};
  for (const key of Object.keys(spec)) {
    const value = spec[key] as JsonValue;
    if (key === "knowledgeBase" && typeof value === "string") {
      out.globalKnowledgeBaseId = idOf(value) ?? knownAfterApply(value);
      move("/spec/knowledgeBase", "/spec/globalKnowledgeBaseId");
      continue;
    }
    if (key === "tools" && Array.isArray(value)) {
      out.tools = value.map((tool, i) => {
        if (!isObject(tool) || typeof tool.knowledgeBase !== "string") return tool;
        const { knowledgeBase, ...rest } = tool;
        move(`/spec/tools/${i}/knowledgeBase`, `/spec/tools/${i}/knowledgeBaseId`);
        return sorted({ ...rest, knowledgeBaseId: idOf(knowledgeBase as string) ?? knownAfterApply(knowledgeBase as string) });
      });
      continue;
    }
    out[key] = value;
  }
  return { ...definition, spec: sorted(out), positions };
}

function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Definitions keep their keys sorted (the loader's canonical form): compare and digest the same way. */
function sorted(o: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k] as JsonValue;
  return out;
}
