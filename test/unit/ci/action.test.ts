import { existsSync, readdirSync, readFileSync } from "node:fs";
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
    expect(Object.keys(action.outputs).sort()).toEqual(["artifact-files", "artifact-name", "exit-code", "has-changes", "plan-file"]);
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

  it("updates the sticky comment found by its marker, only on pull requests", async () => {
    // The lookup itself (marker AND author, every page) is src/action/sticky-comment.ts, tested in test/unit/action/.
    const sticky = readFileSync(join(ROOT, "src/action/sticky-comment.ts"), "utf8");
    expect(sticky).toContain("startsWith(marker)");
    expect(sticky).toContain("updateComment");
    expect(sticky).toContain("createComment");
    const post = action.runs.steps.find((s) => s.name === "Post or update the sticky comment");
    expect(post?.run).toBe('node "$GITHUB_ACTION_PATH/action-bundle/action.js" comment-plan');
    expect(post?.env?.GITHUB_TOKEN).toBe("${{ inputs.github-token }}");
    const render = action.runs.steps.find((s) => s.id === "comment-body");
    expect(render?.if).toContain("github.event_name == 'pull_request'");
    expect(render?.if).toContain("inputs.comment == 'true'");
    expect(render?.if).toContain("steps.context.outputs.from-fork != 'true'");
  });

  it("a cancelled run posts nothing: no step runs on always()", () => {
    const text = readFileSync(join(ROOT, "action.yml"), "utf8");
    expect(text).not.toMatch(/always\(\)/);
    for (const name of ["Write the job summary", "Render the pull-request comment", "Post or update the sticky comment", "Set the commit status and labels", "Record the apply on the pull request", "Set the result"]) {
      const step = action.runs.steps.find((s) => s.name === name);
      expect(step?.if, name).toMatch(/^!cancelled\(\)/);
    }
  });

  it("runs in container jobs and leaves the caller's Node alone: no setup-node, no install, no github.action_path", () => {
    const text = readFileSync(join(ROOT, "action.yml"), "utf8");
    expect(text).not.toContain("working-directory");
    expect(text).not.toContain("github.action_path");
    for (const step of action.runs.steps) expect(step.uses, step.name).toBeUndefined();
    const scripts = action.runs.steps.map((s) => s.run ?? "").join("\n");
    expect(scripts).not.toMatch(/\bnpm\b|\bnpx\b/);
    for (const m of scripts.matchAll(/"\$GITHUB_ACTION_PATH\/([^"]+)"/g)) expect(existsSync(join(ROOT, m[1]!)), m[1]).toBe(true);
    expect(scripts).toContain('cli="$GITHUB_ACTION_PATH/action-bundle/cli/atoms-gitops.js"');
  });

  it("carries the digest key of a saved plan to plan and apply alike, from an input only", () => {
    const run = action.runs.steps.find((s) => s.id === "run");
    expect(run?.env?.ATOMS_PLAN_DIGEST_KEY).toBe("${{ inputs.plan-digest-key }}");
    const text = readFileSync(join(ROOT, "action.yml"), "utf8");
    expect(text.match(/inputs\.plan-digest-key/g)).toHaveLength(1);
    // The key file a plan writes without that input is removed with the plan before planning, never left stale.
    expect(run?.run).toContain('rm -f "$plan_file" "$plan_file.key"');
  });

  it("documents every input and output in the Action section of docs/ci.md", () => {
    const ci = readFileSync(join(ROOT, "docs/ci.md"), "utf8");
    const section = ci.slice(ci.indexOf("### Inputs"), ci.indexOf("### What it does, step by step"));
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(section, name).toContain(`| \`${name}\` |`);
  });

  it("runs preview on pull requests under the pull request's name, and preview --close when it was closed unmerged", () => {
    const run = action.runs.steps.find((s) => s.id === "run")?.run ?? "";
    expect(run).toContain('name="pr-$PR_NUMBER"');
    expect(run).toMatch(/preview --name "\$name" --dir "\$INPUT_DIR" [^\n]*\\\n\s*--format json --out "\$plan_file"/);
    expect(run).toMatch(/elif \[ "\$PR_STATE" = closed \]; then\n\s*node "\$cli" preview --close --name "\$name"/);
    const render = action.runs.steps.find((s) => s.id === "comment-body");
    expect(render?.if).toContain("inputs.command == 'preview'");
    expect(render?.if).toContain("steps.context.outputs.pr-state == 'open'");
  });

  it("applies and summarises through the result file, so the summary is capped and leads with the counts", () => {
    const run = action.runs.steps.find((s) => s.id === "run")?.run ?? "";
    expect(run).toContain('apply "$INPUT_PLAN_FILE" --yes "${env_args[@]}" "${extra[@]}" --result-file "$result"');
    const summary = action.runs.steps.find((s) => s.name === "Write the job summary")?.run ?? "";
    expect(summary).toContain('ci-summary --apply "$result" --exit-code');
    expect(summary).toContain('ci-summary --plan "$PLAN_FILE"');
    expect(summary).not.toMatch(/cat "\$log"/);
  });

  it("writes plan.md and plan.txt beside the saved plan, for the artifact", () => {
    const run = action.runs.steps.find((s) => s.id === "run")?.run ?? "";
    expect(run).toContain('cp "$md" "$plan_dir/plan.md"');
    expect(run).toContain('show "$plan_file" --format text > "$plan_dir/plan.txt"');
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
    // drift runs the CLI itself (nightly-drift.yml needs its JSON for the issue body), so no example uses the action for it.
    expect([...commands].sort()).toEqual(["apply", "plan", "preview"]);
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
