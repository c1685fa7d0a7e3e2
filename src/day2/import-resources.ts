// Knowledge bases and webhooks into definitions (docs/atoms-api.md §11). Both are read only through lists: the API has
// no file download (so the PDFs must be provided by hand) and never returns custom webhook headers (so their values
// are never written; placeholders stand in for names the repository already knows).
import { stringify } from "yaml";
import type { KnowledgeBaseDefinition, WebhookDefinition } from "../model/definition.js";
import type { JsonObject } from "../model/json.js";
import type { KnowledgeBasesApi, ObservedKnowledgeBase, ObservedWebhook, ObservedWebhookSubscription, WebhooksApi } from "../model/knowledge.js";
import { parseUploadName, readMarker } from "../plan/index.js";
import { slugOf } from "./slug.js";

const KB_NAME = /^\S(.*\S)?$/s;

/** The description a definition states: the platform's one without this tool's ownership marker. */
export function stripMarker(description: string): string {
  return readMarker(description).text;
}

/** `<stem>.<12 hex>.pdf`: a file this tool uploaded (the plan matches it to a definition file by stem and digest). */
export function digestName(fileName: string | undefined): { stem: string; digest: string } | undefined {
  return fileName === undefined ? undefined : parseUploadName(fileName);
}

export interface FileToProvide {
  /** Display path the definition lists; the file must be put there with exactly these bytes. */
  path: string;
  /** The name the platform stores the item under. */
  storedAs: string;
  /** First 12 hex of the sha256 the bytes must have for the next plan to match the item. */
  digest: string;
  size?: number;
}

export interface ImportedResource {
  kind: "KnowledgeBase" | "Webhook";
  name: string;
  id: string;
  /** Display path of the YAML. */
  file: string;
  overwritten: boolean;
  /** KBs: the PDFs the API cannot hand out; the definition names them and they must be put in place before a plan. */
  filesToProvide: FileToProvide[];
  /** Live content no definition states (left alone by plan and apply), each with why. */
  leftAlone: Array<{ what: string; reason: string }>;
  /** Webhooks: `${env.NAME}` placeholders written for header names the repository already knew. */
  headerPlaceholders: string[];
  /** Webhooks: custom headers are write-only; the definition says nothing about them unless placeholders were written. */
  headersUnknown: boolean;
}

export interface ResourceDocument {
  kind: "KnowledgeBase" | "Webhook";
  name: string;
  id: string;
  /** File name stem (without `.yaml`). */
  slug: string;
  body: JsonObject;
  filesToProvide: FileToProvide[];
  leftAlone: Array<{ what: string; reason: string }>;
  headerPlaceholders: string[];
  headersUnknown: boolean;
}

export interface LiveResources {
  knowledgeBases: ObservedKnowledgeBase[];
  webhooks: ObservedWebhook[];
  /** KB id -> the name the definitions use for it. */
  kbNames: Map<string, string>;
  /** Agent id -> its one webhook by definition name and events; absent when the live set cannot be stated. */
  agentWebhooks: Map<string, { name: string; events: string[] }>;
  /** Agent id -> why its live subscriptions were left out of its definition. */
  agentWebhookNotes: Map<string, string>;
  documents: ResourceDocument[];
  errors: string[];
}

export interface ResourceReaders {
  knowledgeBases: Pick<KnowledgeBasesApi, "listKnowledgeBases" | "listKbItems" | "listScrapedUrls">;
  webhooks: Pick<WebhooksApi, "listWebhooks">;
}


/** Webhooks have no name on the platform: the repository's name for the endpoint, else one made from its host and path. */
function webhookName(hook: ObservedWebhook, known: WebhookDefinition[], taken: Set<string>): string {
  const existing = known.find((w) => w.endpoint === hook.endpoint);
  if (existing) return existing.name;
  let base: string;
  try {
    const u = new URL(hook.endpoint);
    base = slugOf(`${u.hostname}${u.pathname}`, `webhook-${hook.id.slice(-6)}`);
  } catch {
    base = `webhook-${hook.id.slice(-6)}`;
  }
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  return name;
}

/** `X-Api-Key` -> `X_API_KEY`: the environment variable a placeholder reads. */
export function envNameFor(header: string): string {
  return header.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^_+|_+$/g, "") || "WEBHOOK_HEADER";
}

/**
 * Reads every KB and webhook once and turns them into definition documents, plus what agents need to reference them
 * by name. Names must be unique among the workspace's KBs: two KBs of one name cannot both be definitions.
 */
export async function readLiveResources(
  readers: ResourceReaders,
  existing: { knowledgeBases?: KnowledgeBaseDefinition[]; webhooks?: WebhookDefinition[] } = {},
): Promise<LiveResources> {
  const out: LiveResources = {
    knowledgeBases: await readers.knowledgeBases.listKnowledgeBases(),
    webhooks: await readers.webhooks.listWebhooks(),
    kbNames: new Map(),
    agentWebhooks: new Map(),
    agentWebhookNotes: new Map(),
    documents: [],
    errors: [],
  };
  const byName = new Map<string, ObservedKnowledgeBase[]>();
  for (const kb of out.knowledgeBases) byName.set(kb.name, [...(byName.get(kb.name) ?? []), kb]);
  const kbSlugs = new Set<string>();
  for (const kb of out.knowledgeBases) {
    const twins = byName.get(kb.name)!;
    if (twins.length > 1) {
      out.errors.push(`cannot import knowledge base "${kb.name}" (${kb.id}): ${twins.length} knowledge bases share that name (${twins.map((k) => k.id).join(", ")}); rename all but one in the dashboard, then import`);
      continue;
    }
    if (!KB_NAME.test(kb.name) || kb.name.length > 40) {
      out.errors.push(`cannot import knowledge base ${kb.id}: its name ${JSON.stringify(kb.name)} is not a valid metadata.name (1–40 characters, no leading or trailing whitespace)`);
      continue;
    }
    out.kbNames.set(kb.id, kb.name);
    let slug = slugOf(kb.name, `kb-${kb.id.slice(-6)}`);
    for (let n = 2; kbSlugs.has(slug); n++) slug = `${slugOf(kb.name, `kb-${kb.id.slice(-6)}`)}-${n}`;
    kbSlugs.add(slug);
    out.documents.push(await knowledgeBaseDocument(readers.knowledgeBases, kb, slug));
  }

  const hookNames = new Set<string>();
  const hookNameById = new Map<string, string>();
  for (const hook of out.webhooks) {
    const name = webhookName(hook, existing.webhooks ?? [], hookNames);
    hookNames.add(name);
    hookNameById.set(hook.id, name);
    out.documents.push(webhookDocument(hook, name, existing.webhooks ?? []));
  }

  const subsByAgent = new Map<string, ObservedWebhookSubscription[]>();
  for (const hook of out.webhooks)
    for (const s of hook.subscriptions) if (s.agentId) subsByAgent.set(s.agentId, [...(subsByAgent.get(s.agentId) ?? []), { ...s, webhookId: s.webhookId || hook.id }]);
  for (const [agentId, subs] of subsByAgent) {
    const hooks = [...new Set(subs.map((s) => s.webhookId))];
    if (hooks.length > 1) {
      out.agentWebhookNotes.set(agentId, `the agent is subscribed on ${hooks.length} webhooks (${hooks.map((h) => hookNameById.get(h) ?? h).join(", ")}); a definition names one, so its subscriptions stay unmanaged`);
      continue;
    }
    const events = [...new Set(subs.map((s) => s.eventType))].sort();
    out.agentWebhooks.set(agentId, { name: hookNameById.get(hooks[0]!)!, events });
  }
  return out;
}

async function knowledgeBaseDocument(api: ResourceReaders["knowledgeBases"], kb: ObservedKnowledgeBase, slug: string): Promise<ResourceDocument> {
  const items = await api.listKbItems(kb.id);
  const urls = await api.listScrapedUrls(kb.id);
  const leftAlone: ResourceDocument["leftAlone"] = [];
  const byStem = new Map<string, { stem: string; digest: string; fileName: string; size?: number }>();
  for (const item of items) {
    const shape = item.itemType === "file" ? digestName(item.fileName) : undefined;
    if (!shape) {
      const what = item.itemType === "file" ? `file ${item.fileName ?? item.id}` : `${item.itemType} item ${item.title ?? item.id}`;
      const reason =
        item.itemType === "file"
          ? "not uploaded by atoms-gitops (its name carries no content digest); to manage it, add the PDF to files and delete this item in the dashboard after the next apply"
          : "text items cannot be created or changed through the API";
      leftAlone.push({ what, reason });
      continue;
    }
    // Later items win: two digests of one stem mean a replace was interrupted, and the newer upload is the intent.
    const previous = byStem.get(shape.stem);
    if (previous) leftAlone.push({ what: `file ${previous.fileName}`, reason: `an older copy of ${shape.stem}.pdf; the next apply deletes it` });
    byStem.set(shape.stem, { ...shape, fileName: item.fileName!, ...(item.size === undefined ? {} : { size: item.size }) });
  }
  const files = [...byStem.values()].sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
  const metadata: JsonObject = { name: kb.name };
  const description = stripMarker(kb.description);
  if (description) metadata.description = description;
  const spec: JsonObject = {};
  if (files.length > 0) spec.files = files.map((f) => `${slug}/${f.stem}.pdf`);
  const liveUrls = [...new Set(urls.map((u) => u.url))];
  if (liveUrls.length > 0) spec.urls = liveUrls;
  return {
    kind: "KnowledgeBase",
    name: kb.name,
    id: kb.id,
    slug,
    body: { apiVersion: "atoms-gitops/v1", kind: "KnowledgeBase", metadata, spec },
    filesToProvide: files.map((f) => ({ path: `${slug}/${f.stem}.pdf`, storedAs: f.fileName, digest: f.digest, ...(f.size === undefined ? {} : { size: f.size }) })),
    leftAlone,
    headerPlaceholders: [],
    headersUnknown: false,
  };
}

function webhookDocument(hook: ObservedWebhook, name: string, known: WebhookDefinition[]): ResourceDocument {
  const spec: JsonObject = { endpoint: hook.endpoint, description: stripMarker(hook.description) };
  const existing = known.find((w) => w.endpoint === hook.endpoint);
  const headerNames = existing?.headers ? Object.keys(existing.headers).sort() : [];
  if (headerNames.length > 0) spec.headers = Object.fromEntries(headerNames.map((h) => [h, `\${env.${envNameFor(h)}}`]));
  const leftAlone: ResourceDocument["leftAlone"] = [];
  if (hook.status === "disabled") leftAlone.push({ what: "status disabled", reason: "no API call sets a webhook's status; only the dashboard can enable it" });
  return {
    kind: "Webhook",
    name,
    id: hook.id,
    slug: slugOf(name, `webhook-${hook.id.slice(-6)}`),
    body: { apiVersion: "atoms-gitops/v1", kind: "Webhook", metadata: { name }, spec },
    filesToProvide: [],
    leftAlone,
    headerPlaceholders: headerNames.map((h) => `${h}: \${env.${envNameFor(h)}}`),
    headersUnknown: headerNames.length === 0,
  };
}

/** The loader interpolates `${...}`: live text is literal, so each `${` becomes `$${`, except the placeholders written on purpose. */
export function renderResource(doc: ResourceDocument, schemaRef: string): string {
  const escape = (v: unknown, keep: boolean): unknown => {
    if (typeof v === "string") return keep ? v : v.split("${").join("$${");
    if (Array.isArray(v)) return v.map((x) => escape(x, keep));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escape(x, keep || k === "headers")]));
    return v;
  };
  return `# yaml-language-server: $schema=${schemaRef}\n${stringify(escape(doc.body, false), { lineWidth: 0 })}`;
}
