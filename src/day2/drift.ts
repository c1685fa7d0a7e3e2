import { count, verb } from "../plan/plural.js";
import type { FieldChange, Plan, PlanValue } from "../model/plan.js";
import type { VersionInfo } from "../model/observed.js";
import type { VersioningAdapter } from "../model/versioning.js";
import { isSensitiveValue } from "../plan/index.js";
import { isToolLabel, ownershipOf } from "../workspace/ownership.js";
import { planWorkspace, type PlanReader, type PlanWorkspaceOptions } from "../workspace/plan-workspace.js";
import { type ResourceChange, type ResourceDrift, resourceDrift } from "./resource-drift.js";

export type { ResourceDrift } from "./resource-drift.js";

/** 1.1: knowledge bases, webhooks and subscriptions (`resources`, `resourcesInSync`). */
export const DRIFT_FORMAT_VERSION = "1.1";

/** Who put the live config there: the active version and the last one this tool published. */
export interface Provenance {
  versionId: string | null;
  number: number | null;
  label: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
  activatedBy: string | null;
  activatedAt: string | null;
  /** The active version carries an `atoms-gitops …` label. */
  publishedByTool: boolean;
  /** The newest version the tool published (null when it never did). */
  lastToolVersion: { id: string; number: number | null; label: string | null; publishedAt: string | null } | null;
}

export interface DriftedAgent {
  name: string;
  id: string | null;
  file?: string;
  /** `changed`: live differs from git; `missing`: defined in git, absent remotely. */
  kind: "changed" | "missing";
  /** JSON Pointers into the definition; `before` = live, `after` = git (sensitive values masked). */
  changes: FieldChange[];
  provenance?: Provenance;
}

export interface DriftReport {
  formatVersion: string;
  checkedAt: string;
  target: Plan["target"];
  drifted: DriftedAgent[];
  inSync: number;
  /** Remote agents with no definition (not drift: git says nothing about them). */
  unmanaged: Array<{ name: string; id: string }>;
  /**
   * Knowledge bases, webhooks and agents' subscriptions that differ from git (changed in the dashboard, or gone):
   * immediate, so no version says who. Empty when the definitions involve none, or drift is limited to some agents.
   */
  resources: ResourceDrift[];
  resourcesInSync: number;
}

export interface DriftOptions extends Omit<PlanWorkspaceOptions, "prune" | "client"> {
  client: PlanReader & { versioning(): Pick<VersioningAdapter, "listVersions"> };
}

/** A plan, framed for a scheduled job: what differs, and how the live config got there. Reads only. */
export async function detectDrift(options: DriftOptions): Promise<DriftReport> {
  const { plan, resources: planned } = await planWorkspace({ ...options, prune: false });
  const versioning = options.client.versioning();
  const drifted = await Promise.all(
    plan.agents
      .filter((a) => a.action === "update" || a.action === "create")
      .map(async (a): Promise<DriftedAgent> => {
        const agent: DriftedAgent = { name: a.name, id: a.id, kind: a.action === "create" ? "missing" : "changed", changes: a.changes };
        if (a.file) agent.file = a.file;
        if (a.id) agent.provenance = provenanceOf(await versioning.listVersions(a.id), a.baseVersionId);
        return agent;
      }),
  );
  const resources = resourceDrift(planned);
  return {
    formatVersion: DRIFT_FORMAT_VERSION,
    checkedAt: plan.createdAt,
    target: plan.target,
    drifted,
    inSync: plan.summary.noop,
    unmanaged: plan.agents.filter((a) => a.action === "unmanaged").map((a) => ({ name: a.name, id: a.id ?? "" })),
    resources: resources.drifted,
    resourcesInSync: resources.inSync,
  };
}

export function provenanceOf(versions: readonly VersionInfo[], activeVersionId: string | null): Provenance {
  const active = versions.find((v) => v.id === activeVersionId) ?? versions.find((v) => v.isActive) ?? null;
  const last = ownershipOf(versions).lastToolVersion;
  return {
    versionId: active?.id ?? activeVersionId,
    number: active?.number ?? null,
    label: active?.label ?? null,
    publishedBy: active?.publishedBy ?? null,
    publishedAt: active?.publishedAt ?? null,
    activatedBy: active?.activatedBy ?? null,
    activatedAt: active?.activatedAt ?? null,
    publishedByTool: isToolLabel(active?.label),
    lastToolVersion: last ? { id: last.id, number: last.number, label: last.label, publishedAt: last.publishedAt } : null,
  };
}

export function driftDetected(report: DriftReport): boolean {
  return report.drifted.length > 0 || report.resources.length > 0;
}

const KIND_WORD: Record<ResourceDrift["kind"], string> = { knowledgeBase: "knowledge base", webhook: "webhook", subscriptions: "webhook subscriptions of" };

function resourceBrief(value: ResourceChange["live"]): string {
  if (value === undefined) return "(none)";
  const json = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value);
  return json.length > 100 ? `${json.slice(0, 99)}…` : json;
}

/** Text lines for KBs, webhooks and subscriptions; empty when all match. */
function resourceLines(report: DriftReport): string[] {
  const out: string[] = [];
  for (const r of report.resources) {
    const what = `${KIND_WORD[r.kind]} ${r.name}`;
    if (r.state === "missing") out.push(`! ${what}${r.file ? ` (${r.file})` : ""}: defined in git but not in this workspace`);
    else {
      const how = r.state === "unmarked" ? "exists but is not marked as managed by atoms-gitops (apply adopts it)" : "changed outside git (immediate, not versioned)";
      out.push(`~ ${what}${r.id ? ` (${r.id})` : ""}${r.file ? ` ${r.file}` : ""}: ${how}`);
      for (const c of r.changes) out.push(`    ${c.path}: live ${resourceBrief(c.live)}, git ${resourceBrief(c.git)}`);
      if (r.hint) out.push(`    ${r.hint}`);
      if (r.leftAlone.length > 0) out.push(`    left alone (not managed): ${r.leftAlone.join(", ")}`);
    }
    out.push("");
  }
  return out;
}

/** One sentence: `version 7 "Dashboard edit" published by Jane at …, activated by … at …; not published by atoms-gitops`. */
export function describeProvenance(p: Provenance): string {
  const parts = [`version ${p.number ?? p.versionId ?? "?"}${p.label ? ` "${p.label}"` : ""}`];
  if (p.publishedBy || p.publishedAt) parts.push(`published${p.publishedBy ? ` by ${p.publishedBy}` : ""}${p.publishedAt ? ` at ${p.publishedAt}` : ""}`);
  const activated = p.activatedBy || p.activatedAt ? `, activated${p.activatedBy ? ` by ${p.activatedBy}` : ""}${p.activatedAt ? ` at ${p.activatedAt}` : ""}` : "";
  const tool = p.publishedByTool
    ? "published by atoms-gitops"
    : `not published by atoms-gitops${p.lastToolVersion ? ` (its last version: ${p.lastToolVersion.number ?? p.lastToolVersion.id} "${p.lastToolVersion.label}")` : ""}`;
  return `${parts.join(" ")}${activated}; ${tool}`;
}

function brief(value: PlanValue | undefined): string {
  if (value === undefined) return "(not set)";
  if (isSensitiveValue(value)) return "(sensitive)";
  if (typeof value === "string" && (value.includes("\n") || value.length > 60)) {
    return `(text, ${value.split("\n").length} line${value.split("\n").length === 1 ? "" : "s"})`;
  }
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

export function renderDriftText(report: DriftReport): string {
  const out: string[] = [];
  const where = `${report.target.environment ? `${report.target.environment} ` : ""}(${report.target.baseUrl})`;
  if (report.drifted.length === 0) {
    out.push(`No drift in ${where}: ${count(report.inSync, "agent")} ${verb(report.inSync, "matches", "match")} git.`);
  } else {
    const n = report.drifted.length;
    out.push(`Drift in ${where}: ${count(n, "agent")} ${verb(n, "differs", "differ")} from git, ${report.inSync} ${verb(report.inSync, "matches", "match")}.`, "");
    for (const a of report.drifted) {
      if (a.kind === "missing") {
        out.push(`! ${a.name}${a.file ? ` (${a.file})` : ""}: defined in git but not in this workspace`, "");
        continue;
      }
      out.push(`~ ${a.name} (${a.id})${a.file ? ` ${a.file}` : ""}`);
      if (a.provenance) out.push(`    live: ${describeProvenance(a.provenance)}`);
      for (const c of a.changes) out.push(`    ${c.path}: live ${brief(c.before)}, git ${brief(c.after)}`);
      out.push("");
    }
    out.push("Bring the agents back to git with `atoms-gitops apply`, or adopt the live change with `atoms-gitops import --agent NAME --force`.");
  }
  const extra = resourceLines(report);
  if (extra.length > 0) {
    const n = report.resources.length;
    out.push("", `Knowledge bases and webhooks: ${n} change${n === 1 ? "" : "s"} made outside git, ${report.resourcesInSync} in sync.`, "", ...extra);
    out.push("`atoms-gitops apply` puts them back; `atoms-gitops import --all --force` adopts them.");
  }
  if (report.unmanaged.length > 0) out.push(`${report.unmanaged.length} unmanaged agent${report.unmanaged.length === 1 ? "" : "s"} (no definition): ${report.unmanaged.map((u) => u.name).join(", ")}`);
  return `${out.join("\n")}\n`;
}

export function renderDriftMarkdown(report: DriftReport): string {
  const out: string[] = ["<!-- atoms-gitops:drift -->"];
  const env = report.target.environment ? ` \`${report.target.environment}\`` : "";
  if (report.drifted.length === 0) {
    out.push(`### ✅ No drift${env}`, "", `${count(report.inSync, "agent")} ${verb(report.inSync, "matches", "match")} git.`);
  } else {
    out.push(`### ⚠️ Drift${env}: ${count(report.drifted.length, "agent")} ${verb(report.drifted.length, "differs", "differ")} from git`, "", "| Agent | Fields | Live version | By atoms-gitops |", "|---|---|---|---|");
    for (const a of report.drifted) {
      const p = a.provenance;
      const version = p ? `${p.number ?? p.versionId ?? "?"}${p.label ? ` “${md(p.label)}”` : ""}${p.publishedBy ? ` by ${md(p.publishedBy)}` : ""}${p.publishedAt ? ` at ${p.publishedAt}` : ""}` : "missing remotely";
      const fields = a.kind === "missing" ? "—" : a.changes.map((c) => `\`${c.path}\``).join(", ");
      out.push(`| ${md(a.name)} | ${fields} | ${version} | ${p ? (p.publishedByTool ? "yes" : "**no**") : "—"} |`);
    }
  }
  if (report.resources.length > 0) {
    out.push("", "#### Knowledge bases and webhooks (immediate, not versioned)", "", "| Resource | State | Fields |", "|---|---|---|");
    for (const r of report.resources) out.push(`| ${KIND_WORD[r.kind]} ${md(r.name)} | ${r.state} | ${r.changes.map((c) => `\`${c.path}\``).join(", ") || "—"} |`);
  }
  if (report.unmanaged.length > 0) out.push("", `${count(report.unmanaged.length, "unmanaged agent")}: ${report.unmanaged.map((u) => md(u.name)).join(", ")}`);
  return `${out.join("\n")}\n`;
}

export function renderDriftJson(report: DriftReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function md(s: string): string {
  return s.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);
}
