// Plans knowledge bases, webhooks and agent subscriptions against what the workspace holds. Pure: the workspace layer
// reads, this decides. Every change here is immediate on the platform: nothing versions it.
import type { AgentDefinition, KnowledgeBaseDefinition, WebhookDefinition } from "../model/definition.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { ObservedKbItem, ObservedKnowledgeBase, ObservedScrapedUrl, ObservedWebhook } from "../model/knowledge.js";
import type { ResourceChange, ResourcePlan } from "../model/plan.js";
import { parseUploadName, readMarker, webhookHeaderDigest } from "./resource-marker.js";

export interface ResourceObservation {
  knowledgeBases: ObservedKnowledgeBase[];
  /** Items and scraped URLs of the knowledge bases the definitions matched (and of those prune may delete). */
  items: ReadonlyMap<string, ObservedKbItem[]>;
  urls: ReadonlyMap<string, ObservedScrapedUrl[]>;
  webhooks: ObservedWebhook[];
}

export interface ResourceIdentity {
  /** Definition name -> platform id (undefined = created by this plan). */
  knowledgeBases: Map<string, ObservedKnowledgeBase | undefined>;
  webhooks: Map<string, ObservedWebhook | undefined>;
  diagnostics: Diagnostic[];
}

/** Knowledge bases by unique name, webhooks by endpoint. Two platform KBs with one name stop the plan. */
export function matchResources(kbs: KnowledgeBaseDefinition[], hooks: WebhookDefinition[], observed: Pick<ResourceObservation, "knowledgeBases" | "webhooks">): ResourceIdentity {
  const diagnostics: Diagnostic[] = [];
  const knowledgeBases = new Map<string, ObservedKnowledgeBase | undefined>();
  for (const def of kbs) {
    const same = observed.knowledgeBases.filter((k) => k.name.trim() === def.name);
    if (same.length > 1) {
      const pos = def.positions["/metadata/name"];
      diagnostics.push({
        severity: "error",
        code: "remote/ambiguous-knowledge-base",
        message: `the workspace has ${same.length} knowledge bases named "${def.name}" (${same.map((k) => k.id).join(", ")}); the platform does not keep names unique, so this tool cannot tell which one the definition means`,
        hint: "rename or delete the extra ones in the dashboard",
        file: pos?.file ?? def.file,
        ...(pos ? { line: pos.line, column: pos.column } : {}),
        path: "/metadata/name",
      });
    }
    knowledgeBases.set(def.name, same[0]);
  }
  const webhooks = new Map<string, ObservedWebhook | undefined>();
  for (const def of hooks) webhooks.set(def.name, observed.webhooks.find((w) => w.endpoint.trim() === def.endpoint));
  return { knowledgeBases, webhooks, diagnostics };
}

export interface ResourcePlanInput {
  knowledgeBases: KnowledgeBaseDefinition[];
  webhooks: WebhookDefinition[];
  /** The agents this plan manages, as loaded (names, not ids), with their platform id when they exist. */
  agents: Array<{ definition: AgentDefinition; id: string | null }>;
  identity: ResourceIdentity;
  observed: ResourceObservation;
  headerKey: Uint8Array;
  prune: boolean;
  /** Knowledge-base ids that agents outside this plan still reference (live configs): never deleted. */
  referencedElsewhere?: ReadonlyMap<string, string[]>;
}

export function knowledgeBaseNamesOf(definition: AgentDefinition): string[] {
  const out: string[] = [];
  if (typeof definition.spec.knowledgeBase === "string") out.push(definition.spec.knowledgeBase);
  for (const tool of Array.isArray(definition.spec.tools) ? definition.spec.tools : []) {
    if (tool && typeof tool === "object" && !Array.isArray(tool) && typeof tool.knowledgeBase === "string") out.push(tool.knowledgeBase);
  }
  return [...new Set(out)];
}

/** Literal ids a definition sets (`globalKnowledgeBaseId`, a tool's `knowledgeBaseId`). */
export function literalKnowledgeBaseIds(definition: AgentDefinition): string[] {
  const out: string[] = [];
  if (typeof definition.spec.globalKnowledgeBaseId === "string") out.push(definition.spec.globalKnowledgeBaseId);
  for (const tool of Array.isArray(definition.spec.tools) ? definition.spec.tools : []) {
    if (tool && typeof tool === "object" && !Array.isArray(tool) && typeof tool.knowledgeBaseId === "string") out.push(tool.knowledgeBaseId);
  }
  return out;
}

export function planResources(input: ResourcePlanInput): ResourcePlan[] {
  const out: ResourcePlan[] = [];
  const { identity, observed } = input;
  const agentsUsing = (kbName: string, kbId: string | undefined): string[] =>
    input.agents
      .filter(({ definition }) => knowledgeBaseNamesOf(definition).includes(kbName) || (kbId !== undefined && literalKnowledgeBaseIds(definition).includes(kbId)))
      .map(({ definition }) => definition.metadata.name)
      .sort();

  for (const def of input.knowledgeBases) {
    const live = identity.knowledgeBases.get(def.name);
    const agents = agentsUsing(def.name, live?.id);
    if (!live) {
      const changes: ResourceChange[] = [];
      if (def.description) changes.push({ op: "set-description", after: def.description });
      for (const f of def.files) changes.push({ op: "add-file", target: f.file, uploadName: f.uploadName });
      for (const url of def.urls) changes.push({ op: "add-url", target: url });
      out.push({ kind: "knowledgeBase", name: def.name, id: null, file: def.file, action: "create", changes, agents });
      continue;
    }
    const marker = readMarker(live.description);
    const changes: ResourceChange[] = [];
    if (marker.text !== def.description) changes.push({ op: "set-description", before: marker.text, after: def.description });
    const leftAlone: string[] = [];
    const items = observed.items.get(live.id) ?? [];
    const claimed = new Set<string>();
    const managedItems = items.flatMap((item) => {
      const parsed = item.itemType === "file" && item.fileName ? parseUploadName(item.fileName) : undefined;
      if (!parsed) {
        leftAlone.push(item.itemType === "file" ? `file ${item.fileName ?? item.id}` : `${item.itemType} item ${item.title ?? item.id}`);
        return [];
      }
      return [{ item, ...parsed }];
    });
    for (const f of def.files) {
      const same = managedItems.find((m) => m.stem === f.stem && m.digest === f.digest && m.item.processingStatus !== "failed" && !claimed.has(m.item.id));
      if (same) {
        claimed.add(same.item.id);
        continue;
      }
      const old = managedItems.find((m) => m.stem === f.stem && !claimed.has(m.item.id));
      if (old) {
        claimed.add(old.item.id);
        changes.push({ op: "replace-file", target: f.file, uploadName: f.uploadName, itemId: old.item.id, before: old.item.fileName ?? old.item.id });
      } else changes.push({ op: "add-file", target: f.file, uploadName: f.uploadName });
    }
    for (const m of managedItems) {
      if (!claimed.has(m.item.id)) changes.push({ op: "remove-file", target: m.item.fileName ?? m.item.id, itemId: m.item.id });
    }
    const rows = observed.urls.get(live.id) ?? [];
    const kept = new Set<string>();
    for (const row of rows) {
      if (def.urls.includes(row.url) && row.status !== "failed" && !kept.has(row.url)) kept.add(row.url);
      else changes.push({ op: "remove-url", target: row.url, itemId: row.id });
    }
    for (const url of def.urls) if (!kept.has(url)) changes.push({ op: "add-url", target: url });
    const action = !marker.managed ? "adopt" : changes.length > 0 ? "update" : "noop";
    out.push({ kind: "knowledgeBase", name: def.name, id: live.id, file: def.file, action, changes, agents, ...(leftAlone.length > 0 ? { leftAlone } : {}) });
  }

  // Knowledge bases with no definition: deleted only with --prune, only when this tool made (or adopted) them.
  const defined = new Set([...identity.knowledgeBases.values()].flatMap((k) => (k ? [k.id] : [])));
  for (const kb of observed.knowledgeBases) {
    if (defined.has(kb.id) || !readMarker(kb.description).managed) continue;
    const users = [
      ...input.agents.filter(({ definition }) => literalKnowledgeBaseIds(definition).includes(kb.id)).map(({ definition }) => definition.metadata.name),
      ...(input.referencedElsewhere?.get(kb.id) ?? []),
    ];
    const plan: ResourcePlan = { kind: "knowledgeBase", name: kb.name, id: kb.id, action: "unmanaged", changes: [], agents: [...new Set(users)].sort() };
    if (!input.prune) plan.blockedReason = "no-prune";
    else if (users.length > 0) {
      plan.blockedReason = "in-use";
      plan.warnings = [`knowledge base "${kb.name}" (${kb.id}) has no definition but is still used by ${plan.agents.join(", ")}; it is not deleted`];
    } else {
      plan.action = "delete";
      plan.warnings = [`knowledge base "${kb.name}" (${kb.id}) has no definition and will be DELETED with its files and URLs`];
    }
    out.push(plan);
  }

  const hookUsers = (name: string): string[] => input.agents.filter(({ definition }) => definition.metadata.webhook?.name === name).map(({ definition }) => definition.metadata.name).sort();
  for (const def of input.webhooks) {
    const live = identity.webhooks.get(def.name);
    const agents = hookUsers(def.name);
    const desiredDigest = def.headers ? webhookHeaderDigest(def.headers, input.headerKey) : undefined;
    if (!live) {
      const changes: ResourceChange[] = [{ op: "set-endpoint", after: def.endpoint }];
      if (def.description) changes.push({ op: "set-description", after: def.description });
      if (def.headers && Object.keys(def.headers).length > 0) changes.push({ op: "send-headers", headerCount: Object.keys(def.headers).length });
      out.push({ kind: "webhook", name: def.name, id: null, file: def.file, action: "create", changes, agents });
      continue;
    }
    const marker = readMarker(live.description);
    const changes: ResourceChange[] = [];
    if (marker.text !== def.description) changes.push({ op: "set-description", before: marker.text, after: def.description });
    if (def.headers && desiredDigest !== marker.headerDigest) changes.push({ op: "send-headers", headerCount: Object.keys(def.headers).length });
    const action = !marker.managed ? "adopt" : changes.length > 0 ? "update" : "noop";
    out.push({ kind: "webhook", name: def.name, id: live.id, file: def.file, action, changes, agents });
  }
  const definedHooks = new Set([...identity.webhooks.values()].flatMap((w) => (w ? [w.id] : [])));
  for (const hook of observed.webhooks) {
    if (definedHooks.has(hook.id) || !readMarker(hook.description).managed) continue;
    const subscribed = [...new Set(hook.subscriptions.map((s) => s.agentName ?? s.agentId ?? "?"))].sort();
    const plan: ResourcePlan = { kind: "webhook", name: hook.endpoint, id: hook.id, action: "unmanaged", changes: [], agents: subscribed };
    if (!input.prune) plan.blockedReason = "no-prune";
    else {
      plan.action = "delete";
      plan.changes = subscribed.length > 0 ? [{ op: "delete-subscriptions", target: subscribed.join(", ") }] : [];
      plan.warnings = [`webhook ${hook.endpoint} (${hook.id}) has no definition and will be DELETED${subscribed.length ? `, after unsubscribing ${subscribed.join(", ")}` : ""}`];
    }
    out.push(plan);
  }

  // Subscriptions: replace-all per agent, so the desired set is always sent whole.
  const managedHookIds = new Set(observed.webhooks.filter((w) => readMarker(w.description).managed).map((w) => w.id));
  for (const { definition, id } of input.agents) {
    const want = definition.metadata.webhook;
    const livePairs = id ? observed.webhooks.flatMap((w) => w.subscriptions.filter((s) => s.agentId === id).map((s) => ({ webhookId: w.id, eventType: s.eventType }))) : [];
    const name = definition.metadata.name;
    if (want) {
      const hook = identity.webhooks.get(want.name);
      const events = [...new Set(want.events)].sort();
      const same =
        hook !== undefined &&
        livePairs.length === events.length &&
        livePairs.every((p) => p.webhookId === hook.id && events.includes(p.eventType)) &&
        new Set(livePairs.map((p) => p.eventType)).size === events.length;
      if (same) continue;
      const before = livePairs.map((p) => `${p.eventType}@${p.webhookId}`).sort().join(", ");
      out.push({
        kind: "subscriptions",
        name,
        id,
        file: definition.file,
        action: livePairs.length > 0 ? "update" : "create",
        changes: [{ op: "set-subscriptions", target: want.name, events, ...(before ? { before } : {}) }],
        agents: [name],
      });
    } else if (id && livePairs.length > 0) {
      // Only subscriptions on this tool's webhooks are its business: a dashboard-made one on a foreign webhook stays.
      if (!livePairs.every((p) => managedHookIds.has(p.webhookId))) continue;
      out.push({
        kind: "subscriptions",
        name,
        id,
        file: definition.file,
        action: "delete",
        changes: [{ op: "delete-subscriptions", before: livePairs.map((p) => p.eventType).sort().join(", ") }],
        agents: [name],
      });
    }
  }
  return out;
}

export function resourcesHaveChanges(resources: readonly ResourcePlan[] | undefined): boolean {
  return (resources ?? []).some((r) => r.action !== "noop" && r.action !== "unmanaged");
}
