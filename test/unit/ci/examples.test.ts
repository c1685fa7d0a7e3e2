import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// What a platform engineer copies must be safe as it stands: who gets which key, what a re-run or a cancelled run
// does, what the artifacts hold, and which changes trigger a plan at all.
const ROOT = resolve(import.meta.dirname, "../../..");
const GITHUB = join(ROOT, "examples/github");
const read = (f: string) => readFileSync(f, "utf8");

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  environment?: string | { name: string };
  if?: string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { paths?: string[]; types?: string[] } | null>;
  jobs: Record<string, Job>;
}

const workflows = readdirSync(GITHUB)
  .filter((f) => f.endsWith(".yml"))
  .map((f) => ({ name: f, text: read(join(GITHUB, f)), doc: parse(read(join(GITHUB, f))) as Workflow }));
const byName = (name: string) => workflows.find((w) => w.name === name)!;
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps);

/** Files a definition can pull in: its own, a prompt file beside it or in prompts/, a base, a tool, a policy. */
const REFERENCED = ["agents/support.yaml", "agents/prompts/support.md", "prompts/support.md", "bases/voice.yaml", "tools/crm-lookup.yaml", "policies/prod.yaml", "atoms-gitops.yaml"];

describe("GitHub examples", () => {
  it("are the plan, deploy, drift and preview flows", () => {
    expect(workflows.map((w) => w.name).sort()).toEqual(["deploy-on-merge.yml", "nightly-drift.yml", "plan-on-pr.yml", "preview-on-pr.yml", "promote-on-merge.yml"]);
  });

  it("never use always(): a run cancelled by a newer push must not post over the newer result", () => {
    for (const w of [...workflows, { name: "action.yml", text: read(join(ROOT, "action.yml")) }]) expect(w.text, w.name).not.toMatch(/always\(\)/);
  });

  it("upload artifacts with overwrite: true (a re-run replaces them), never the plan's digest key", () => {
    const uploads = workflows.flatMap((w) => steps(w.doc).filter((s) => s.uses?.startsWith("actions/upload-artifact@")).map((s) => ({ w: w.name, s })));
    expect(uploads.length).toBeGreaterThanOrEqual(3);
    for (const { w, s } of uploads) {
      expect(s.with?.overwrite, w).toBe(true as unknown as string);
      const paths = String(s.with?.path).split("\n").map((p) => p.trim()).filter(Boolean);
      for (const p of paths.filter((x) => !x.startsWith("!"))) {
        expect(p, w).not.toMatch(/\.key$/);
        // A whole folder holds plan.json.key when no plan-digest-key is given: it must be excluded.
        if (p.endsWith("/")) expect(paths, w).toContain(`!${p}*.key`);
      }
    }
  });

  it("give pull-request jobs no production key and no production environment", () => {
    for (const w of workflows.filter((x) => "pull_request" in x.doc.on || "pull_request_target" in x.doc.on)) {
      expect("pull_request_target" in w.doc.on, w.name).toBe(false);
      expect(w.text, w.name).not.toContain("ATOMS_API_KEY_PROD");
      for (const job of Object.values(w.doc.jobs)) expect(JSON.stringify(job.environment ?? ""), w.name).not.toContain("production");
    }
  });

  it("explain pull requests from forks where they run on pull requests", () => {
    for (const name of ["plan-on-pr.yml", "preview-on-pr.yml"]) {
      const text = byName(name).text;
      expect(text, name).toMatch(/fork/i);
      expect(text, name).toContain("pull_request_target");
    }
  });

  it("plan production from production-plan (no reviewers) and apply it from production (reviewers)", () => {
    const deploy = byName("deploy-on-merge.yml");
    expect(deploy.doc.jobs.plan!.environment).toContain("'production-plan'");
    expect(deploy.doc.jobs.apply!.environment).toBe("${{ needs.plan.outputs.environment }}");
    const choose = deploy.doc.jobs.plan!.steps.find((s) => s.id === "target")!.run!;
    expect(choose).toContain("refs/tags/*) echo \"environment=production\"");
    // The apply job reads the digest key of the plan job's secrets from its own environment.
    const plan = deploy.doc.jobs.plan!.steps.find((s) => s.with?.command === "plan")!;
    const apply = deploy.doc.jobs.apply!.steps.find((s) => s.with?.command === "apply")!;
    expect(plan.with?.["plan-digest-key"]).toBe("${{ secrets.ATOMS_PLAN_DIGEST_KEY }}");
    expect(apply.with?.["plan-digest-key"]).toBe("${{ secrets.ATOMS_PLAN_DIGEST_KEY }}");
    expect(deploy.text).toMatch(/production +the same three secrets; deployment tags: v\*; REQUIRED REVIEWERS/);
    expect(byName("nightly-drift.yml").doc.jobs.drift!.environment).toContain("'production-plan'");
  });

  it.each(["plan-on-pr.yml", "deploy-on-merge.yml", "preview-on-pr.yml", "promote-on-merge.yml"])("%s runs for every file a definition can reference", (name) => {
    const on = byName(name).doc.on;
    const paths = (on.pull_request ?? on.push)?.paths ?? [];
    const matches = picomatch(paths, { dot: true });
    expect(REFERENCED.filter((f) => !matches(f))).toEqual([]);
  });

  it("preview on every push, close unmerged pull requests, and leave merged ones to the promotion", () => {
    const preview = byName("preview-on-pr.yml");
    expect(preview.doc.on.pull_request?.types).toEqual(["opened", "synchronize", "reopened", "closed"]);
    expect(preview.doc.jobs.preview!.if).toBe("github.event.action != 'closed' || !github.event.pull_request.merged");
    // The upload takes the name and files the Action gives; the promotion lets the Action find that artifact.
    const upload = steps(preview.doc).find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.with?.name).toBe("${{ steps.preview.outputs.artifact-name }}");
    expect(upload.with?.path).toBe("${{ steps.preview.outputs.artifact-files }}");
    const promote = byName("promote-on-merge.yml");
    expect(steps(promote.doc).some((s) => s.uses?.startsWith("actions/download-artifact@"))).toBe(false);
    const apply = steps(promote.doc).find((s) => s.with?.command === "apply")!;
    expect(apply.with?.["preview-plan"]).toBe("true");
    const stale = steps(promote.doc).find((s) => s.if === "failure() && steps.apply.outputs.exit-code == '6'")!;
    expect(stale.run).toContain("Nothing was written");
  });

  it("nightly drift builds the issue from drift --format json with the tested script", () => {
    const run = steps(byName("nightly-drift.yml").doc).find((s) => s.id === "drift")!.run!;
    expect(run).toContain('atoms-gitops drift --dir agents --env "$ENVIRONMENT" --format json --detailed-exitcode > "$report"');
    expect(run).toContain('node .github/scripts/drift-issue.mjs "$report" > "$body"');
  });
});

describe("GitLab example", () => {
  const text = read(join(ROOT, "examples/gitlab/.gitlab-ci.yml"));
  const ci = parse(text) as Record<string, { before_script?: string[]; script?: string[]; rules?: Array<{ if?: string; when?: string; changes?: string[] }>; environment?: { name: string }; variables?: Record<string, string> }>;

  it("installs atoms-gitops from its repository at a pinned commit, never from a package name", () => {
    const install = ci.default!.before_script!.join("\n");
    expect(install).toContain('git -C "$home" fetch -q --depth 1 "$ATOMS_GITOPS_REPOSITORY" "$ATOMS_GITOPS_REF"');
    expect(install).toContain('test "$(git -C "$home" rev-parse HEAD)" = "$ATOMS_GITOPS_REF"');
    expect((ci.variables as unknown as Record<string, unknown>).ATOMS_GITOPS_REF).toMatch(/^[0-9a-f]{40}$/);
    expect(text).not.toMatch(/npm (install|i|ci)\b|npx /);
  });

  it("plans merge requests against staging only, for every file a definition can reference", () => {
    const mrJobs = Object.entries(ci).filter(([, j]) => j?.rules?.some((r) => r.if?.includes("merge_request_event")));
    expect(mrJobs.map(([n]) => n).sort()).toEqual([".mr-plan", "validate"]);
    expect(ci["plan:staging"]!.variables!.TARGET_ENV).toBe("staging");
    expect(Object.keys(ci).filter((n) => n.startsWith("plan:") && ci[n]!.rules === undefined)).toEqual(["plan:staging"]);
    const changes = ci[".mr-plan"]!.rules![0]!.changes!;
    const matches = picomatch(changes, { dot: true });
    expect(REFERENCED.filter((f) => !matches(f))).toEqual([]);
  });

  it("applies production from the default branch, by hand, in the protected environment", () => {
    const prod = ci["deploy:production"]!;
    expect(prod.environment?.name).toBe("production");
    expect(prod.rules).toEqual([{ if: "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", when: "manual" }]);
    expect(ci["plan:deploy-production"]!.environment).toEqual({ name: "production", action: "prepare" });
  });
});
