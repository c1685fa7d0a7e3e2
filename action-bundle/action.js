import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/action/main.ts
import { appendFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/action/trace-footer.ts
function traceFooter(input) {
  const parts = [];
  if (input.headSha) parts.push(`pull request head \`${input.headSha.slice(0, 12)}\``);
  if (input.planDigest) parts.push(`plan digest \`${input.planDigest}\``);
  return parts.length > 0 ? `<sub>${parts.join(" \xB7 ")}</sub>` : "";
}
function withTraceFooter(body, footer) {
  if (!footer) return body;
  return `${body.replace(/\n*$/, "")}
${footer}
`;
}

// src/action/apply-comment.ts
var OUTCOMES = {
  0: "\u2705 applied",
  6: "\u26D4 refused: the plan is stale, nothing was written",
  8: "\u26A0\uFE0F cancelled",
  9: "\u26A0\uFE0F timed out",
  10: "\u274C partly applied"
};
var LOG_TAIL = 12e3;
function renderApplyComment(input) {
  const env = (input.environment || "default").replace(/[^A-Za-z0-9_.-]/g, "_");
  const outcome = OUTCOMES[input.exitCode] ?? `\u274C failed (exit code ${input.exitCode})`;
  const lines = [`<!-- atoms-gitops:apply env=${env} -->`, `## atoms-gitops apply (${env}): ${outcome}`, ""];
  if (input.runUrl) lines.push(`Full log: [workflow run](${input.runUrl})`, "");
  const log = input.log.length > LOG_TAIL ? `\u2026
${input.log.slice(-LOG_TAIL)}` : input.log;
  if (log.trim()) lines.push("<details><summary>Apply log (last lines)</summary>", "", "````text", log.replace(/\n+$/, ""), "````", "", "</details>", "");
  const footer = traceFooter({ headSha: input.headSha, planDigest: input.planDigest });
  if (footer) lines.push(footer, "");
  return lines.join("\n");
}

// src/action/plan-outcome.ts
function countsOf(plan) {
  const agents = plan?.agents;
  if (!Array.isArray(agents)) throw new Error("not a plan file: it has no agents list");
  const counts = { create: 0, update: 0, archive: 0, noop: 0 };
  for (const a of agents) if (a.action === "create" || a.action === "update" || a.action === "archive" || a.action === "noop") counts[a.action]++;
  return counts;
}
function hasChanges(c) {
  return c.create + c.update + c.archive > 0;
}
function describeOutcome(outcome) {
  if (outcome.kind !== "planned") return outcome.reason.slice(0, 140);
  const c = outcome.counts;
  if (!hasChanges(c)) return `No changes (${c.noop} agent${c.noop === 1 ? "" : "s"} in sync)`;
  return `${c.create} to create, ${c.update} to update, ${c.archive} to archive`;
}
var PLAN_LABELS = ["atoms:no-changes", "atoms:changes", "atoms:archive", "atoms:error"];
function labelFor(outcome) {
  if (outcome.kind === "skipped") return void 0;
  if (outcome.kind === "failed") return "atoms:error";
  if (outcome.counts.archive > 0) return "atoms:archive";
  return hasChanges(outcome.counts) ? "atoms:changes" : "atoms:no-changes";
}

// src/action/commit-status.ts
function statusContext(environment) {
  return `atoms-gitops/plan (${environment || "default"})`;
}
async function reportStatus(api, input) {
  const state = input.outcome === "pending" ? "pending" : input.outcome.kind === "planned" ? "success" : input.outcome.kind === "failed" ? "failure" : "error";
  const description = input.outcome === "pending" ? "Planning\u2026" : describeOutcome(input.outcome);
  await api.createCommitStatus(input.sha, {
    state,
    context: statusContext(input.environment),
    description,
    ...input.targetUrl ? { target_url: input.targetUrl } : {}
  });
}
async function applyLabels(api, issue, outcome) {
  const label = labelFor(outcome);
  if (!label) return void 0;
  for (const other of PLAN_LABELS) if (other !== label) await api.removeLabel(issue, other);
  await api.addLabels(issue, [label]);
  return label;
}

// src/action/fork-validation.ts
var MISSING_ENV = "interp/missing-env";
function judgeForkValidation(validateJson) {
  const list = validateJson?.diagnostics;
  if (!Array.isArray(list)) throw new Error("the validate output has no diagnostics list");
  const errors = [];
  const unavailable = /* @__PURE__ */ new Set();
  for (const d of list) {
    if (d.code === MISSING_ENV) {
      const name = /environment variable (\S+) is not set/.exec(d.message ?? "")?.[1];
      if (name) unavailable.add(name);
    } else if (d.severity === "error") errors.push(d);
  }
  return { errors, unavailable: [...unavailable].sort() };
}
function forkSummary(result, environment) {
  const env = environment || "default";
  const lines = [`## atoms-gitops plan (${env}): not run for a pull request from a fork`, ""];
  lines.push(
    "GitHub gives workflow runs of pull requests from forks no secrets: there is no API key to read the live agents with, so no plan was made. The definitions were validated offline instead.",
    ""
  );
  if (result.errors.length > 0) {
    lines.push(`**${result.errors.length} error${result.errors.length === 1 ? "" : "s"}** in the definitions (annotated on the files):`, "");
    for (const d of result.errors.slice(0, 20)) lines.push(`- \`${[d.file, d.line].filter(Boolean).join(":")}\` ${d.message ?? d.code ?? ""}`);
    if (result.errors.length > 20) lines.push(`- \u2026 ${result.errors.length - 20} more in the log of the validate step`);
    lines.push("");
  } else {
    lines.push("\u2705 The definitions are valid.", "");
  }
  if (result.unavailable.length > 0) {
    lines.push(`Not checked, because the run has no secrets: the values of ${result.unavailable.map((n) => `\`${n}\``).join(", ")}.`, "");
  }
  lines.push("A maintainer can plan this change by pushing it to a branch of this repository.", "");
  return lines.join("\n");
}

// src/action/github-api.ts
var GitHubApiError = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  status;
};
function createGitHubApi(options) {
  const doFetch = options.fetch ?? fetch;
  const base = options.apiUrl.replace(/\/+$/, "");
  const repo = `/repos/${options.repository}`;
  async function call(method, path, body) {
    const res = await doFetch(`${base}${path}`, {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${options.token}`,
        "x-github-api-version": "2022-11-28",
        ...body === void 0 ? {} : { "content-type": "application/json" }
      },
      ...body === void 0 ? {} : { body: JSON.stringify(body) }
    });
    const text = await res.text();
    if (!res.ok) throw new GitHubApiError(res.status, `${method} ${path}: ${res.status} ${messageOf(text)}`);
    return text ? JSON.parse(text) : void 0;
  }
  return {
    listComments: (issue, page, perPage) => call("GET", `${repo}/issues/${issue}/comments?per_page=${perPage}&page=${page}`),
    createComment: (issue, body) => call("POST", `${repo}/issues/${issue}/comments`, { body }),
    updateComment: (id, body) => call("PATCH", `${repo}/issues/comments/${id}`, { body }),
    viewerLogin: async () => {
      try {
        return (await call("GET", "/user")).login;
      } catch (err) {
        if (err instanceof GitHubApiError && (err.status === 403 || err.status === 401)) return void 0;
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
    pullRequestsOfCommit: async (sha) => (await call("GET", `${repo}/commits/${sha}/pulls`)).map((p) => p.number)
  };
}
function messageOf(text) {
  try {
    const message = JSON.parse(text).message;
    return typeof message === "string" ? message.slice(0, 200) : "";
  } catch {
    return "";
  }
}

// src/action/pull-request.ts
function pullRequestOf(event) {
  const pr = event?.pull_request;
  if (!pr || typeof pr.number !== "number" || typeof pr.head?.sha !== "string") return void 0;
  const base = pr.base?.repo?.full_name ?? event.repository?.full_name;
  const head = pr.head.repo?.full_name;
  return { number: pr.number, headSha: pr.head.sha, fromFork: head === void 0 || head !== base };
}

// src/action/sticky-comment.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
var PAGE_SIZE = 100;
async function findStickyComment(api, issue, marker, author) {
  let found;
  for (let page = 1; ; page++) {
    const comments = await api.listComments(issue, page, PAGE_SIZE);
    for (const c of comments) {
      if (typeof c.body === "string" && c.body.startsWith(marker) && c.user?.login === author) found = c;
    }
    if (comments.length < PAGE_SIZE) return found;
  }
}
async function commentAuthor(api, configured) {
  if (configured) return configured;
  return await api.viewerLogin() ?? ACTIONS_BOT_LOGIN;
}
async function upsertStickyComment(api, issue, body, author) {
  const marker = body.split("\n", 1)[0] ?? "";
  if (!marker.startsWith("<!--")) throw new Error("the comment body has no marker on its first line");
  const mine = await findStickyComment(api, issue, marker, author);
  if (mine) return { action: "updated", comment: await api.updateComment(mine.id, body) };
  return { action: "created", comment: await api.createComment(issue, body) };
}
async function postApplyComment(api, issue, body) {
  return { action: "created", comment: await api.createComment(issue, body) };
}

// src/action/main.ts
async function runAction(command, deps) {
  const { env } = deps;
  const log = deps.log ?? ((line) => process.stdout.write(`${line}
`));
  const api = () => deps.api ?? githubApiFromEnv(env);
  switch (command) {
    case "context": {
      const pr = pullRequestOf(await readEvent(env));
      await setOutputs(env, {
        "pr-number": pr ? String(pr.number) : "",
        "head-sha": pr?.headSha ?? env["GITHUB_SHA"] ?? "",
        "from-fork": pr?.fromFork ? "true" : "false"
      });
      if (pr?.fromFork) log("A pull request from a fork: its run has no secrets, so only offline validation runs.");
      return 0;
    }
    case "fork-validate": {
      const file = required(env, "VALIDATE_FILE");
      const doc = JSON.parse(await readFile(file, "utf8"));
      const result = judgeForkValidation(doc);
      await writeFile(file, JSON.stringify({ ...doc, diagnostics: (doc.diagnostics ?? []).filter((d) => d.code !== "interp/missing-env") }));
      await appendSummary(env, forkSummary(result, env["INPUT_ENV"]));
      await setOutputs(env, { "exit-code": result.errors.length > 0 ? "1" : "0" });
      return 0;
    }
    case "comment-plan": {
      const issue = Number(required(env, "PR_NUMBER"));
      const digest = await planDigestOf(env["PLAN_FILE"]);
      const body = withTraceFooter(await readFile(required(env, "COMMENT_FILE"), "utf8"), traceFooter({ headSha: env["HEAD_SHA"], planDigest: digest }));
      const client = api();
      const posted = await upsertStickyComment(client, issue, body, await commentAuthor(client, env["COMMENT_AUTHOR"]));
      log(`${posted.action === "updated" ? "Updated" : "Created"} comment ${posted.comment.html_url ?? posted.comment.id}`);
      return 0;
    }
    case "comment-apply": {
      const client = api();
      const sha = required(env, "HEAD_SHA");
      const issues = env["PR_NUMBER"] ? [Number(env["PR_NUMBER"])] : await client.pullRequestsOfCommit(sha);
      if (issues.length === 0) {
        log("No pull request has this commit: the apply result stays in the job summary.");
        return 0;
      }
      const body = renderApplyComment({
        environment: env["INPUT_ENV"],
        exitCode: Number(env["RUN_CODE"] || "1"),
        log: await readFile(env["LOG_FILE"] || join(required(env, "RUNNER_TEMP"), "atoms-gitops-output.txt"), "utf8").catch(() => ""),
        runUrl: env["RUN_URL"],
        headSha: sha,
        planDigest: await planDigestOf(env["PLAN_FILE"])
      });
      for (const issue of issues) {
        const posted = await postApplyComment(client, issue, body);
        log(`Created comment ${posted.comment.html_url ?? posted.comment.id}`);
      }
      return 0;
    }
    case "status": {
      const client = api();
      const sha = required(env, "HEAD_SHA");
      const outcome = env["STATUS"] === "pending" ? "pending" : await outcomeFrom(env);
      if (env["INPUT_STATUS"] !== "false") await reportStatus(client, { sha, environment: env["INPUT_ENV"], outcome, targetUrl: env["RUN_URL"] });
      if (outcome !== "pending" && env["INPUT_LABELS"] === "true" && env["PR_NUMBER"]) {
        const label = await applyLabels(client, Number(env["PR_NUMBER"]), outcome);
        if (label) log(`Labelled the pull request ${label}`);
      }
      return 0;
    }
    default:
      throw new Error(`unknown action step "${command}"`);
  }
}
async function outcomeFrom(env) {
  if (env["FROM_FORK"] === "true") return { kind: "skipped", reason: "Not planned: a pull request from a fork has no secrets" };
  if (env["VALIDATE_CODE"] !== "0") return { kind: "failed", reason: "The definitions are invalid" };
  const code = env["RUN_CODE"];
  if ((code === "0" || code === "2") && env["PLAN_FILE"]) {
    return { kind: "planned", counts: countsOf(JSON.parse(await readFile(env["PLAN_FILE"], "utf8"))) };
  }
  return { kind: "failed", reason: `The plan failed (exit code ${code || "unknown"})` };
}
async function planDigestOf(planFile) {
  if (!planFile) return void 0;
  try {
    const digest = JSON.parse(await readFile(planFile, "utf8")).source?.configDigest;
    return typeof digest === "string" ? digest : void 0;
  } catch {
    return void 0;
  }
}
function githubApiFromEnv(env) {
  return createGitHubApi({
    token: required(env, "GITHUB_TOKEN"),
    apiUrl: env["GITHUB_API_URL"] || "https://api.github.com",
    repository: required(env, "GITHUB_REPOSITORY")
  });
}
async function readEvent(env) {
  const path = env["GITHUB_EVENT_PATH"];
  if (!path) return void 0;
  return JSON.parse(await readFile(path, "utf8"));
}
function required(env, name) {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}
async function setOutputs(env, outputs) {
  const text = Object.entries(outputs).map(([k, v]) => `${k}=${v.replace(/[\r\n]/g, " ")}
`).join("");
  await appendFile(required(env, "GITHUB_OUTPUT"), text);
}
async function appendSummary(env, markdown) {
  await appendFile(required(env, "GITHUB_STEP_SUMMARY"), markdown);
}

// src/action/entry.ts
runAction(process.argv[2] ?? "", { env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stdout.write(`::error title=atoms-gitops::${(err instanceof Error ? err.message : String(err)).replace(/[\r\n]/g, " ")}
`);
    process.exitCode = 1;
  }
);
