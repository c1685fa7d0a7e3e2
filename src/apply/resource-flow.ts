// Applies knowledge bases, webhooks and subscriptions around the agents' versioning flow:
//   knowledge bases ready (uploaded, processed) -> webhooks -> [agents] -> subscriptions -> removals.
// None of it is versioned: each call is live when it returns, so a step that fails stops what depends on it.
import { readFile } from "node:fs/promises";
import { AtomsApiError, NotFoundError } from "../errors.js";
import type { KnowledgeBaseDefinition, KnowledgeBaseFile, WebhookDefinition } from "../model/definition.js";
import type { KnowledgeBasesApi, WebhooksApi } from "../model/knowledge.js";
import type { ResourcePlan } from "../model/plan.js";
import type { ResourceIdentity } from "../plan/resources.js";
import { kbFileDigest } from "../load/index.js";
import { readMarker, webhookHeaderDigest, withMarker } from "../plan/resource-marker.js";

export type ResourceStatus = "applied" | "failed" | "skipped" | "unchanged";

export interface ResourceResult {
  kind: ResourcePlan["kind"];
  name: string;
  id: string | null;
  action: ResourcePlan["action"];
  status: ResourceStatus;
  error?: string;
}

export interface ResourceApplyContext {
  kb: KnowledgeBasesApi;
  hooks: WebhooksApi;
  headerKey: Uint8Array;
  plans: ResourcePlan[];
  knowledgeBases: KnowledgeBaseDefinition[];
  webhooks: WebhookDefinition[];
  identity: ResourceIdentity;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
  /** How long uploaded files and URLs may take to be processed, per knowledge base. Default 10 minutes. */
  processingTimeoutMs?: number;
  readBytes?: (absPath: string) => Promise<Uint8Array>;
}

export interface PreparedResources {
  /** Knowledge-base name -> id, including the ones this run created. */
  kbIds: Map<string, string>;
  webhookIds: Map<string, string>;
  /** Knowledge bases that are not ready: the agents that use them must not be published. */
  failedKnowledgeBases: Map<string, string>;
  results: ResourceResult[];
}

const isChange = (p: ResourcePlan) => p.action === "create" || p.action === "adopt" || p.action === "update";

/** Everything agents depend on, before any agent is touched. */
export async function prepareResources(ctx: ResourceApplyContext): Promise<PreparedResources> {
  const kbIds = new Map<string, string>();
  const webhookIds = new Map<string, string>();
  for (const [name, kb] of ctx.identity.knowledgeBases) if (kb) kbIds.set(name, kb.id);
  for (const [name, hook] of ctx.identity.webhooks) if (hook) webhookIds.set(name, hook.id);
  const failedKnowledgeBases = new Map<string, string>();
  const results: ResourceResult[] = [];

  // Knowledge bases are independent of one another: each gets ready (or fails) on its own.
  await Promise.all(
    ctx.plans
      .filter((p) => p.kind === "knowledgeBase" && isChange(p))
      .map(async (plan) => {
        const def = ctx.knowledgeBases.find((k) => k.name === plan.name)!;
        try {
          const id = await applyKnowledgeBase(plan, def, ctx);
          kbIds.set(plan.name, id);
          results.push({ kind: plan.kind, name: plan.name, id, action: plan.action, status: "applied" });
        } catch (err) {
          const message = errorText(err);
          failedKnowledgeBases.set(plan.name, message);
          results.push({ kind: plan.kind, name: plan.name, id: plan.id, action: plan.action, status: "failed", error: message });
        }
      }),
  );
  for (const plan of ctx.plans.filter((p) => p.kind === "webhook" && isChange(p))) {
    const def = ctx.webhooks.find((w) => w.name === plan.name)!;
    try {
      const id = await applyWebhook(plan, def, ctx);
      webhookIds.set(plan.name, id);
      results.push({ kind: plan.kind, name: plan.name, id, action: plan.action, status: "applied" });
    } catch (err) {
      results.push({ kind: plan.kind, name: plan.name, id: plan.id, action: plan.action, status: "failed", error: errorText(err) });
    }
  }
  return { kbIds, webhookIds, failedKnowledgeBases, results };
}

async function applyKnowledgeBase(plan: ResourcePlan, def: KnowledgeBaseDefinition, ctx: ResourceApplyContext): Promise<string> {
  const description = withMarker(def.description);
  let id = plan.id;
  if (id === null) id = await ctx.kb.createKnowledgeBase({ name: def.name, description });
  else if (plan.action === "adopt" || plan.changes.some((c) => c.op === "set-description")) {
    await ctx.kb.updateKnowledgeBase(id, { name: def.name, description });
  }
  const kbId = id;
  // A URL is scraped once per row: a row to re-scrape must go before the URL is added again.
  for (const c of plan.changes) if (c.op === "remove-url" && c.itemId) await tolerateGone(() => ctx.kb.deleteScrapedUrl(kbId, c.itemId!));

  const waiting: Array<{ itemId: string; file: string }> = [];
  for (const c of plan.changes) {
    if (c.op !== "add-file" && c.op !== "replace-file") continue;
    const file = def.files.find((f) => f.file === c.target && f.uploadName === c.uploadName);
    if (!file) throw new Error(`file ${c.target} is no longer in the definition as planned; plan again`);
    const bytes = await readChecked(file, ctx);
    const item = await ctx.kb.uploadKbFile(kbId, { fileName: file.uploadName, bytes });
    waiting.push({ itemId: item.id, file: file.file });
  }
  const urls = plan.changes.filter((c) => c.op === "add-url" && c.target).map((c) => c.target!);
  if (urls.length > 0) await ctx.kb.scrapeUrls(kbId, urls);
  await waitProcessed(kbId, waiting, urls, def.name, ctx);

  // Replace is add, wait, then delete: the knowledge base never lacks the content in between.
  for (const c of plan.changes) {
    if ((c.op === "replace-file" || c.op === "remove-file") && c.itemId) await tolerateGone(() => ctx.kb.deleteKbItem(kbId, c.itemId!));
  }
  return kbId;
}

async function readChecked(file: KnowledgeBaseFile, ctx: ResourceApplyContext): Promise<Uint8Array> {
  const bytes = await (ctx.readBytes ?? ((p: string) => readFile(p)))(file.absPath);
  if (kbFileDigest(bytes) !== file.digest) throw new Error(`file ${file.file} changed since it was planned; plan again`);
  return bytes;
}

async function waitProcessed(kbId: string, items: Array<{ itemId: string; file: string }>, urls: string[], name: string, ctx: ResourceApplyContext): Promise<void> {
  if (items.length === 0 && urls.length === 0) return;
  const deadline = ctx.now() + (ctx.processingTimeoutMs ?? 600_000);
  let delay = 200;
  for (;;) {
    const [listed, rows] = await Promise.all([
      items.length > 0 ? ctx.kb.listKbItems(kbId) : Promise.resolve([]),
      urls.length > 0 ? ctx.kb.listScrapedUrls(kbId) : Promise.resolve([]),
    ]);
    let pending = 0;
    for (const want of items) {
      const item = listed.find((i) => i.id === want.itemId);
      if (!item) throw new Error(`knowledge base "${name}": the uploaded item of ${want.file} disappeared while processing`);
      if (item.processingStatus === "failed") throw new Error(`knowledge base "${name}": processing of file ${want.file} failed`);
      if (item.processingStatus !== "completed") pending++;
    }
    for (const url of urls) {
      const row = rows.find((r) => r.url === url);
      if (row?.status === "failed") throw new Error(`knowledge base "${name}": scraping of ${url} failed`);
      if (row?.status !== "indexed") pending++;
    }
    if (pending === 0) return;
    if (ctx.now() + delay > deadline) throw new Error(`knowledge base "${name}": ${pending} file(s)/URL(s) still processing after ${Math.round((ctx.processingTimeoutMs ?? 600_000) / 1000)} s`);
    await ctx.sleep(delay);
    delay = Math.min(delay * 2, 5_000);
  }
}

async function applyWebhook(plan: ResourcePlan, def: WebhookDefinition, ctx: ResourceApplyContext): Promise<string> {
  const live = ctx.identity.webhooks.get(def.name);
  const digest = def.headers ? webhookHeaderDigest(def.headers, ctx.headerKey) : live ? readMarker(live.description).headerDigest : undefined;
  const description = withMarker(def.description, digest);
  const sendHeaders = plan.changes.some((c) => c.op === "send-headers");
  if (plan.id === null) {
    const id = await ctx.hooks.createWebhook({ endpoint: def.endpoint, description, events: [] });
    // Create ignores headers: only PATCH sets them.
    if (sendHeaders && def.headers) await ctx.hooks.updateWebhook(id, { headers: def.headers });
    return id;
  }
  const body: { description?: string; headers?: Record<string, string> } = {};
  if (plan.action === "adopt" || sendHeaders || plan.changes.some((c) => c.op === "set-description")) body.description = description;
  // The marker's digest and the headers change in one call: the record never claims a set the platform lacks.
  if (sendHeaders && def.headers) body.headers = def.headers;
  if (Object.keys(body).length > 0) await ctx.hooks.updateWebhook(plan.id, body);
  return plan.id;
}

/** After the agents: subscriptions (agent ids known now), then what --prune removes. */
export async function finishResources(
  ctx: ResourceApplyContext,
  prepared: PreparedResources,
  agents: { ids: ReadonlyMap<string, string | null>; notApplied: ReadonlySet<string>; anyFailed: boolean },
): Promise<ResourceResult[]> {
  const results: ResourceResult[] = [];
  const failedHooks = new Set(prepared.results.filter((r) => r.kind === "webhook" && r.status === "failed").map((r) => r.name));
  for (const plan of ctx.plans.filter((p) => p.kind === "subscriptions" && p.action !== "noop" && p.action !== "unmanaged")) {
    const base = { kind: plan.kind, name: plan.name, action: plan.action };
    const agentId = plan.id ?? agents.ids.get(plan.name) ?? null;
    const change = plan.changes[0];
    if (!agentId || agents.notApplied.has(plan.name)) {
      results.push({ ...base, id: agentId, status: "skipped", error: "the agent was not applied" });
      continue;
    }
    try {
      if (change?.op === "set-subscriptions") {
        const hookName = change.target ?? "";
        const webhookId = prepared.webhookIds.get(hookName);
        if (!webhookId || failedHooks.has(hookName)) {
          results.push({ ...base, id: agentId, status: "skipped", error: `webhook "${hookName}" is not ready` });
          continue;
        }
        await ctx.hooks.setAgentSubscriptions(agentId, webhookId, change.events ?? []);
      } else await ctx.hooks.deleteAgentSubscriptions(agentId);
      results.push({ ...base, id: agentId, status: "applied" });
    } catch (err) {
      results.push({ ...base, id: agentId, status: "failed", error: errorText(err) });
    }
  }

  const removals = ctx.plans.filter((p) => p.action === "delete" && p.kind !== "subscriptions");
  for (const plan of removals) {
    const base = { kind: plan.kind, name: plan.name, id: plan.id, action: plan.action };
    // As with archives: nothing is deleted while other changes of this apply failed.
    if (agents.anyFailed || results.some((r) => r.status === "failed") || prepared.results.some((r) => r.status === "failed")) {
      results.push({ ...base, status: "skipped", error: "not deleted because other changes in this apply failed" });
      continue;
    }
    try {
      if (plan.kind === "knowledgeBase") await ctx.kb.deleteKnowledgeBase(plan.id!);
      else {
        // Unsubscribe everyone first: a subscribed webhook cannot be deleted. Read anew: the set may have moved.
        const hook = await ctx.hooks.getWebhook(plan.id!);
        for (const agentId of new Set(hook.subscriptions.flatMap((s) => (s.agentId ? [s.agentId] : [])))) await ctx.hooks.deleteAgentSubscriptions(agentId);
        await ctx.hooks.deleteWebhook(plan.id!);
      }
      results.push({ ...base, status: "applied" });
    } catch (err) {
      const connected = err instanceof AtomsApiError && err.errors.some((e) => /connected to an agent|assigned to one or more agents/i.test(e));
      const error = connected ? `refused by the platform: ${plan.kind === "knowledgeBase" ? "an agent still uses this knowledge base" : "agents are still subscribed"}; detach it first` : errorText(err);
      results.push({ ...base, status: "failed", error });
    }
  }
  return results;
}

async function tolerateGone(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
