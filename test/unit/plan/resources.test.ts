import { describe, expect, it } from "vitest";
import type { AgentDefinition, KnowledgeBaseDefinition, WebhookDefinition } from "../../../src/model/definition.js";
import type { ObservedKbItem, ObservedWebhook } from "../../../src/model/knowledge.js";
import {
  matchResources,
  planResources,
  readMarker,
  renderPlanText,
  resolveReferences,
  webhookHeaderDigest,
  withMarker,
  type ResourceObservation,
} from "../../../src/plan/index.js";
import type { Plan } from "../../../src/model/plan.js";

const KEY = new Uint8Array(32).fill(7);
const KB_ID = "66d0000000000000000000b1";
const HOOK_ID = "66e0000000000000000000f1";
const AGENT_ID = "66a1f0c2e4b0a1b2c3d4e5f6";

const kbDef = (over: Partial<KnowledgeBaseDefinition> = {}): KnowledgeBaseDefinition => ({
  file: "agents/kb.yaml",
  name: "manuals",
  description: "Docs",
  files: [{ file: "agents/docs/handbook.pdf", absPath: "/x/handbook.pdf", stem: "handbook", digest: "aaaaaaaaaaaa", size: 10, uploadName: "handbook.aaaaaaaaaaaa.pdf", pointer: "/spec/files/0" }],
  urls: ["https://example.com/a"],
  positions: {},
  ...over,
});
const hookDef = (headers?: Record<string, string>): WebhookDefinition => ({ file: "agents/h.yaml", name: "crm", endpoint: "https://hooks.example.com/x", description: "CRM", positions: {}, ...(headers ? { headers } : {}) });
const agentDef = (name: string, spec: Record<string, unknown> = {}, webhook?: { name: string; events: string[] }): AgentDefinition => ({
  file: `agents/${name}.yaml`,
  metadata: { name, ...(webhook ? { webhook } : {}) },
  spec: spec as AgentDefinition["spec"],
  sensitivePaths: [],
  positions: {},
});
const item = (id: string, fileName: string, over: Partial<ObservedKbItem> = {}): ObservedKbItem => ({ id, knowledgeBaseId: KB_ID, itemType: "file", fileName, processingStatus: "completed", ...over });

function observe(over: Partial<ResourceObservation> = {}): ResourceObservation {
  return { knowledgeBases: [], items: new Map(), urls: new Map(), webhooks: [], ...over };
}

function plan(kbs: KnowledgeBaseDefinition[], hooks: WebhookDefinition[], agents: Array<{ definition: AgentDefinition; id: string | null }>, observed: ResourceObservation, prune = false) {
  const identity = matchResources(kbs, hooks, observed);
  return planResources({ knowledgeBases: kbs, webhooks: hooks, agents, identity, observed, headerKey: KEY, prune });
}

describe("resource plans", () => {
  it("adopts a same-named knowledge base it did not create, and leaves text items and undigested files alone", () => {
    const observed = observe({
      knowledgeBases: [{ id: KB_ID, name: "manuals", description: "Docs" }],
      items: new Map([[KB_ID, [item("c1", "handbook.aaaaaaaaaaaa.pdf"), item("c2", "notes.pdf"), item("c3", "", { itemType: "text", title: "Pasted" })]]]),
      urls: new Map([[KB_ID, [{ id: "u1", url: "https://example.com/a", status: "indexed" }]]]),
    });
    const [kb] = plan([kbDef()], [], [], observed);
    expect(kb).toMatchObject({ action: "adopt", changes: [] });
    expect(kb!.leftAlone).toEqual(["file notes.pdf", "text item Pasted"]);
  });

  it("two knowledge bases with the definition's name stop the plan, naming both ids", () => {
    const observed = observe({ knowledgeBases: [{ id: KB_ID, name: "manuals", description: "" }, { id: "66d0000000000000000000b2", name: "manuals", description: "" }] });
    const identity = matchResources([kbDef()], [], observed);
    expect(identity.diagnostics.map((d) => d.message).join()).toMatch(/2 knowledge bases named "manuals" \(66d0000000000000000000b1, 66d0000000000000000000b2\)/);
  });

  it("a changed digest replaces that item; a stale twin of the same stem is removed", () => {
    const observed = observe({
      knowledgeBases: [{ id: KB_ID, name: "manuals", description: withMarker("Docs") }],
      items: new Map([[KB_ID, [item("old", "handbook.bbbbbbbbbbbb.pdf"), item("gone", "legacy.cccccccccccc.pdf")]]]),
      urls: new Map([[KB_ID, [{ id: "u1", url: "https://example.com/a", status: "indexed" }, { id: "u2", url: "https://example.com/b", status: "indexed" }]]]),
    });
    const [kb] = plan([kbDef()], [], [{ definition: agentDef("bot", { knowledgeBase: "manuals" }), id: AGENT_ID }], observed);
    expect(kb!.action).toBe("update");
    expect(kb!.changes.map((c) => [c.op, c.itemId ?? c.target])).toEqual([
      ["replace-file", "old"],
      ["remove-file", "gone"],
      ["remove-url", "u2"],
    ]);
    expect(kb!.agents).toEqual(["bot"]);
  });

  it("detects a header change by its digest in the marker, without reading headers back", () => {
    const same = webhookHeaderDigest({ "X-Key": "v1" }, KEY);
    const hook: ObservedWebhook = { id: HOOK_ID, endpoint: "https://hooks.example.com/x", description: withMarker("CRM", same), subscriptions: [] };
    expect(plan([], [hookDef({ "x-key": "v1" })], [], observe({ webhooks: [hook] }))[0]!.action).toBe("noop");
    const changed = plan([], [hookDef({ "X-Key": "v2" })], [], observe({ webhooks: [hook] }))[0]!;
    expect(changed.changes).toEqual([{ op: "send-headers", headerCount: 1 }]);
    expect(JSON.stringify(changed)).not.toContain("v2");
    expect(readMarker(withMarker("CRM", same))).toEqual({ text: "CRM", managed: true, headerDigest: same });
  });

  it("prune deletes only marked resources; subscriptions on a foreign webhook are left alone", () => {
    const observed = observe({
      knowledgeBases: [{ id: KB_ID, name: "ours", description: withMarker("") }, { id: "66d0000000000000000000b9", name: "theirs", description: "" }],
      webhooks: [{ id: HOOK_ID, endpoint: "https://dash.example.com", description: "made by hand", subscriptions: [{ id: "s", webhookId: HOOK_ID, agentId: AGENT_ID, eventType: "pre-conversation" }] }],
    });
    const plans = plan([], [], [{ definition: agentDef("bot"), id: AGENT_ID }], observed, true);
    expect(plans.map((p) => [p.kind, p.name, p.action])).toEqual([["knowledgeBase", "ours", "delete"]]);
  });

  it("subscriptions: the desired set replaces the live one; no change when it matches", () => {
    const hook: ObservedWebhook = {
      id: HOOK_ID,
      endpoint: "https://hooks.example.com/x",
      description: withMarker("CRM"),
      subscriptions: [{ id: "s", webhookId: HOOK_ID, agentId: AGENT_ID, eventType: "pre-conversation" }],
    };
    const bot = (events: string[]) => [{ definition: agentDef("bot", {}, { name: "crm", events }), id: AGENT_ID }];
    expect(plan([], [hookDef()], bot(["pre-conversation"]), observe({ webhooks: [hook] })).filter((p) => p.kind === "subscriptions")).toEqual([]);
    const sub = plan([], [hookDef()], bot(["post-conversation"]), observe({ webhooks: [hook] })).find((p) => p.kind === "subscriptions")!;
    expect(sub.changes).toEqual([{ op: "set-subscriptions", target: "crm", events: ["post-conversation"], before: `pre-conversation@${HOOK_ID}` }]);
    const removed = plan([], [hookDef()], [{ definition: agentDef("bot"), id: AGENT_ID }], observe({ webhooks: [hook] })).find((p) => p.kind === "subscriptions")!;
    expect(removed.action).toBe("delete");
  });

  it("resolves knowledge-base names to ids, or to a placeholder for one this apply creates", () => {
    const def = agentDef("bot", { knowledgeBase: "manuals", tools: [{ type: "knowledge_base_search", name: "s", description: "d", knowledgeBase: "faq" }] });
    const resolved = resolveReferences(def, (n) => (n === "manuals" ? KB_ID : undefined));
    expect(resolved.spec).toEqual({
      globalKnowledgeBaseId: KB_ID,
      tools: [{ description: "d", knowledgeBaseId: "(known after apply: knowledge base faq)", name: "s", type: "knowledge_base_search" }],
    });
  });

  it("every rendering marks the changes immediate and lists the agents a knowledge base reaches", () => {
    const resources = plan([kbDef()], [], [{ definition: agentDef("a", { knowledgeBase: "manuals" }), id: null }, { definition: agentDef("b", { knowledgeBase: "manuals" }), id: null }], observe());
    const p: Plan = {
      formatVersion: "1.0",
      createdAt: "2026-01-01T00:00:00.000Z",
      tool: { name: "atoms-gitops", version: "0" },
      source: { dir: "agents", configDigest: "sha256:x" },
      target: { baseUrl: "http://127.0.0.1", apiModel: "versions" },
      summary: { create: 0, update: 0, noop: 0, archive: 0, unmanaged: 0 },
      agents: [],
      resources,
      diagnostics: [],
    };
    const text = renderPlanText(p);
    expect(text).not.toContain("No changes.");
    expect(text).toContain('knowledge base "manuals" will be created (immediate — not versioned, no platform rollback)');
    expect(text).toContain("reaches every agent that uses it, at once: a, b");
  });
});
