/**
 * The few GitHub REST calls the Action makes, behind an interface so its logic is tested with a fake and no network.
 * A hand-written fetch client rather than Octokit: the Action runs from a committed bundle with no install step.
 */
import { httpFetch, type FetchFn, type FetchReply } from "./http-fetch.js";

export interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login: string; type?: string } | null;
  html_url?: string;
}

export interface GitHubApi {
  /** One page (1-based) of an issue's or pull request's comments, oldest first. */
  listComments(issue: number, page: number, perPage: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
  /** Login of the token's user, or undefined for tokens that cannot read it (GITHUB_TOKEN, app installation tokens). */
  viewerLogin(): Promise<string | undefined>;
  createCommitStatus(sha: string, status: CommitStatus): Promise<void>;
  addLabels(issue: number, labels: string[]): Promise<void>;
  removeLabel(issue: number, label: string): Promise<void>;
  /** Numbers of the pull requests whose head or merge is this commit. */
  pullRequestsOfCommit(sha: string): Promise<number[]>;
  /** The same list with what tells a merged pull request from one that only contains the commit. */
  commitPullRequests(sha: string): Promise<CommitPullRequest[]>;
  /** The repository's workflow artifacts of this name, newest first (needs actions read). */
  listArtifacts(name: string): Promise<Artifact[]>;
  /** An artifact's zip archive. */
  downloadArtifact(id: number): Promise<Buffer>;
}

/** A pull request as `GET /commits/{sha}/pulls` lists it: enough to tell a merged one from one that contains the commit. */
export interface CommitPullRequest {
  number: number;
  state?: string;
  merged_at?: string | null;
  merge_commit_sha?: string | null;
  head?: { sha?: string } | null;
}

export interface Artifact {
  id: number;
  name: string;
  expired?: boolean;
  created_at?: string | null;
  workflow_run?: { id?: number; head_sha?: string; head_branch?: string; repository_id?: number; head_repository_id?: number } | null;
}

export interface CommitStatus {
  state: "pending" | "success" | "failure" | "error";
  context: string;
  description: string;
  target_url?: string;
}

export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface GitHubApiOptions {
  token: string;
  /** `GITHUB_API_URL`: differs on GitHub Enterprise Server. */
  apiUrl: string;
  /** `owner/name` */
  repository: string;
  /** Default `httpFetch` (node:http/https); Node's global fetch fits too. */
  fetch?: FetchFn;
}

export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const doFetch = options.fetch ?? httpFetch;
  const base = options.apiUrl.replace(/\/+$/, "");
  const repo = `/repos/${options.repository}`;
  async function request(method: string, path: string, body?: unknown, redirect: "follow" | "manual" = "follow"): Promise<FetchReply> {
    const res = await doFetch(`${base}${path}`, {
      method,
      redirect,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${options.token}`,
        "x-github-api-version": "2022-11-28",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // The status and GitHub's own message only: a response body could echo the request, token header aside.
    if (!res.ok && !(redirect === "manual" && res.status >= 300 && res.status < 400)) throw new GitHubApiError(res.status, `${method} ${path}: ${res.status} ${messageOf(await res.text())}`);
    return res;
  }
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await request(method, path, body);
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  return {
    listComments: (issue, page, perPage) => call("GET", `${repo}/issues/${issue}/comments?per_page=${perPage}&page=${page}`),
    createComment: (issue, body) => call("POST", `${repo}/issues/${issue}/comments`, { body }),
    updateComment: (id, body) => call("PATCH", `${repo}/issues/comments/${id}`, { body }),
    viewerLogin: async () => {
      try {
        return (await call<{ login: string }>("GET", "/user")).login;
      } catch (err) {
        if (err instanceof GitHubApiError && (err.status === 403 || err.status === 401)) return undefined;
        throw err;
      }
    },
    createCommitStatus: async (sha, status) => {
      await call("POST", `${repo}/statuses/${sha}`, status);
    },
    addLabels: async (issue, labels) => {
      await call("POST", `${repo}/issues/${issue}/labels`, { labels });
    },
    removeLabel: async (issue, label) => {
      try {
        await call("DELETE", `${repo}/issues/${issue}/labels/${encodeURIComponent(label)}`);
      } catch (err) {
        if (!(err instanceof GitHubApiError && err.status === 404)) throw err;
      }
    },
    pullRequestsOfCommit: async (sha) => (await call<Array<{ number: number }>>("GET", `${repo}/commits/${sha}/pulls`)).map((p) => p.number),
    commitPullRequests: (sha) => call("GET", `${repo}/commits/${sha}/pulls?per_page=100`),
    listArtifacts: async (name) => (await call<{ artifacts: Artifact[] }>("GET", `${repo}/actions/artifacts?per_page=100&name=${encodeURIComponent(name)}`)).artifacts,
    downloadArtifact: async (id) => {
      // GitHub answers with a redirect to a signed storage URL on another host: followed by hand, so the token is
      // never sent there.
      const first = await request("GET", `${repo}/actions/artifacts/${id}/zip`, undefined, "manual");
      const location = first.status >= 300 && first.status < 400 ? first.headers.get("location") : null;
      if (!location) return Buffer.from(await first.arrayBuffer());
      const res = await doFetch(location);
      if (!res.ok) throw new GitHubApiError(res.status, `downloading artifact ${id}: ${res.status}`);
      return Buffer.from(await res.arrayBuffer());
    },
  };
}

function messageOf(text: string): string {
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    return typeof message === "string" ? message.slice(0, 200) : "";
  } catch {
    return "";
  }
}
