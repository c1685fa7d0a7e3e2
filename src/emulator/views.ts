import { clone, type JsonRecord } from "./json.js";
import type { AgentRec, OrgState, VersionDoc, VersionRec } from "./store.js";

/** The version document as served: `isActive` is derived so exactly one version per agent is ever active. */
export function versionView(agent: AgentRec, rec: VersionRec): VersionDoc & JsonRecord {
  const doc = clone(rec.doc) as VersionDoc & JsonRecord;
  doc.isActive = doc._id === agent.activeVersionId && doc.status === "published";
  return doc;
}

export function phoneNumbersOf(orgState: OrgState, agentId: string): string[] {
  return orgState.phoneNumbers.filter((p) => p.agentId === agentId).map((p) => p.attributes.phoneNumber);
}

export function agentSummary(agent: AgentRec, orgState: OrgState): JsonRecord {
  const out: JsonRecord = {
    _id: agent._id,
    name: agent.name,
    organization: agent.organization,
    workflowId: agent.workflowId,
    workflowType: agent.workflowType,
    createdBy: agent.createdBy,
    activeVersionId: agent.activeVersionId,
    versionId: agent.activeVersionId,
    phoneNumber: phoneNumbersOf(orgState, agent._id),
    archived: agent.archived,
    allowInboundCall: agent.allowInboundCall,
    visibleToEveryone: agent.visibleToEveryone,
    totalCalls: agent.totalCalls,
    createdAt: agent.createdAt,
    updatedAt: agent.updatedAt,
  };
  if (agent.description !== undefined) out.description = agent.description;
  if (agent.avatarUrl !== undefined) out.avatarUrl = agent.avatarUrl;
  if (agent.archivedAt !== undefined) out.archivedAt = agent.archivedAt;
  return out;
}

export function activeConfig(agent: AgentRec): JsonRecord {
  return agent.versions[agent.activeVersionId]!.config;
}
