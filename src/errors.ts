import type { Diagnostic } from "./model/diagnostic.js";

/** Documented exit codes. 2 keeps Terraform's meaning (changes present); other failures get their own code. */
export const ExitCode = {
  ok: 0,
  error: 1,
  changes: 2,
  auth: 3,
  stalePlan: 6,
  cancelled: 8,
  timeout: 9,
  partial: 10,
} as const;

/** Base of every error the tool raises on purpose. The CLI boundary prints `message` (no stack) and exits with `exitCode`. */
export class AtomsGitopsError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = ExitCode.error) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad user input: definitions, flags, project file, plan file. Carries every problem found. */
export class UserInputError extends AtomsGitopsError {
  readonly diagnostics: Diagnostic[];
  constructor(message: string, diagnostics: Diagnostic[] = []) {
    super(message, ExitCode.error);
    this.diagnostics = diagnostics;
  }
}

export interface ApiErrorDetails {
  status: number;
  method: string;
  /** Path relative to the base URL, query included (never carries credentials). */
  path: string;
  requestId?: string;
  /** The API's `errors[]`, or a snippet of a non-JSON body. */
  errors: string[];
  errorType?: string;
  /** Extra data of some error bodies (e.g. v2 conflict details). */
  data?: unknown;
  /** First 500 characters of a body that was not the JSON envelope. */
  bodySnippet?: string;
}

/** The one HTTP error class. Created only in `remote/`. Never contains the API key. */
export class AtomsApiError extends AtomsGitopsError {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly requestId?: string;
  readonly errors: string[];
  readonly errorType?: string;
  readonly data?: unknown;
  readonly bodySnippet?: string;

  constructor(details: ApiErrorDetails, message?: string) {
    const summary = details.errors.length > 0 ? details.errors.join("; ") : (details.bodySnippet ?? "no details");
    const rid = details.requestId ? ` (request id ${details.requestId})` : "";
    const text = message ?? `${details.method} ${details.path} failed with HTTP ${details.status || "network error"}: ${summary}${rid}`;
    super(text, details.status === 401 || details.status === 403 ? ExitCode.auth : ExitCode.error);
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.requestId = details.requestId;
    this.errors = details.errors;
    this.errorType = details.errorType;
    this.data = details.data;
    this.bodySnippet = details.bodySnippet;
  }
}

/** The agent / draft / version does not exist (or its id is malformed). */
export class NotFoundError extends AtomsApiError {}

/** A 409 state conflict (v2 `expectedRevision`, archive state, publish in progress, ...). Never retried. */
export class ConflictError extends AtomsApiError {
  /** Fields another writer changed, when the API says (v2 draft conflicts). */
  get conflictingFields(): string[] {
    const d = this.data as { conflict?: { diffs?: Array<{ path?: string }> } } | undefined;
    const fromDiffs = d?.conflict?.diffs?.map((x) => x.path).filter((p): p is string => typeof p === "string");
    return fromDiffs && fromDiffs.length > 0 ? fromDiffs : this.errors;
  }
}

/** 409 `versioning_v2_migration_required`: this workspace speaks the branch model. */
export class MigrationRequiredError extends ConflictError {}

/** A saved plan whose preconditions no longer hold. Nothing was written. */
/** Why a saved plan no longer holds: structured, so callers (the CLI, the Action, scripts) never parse a message. */
export type StaleReason =
  | { kind: "definitions-changed"; planned: string; now: string }
  | { kind: "now-exists"; agent: string }
  | { kind: "live-moved"; agent: string; detail: string }
  | { kind: "definition-returned"; agent: string }
  /** The revision/version a preview verified can no longer be promoted as it was reviewed. */
  | { kind: "preview-moved"; agent: string; detail: string }
  /** Knowledge bases, webhooks or subscriptions are no longer what the plan read (they have no version to pin). */
  | { kind: "resources-moved"; resources: string[] };

function describeStaleReason(r: StaleReason): string {
  switch (r.kind) {
    case "definitions-changed":
      return "the definitions changed since the plan was made (their digest differs)";
    case "now-exists":
      return `${r.agent} now exists remotely (someone created it since the plan)`;
    case "live-moved":
      return `${r.agent}: ${r.detail}`;
    case "definition-returned":
      return `${r.agent}, which the plan archives, has a definition again`;
    case "preview-moved":
      return `${r.agent}: ${r.detail} (stale: run preview again)`;
    case "resources-moved":
      return `knowledge bases and webhooks: ${r.resources.join(", ")} changed since the plan was made`;
  }
}

export class StalePlanError extends AtomsGitopsError {
  readonly reasons: StaleReason[];
  /** The agents named by the reasons (empty when only the definitions as a whole changed). */
  readonly agents: string[];
  constructor(reasons: StaleReason[]) {
    super(`Saved plan is stale: ${reasons.map(describeStaleReason).join("; ")}. Nothing was written. Run \`atoms-gitops plan\` again.`, ExitCode.stalePlan);
    this.reasons = reasons;
    this.agents = [...new Set(reasons.flatMap((r) => ("agent" in r ? [r.agent] : [])))].sort();
  }
}

export class CancelledError extends AtomsGitopsError {
  constructor(message = "Cancelled.") {
    super(message, ExitCode.cancelled);
  }
}

export class TimeoutError extends AtomsGitopsError {
  constructor(message: string) {
    super(message, ExitCode.timeout);
  }
}
