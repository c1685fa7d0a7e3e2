import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderApplyComment } from "../../../src/action/apply-comment.js";
import { runAction } from "../../../src/action/main.js";
import { mergedPullRequestOf } from "../../../src/action/merged-pull-request.js";
import { fetchPreviewPlan, previewArtifactName } from "../../../src/action/preview-artifact.js";
import { composePreviewComment, parsePreviewResult, PREVIEW_HEAD_LIMIT, renderPreviewHead, type PreviewResult } from "../../../src/action/preview-report.js";
import { pullRequestStateOf } from "../../../src/action/pull-request.js";
import { readZipEntry } from "../../../src/action/zip.js";
import { parseOutputs } from "../../helpers/action-runner.js";
import { runCli } from "../../helpers/cli.js";
import { FakeGitHub } from "../action/fake-github.js";
import { zipOf } from "../action/zip-fixture.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "atoms-action-preview-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { GITHUB_OUTPUT: file("output", ""), GITHUB_STEP_SUMMARY: file("summary", ""), RUNNER_TEMP: dir, ...extra };
}

/** GITHUB_OUTPUT lines, `name=value` and `name<<DELIM` blocks alike. */
function outputs(env: NodeJS.ProcessEnv): Record<string, string> {
  return parseOutputs(readFileSync(env["GITHUB_OUTPUT"]!, "utf8"));
}

const record = (id: string) => ({ name: "pr-42", versionId: `rev_${id}`, branchId: `br_${id}`, fromVersionId: `live_${id}` });

function preview(agents: PreviewResult["agents"], ok = true): PreviewResult {
  return { name: "pr-42", model: "branches", ok, cancelled: false, agents };
}

describe("the preview's verdict in the comment", () => {
  it("leads with the platform's disagreement, names where, and puts it before the confirmations", () => {
    const head = renderPreviewHead(
      preview(
        [
          { name: "billing", status: "confirmed", record: record("b"), reused: false, notes: [] },
          { name: "support", status: "disagrees", problems: ["spec.firstMessage: the platform stored nothing for it (dropped)"], notes: [] },
          { name: "fresh", status: "not-previewed", reason: "not previewed: created on apply" },
        ],
        false,
      ),
      "staging",
    );
    expect(head.split("\n")[0]).toBe("## ❌ atoms-gitops preview (staging): the platform disagrees with the plan for 1 agent");
    expect(head).toContain("Merging would not deploy what the plan shows");
    expect(head.indexOf("support")).toBeLessThan(head.indexOf("billing"));
    expect(head).toContain("spec.firstMessage: the platform stored nothing for it (dropped)");
    expect(head).toContain("stored as planned, security check passed (revision rev_b on branch pr-42, from live live_b)");
  });

  it("says so when every change was verified, and when there was nothing to preview", () => {
    const ok = renderPreviewHead(preview([{ name: "billing", status: "confirmed", record: record("b"), reused: true, notes: [] }, { name: "fresh", status: "not-previewed", reason: "not previewed: created on apply" }]), "production");
    expect(ok.split("\n")[0]).toBe("## ✅ atoms-gitops preview (production): 1 agent verified by the platform, 1 not previewed");
    expect(renderPreviewHead(preview([]), "staging").split("\n")[0]).toBe("## ✅ atoms-gitops preview (staging): no changes to preview");
    const failed = renderPreviewHead(preview([{ name: "a", status: "failed", error: "security check timed out", notes: [] }], false), "staging");
    expect(failed.split("\n")[0]).toBe("## ❌ atoms-gitops preview (staging): 1 agent could not be verified");
  });

  it("stays within its share of the comment for a large fleet, keeping every disagreement and counting the rest", () => {
    const agents: PreviewResult["agents"] = Array.from({ length: 300 }, (_, i) => ({ name: `agent-${String(i).padStart(3, "0")}`, status: "confirmed" as const, record: record(String(i)), reused: false, notes: [] }));
    agents.push({ name: "the-odd-one", status: "disagrees", problems: ["spec.prompt: rewritten by the platform"], notes: [] });
    const head = renderPreviewHead(preview(agents, false), "staging");
    expect(head.length).toBeLessThanOrEqual(PREVIEW_HEAD_LIMIT);
    expect(head).toContain("the-odd-one");
    const shown = head.match(/agent-\d{3}/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(10);
    expect(head).toContain(`… and ${300 - shown} more agents (all confirmed or not previewed)`);
  });

  it("keeps the plan comment's marker on the first line, so one comment per environment is found and replaced", () => {
    const body = composePreviewComment("## ✅ atoms-gitops preview (staging): …\n\n", "<!-- atoms-gitops:plan env=staging -->\n## ✅ atoms-gitops plan (staging): 1 to update\n");
    expect(body).toBe("<!-- atoms-gitops:plan env=staging -->\n## ✅ atoms-gitops preview (staging): …\n\n## ✅ atoms-gitops plan (staging): 1 to update\n");
    expect(() => composePreviewComment("x", "no marker\n")).toThrow(/marker/);
  });

  it("preview-report writes the head, puts the verdict in plan.md and plan.txt, and says how many agents disagree", async () => {
    const json = file("preview.json", JSON.stringify({ ...preview([{ name: "support", status: "disagrees", problems: ["spec.speed: stored 1.2, planned 1.3"], notes: [] }], false), plan: {} }));
    file("plan.md", "## plan markdown\n");
    file("plan.txt", "plan text\n");
    const env = baseEnv({ PREVIEW_FILE: json, HEAD_FILE: join(dir, "head.md"), PLAN_DIR: dir, INPUT_ENV: "staging" });
    const logged: string[] = [];
    await runAction("preview-report", { env, log: (l) => logged.push(l) });
    expect(outputs(env)).toMatchObject({ "has-changes": "true", disagrees: "1", "head-file": join(dir, "head.md") });
    expect(readFileSync(join(dir, "head.md"), "utf8")).toMatch(/^## ❌ atoms-gitops preview \(staging\)/);
    expect(readFileSync(join(dir, "plan.md"), "utf8")).toMatch(/^## ❌ atoms-gitops preview[\s\S]*spec\.speed[\s\S]*## plan markdown\n$/);
    expect(readFileSync(join(dir, "plan.txt"), "utf8")).toMatch(/^plan text\n\nPreview "pr-42"[\s\S]*✗ support: the platform disagrees:\n\s+- spec\.speed: stored 1\.2, planned 1\.3/);
    expect(logged.join("\n")).toContain("✗ support: the platform disagrees");
  });

  it("preview-report writes nothing when preview printed nothing (it failed before planning), so a failure comment follows", async () => {
    const env = baseEnv({ PREVIEW_FILE: file("preview.json", ""), HEAD_FILE: join(dir, "head.md") });
    await runAction("preview-report", { env, log: () => {} });
    expect(outputs(env)).toEqual({});
    expect(() => readFileSync(join(dir, "head.md"))).toThrow();
    expect(() => parsePreviewResult("{}")).toThrow(/no name/);
  });

  it("a preview the platform disagrees with fails the commit status, with the reason", async () => {
    const gh = new FakeGitHub();
    await runAction("status", { env: baseEnv({ HEAD_SHA: "h", VALIDATE_CODE: "0", INPUT_COMMAND: "preview", RUN_CODE: "1", DISAGREES: "2", INPUT_ENV: "staging" }), api: gh });
    expect(gh.statuses[0]).toMatchObject({ state: "failure", context: "atoms-gitops/plan (staging)", description: "The platform disagrees with the plan for 2 agents" });
    const plan = file("plan.json", JSON.stringify({ agents: [{ name: "a", action: "update" }] }));
    await runAction("status", { env: baseEnv({ HEAD_SHA: "h", VALIDATE_CODE: "0", INPUT_COMMAND: "preview", RUN_CODE: "0", PLAN_FILE: plan }), api: gh });
    expect(gh.statuses[1]).toMatchObject({ state: "success", description: "0 to create, 1 to update, 0 to archive" });
  });
});

describe("a closed pull request", () => {
  it("is told from a merged one (whose preview the deploy promotes) and from an open one", () => {
    expect(pullRequestStateOf({ action: "closed", pull_request: { merged: false } })).toBe("closed");
    expect(pullRequestStateOf({ action: "closed", pull_request: { merged: true } })).toBe("merged");
    expect(pullRequestStateOf({ action: "synchronize", pull_request: { merged: false } })).toBe("open");
  });

  it("reaches the run step as pr-state", async () => {
    const event = { action: "closed", pull_request: { number: 5, merged: false, head: { sha: "h", repo: { full_name: "acme/a" } }, base: { repo: { full_name: "acme/a" } } } };
    const env = baseEnv({ GITHUB_EVENT_PATH: file("event.json", JSON.stringify(event)) });
    await runAction("context", { env, log: () => {} });
    expect(outputs(env)).toMatchObject({ "pr-number": "5", "pr-state": "closed" });
  });
});

describe("a fork's pull request with command preview", () => {
  it("says no preview was made and why, and passes when only secrets are missing", async () => {
    const validate = file("validate.json", JSON.stringify({ diagnostics: [{ severity: "error", code: "interp/missing-env", message: "environment variable CRM_API_TOKEN is not set" }] }));
    const env = baseEnv({ VALIDATE_FILE: validate, INPUT_ENV: "staging", INPUT_COMMAND: "preview" });
    await runAction("fork-validate", { env, log: () => {} });
    const summary = readFileSync(env["GITHUB_STEP_SUMMARY"]!, "utf8");
    expect(summary).toContain("## atoms-gitops preview (staging): not run for a pull request from a fork");
    expect(summary).toContain("no secrets");
    expect(summary).toContain("so no preview was made");
    expect(summary).not.toMatch(/403/);
    expect(outputs(env)["exit-code"]).toBe("0");
  });
});

describe("the merged pull request of a deployed commit", () => {
  it("is the merged one whose merge commit this is, never an open pull request that merely contains it", async () => {
    const gh = new FakeGitHub();
    gh.commitPulls["m1"] = [
      { number: 7, state: "open", merged_at: null, merge_commit_sha: "zzz" },
      { number: 3, state: "closed", merged_at: "2026-12-01T10:00:00Z", merge_commit_sha: "older" },
      { number: 5, state: "closed", merged_at: "2026-11-01T10:00:00Z", merge_commit_sha: "m1" },
    ];
    expect(await mergedPullRequestOf(gh, "m1")).toBe(5);
    gh.commitPulls["m2"] = [{ number: 7, state: "open", merged_at: null }];
    expect(await mergedPullRequestOf(gh, "m2")).toBeUndefined();
    gh.commitPulls["m3"] = [
      { number: 3, merged_at: "2026-12-01T10:00:00Z" },
      { number: 4, merged_at: "2026-12-02T10:00:00Z" },
    ];
    expect(await mergedPullRequestOf(gh, "m3")).toBe(4);
  });

  it("asks GitHub for the commit's pull requests through the client", async () => {
    const urls: string[] = [];
    const { createGitHubApi } = await import("../../../src/action/github-api.js");
    const api = createGitHubApi({
      token: "t",
      apiUrl: "https://github.test/api",
      repository: "acme/agents",
      fetch: (async (url: string) => {
        urls.push(url);
        return new Response(JSON.stringify([{ number: 9, merged_at: "2026-12-01T00:00:00Z", merge_commit_sha: "abc" }]), { status: 200 });
      }) as typeof fetch,
    });
    expect(await mergedPullRequestOf(api, "abc")).toBe(9);
    expect(urls).toEqual(["https://github.test/api/repos/acme/agents/commits/abc/pulls?per_page=100"]);
  });
});

describe("the deploy of a merged pull request's preview", () => {
  const planJson = JSON.stringify({ source: { configDigest: "hmac-sha256:x" }, agents: [{ name: "support", action: "update", preview: { name: "pr-12", versionId: "r2", fromVersionId: "r1" } }] });

  function github(): FakeGitHub {
    const gh = new FakeGitHub();
    gh.commitPulls["mergesha"] = [{ number: 12, merged_at: "2026-12-03T09:00:00Z", merge_commit_sha: "mergesha", head: { sha: "head12" } }];
    const name = previewArtifactName("staging", 12);
    const ours = { id: 900, head_sha: "head12", repository_id: 1, head_repository_id: 1 };
    gh.artifacts.push(
      { id: 1, name, created_at: "2026-12-02T09:00:00Z", workflow_run: ours, zip: zipOf({ "plan.json": '{"old":true}' }) },
      { id: 3, name, created_at: "2026-12-03T08:00:00Z", workflow_run: ours, zip: zipOf({ "plan.json": planJson, "plan.md": "# plan", "plan.txt": "plan" }) },
      { id: 4, name, created_at: "2026-12-03T08:30:00Z", expired: true, workflow_run: ours, zip: Buffer.alloc(0) },
      { id: 5, name: previewArtifactName("production", 12), created_at: "2026-12-03T08:40:00Z", workflow_run: ours, zip: Buffer.alloc(0) },
      // Newer, same name, but not a preview of the merged commit by this repository: a fork's run, an earlier push.
      { id: 6, name, created_at: "2026-12-03T08:50:00Z", workflow_run: { ...ours, head_repository_id: 666 }, zip: zipOf({ "plan.json": '{"forged":true}' }) },
      { id: 7, name, created_at: "2026-12-03T08:55:00Z", workflow_run: { ...ours, head_sha: "olderpush" }, zip: zipOf({ "plan.json": '{"older":true}' }) },
      { id: 8, name, created_at: "2026-12-03T08:56:00Z", zip: zipOf({ "plan.json": '{"unknown":true}' }) },
    );
    return gh;
  }

  it("downloads the newest unexpired preview artifact of that pull request, environment and merged commit made in this repository, and applies its plan.json", async () => {
    const gh = github();
    const env = baseEnv({ HEAD_SHA: "mergesha", INPUT_ENV: "staging" });
    const logged: string[] = [];
    await runAction("fetch-preview", { env, api: gh, log: (l) => logged.push(l) });
    expect(gh.downloads).toEqual([3]);
    const out = outputs(env);
    expect(out).toEqual({ "plan-file": join(dir, "atoms-gitops-preview-plan", "plan.json"), "preview-name": "pr-12", "pr-number": "12" });
    expect(readFileSync(out["plan-file"]!, "utf8")).toBe(planJson);
    expect(logged.join("\n")).toContain('Applying the preview "pr-12" of pull request #12');
  });

  it("applies nothing when the commit came from no pull request or its preview is gone, and says why in the summary", async () => {
    const gh = github();
    const direct = baseEnv({ HEAD_SHA: "pushedsha", INPUT_ENV: "staging" });
    await runAction("fetch-preview", { env: direct, api: gh, log: () => {} });
    expect(outputs(direct)["missing"]).toBe("commit pushedsha was not merged from a pull request, so nothing was previewed for it");
    expect(outputs(direct)["plan-file"]).toBeUndefined();
    expect(readFileSync(direct["GITHUB_STEP_SUMMARY"]!, "utf8")).toMatch(/^## ❌ atoms-gitops apply \(staging\): no preview plan to apply\n\ncommit pushedsha was not merged/);
    const other = baseEnv({ HEAD_SHA: "mergesha", INPUT_ENV: "qa" });
    await runAction("fetch-preview", { env: other, api: gh, log: () => {} });
    expect(outputs(other)).toMatchObject({ "pr-number": "12", missing: 'pull request #12 has no artifact "atoms-gitops-preview-qa-pr-12" from a preview of its last commit head12 (no preview ran for it, it failed, or it expired)' });
  });

  it("reports an artifact without a plan instead of applying something else", async () => {
    const gh = new FakeGitHub();
    gh.commitPulls["s"] = [{ number: 2, merged_at: "2026-12-03T09:00:00Z", merge_commit_sha: "s", head: { sha: "h2" } }];
    gh.artifacts.push({ id: 9, name: previewArtifactName(undefined, 2), workflow_run: { head_sha: "h2" }, zip: zipOf({ "notes.txt": "x" }) });
    expect(await fetchPreviewPlan(gh, { sha: "s", dir })).toEqual({ found: false, pullRequest: 2, reason: 'the artifact "atoms-gitops-preview-default-pr-2" holds no plan.json' });
  });

  it("on a stale preview (exit 6) says \"stale: run preview again on main\" in the summary and the comment", async () => {
    const env = baseEnv({ RUN_CODE: "6", PREVIEW_NAME: "pr-12" });
    const printed: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (printed.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      await runAction("deploy-note", { env, log: () => {} });
      await runAction("deploy-note", { env: baseEnv({ RUN_CODE: "0", PREVIEW_NAME: "pr-12" }), log: () => {} });
    } finally {
      process.stdout.write = write;
    }
    expect(printed.join("")).toMatch(/^## ⛔ stale: run preview again on main\n\nSomething changed since the preview `pr-12` was made[^\n]*nothing was written/);
    expect(printed).toHaveLength(1);
    const comment = renderApplyComment({ environment: "staging", exitCode: 6, log: "", previewName: "pr-12" });
    expect(comment.split("\n")[1]).toBe("## atoms-gitops apply (staging): ⛔ stale: run preview again on main");
    expect(renderApplyComment({ environment: "staging", exitCode: 6, log: "" }).split("\n")[1]).toBe("## atoms-gitops apply (staging): ⛔ refused: the plan is stale, nothing was written");
  });

  it("follows GitHub's redirect to the storage host without sending the token there", async () => {
    const calls: Array<{ url: string; auth?: string; redirect?: string }> = [];
    const { createGitHubApi } = await import("../../../src/action/github-api.js");
    const zip = zipOf({ "plan.json": "{}" });
    const api = createGitHubApi({
      token: "ghs_secret",
      apiUrl: "https://github.test/api",
      repository: "acme/agents",
      fetch: (async (url: string, init?: RequestInit) => {
        calls.push({ url, auth: (init?.headers as Record<string, string> | undefined)?.authorization, redirect: init?.redirect });
        if (url.includes("/zip")) return new Response(null, { status: 302, headers: { location: "https://storage.test/blob?sig=1" } });
        return new Response(new Uint8Array(zip), { status: 200 });
      }) as typeof fetch,
    });
    expect(readZipEntry(await api.downloadArtifact(3), "plan.json")?.toString()).toBe("{}");
    expect(calls).toEqual([
      { url: "https://github.test/api/repos/acme/agents/actions/artifacts/3/zip", auth: "Bearer ghs_secret", redirect: "manual" },
      { url: "https://storage.test/blob?sig=1", auth: undefined, redirect: undefined },
    ]);
  });
});

describe("the zip reader", () => {
  it("reads stored and deflated entries and finds none that is absent", () => {
    const text = "x".repeat(5000);
    expect(readZipEntry(zipOf({ "a.txt": "a", "plan.json": text }), "plan.json")?.toString()).toBe(text);
    expect(readZipEntry(zipOf({ "plan.json": text }, 0), "plan.json")?.toString()).toBe(text);
    expect(readZipEntry(zipOf({ "a.txt": "a" }), "plan.json")).toBeUndefined();
    expect(() => readZipEntry(Buffer.from("not a zip at all, just text"), "plan.json")).toThrow(/not a zip/);
  });
});

describe("preview --help, which the Action's docs point at", () => {
  it("explains both versioning models, the promotion on apply and the close", async () => {
    const help = await runCli(["preview", "--help"], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/branches model \(production\): a non-live branch named NAME is forked from the live branch's head/);
    expect(help.stdout).toMatch(/drafts\/versions model: a draft is forked from the active version[\s\S]*published as an inactive version/);
    expect(help.stdout).toMatch(/apply <file>` of the saved plan then promotes each previewed agent/);
    expect(help.stdout).toContain("atoms-gitops preview --close --name pr-42");
  });
});
