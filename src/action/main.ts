import { appendFile, readFile, writeFile } from "node:fs/promises";
import { renderPreviewText } from "../plan/render-preview.js";
import { join } from "node:path";
import { renderApplyComment } from "./apply-comment.js";
import { applyLabels, reportStatus } from "./commit-status.js";
import { forkSummary, judgeForkValidation } from "./fork-validation.js";
import { createGitHubApi, type GitHubApi } from "./github-api.js";
import { countsOf, type PlanOutcome } from "./plan-outcome.js";
import { fetchPreviewPlan, stalePreviewNote } from "./preview-artifact.js";
import { composePreviewComment, parsePreviewResult, previewCounts, renderPreviewHead } from "./preview-report.js";
import { pullRequestOf, pullRequestStateOf } from "./pull-request.js";
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
      const event = await readEvent(env);
      const pr = pullRequestOf(event);
      await setOutputs(env, {
        "pr-number": pr ? String(pr.number) : "",
        "head-sha": pr?.headSha ?? env["GITHUB_SHA"] ?? "",
        "from-fork": pr?.fromFork ? "true" : "false",
        "pr-state": pr ? pullRequestStateOf(event) : "",
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
      await appendSummary(env, forkSummary(result, env["INPUT_ENV"], env["INPUT_COMMAND"] === "preview" ? "preview" : "plan"));
      await setOutputs(env, { "exit-code": result.errors.length > 0 ? "1" : "0" });
      return 0;
    }
    case "preview-report": {
      // The verdict of `preview --format json`: the head of the comment and of the job summary, and the readable
      // plan.md / plan.txt of the artifact, which would otherwise show the plan without what the platform said.
      const text = await readFile(required(env, "PREVIEW_FILE"), "utf8").catch(() => "");
      if (text.trim() === "") return 0;
      const result = parsePreviewResult(text);
      const environment = env["INPUT_ENV"] || "default";
      const head = required(env, "HEAD_FILE");
      await writeFile(head, renderPreviewHead(result, environment));
      log(renderPreviewText(result).replace(/\n$/, ""));
      const planDir = env["PLAN_DIR"];
      if (planDir) {
        await prependIfPresent(join(planDir, "plan.md"), renderPreviewHead(result, environment, Number.POSITIVE_INFINITY));
        await appendIfPresent(join(planDir, "plan.txt"), `\n${renderPreviewText(result)}`);
      }
      const counts = previewCounts(result);
      await setOutputs(env, { "head-file": head, "has-changes": result.agents.length > 0 ? "true" : "false", disagrees: String(counts.disagrees) });
      return 0;
    }
    case "fetch-preview": {
      const found = await fetchPreviewPlan(api(), {
        sha: required(env, "HEAD_SHA"),
        environment: env["INPUT_ENV"],
        dir: join(required(env, "RUNNER_TEMP"), "atoms-gitops-preview-plan"),
      });
      if (!found.found) {
        // Nothing is applied: a deploy that promises what was reviewed must not deploy something unreviewed instead.
        await appendSummary(
          env,
          `## ❌ atoms-gitops apply (${env["INPUT_ENV"] || "default"}): no preview plan to apply\n\n${found.reason}; nothing was written.\n\n` +
            "Deploy this commit with a fresh plan instead (`command: apply` without `preview-plan`), or preview it first.\n",
        );
        await setOutputs(env, { missing: found.reason, "pr-number": found.pullRequest === undefined ? "" : String(found.pullRequest) });
        log(`No preview plan: ${found.reason}`);
        return 0;
      }
      log(`Applying the preview "${found.previewName}" of pull request #${found.pullRequest} (artifact ${found.artifactId}).`);
      await setOutputs(env, { "plan-file": found.planFile, "preview-name": found.previewName, "pr-number": String(found.pullRequest) });
      return 0;
    }
    case "deploy-note": {
      // Printed into the summary by the step that writes it, ahead of the capped apply summary.
      if (env["RUN_CODE"] === "6") process.stdout.write(stalePreviewNote(required(env, "PREVIEW_NAME")) + "\n");
      return 0;
    }
    case "compose-preview-comment": {
      const body = composePreviewComment(await readFile(required(env, "HEAD_FILE"), "utf8"), await readFile(required(env, "PLAN_COMMENT_FILE"), "utf8"));
      await writeFile(required(env, "COMMENT_FILE"), body);
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
        ...(env["PREVIEW_NAME"] ? { previewName: env["PREVIEW_NAME"] } : {}),
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
  if (env["INPUT_COMMAND"] === "preview") {
    if (code === "0" && env["PLAN_FILE"]) return { kind: "planned", counts: countsOf(JSON.parse(await readFile(env["PLAN_FILE"], "utf8"))) };
    const disagrees = Number(env["DISAGREES"] || "0");
    return { kind: "failed", reason: disagrees > 0 ? `The platform disagrees with the plan for ${disagrees} agent${disagrees === 1 ? "" : "s"}` : `The preview failed (exit code ${code || "unknown"})` };
  }
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

async function prependIfPresent(file: string, text: string): Promise<void> {
  const old = await readFile(file, "utf8").catch(() => undefined);
  if (old !== undefined) await writeFile(file, `${text}\n${old}`);
}

async function appendIfPresent(file: string, text: string): Promise<void> {
  const old = await readFile(file, "utf8").catch(() => undefined);
  if (old !== undefined) await appendFile(file, text);
}

async function appendSummary(env: NodeJS.ProcessEnv, markdown: string): Promise<void> {
  await appendFile(required(env, "GITHUB_STEP_SUMMARY"), markdown);
}
