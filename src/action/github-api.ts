/**
 * The few GitHub REST calls the Action makes, behind an interface so its logic is tested with a fake and no network.
 * A hand-written fetch client rather than Octokit: the Action runs from a committed bundle with no install step.
 */

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
  fetch?: typeof fetch;
}

export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const doFetch = options.fetch ?? fetch;
  const base = options.apiUrl.replace(/\/+$/, "");
  const repo = `/repos/${options.repository}`;
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await doFetch(`${base}${path}`, {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${options.token}`,
        "x-github-api-version": "2022-11-28",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    // The status and GitHub's own message only: a response body could echo the request, token header aside.
    if (!res.ok) throw new GitHubApiError(res.status, `${method} ${path}: ${res.status} ${messageOf(text)}`);
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
