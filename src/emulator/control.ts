import { DEFAULT_ORG } from "./defaults.js";
import { mergeConfig } from "./diff.js";
import { isObjectId } from "./ids.js";
import type { JsonRecord } from "./json.js";
import {
  type AgentRec,
  baseDoc,
  createAgent,
  iso,
  migrateAgentToBranches,
  nextVersionNumber,
  passedCheck,
  rotateBlocks,
  type StoreData,
  settleScans,
  syncActiveFromLive,
  type ModelName,
  type VersionRec,
} from "./store.js";
import { crossFieldErrors, toResolvedPatch, validateConfigBody } from "./validate.js";

export interface SeedAgent {
  name: string;
  description?: string;
  /** Default org_local. */
  organization?: string;
  /** Create-body config fields (draft-body shape); may include legacy values, which are not validated. */
  config?: Record<string, unknown>;
  /** Extra published versions on top of V1, each merged over the previous one. */
  versions?: Array<{ config: Record<string, unknown>; label?: string; activate?: boolean; publishedBy?: string }>;
  archived?: boolean;
  id?: string;
}

function findAgent(data: StoreData, agentId: string): AgentRec {
  for (const org of Object.values(data.orgs)) {
    const agent = org.agents[agentId];
    if (agent) return agent;
  }
  throw new Error(`No agent ${agentId} in the emulator`);
}

/** Adds a published, passed version (v1) or head revision on the live branch (v2). */
function publishDirect(
  data: StoreData,
  agent: AgentRec,
  config: JsonRecord,
  now: number,
  opts: { label?: string; by?: string; activate: boolean },
): string {
  const previous = agent.versions[agent.activeVersionId]!;
  const t = iso(now);
  const live = agent.branches.find((b) => b._id === agent.liveBranchId);
  const branched = data.model === "branches" && live !== undefined;
  const revisionNumber = branched
    ? agent.versionOrder.reduce((m, id) => Math.max(m, agent.versions[id]!.doc.branch === live._id ? (agent.versions[id]!.doc.revisionNumber ?? 0) : 0), 0) + 1
    : null;
  const doc = baseDoc(agent, now, {
    status: "published",
    versionNumber: branched ? null : nextVersionNumber(agent),
    label: opts.label ?? null,
    publishedBy: agent.createdBy,
    publishedAt: t,
    publishedByName: opts.by ?? "Dashboard User",
    blocks: rotateBlocks({ config: previous.config, blocks: previous.doc.blocks }, config, now),
    securityCheck: passedCheck(now),
    parentVersion: agent.activeVersionId,
    branch: branched ? live._id : null,
    revisionNumber,
  });
  const rec: VersionRec = { doc, config, scanDueAt: null, scanFailReason: null };
  agent.versions[doc._id] = rec;
  agent.versionOrder.push(doc._id);
  if (branched) {
    live.headRevisionId = doc._id;
    live.updatedAt = t;
    syncActiveFromLive(agent);
    doc.activatedAt = t;
  } else if (opts.activate) {
    agent.activeVersionId = doc._id;
    doc.activatedBy = agent.createdBy;
    doc.activatedAt = t;
  }
  agent.updatedAt = t;
  return doc._id;
}

export function seedAgent(data: StoreData, seed: SeedAgent, now: number): string {
  if (seed.id !== undefined && !isObjectId(seed.id)) throw new Error(`Seed agent id must be a 24-hex ObjectId: ${seed.id}`);
  const org = seed.organization ?? DEFAULT_ORG;
  if (seed.id && Object.values(data.orgs).some((o) => o.agents[seed.id!])) throw new Error(`Agent ${seed.id} already exists`);
  const agent = createAgent(
    data,
    {
      name: seed.name,
      description: seed.description,
      organization: org,
      configPatch: toResolvedPatch(seed.config ?? {}, "create"),
      id: seed.id,
    },
    now,
  );
  let config = agent.versions[agent.activeVersionId]!.config;
  for (const v of seed.versions ?? []) {
    config = mergeConfig(config, toResolvedPatch(v.config, "create"));
    publishDirect(data, agent, config, now, { label: v.label, by: v.publishedBy, activate: v.activate ?? false });
  }
  if (seed.archived) {
    agent.archived = true;
    agent.archivedAt = iso(now);
  }
  return agent._id;
}

/** A person edits the agent in the dashboard: publish (check passed) and activate at once. */
export function dashboardEdit(
  data: StoreData,
  agentId: string,
  config: Record<string, unknown>,
  now: number,
  options: { label?: string; by?: string } = {},
): string {
  const agent = findAgent(data, agentId);
  settleScans(agent, now);
  const result = validateConfigBody(config, "v2-draft");
  if (!result.ok) throw new Error(`Invalid dashboard edit: ${result.errors.join("; ")}`);
  const merged = mergeConfig(agent.versions[agent.activeVersionId]!.config, result.patch);
  const cross = crossFieldErrors(merged, agent.workflowType);
  if (cross.length > 0) throw new Error(`Invalid dashboard edit: ${cross.join("; ")}`);
  return publishDirect(data, agent, merged, now, { label: options.label ?? "Dashboard edit", by: options.by, activate: true });
}

export function setModel(data: StoreData, model: ModelName, now: number): void {
  data.model = model;
  if (model === "branches") {
    for (const org of Object.values(data.orgs)) for (const agent of Object.values(org.agents)) migrateAgentToBranches(agent, now);
  }
}
