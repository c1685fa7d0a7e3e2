import type { Artifact, CommitPullRequest, CommitStatus, GitHubApi, IssueComment } from "../../../src/action/github-api.js";

/** An in-memory GitHub that records every call: comments per issue, statuses per commit, labels. */
export class FakeGitHub implements GitHubApi {
  comments = new Map<number, IssueComment[]>();
  statuses: Array<{ sha: string } & CommitStatus> = [];
  labels = new Map<number, Set<string>>();
  pages: number[] = [];
  updated: number[] = [];
  /** What `GET /commits/{sha}/pulls` answers, per commit (merged state included). */
  commitPulls: Record<string, CommitPullRequest[]> = {};
  artifacts: Array<Artifact & { zip: Buffer }> = [];
  downloads: number[] = [];
  private nextId = 1000;

  constructor(
    readonly login: string | undefined = undefined,
    readonly prsByCommit: Record<string, number[]> = {},
  ) {}

  seed(issue: number, author: string, body: string): IssueComment {
    const c = { id: this.nextId++, body, user: { login: author }, html_url: `https://github.test/c/${this.nextId}` };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), c]);
    return c;
  }

  async listComments(issue: number, page: number, perPage: number): Promise<IssueComment[]> {
    this.pages.push(page);
    return (this.comments.get(issue) ?? []).slice((page - 1) * perPage, page * perPage);
  }
  async createComment(issue: number, body: string): Promise<IssueComment> {
    return this.seed(issue, this.login ?? "github-actions[bot]", body);
  }
  async updateComment(id: number, body: string): Promise<IssueComment> {
    for (const list of this.comments.values()) {
      const c = list.find((x) => x.id === id);
      if (c) {
        c.body = body;
        this.updated.push(id);
        return c;
      }
    }
    throw new Error(`no comment ${id}`);
  }
  async viewerLogin(): Promise<string | undefined> {
    return this.login;
  }
  async createCommitStatus(sha: string, status: CommitStatus): Promise<void> {
    this.statuses.push({ sha, ...status });
  }
  async addLabels(issue: number, labels: string[]): Promise<void> {
    const set = this.labels.get(issue) ?? new Set<string>();
    for (const l of labels) set.add(l);
    this.labels.set(issue, set);
  }
  async removeLabel(issue: number, label: string): Promise<void> {
    this.labels.get(issue)?.delete(label);
  }
  async pullRequestsOfCommit(sha: string): Promise<number[]> {
    return this.prsByCommit[sha] ?? [];
  }
  async commitPullRequests(sha: string): Promise<CommitPullRequest[]> {
    return this.commitPulls[sha] ?? [];
  }
  async listArtifacts(name: string): Promise<Artifact[]> {
    return this.artifacts.filter((a) => a.name === name).map(({ zip: _zip, ...a }) => a);
  }
  async downloadArtifact(id: number): Promise<Buffer> {
    this.downloads.push(id);
    const a = this.artifacts.find((x) => x.id === id);
    if (!a) throw new Error(`no artifact ${id}`);
    return a.zip;
  }
}
