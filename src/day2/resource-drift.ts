// Dashboard changes to knowledge bases, webhooks and subscriptions (docs/atoms-api.md §11), read off the plan so that
// drift and apply never disagree about what differs. None of these is versioned: no version label says who changed
// what, so drift states the difference and, for webhooks, a likely cause.
import type { JsonValue } from "../model/json.js";
import type { ResourceChange as PlanChange, ResourcePlan } from "../model/plan.js";
import { parseUploadName, readMarker } from "../plan/index.js";
import type { WorkspaceResources } from "../workspace/resource-reads.js";

export interface ResourceChange {
  /** JSON Pointer into the definition: `/metadata/description`, `/spec/files/handbook.pdf`, `/spec/urls`, `/metadata/webhook`. */
  path: string;
  /** Absent when live has nothing there. */
  live?: JsonValue;
  /** Absent when git has nothing there. */
  git?: JsonValue;
}

export interface ResourceDrift {
  kind: "knowledgeBase" | "webhook" | "subscriptions";
  /** The definition's name (for subscriptions, the agent's). */
  name: string;
  id: string | null;
  file?: string;
  /** `missing`: defined in git, absent live; `unmarked`: present but not (yet) marked as managed by this tool. */
  state: "changed" | "missing" | "unmarked";
  changes: ResourceChange[];
  /** Live content git does not manage (dashboard uploads without a digest name, text items): said, not drift. */
  leftAlone: string[];
  hint?: string;
}

const digestOf = (fileName: string | undefined): string | undefined => (fileName ? parseUploadName(fileName)?.digest : undefined);
const fileKey = (name: string | undefined): string => {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const parsed = parseUploadName(base);
  return parsed ? `${parsed.stem}.pdf` : base;
};
const sha = (digest: string | undefined) => (digest ? `sha256 ${digest}…` : undefined);

function fileChange(c: PlanChange): ResourceChange {
  const path = `/spec/files/${fileKey(c.op === "remove-file" ? c.target : c.target)}`;
  const live = c.op === "replace-file" ? sha(digestOf(c.before)) : c.op === "remove-file" ? sha(digestOf(c.target)) : undefined;
  const git = c.op === "remove-file" ? undefined : sha(digestOf(c.uploadName));
  return { path, ...(live ? { live } : {}), ...(git ? { git } : {}) };
}

/** One live webhook's name in drift output: the definition it stands for, else its endpoint. */
function hookNamer(resources: WorkspaceResources): (id: string) => string {
  const byId = new Map<string, string>();
  for (const [name, hook] of resources.identity.webhooks) if (hook) byId.set(hook.id, name);
  return (id) => byId.get(id) ?? resources.observed.webhooks.find((w) => w.id === id)?.endpoint ?? id;
}

function liveSubscriptions(resources: WorkspaceResources, agentId: string | null): string {
  if (!agentId) return "none";
  const name = hookNamer(resources);
  const byHook = new Map<string, Set<string>>();
  for (const w of resources.observed.webhooks)
    for (const s of w.subscriptions) if (s.agentId === agentId) byHook.set(w.id, (byHook.get(w.id) ?? new Set()).add(s.eventType));
  if (byHook.size === 0) return "none";
  return [...byHook].map(([id, events]) => `${name(id)} [${[...events].sort().join(", ")}]`).sort().join("; ");
}

function urlChange(plan: ResourcePlan, resources: WorkspaceResources): ResourceChange {
  const rows = plan.id ? (resources.observed.urls.get(plan.id) ?? []) : [];
  const def = resources.knowledgeBases.find((k) => k.name === plan.name);
  return {
    path: "/spec/urls",
    live: [...new Set(rows.map((r) => (r.status === "failed" ? `${r.url} (failed)` : r.url)))].sort(),
    git: [...new Set(def?.urls ?? [])].sort(),
  };
}

/**
 * A webhook git defines but the platform lacks is often one whose endpoint someone changed in the dashboard: a
 * webhook this tool manages, with git's description, that no definition claims.
 */
function movedWebhook(plan: ResourcePlan, resources: WorkspaceResources): { id: string; endpoint: string } | undefined {
  const def = resources.webhooks.find((w) => w.name === plan.name);
  if (!def) return undefined;
  const claimed = new Set([...resources.identity.webhooks.values()].flatMap((h) => (h ? [h.id] : [])));
  const candidates = resources.observed.webhooks.filter((w) => {
    const marker = readMarker(w.description);
    return marker.managed && marker.text === def.description && !claimed.has(w.id);
  });
  return candidates.length === 1 ? { id: candidates[0]!.id, endpoint: candidates[0]!.endpoint } : undefined;
}

/** The plan's resource entries that differ from git, as drift reports them. */
export function resourceDrift(resources: WorkspaceResources | undefined): { drifted: ResourceDrift[]; inSync: number } {
  if (!resources) return { drifted: [], inSync: 0 };
  const drifted: ResourceDrift[] = [];
  let inSync = 0;
  for (const plan of resources.plans) {
    if (plan.action === "unmanaged" || plan.action === "delete") continue;
    if (plan.action === "noop") {
      inSync += 1;
      continue;
    }
    const base = { kind: plan.kind, name: plan.name, id: plan.id, ...(plan.file ? { file: plan.file } : {}), leftAlone: plan.leftAlone ?? [] };
    if (plan.kind === "subscriptions") {
      const change = plan.changes[0];
      const git = change?.op === "set-subscriptions" ? `${change.target} [${(change.events ?? []).join(", ")}]` : "none";
      drifted.push({ ...base, state: "changed", changes: [{ path: "/metadata/webhook", live: liveSubscriptions(resources, plan.id), git }] });
      continue;
    }
    if (plan.action === "create") {
      const moved = plan.kind === "webhook" ? movedWebhook(plan, resources) : undefined;
      const def = resources.webhooks.find((w) => w.name === plan.name);
      if (moved && def) {
        drifted.push({
          ...base,
          id: moved.id,
          state: "changed",
          changes: [{ path: "/spec/endpoint", live: moved.endpoint, git: def.endpoint }],
          hint: "its endpoint was probably changed outside git; apply would register git's endpoint as a new webhook",
        });
      } else drifted.push({ ...base, state: "missing", changes: [] });
      continue;
    }
    const changes: ResourceChange[] = [];
    let urls = false;
    for (const c of plan.changes) {
      switch (c.op) {
        case "set-description":
          changes.push({ path: plan.kind === "knowledgeBase" ? "/metadata/description" : "/spec/description", ...(c.before !== undefined ? { live: c.before } : {}), ...(c.after !== undefined ? { git: c.after } : {}) });
          break;
        case "add-file":
        case "replace-file":
        case "remove-file":
          changes.push(fileChange(c));
          break;
        case "add-url":
        case "remove-url":
          if (!urls) changes.push(urlChange(plan, resources));
          urls = true;
          break;
        case "send-headers":
          // Write-only on the platform: only the digest this tool left in the description can differ, never a value.
          changes.push({ path: "/spec/headers", live: "a different set (or none written by atoms-gitops)", git: `${c.headerCount ?? 0} header(s), values hidden` });
          break;
        default:
          break;
      }
    }
    drifted.push({ ...base, state: plan.action === "adopt" ? "unmarked" : "changed", changes });
  }
  return { drifted, inSync };
}
