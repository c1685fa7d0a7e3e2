// Agents point at knowledge bases and webhooks by `metadata.name`; every name must be one this load found.
import type { AgentDefinition, KnowledgeBaseDefinition, SourcePosition, WebhookDefinition } from "../model/definition.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { didYouMean } from "./suggest.js";

function at(positions: Record<string, SourcePosition>, pointer: string, file: string): { file: string; line?: number; column?: number } {
  const pos = positions[pointer];
  return pos ? { file: pos.file, line: pos.line, column: pos.column } : { file };
}

/** Names (and webhook endpoints) are identities: two files claiming one are an error at the second. */
export function resourceDiagnostics(knowledgeBases: KnowledgeBaseDefinition[], webhooks: WebhookDefinition[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unique = <T extends { file: string; positions: Record<string, SourcePosition> }>(items: T[], code: string, what: string, pointer: string, value: (t: T) => string): void => {
    const first = new Map<string, T>();
    for (const item of items) {
      const v = value(item);
      const prev = first.get(v);
      if (!prev) {
        first.set(v, item);
        continue;
      }
      out.push({ severity: "error", code, message: `${what} "${v}" is also used by ${prev.file}`, path: pointer, ...at(item.positions, pointer, item.file) });
    }
  };
  unique(knowledgeBases, "load/duplicate-knowledge-base", "knowledge base name", "/metadata/name", (k) => k.name);
  unique(webhooks, "load/duplicate-webhook", "webhook name", "/metadata/name", (w) => w.name);
  unique(webhooks, "load/duplicate-webhook-endpoint", "webhook endpoint", "/spec/endpoint", (w) => w.endpoint);
  return out;
}

export function referenceDiagnostics(definitions: AgentDefinition[], knowledgeBases: KnowledgeBaseDefinition[], webhooks: WebhookDefinition[]): Diagnostic[] {
  const kbNames = knowledgeBases.map((k) => k.name);
  const hookNames = webhooks.map((w) => w.name);
  const out: Diagnostic[] = [];
  const unknown = (def: AgentDefinition, pointer: string, code: string, what: string, name: string, known: string[]): void => {
    const suggestion = didYouMean(name, known);
    out.push({
      severity: "error",
      code,
      message: `no ${what} named "${name}" in the definitions`,
      path: pointer,
      ...at(def.positions, pointer, def.file),
      hint: suggestion ? suggestion : known.length > 0 ? `known: ${known.join(", ")}` : `add a kind: ${what === "knowledge base" ? "KnowledgeBase" : "Webhook"} file under the definitions directory`,
    });
  };
  for (const def of definitions) {
    const kb = def.spec.knowledgeBase;
    if (typeof kb === "string") {
      if (!kbNames.includes(kb)) unknown(def, "/spec/knowledgeBase", "ref/unknown-knowledge-base", "knowledge base", kb, kbNames);
      if (def.spec.globalKnowledgeBaseId !== undefined) {
        out.push({ severity: "error", code: "rule/knowledge-base-twice", message: "set knowledgeBase or globalKnowledgeBaseId, not both", path: "/spec/knowledgeBase", ...at(def.positions, "/spec/knowledgeBase", def.file) });
      }
    }
    const tools = Array.isArray(def.spec.tools) ? def.spec.tools : [];
    tools.forEach((tool, i) => {
      const name = tool !== null && typeof tool === "object" && !Array.isArray(tool) ? tool.knowledgeBase : undefined;
      if (typeof name === "string" && !kbNames.includes(name)) unknown(def, `/spec/tools/${i}/knowledgeBase`, "ref/unknown-knowledge-base", "knowledge base", name, kbNames);
    });
    const hook = def.metadata.webhook;
    if (hook && !hookNames.includes(hook.name)) unknown(def, "/metadata/webhook/name", "ref/unknown-webhook", "webhook", hook.name, hookNames);
  }
  return out;
}
