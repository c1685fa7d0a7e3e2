import type { JsonObject } from "./json.js";

/** One item of `GET /agent` (no config). */
export interface AgentSummary {
  id: string;
  name: string;
  archived: boolean;
  activeVersionId: string | null;
  createdAt?: string;
  updatedAt?: string;
}

/** `GET /agent/{id}` as the tool sees it: metadata plus the flat `_resolvedConfig` (tolerantly read). */
export interface ObservedAgent {
  id: string;
  name: string;
  description?: string;
  archived: boolean;
  activeVersionId: string | null;
  allowInboundCall?: boolean;
  visibleToEveryone?: boolean;
  avatarUrl?: string;
  /** E.164 numbers linked to the agent. */
  phoneNumbers: string[];
  /** The flat `_resolvedConfig` (resolved key names: `prompt`, `modelName`, `defaultLanguage`, ...). */
  resolved: JsonObject;
  createdAt?: string;
  updatedAt?: string;
}

export interface PhoneNumberProduct {
  id: string;
  phoneNumber: string;
  provider?: string;
  isActive: boolean;
  agentId: string | null;
}

export type SecurityCheckStatus = "queued" | "passed" | "failed" | (string & {});

/** A published version (v1) or a revision (v2), normalized. */
export interface VersionInfo {
  id: string;
  /** v1 versionNumber or v2 revisionNumber. */
  number: number | null;
  label: string | null;
  description: string | null;
  isActive: boolean;
  isPinned: boolean;
  status: string;
  securityCheck: { status: SecurityCheckStatus; reason: string | null } | null;
  publishedAt: string | null;
  publishedBy: string | null;
  activatedAt: string | null;
  activatedBy: string | null;
  /** v2 only: the branch this revision belongs to. */
  branchId?: string;
}
