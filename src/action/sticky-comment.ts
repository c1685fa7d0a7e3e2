import type { GitHubApi, IssueComment } from "./github-api.js";

/** The author of comments made with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = "github-actions[bot]";

const PAGE_SIZE = 100;

/**
 * The comment this Action owns for a marker: it starts with the marker AND was written by the identity that posts
 * now. Anyone can post a comment that starts with the marker; editing theirs would put our plan under their name,
 * or let them place a comment first that we then keep "updating". The newest match wins (a manual duplicate).
 */
export async function findStickyComment(api: GitHubApi, issue: number, marker: string, author: string): Promise<IssueComment | undefined> {
  let found: IssueComment | undefined;
  for (let page = 1; ; page++) {
    const comments = await api.listComments(issue, page, PAGE_SIZE);
    for (const c of comments) {
      if (typeof c.body === "string" && c.body.startsWith(marker) && c.user?.login === author) found = c;
    }
    if (comments.length < PAGE_SIZE) return found;
  }
}

/** Who the token posts as: the token's user when it can say, else the given default (the Actions bot). */
export async function commentAuthor(api: GitHubApi, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  return (await api.viewerLogin()) ?? ACTIONS_BOT_LOGIN;
}

export interface Posted {
  action: "created" | "updated";
  comment: IssueComment;
}

/** Re-plans replace the sticky comment: one current plan per environment, never a trail of outdated ones. */
export async function upsertStickyComment(api: GitHubApi, issue: number, body: string, author: string): Promise<Posted> {
  const marker = body.split("\n", 1)[0] ?? "";
  if (!marker.startsWith("<!--")) throw new Error("the comment body has no marker on its first line");
  const mine = await findStickyComment(api, issue, marker, author);
  if (mine) return { action: "updated", comment: await api.updateComment(mine.id, body) };
  return { action: "created", comment: await api.createComment(issue, body) };
}

/** An apply result is a record of what happened: always a new comment, so the pull request keeps the trail. */
export async function postApplyComment(api: GitHubApi, issue: number, body: string): Promise<Posted> {
  return { action: "created", comment: await api.createComment(issue, body) };
}
