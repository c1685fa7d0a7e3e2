/** What the Action needs from the workflow event (`$GITHUB_EVENT_PATH`). */
export interface PullRequestContext {
  number: number;
  /**
   * The pull request's head commit. `GITHUB_SHA` on pull_request events is the synthetic merge commit
   * (`refs/pull/N/merge`), which no reviewer has seen and which changes whenever the base branch moves.
   */
  headSha: string;
  /** The head lives in another repository: GitHub gives the run no secrets and a read-only token. */
  fromFork: boolean;
}

interface EventPayload {
  action?: string;
  pull_request?: {
    merged?: boolean;
    number?: number;
    head?: { sha?: string; repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
  repository?: { full_name?: string };
}

export function pullRequestOf(event: unknown): PullRequestContext | undefined {
  const pr = (event as EventPayload | null)?.pull_request;
  if (!pr || typeof pr.number !== "number" || typeof pr.head?.sha !== "string") return undefined;
  const base = pr.base?.repo?.full_name ?? (event as EventPayload).repository?.full_name;
  // A deleted fork leaves head.repo null: still not this repository, still no secrets.
  const head = pr.head.repo?.full_name;
  return { number: pr.number, headSha: pr.head.sha, fromFork: head === undefined || head !== base };
}

/**
 * Where the pull request stands for this run: a `closed` event ends its preview unless it was merged, whose
 * preview the deploy promotes (GitHub sends `closed` with `merged: true` for a merge).
 */
export type PullRequestState = "open" | "closed" | "merged";

export function pullRequestStateOf(event: unknown): PullRequestState {
  const e = event as EventPayload | null;
  if (e?.action !== "closed") return "open";
  return e.pull_request?.merged === true ? "merged" : "closed";
}
