import { appendFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderApplyComment } from "./apply-comment.js";
import { applyLabels, reportStatus } from "./commit-status.js";
import { forkSummary, judgeForkValidation } from "./fork-validation.js";
import { createGitHubApi, type GitHubApi } from "./github-api.js";
import { countsOf, type PlanOutcome } from "./plan-outcome.js";
import { pullRequestOf } from "./pull-request.js";
import { commentAuthor, postApplyComment, upsertStickyComment } from "./sticky-comment.js";
import { traceFooter, withTraceFooter } from "./trace-footer.js";

/**
 * The Action's logic, one subcommand per step of action.yml: the YAML keeps only the order of the steps and their
 * conditions, and everything that decides something lives here, where tests reach it.
 */
export interface ActionDeps {
  env: NodeJS.ProcessEnv;
  /** Injected by tests; otherwise a fetch client for `GITHUB_API_URL` with the Action's token. */
  api?: GitHubApi;
  log?: (line: string) => void;
}

export async function runAction(command: string, deps: ActionDeps): Promise<number> {
  const { env } = deps;
  const log = deps.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const api = () => deps.api ?? githubApiFromEnv(env);
  switch (command) {
    case "context": {
      const pr = pullRequestOf(await readEvent(env));
      await setOutputs(env, {
        "pr-number": pr ? String(pr.number) : "",
        "head-sha": pr?.headSha ?? env["GITHUB_SHA"] ?? "",
        "from-fork": pr?.fromFork ? "true" : "false",
      });
      if (pr?.fromFork) log("A pull request from a fork: its run has no secrets, so only offline validation runs.");
      return 0;
    }
    case "fork-validate": {
      const file = required(env, "VALIDATE_FILE");
      const doc = JSON.parse(await readFile(file, "utf8")) as { diagnostics?: Array<{ code?: string }> };
      const result = judgeForkValidation(doc);
      // Annotated next: a secret a fork cannot have is no error of the line that reads it.
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
        planDigest: await planDigestOf(env["PLAN_FILE"]),
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

async function outcomeFrom(env: NodeJS.ProcessEnv): Promise<PlanOutcome> {
  if (env["FROM_FORK"] === "true") return { kind: "skipped", reason: "Not planned: a pull request from a fork has no secrets" };
  if (env["VALIDATE_CODE"] !== "0") return { kind: "failed", reason: "The definitions are invalid" };
  const code = env["RUN_CODE"];
  if ((code === "0" || code === "2") && env["PLAN_FILE"]) {
    return { kind: "planned", counts: countsOf(JSON.parse(await readFile(env["PLAN_FILE"], "utf8"))) };
  }
  return { kind: "failed", reason: `The plan failed (exit code ${code || "unknown"})` };
}

/** The digest apply checks before writing (see trace-footer.ts); none when no plan file was made. */
export async function planDigestOf(planFile: string | undefined): Promise<string | undefined> {
  if (!planFile) return undefined;
  try {
    const digest = (JSON.parse(await readFile(planFile, "utf8")) as { source?: { configDigest?: unknown } }).source?.configDigest;
    return typeof digest === "string" ? digest : undefined;
  } catch {
    return undefined;
  }
}

function githubApiFromEnv(env: NodeJS.ProcessEnv): GitHubApi {
  return createGitHubApi({
    token: required(env, "GITHUB_TOKEN"),
    apiUrl: env["GITHUB_API_URL"] || "https://api.github.com",
    repository: required(env, "GITHUB_REPOSITORY"),
  });
}

async function readEvent(env: NodeJS.ProcessEnv): Promise<unknown> {
  const path = env["GITHUB_EVENT_PATH"];
  if (!path) return undefined;
  return JSON.parse(await readFile(path, "utf8")) as unknown;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function setOutputs(env: NodeJS.ProcessEnv, outputs: Record<string, string>): Promise<void> {
  const text = Object.entries(outputs).map(([k, v]) => `${k}=${v.replace(/[\r\n]/g, " ")}\n`).join("");
  await appendFile(required(env, "GITHUB_OUTPUT"), text);
}

async function appendSummary(env: NodeJS.ProcessEnv, markdown: string): Promise<void> {
  await appendFile(required(env, "GITHUB_STEP_SUMMARY"), markdown);
}
