// Dashboard changes to knowledge bases and webhooks (docs/atoms-api.md §11): neither is versioned, so there is no
// version label to say who changed what; drift compares the live resources with git, using the same identities as the
// plan (a KB by name, a webhook by endpoint, a file by stem and content digest in its stored name).
import type { AgentDefinition, KnowledgeBaseDefinition, WebhookDefinition } from "../model/definition.js";
import type { JsonValue } from "../model/json.js";
import type { KnowledgeBasesApi, ObservedKbItem, ObservedWebhook, WebhooksApi } from "../model/knowledge.js";
import { digestName, isManaged, stripMarker } from "./import-resources.js";

export interface ResourceChange {
  /** JSON Pointer into the definition: `/metadata/description`, `/spec/files/handbook.pdf`, `/spec/urls`, `/spec/endpoint`. */
  path: string;
  /** Absent when live has nothing there. */
  live?: JsonValue;
  /** Absent when git has nothing there. */
  git?: JsonValue;
}

export interface ResourceDrift {
  kind: "KnowledgeBase" | "Webhook";
  name: string;
  id: string | null;
  file: string;
  /** `missing`: defined in git, absent live; `ambiguous`: several live KBs carry the name. */
  state: "changed" | "missing" | "ambiguous";
  changes: ResourceChange[];
  /** Live content git does not manage (dashboard uploads without a digest, text items); not drift, just said. */
  leftAlone: string[];
  /** For `ambiguous`: the ids sharing the name. */
  ids?: string[];
}

/** An agent's live subscriptions against its `metadata.webhook`. */
export interface SubscriptionDrift {
  agent: string;
  id: string;
  live?: { webhook: string; events: string[] } | { webhooks: string[] };
  git?: { webhook: string; events: string[] };
}

export interface ResourceDriftReport {
  resources: ResourceDrift[];
  subscriptions: SubscriptionDrift[];
  inSync: number;
}

export interface ResourceDriftInput {
  knowledgeBases: KnowledgeBaseDefinition[];
  webhooks: WebhookDefinition[];
  /** The agents in scope, with the live id of each (absent: not created yet, nothing to compare). */
  agents: Array<{ definition: AgentDefinition; id: string | null }>;
  /** Also compare the KBs and webhooks themselves (off when drift is limited to some agents). */
  includeResources: boolean;
  readers: {
    knowledgeBases: Pick<KnowledgeBasesApi, "listKnowledgeBases" | "listKbItems" | "listScrapedUrls">;
    webhooks: Pick<WebhooksApi, "listWebhooks">;
  };
}

const sorted = (xs: Iterable<string>) => [...xs].sort();

/** Reads only (GET). */
export async function detectResourceDrift(input: ResourceDriftInput): Promise<ResourceDriftReport> {
  const report: ResourceDriftReport = { resources: [], subscriptions: [], inSync: 0 };
  const manageSubscriptions = input.agents.some((a) => a.id !== null);
  const needHooks = input.includeResources ? input.webhooks.length > 0 || manageSubscriptions : manageSubscriptions;
  const liveHooks = needHooks ? await input.readers.webhooks.listWebhooks() : [];
  if (input.includeResources && input.knowledgeBases.length > 0) {
    const liveKbs = await input.readers.knowledgeBases.listKnowledgeBases();
    for (const def of input.knowledgeBases) {
      const drift = await knowledgeBaseDrift(def, liveKbs, input.readers.knowledgeBases);
      if (drift) report.resources.push(drift);
      else report.inSync += 1;
    }
  }
  const claimed = new Set(input.webhooks.map((w) => w.endpoint));
  const matched = new Map<string, string>();
  for (const def of input.webhooks) {
    const hook = matchWebhook(def, liveHooks, claimed);
    if (hook) matched.set(hook.id, def.name);
    if (!input.includeResources) continue;
    const drift = webhookDrift(def, hook);
    if (drift) report.resources.push(drift);
    else report.inSync += 1;
  }
  report.subscriptions = subscriptionDrift(input.agents, matched, liveHooks);
  return report;
}

async function knowledgeBaseDrift(
  def: KnowledgeBaseDefinition,
  live: Awaited<ReturnType<KnowledgeBasesApi["listKnowledgeBases"]>>,
  api: ResourceDriftInput["readers"]["knowledgeBases"],
): Promise<ResourceDrift | null> {
  const base = { kind: "KnowledgeBase" as const, name: def.name, file: def.file, leftAlone: [] as string[] };
  const named = live.filter((k) => k.name === def.name);
  if (named.length === 0) return { ...base, id: null, state: "missing", changes: [] };
  if (named.length > 1) return { ...base, id: null, state: "ambiguous", changes: [], ids: named.map((k) => k.id) };
  const kb = named[0]!;
  const changes: ResourceChange[] = [];
  const description = stripMarker(kb.description);
  if (description !== def.description) changes.push({ path: "/metadata/description", live: description, git: def.description });

  const items = await api.listKbItems(kb.id);
  const leftAlone: string[] = [];
  const liveByStem = new Map<string, ObservedKbItem & { digest: string }>();
  for (const item of items) {
    const shape = item.itemType === "file" ? digestName(item.fileName) : undefined;
    if (!shape) leftAlone.push(item.itemType === "file" ? `file ${item.fileName ?? item.id}` : `${item.itemType} item ${item.title ?? item.id}`);
    else liveByStem.set(shape.stem, { ...item, digest: shape.digest });
  }
  const gitByStem = new Map(def.files.map((f) => [f.stem, f]));
  for (const stem of sorted(new Set([...liveByStem.keys(), ...gitByStem.keys()]))) {
    const l = liveByStem.get(stem);
    const g = gitByStem.get(stem);
    if (l && g && l.digest === g.digest) continue;
    // The values are content digests: enough to tell "replaced in the dashboard" from "deleted" without the bytes.
    changes.push({ path: `/spec/files/${stem}.pdf`, ...(l ? { live: `sha256 ${l.digest}…` } : {}), ...(g ? { git: `sha256 ${g.digest}…` } : {}) });
  }
  const liveUrls = sorted(new Set((await api.listScrapedUrls(kb.id)).map((u) => u.url)));
  const gitUrls = sorted(new Set(def.urls));
  if (JSON.stringify(liveUrls) !== JSON.stringify(gitUrls)) changes.push({ path: "/spec/urls", live: liveUrls, git: gitUrls });
  if (changes.length === 0) return null;
  return { ...base, id: kb.id, state: "changed", changes, leftAlone };
}

/**
 * A webhook is found by its endpoint. When git's endpoint is gone, a webhook this tool manages, with git's description
 * and an endpoint no definition claims, is taken for this one with its endpoint changed in the dashboard.
 */
function matchWebhook(def: WebhookDefinition, live: ObservedWebhook[], claimed: Set<string>): ObservedWebhook | undefined {
  const exact = live.find((h) => h.endpoint === def.endpoint);
  if (exact) return exact;
  const moved = live.filter((h) => isManaged(h.description) && !claimed.has(h.endpoint) && stripMarker(h.description) === def.description);
  return moved.length === 1 ? moved[0] : undefined;
}

function webhookDrift(def: WebhookDefinition, hook: ObservedWebhook | undefined): ResourceDrift | null {
  const base = { kind: "Webhook" as const, name: def.name, file: def.file, leftAlone: [] as string[] };
  if (!hook) return { ...base, id: null, state: "missing", changes: [] };
  const changes: ResourceChange[] = [];
  if (hook.endpoint !== def.endpoint) changes.push({ path: "/spec/endpoint", live: hook.endpoint, git: def.endpoint });
  const description = stripMarker(hook.description);
  if (description !== def.description) changes.push({ path: "/spec/description", live: description, git: def.description });
  if (changes.length === 0) return null;
  return { ...base, id: hook.id, state: "changed", changes };
}

/** `matched`: live webhook id -> the definition name it stands for; any other webhook is named by its endpoint. */
function subscriptionDrift(agents: ResourceDriftInput["agents"], matched: Map<string, string>, live: ObservedWebhook[]): SubscriptionDrift[] {
  const out: SubscriptionDrift[] = [];
  const nameOfHook = (hookId: string) => matched.get(hookId) ?? live.find((h) => h.id === hookId)?.endpoint ?? hookId;
  for (const { definition, id } of agents) {
    if (!id) continue;
    const subs = live.flatMap((h) => h.subscriptions.filter((s) => s.agentId === id).map((s) => ({ webhookId: s.webhookId || h.id, eventType: s.eventType })));
    const hooks = [...new Set(subs.map((s) => s.webhookId))];
    const wanted = definition.metadata.webhook;
    const git = wanted ? { webhook: wanted.name, events: sorted(new Set(wanted.events)) } : undefined;
    const liveSide =
      hooks.length === 0
        ? undefined
        : hooks.length > 1
          ? { webhooks: sorted(hooks.map(nameOfHook)) }
          : { webhook: nameOfHook(hooks[0]!), events: sorted(new Set(subs.map((s) => s.eventType))) };
    if (JSON.stringify(liveSide) === JSON.stringify(git)) continue;
    out.push({ agent: definition.metadata.name, id, ...(liveSide ? { live: liveSide } : {}), ...(git ? { git } : {}) });
  }
  return out;
}

export function describeSubscriptions(side: SubscriptionDrift["live"] | undefined): string {
  if (!side) return "none";
  if ("webhooks" in side) return `several webhooks (${side.webhooks.join(", ")})`;
  return `${side.webhook} [${side.events.join(", ")}]`;
}
