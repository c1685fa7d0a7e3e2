import type { CommitPullRequest, GitHubApi } from "./github-api.js";

/**
 * The pull request a commit on the default branch came from. `GET /commits/{sha}/pulls` also lists open pull
 * requests that merely contain the commit (a branch made from main), so only a merged one counts, and of several
 * (a commit merged twice, through a merge queue) the one whose merge produced this very commit.
 */
export async function mergedPullRequestOf(api: GitHubApi, sha: string): Promise<number | undefined> {
  return (await mergedPullRequestFor(api, sha))?.number;
}

export async function mergedPullRequestFor(api: GitHubApi, sha: string): Promise<CommitPullRequest | undefined> {
  const merged = (await api.commitPullRequests(sha)).filter((p) => typeof p.merged_at === "string" && p.merged_at !== "");
  const exact = merged.find((p) => p.merge_commit_sha === sha);
  if (exact) return exact;
  // Squash, rebase and merge commits are all the pull request's merge_commit_sha; without a match (a merge queue
  // that rewrote the commit), the newest merge is the one that brought it.
  const newest = merged.sort((a, b) => String(b.merged_at).localeCompare(String(a.merged_at)))[0];
  return newest;
}
