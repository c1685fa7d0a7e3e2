import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubApi } from "../../../src/action/github-api.js";
import { runAction } from "../../../src/action/main.js";
import { pullRequestOf } from "../../../src/action/pull-request.js";
import { findStickyComment, upsertStickyComment } from "../../../src/action/sticky-comment.js";
import { FakeGitHub } from "./fake-github.js";

const MARKER = "<!-- atoms-gitops:plan env=staging -->";
const BOT = "github-actions[bot]";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "atoms-action-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { GITHUB_OUTPUT: file("output", ""), GITHUB_STEP_SUMMARY: file("summary", ""), ...extra };
}

function outputs(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(readFileSync(env["GITHUB_OUTPUT"]!, "utf8").trim().split("\n").filter(Boolean).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
}

describe("the sticky plan comment", () => {
  it("never edits a comment with the marker that another user posted: it creates its own", async () => {
    const gh = new FakeGitHub();
    const planted = gh.seed(7, "mallory", `${MARKER}\nlooks like a plan`);
    const posted = await upsertStickyComment(gh, 7, `${MARKER}\nthe real plan`, BOT);
    expect(posted.action).toBe("created");
    expect(gh.updated).toEqual([]);
    expect(planted.body).toBe(`${MARKER}\nlooks like a plan`);
    // The next plan finds its own comment, not mallory's.
    const again = await upsertStickyComment(gh, 7, `${MARKER}\nplan two`, BOT);
    expect(again.action).toBe("updated");
    expect(again.comment.id).toBe(posted.comment.id);
    expect(planted.body).toBe(`${MARKER}\nlooks like a plan`);
  });

  it("finds its comment past the first 100 (pagination), and not the other environment's", async () => {
    const gh = new FakeGitHub();
    for (let i = 0; i < 130; i++) gh.seed(7, i % 2 ? "alice" : BOT, `chatter ${i}`);
    gh.seed(7, BOT, "<!-- atoms-gitops:plan env=production -->\nprod");
    for (let i = 0; i < 120; i++) gh.seed(7, "bob", `more ${i}`);
    const mine = gh.seed(7, BOT, `${MARKER}\nold plan`);
    expect((await findStickyComment(gh, 7, MARKER, BOT))?.id).toBe(mine.id);
    expect(gh.pages).toEqual([1, 2, 3]);
    const posted = await upsertStickyComment(gh, 7, `${MARKER}\nnew plan`, BOT);
    expect(posted).toMatchObject({ action: "updated", comment: { id: mine.id, body: `${MARKER}\nnew plan` } });
    expect(gh.comments.get(7)).toHaveLength(252);
  });

  it("reads exactly 100 comments as a full page and asks for the next one", async () => {
    const gh = new FakeGitHub();
    for (let i = 0; i < 100; i++) gh.seed(7, "alice", `c ${i}`);
    expect(await findStickyComment(gh, 7, MARKER, BOT)).toBeUndefined();
    expect(gh.pages).toEqual([1, 2]);
  });

  it("posts as the token's user when the token can say who it is (a personal or bot token)", async () => {
    const gh = new FakeGitHub("deploy-bot");
    gh.seed(3, BOT, `${MARKER}\nposted by the Actions bot`);
    const env = baseEnv({ PR_NUMBER: "3", COMMENT_FILE: file("c.md", `${MARKER}\nplan\n`) });
    await runAction("comment-plan", { env, api: gh, log: () => {} });
    expect(gh.updated).toEqual([]);
    expect(gh.comments.get(3)?.at(-1)?.user?.login).toBe("deploy-bot");
  });
});

describe("the comment footer", () => {
  it("names the pull request's head commit and the plan digest", async () => {
    const gh = new FakeGitHub();
    const plan = file("plan.json", JSON.stringify({ source: { dir: "agents", configDigest: `hmac-sha256:${"ab".repeat(32)}` }, agents: [] }));
    const env = baseEnv({ PR_NUMBER: "3", HEAD_SHA: "1234567890abcdef1234", PLAN_FILE: plan, COMMENT_FILE: file("c.md", `${MARKER}\nplan\n`) });
    await runAction("comment-plan", { env, api: gh, log: () => {} });
    const body = gh.comments.get(3)?.[0]?.body ?? "";
    expect(body.startsWith(`${MARKER}\nplan\n`)).toBe(true);
    expect(body).toContain("pull request head `1234567890ab`");
    expect(body).toContain(`plan digest \`hmac-sha256:${"ab".repeat(32)}\``);
  });
});

describe("the event", () => {
  const pr = (head: string | null, base = "acme/agents") => ({
    pull_request: { number: 9, head: { sha: "headsha", repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: base } } },
    repository: { full_name: base },
  });

  it("tells a fork's pull request (or a deleted fork's) from a branch of the repository", () => {
    expect(pullRequestOf(pr("acme/agents"))).toEqual({ number: 9, headSha: "headsha", fromFork: false });
    expect(pullRequestOf(pr("mallory/agents"))?.fromFork).toBe(true);
    expect(pullRequestOf(pr(null))?.fromFork).toBe(true);
    expect(pullRequestOf({ ref: "refs/heads/main" })).toBeUndefined();
  });

  it("gives the head sha of the pull request, not GITHUB_SHA (the merge commit), and on a push the pushed commit", async () => {
    const env = baseEnv({ GITHUB_EVENT_PATH: file("event.json", JSON.stringify(pr("mallory/agents"))), GITHUB_SHA: "mergesha" });
    await runAction("context", { env, log: () => {} });
    expect(outputs(env)).toEqual({ "pr-number": "9", "head-sha": "headsha", "from-fork": "true", "pr-state": "open" });
    const push = baseEnv({ GITHUB_EVENT_PATH: file("push.json", JSON.stringify({ ref: "refs/heads/main" })), GITHUB_SHA: "pushsha" });
    await runAction("context", { env: push, log: () => {} });
    expect(outputs(push)).toEqual({ "pr-number": "", "head-sha": "pushsha", "from-fork": "false", "pr-state": "" });
  });
});

describe("a fork's pull request", () => {
  const validate = (diagnostics: unknown[]) => file("validate.json", JSON.stringify({ diagnostics }));
  const missing = { severity: "error", code: "interp/missing-env", message: "environment variable CRM_API_TOKEN is not set", file: "agents/a.yaml", line: 4 };

  it("passes offline validation when only secrets are missing, and the summary says why no plan was made", async () => {
    const env = baseEnv({ VALIDATE_FILE: validate([missing]), INPUT_ENV: "staging" });
    await runAction("fork-validate", { env, log: () => {} });
    expect(outputs(env)["exit-code"]).toBe("0");
    const summary = readFileSync(env["GITHUB_STEP_SUMMARY"]!, "utf8");
    expect(summary).toContain("not run for a pull request from a fork");
    expect(summary).toContain("no secrets");
    expect(summary).toContain("`CRM_API_TOKEN`");
    expect(summary).toContain("The definitions are valid");
    expect(summary).not.toMatch(/403|API key is not set/);
    // What is annotated afterwards no longer holds the expected "not set" errors.
    expect(JSON.parse(readFileSync(env["VALIDATE_FILE"]!, "utf8"))).toEqual({ diagnostics: [] });
  });

  it("still fails on real problems of the definitions", async () => {
    const env = baseEnv({ VALIDATE_FILE: validate([missing, { severity: "error", code: "schema/enum", message: "spec.slmModel must be one of …", file: "agents/a.yaml", line: 12 }]) });
    await runAction("fork-validate", { env, log: () => {} });
    expect(outputs(env)["exit-code"]).toBe("1");
    expect(readFileSync(env["GITHUB_STEP_SUMMARY"]!, "utf8")).toContain("`agents/a.yaml:12` spec.slmModel must be one of");
  });

  it("gets an error status, not a success, and no label", async () => {
    const gh = new FakeGitHub();
    const env = baseEnv({ HEAD_SHA: "headsha", FROM_FORK: "true", INPUT_LABELS: "true", PR_NUMBER: "9", INPUT_ENV: "staging" });
    await runAction("status", { env, api: gh, log: () => {} });
    expect(gh.statuses).toEqual([{ sha: "headsha", state: "error", context: "atoms-gitops/plan (staging)", description: "Not planned: a pull request from a fork has no secrets" }]);
    expect(gh.labels.size).toBe(0);
  });
});

describe("commit status and labels", () => {
  const plan = (actions: string[]) => file("plan.json", JSON.stringify({ source: { configDigest: "sha256:x" }, agents: actions.map((action, i) => ({ name: `a${i}`, action })) }));

  it("is pending while planning, then carries the counts on the head commit", async () => {
    const gh = new FakeGitHub();
    await runAction("status", { env: baseEnv({ HEAD_SHA: "h", STATUS: "pending", INPUT_ENV: "production" }), api: gh });
    await runAction("status", {
      env: baseEnv({ HEAD_SHA: "h", VALIDATE_CODE: "0", RUN_CODE: "2", PLAN_FILE: plan(["create", "update", "update", "noop"]), INPUT_ENV: "production", RUN_URL: "https://github.test/run/1" }),
      api: gh,
    });
    expect(gh.statuses.map((s) => [s.state, s.description])).toEqual([
      ["pending", "Planning…"],
      ["success", "1 to create, 2 to update, 0 to archive"],
    ]);
    expect(gh.statuses[1]).toMatchObject({ sha: "h", context: "atoms-gitops/plan (production)", target_url: "https://github.test/run/1" });
  });

  it.each([
    [["noop"], "0", "atoms:no-changes"],
    [["update"], "2", "atoms:changes"],
    [["update", "archive"], "2", "atoms:archive"],
    [[], "3", "atoms:error"],
  ])("labels %j (exit %s) %s and removes the other atoms labels", async (actions, code, label) => {
    const gh = new FakeGitHub();
    await gh.addLabels(9, ["atoms:error", "atoms:changes", "team:voice"]);
    await runAction("status", { env: baseEnv({ HEAD_SHA: "h", VALIDATE_CODE: "0", RUN_CODE: code, PLAN_FILE: plan(actions), INPUT_LABELS: "true", PR_NUMBER: "9" }), api: gh, log: () => {} });
    expect([...gh.labels.get(9)!].sort()).toEqual([label, "team:voice"].sort());
  });

  it("sets labels without a status when only labels are asked for", async () => {
    const gh = new FakeGitHub();
    await runAction("status", { env: baseEnv({ HEAD_SHA: "h", VALIDATE_CODE: "0", RUN_CODE: "0", PLAN_FILE: plan(["noop"]), PR_NUMBER: "9", INPUT_STATUS: "false", INPUT_LABELS: "true" }), api: gh, log: () => {} });
    expect(gh.statuses).toEqual([]);
    expect([...gh.labels.get(9)!]).toEqual(["atoms:no-changes"]);
  });

  it("sets no labels unless asked", async () => {
    const gh = new FakeGitHub();
    await runAction("status", { env: baseEnv({ HEAD_SHA: "h", VALIDATE_CODE: "0", RUN_CODE: "0", PLAN_FILE: plan(["noop"]), PR_NUMBER: "9" }), api: gh });
    expect(gh.labels.size).toBe(0);
  });

  it("fails the status when the definitions are invalid", async () => {
    const gh = new FakeGitHub();
    await runAction("status", { env: baseEnv({ HEAD_SHA: "h", VALIDATE_CODE: "1" }), api: gh });
    expect(gh.statuses[0]).toMatchObject({ state: "failure", description: "The definitions are invalid" });
  });
});

describe("apply results", () => {
  it("post a new comment on the merged pull request every time; they never replace the plan comment", async () => {
    const gh = new FakeGitHub(undefined, { mergedsha: [12] });
    const plan = gh.seed(12, BOT, `${MARKER}\nthe plan`);
    const env = baseEnv({ HEAD_SHA: "mergedsha", RUN_CODE: "0", INPUT_ENV: "staging", LOG_FILE: file("log.txt", "support-bot: applied v4\n1 applied\n") });
    await runAction("comment-apply", { env, api: gh, log: () => {} });
    await runAction("comment-apply", { env, api: gh, log: () => {} });
    const comments = gh.comments.get(12)!;
    expect(comments).toHaveLength(3);
    expect(plan.body).toBe(`${MARKER}\nthe plan`);
    expect(comments[1]?.body).toContain("## atoms-gitops apply (staging): ✅ applied");
    expect(comments[1]?.body).toContain("1 applied");
    // A later plan updates its own comment, not an apply record.
    await upsertStickyComment(gh, 12, `${MARKER}\nre-plan`, BOT);
    expect(gh.updated).toEqual([plan.id]);
  });

  it("say when a commit belongs to no pull request, without failing", async () => {
    const gh = new FakeGitHub();
    const lines: string[] = [];
    await runAction("comment-apply", { env: baseEnv({ HEAD_SHA: "x", RUN_CODE: "6", LOG_FILE: file("l", "") }), api: gh, log: (l) => lines.push(l) });
    expect(lines.join("\n")).toContain("No pull request");
  });
});

describe("the fetch client", () => {
  it("sends the token only as a header, and reports a failure without the response body", async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const api = createGitHubApi({
      token: "ghs_secret",
      apiUrl: "https://github.test/api/v3/",
      repository: "acme/agents",
      fetch: (async (url: string, init: RequestInit) => {
        calls.push({ url, init });
        return new Response(JSON.stringify({ message: "Resource not accessible by integration", echo: "ghs_secret" }), { status: 403 });
      }) as typeof fetch,
    });
    expect(await api.viewerLogin()).toBeUndefined();
    await expect(api.listComments(5, 2, 100)).rejects.toThrow(/GET \/repos\/acme\/agents\/issues\/5\/comments\?per_page=100&page=2: 403 Resource not accessible/);
    await expect(api.listComments(5, 2, 100)).rejects.not.toThrow(/ghs_secret/);
    expect(calls[1]?.url).toBe("https://github.test/api/v3/repos/acme/agents/issues/5/comments?per_page=100&page=2");
    expect((calls[1]?.init.headers as Record<string, string>).authorization).toBe("Bearer ghs_secret");
  });
});
