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
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

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
export class StalePlanError extends AtomsGitopsError {
  readonly agents: string[];
  constructor(agents: string[], detail?: string) {
    super(
      // Neutral about the cause: the detail says whether the agent moved or the plan file itself no longer holds.
      `Saved plan is stale: it no longer holds for ${agents.join(", ")}${detail ? ` (${detail})` : ""}. Nothing was written. Run \`atoms-gitops plan\` again.`,
      ExitCode.stalePlan,
    );
    this.agents = agents;
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
