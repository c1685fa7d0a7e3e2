import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";

const ROOT = resolve(import.meta.dirname, "../../..");

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

function loadYaml(path: string): unknown {
  const doc = parseDocument(readFileSync(path, "utf8"), { uniqueKeys: true });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  return doc.toJS();
}

const action = loadYaml(join(ROOT, "action.yml")) as Action;

describe("action.yml", () => {
  it("is a composite action with the documented inputs and outputs", () => {
    expect(action.runs.using).toBe("composite");
    for (const input of ["command", "env", "dir", "api-key", "comment"]) expect(action.inputs[input]?.description).toBeTruthy();
    expect(action.inputs.command?.default).toBe("plan");
    expect(Object.keys(action.outputs).sort()).toEqual(["exit-code", "has-changes", "plan-file"]);
    for (const step of action.runs.steps) if (step.run) expect(step.shell, step.name).toBe("bash");
  });

  it("never interpolates the API key (or any input) into a run script", () => {
    for (const step of action.runs.steps) {
      if (!step.run) continue;
      // ${{ }} in run: is pasted into the script before bash sees it: a key would land in the script file and an
      // input could inject shell. Inputs travel through env: and are quoted as shell variables instead.
      expect(step.run, step.name).not.toMatch(/\$\{\{/);
    }
    const keySteps = action.runs.steps.filter((s) => JSON.stringify(s).includes("inputs.api-key"));
    expect(keySteps.map((s) => s.id)).toEqual(["run"]);
    expect(keySteps[0]?.env?.ATOMS_API_KEY).toBe("${{ inputs.api-key }}");
    const text = readFileSync(join(ROOT, "action.yml"), "utf8");
    expect(text.match(/inputs\.api-key/g)).toHaveLength(1);
    expect(text).not.toMatch(/echo[^\n]*ATOMS_API_KEY/);
  });

  it("validates with annotations, runs plan with the saved plan and detailed exit code, and writes the job summary", () => {
    const scripts = action.runs.steps.map((s) => s.run ?? "").join("\n");
    expect(scripts).toContain("validate --dir");
    expect(scripts).toContain("--format json");
    expect(scripts).toContain("ci-annotations --file");
    expect(scripts).toMatch(/plan --dir [^\n]*\\\n\s*--format markdown --out "\$plan_file" --detailed-exitcode/);
    expect(scripts).toMatch(/apply "\$INPUT_PLAN_FILE" --yes/);
    expect(scripts).toMatch(/drift --dir [^\n]*\\\n\s*--format markdown --detailed-exitcode/);
    expect(scripts).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(scripts).toContain("ci-comment --plan");
  });

  it("updates the sticky comment found by its marker, only on pull requests", () => {
    const post = action.runs.steps.find((s) => s.uses?.startsWith("actions/github-script@"));
    expect(post?.uses).toBe("actions/github-script@v7");
    const script = post?.with?.script ?? "";
    expect(script).toContain("startsWith(marker)");
    expect(script).toContain("updateComment");
    expect(script).toContain("createComment");
    expect(script).toContain("github.paginate");
    const render = action.runs.steps.find((s) => s.id === "comment-body");
    expect(render?.if).toContain("github.event_name == 'pull_request'");
    expect(render?.if).toContain("inputs.comment == 'true'");
  });
});

describe("example workflows", () => {
  const files = [
    ...readdirSync(join(ROOT, "examples/github")).map((f) => join(ROOT, "examples/github", f)),
    join(ROOT, "examples/gitlab/.gitlab-ci.yml"),
  ];

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))("%s parses as YAML", (_name, file) => {
    const doc = loadYaml(file) as Record<string, unknown>;
    expect(typeof doc).toBe("object");
  });

  it("GitHub examples use the action with a command it knows, and never print a secret", () => {
    const commands = new Set<string>();
    for (const f of files.filter((x) => x.includes("/github/"))) {
      const wf = parse(readFileSync(f, "utf8")) as { jobs: Record<string, { steps: Step[] }> };
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps) {
          if (step.uses?.startsWith("atoms-gitops/atoms-gitops@")) commands.add(step.with?.command ?? "plan");
          if (step.run) expect(step.run).not.toMatch(/secrets\./);
        }
      }
    }
    expect([...commands].sort()).toEqual(["apply", "drift", "plan"]);
  });

  it("the deploy example applies the saved plan behind an environment, one deploy per environment at a time", () => {
    const wf = parse(readFileSync(join(ROOT, "examples/github/deploy-on-merge.yml"), "utf8")) as {
      jobs: Record<string, { needs?: string; environment?: string; concurrency?: { group: string; "cancel-in-progress": boolean }; steps: Step[] }>;
    };
    const apply = wf.jobs.apply!;
    expect(apply.needs).toBe("plan");
    expect(apply.environment).toBeTruthy();
    expect(apply.concurrency?.group).toContain("needs.plan.outputs.environment");
    expect(apply.concurrency?.["cancel-in-progress"]).toBe(false);
    expect(apply.steps.some((s) => s.uses?.startsWith("actions/download-artifact@"))).toBe(true);
    expect(apply.steps.find((s) => s.with?.command === "apply")?.with?.["plan-file"]).toBe("plan.json");
    expect(wf.jobs.plan!.steps.some((s) => s.uses?.startsWith("actions/upload-artifact@"))).toBe(true);
  });

  it("the GitLab example plans merge requests into a note and deploys from the default branch", () => {
    const ci = parse(readFileSync(join(ROOT, "examples/gitlab/.gitlab-ci.yml"), "utf8")) as Record<string, { script?: string[]; rules?: Array<{ if: string }>; resource_group?: string }>;
    const mr = ci[".mr-plan"]!;
    expect(mr.rules?.[0]?.if).toContain("merge_request_event");
    expect(mr.script?.join("\n")).toContain("GITLAB_TOKEN");
    expect(mr.script?.join("\n")).toContain("ci-comment --plan plan.json");
    expect(ci["deploy:staging"]?.rules?.[0]?.if).toContain("$CI_DEFAULT_BRANCH");
    expect(ci["deploy:staging"]?.resource_group).toBe("atoms-staging");
  });
});
