import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { join, resolve } from "node:path";
import { parse } from "yaml";

const ROOT = resolve(import.meta.dirname, "../..");

interface Step {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  env?: Record<string, string>;
}

interface ActionYaml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { steps: Step[] };
}

export interface StepRun {
  name: string;
  code: number;
  stdout: string;
  stderr: string;
}

export interface ActionRun {
  /** Exit code of the last step run (Set the result): what makes the job red or green. */
  code: number;
  steps: StepRun[];
  skipped: string[];
  outputs: Record<string, string>;
  summary: string;
  log: string;
}

export interface RunnerContext {
  inputs: Record<string, string>;
  github: Record<string, string>;
  /** Job-level environment the workflow sets (e.g. ATOMS_BASE_URL). */
  env: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  event: unknown;
  sha: string;
}

/**
 * Walks action.yml as a runner does: each step's `if:` evaluated, its env resolved from inputs, earlier steps'
 * outputs and the github context, its script run with bash. The expression subset is the one action.yml uses.
 */
export async function runActionYaml(ctx: RunnerContext): Promise<ActionRun> {
  const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as ActionYaml;
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.inputs)) inputs[k] = v.default ?? "";
  Object.assign(inputs, ctx.inputs);
  if (inputs["github-token"] === "${{ github.token }}") inputs["github-token"] = ctx.github["token"] ?? "";
  const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
  mkdirSync(ctx.runnerTemp, { recursive: true });
  const summaryFile = join(ctx.runnerTemp, "step-summary.md");
  writeFileSync(summaryFile, "");
  const eventFile = join(ctx.runnerTemp, "event.json");
  writeFileSync(eventFile, JSON.stringify(ctx.event));
  const scope = { inputs, steps, github: ctx.github };
  const ran: StepRun[] = [];
  const skipped: string[] = [];
  for (const [i, step] of action.runs.steps.entries()) {
    const name = step.name ?? `step ${i}`;
    if (step.if !== undefined && !truthy(evaluate(step.if.replace(/^\$\{\{|\}\}$/g, ""), scope))) {
      skipped.push(name);
      if (step.id) steps[step.id] = { outputs: {}, outcome: "skipped" };
      continue;
    }
    const outputFile = join(ctx.runnerTemp, `output-${i}`);
    writeFileSync(outputFile, "");
    const env: Record<string, string> = {
      PATH: process.env["PATH"] ?? "",
      HOME: process.env["HOME"] ?? "",
      NO_COLOR: "1",
      ...ctx.env,
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_WORKSPACE: ctx.workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_SHA: ctx.sha,
      GITHUB_REPOSITORY: ctx.github["repository"] ?? "",
      GITHUB_API_URL: ctx.github["api_url"] ?? "",
      RUNNER_TEMP: ctx.runnerTemp,
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = interpolate(v, scope);
    const result = await bash(step.run ?? "", ctx.workspace, env);
    ran.push({ name, ...result });
    if (step.id) steps[step.id] = { outputs: parseOutputs(readFileSync(outputFile, "utf8")), outcome: result.code === 0 ? "success" : "failure" };
    if (result.code !== 0) break;
  }
  const outputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.outputs)) outputs[k] = interpolate(v.value, scope);
  return {
    code: ran.at(-1)?.code ?? 0,
    steps: ran,
    skipped,
    outputs,
    summary: readFileSync(summaryFile, "utf8"),
    log: ran.map((s) => `### ${s.name}\n${s.stdout}${s.stderr}`).join("\n"),
  };
}

function bash(script: string, cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    // The runner's own invocation of `shell: bash`.
    const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const heredoc = /^([\w-]+)<<(\S+)$/.exec(l);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      out[heredoc[1]!] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (l.includes("=")) out[l.slice(0, l.indexOf("="))] = l.slice(l.indexOf("=") + 1);
  }
  return out;
}

type Value = string | boolean;

function interpolate(text: string, scope: object): string {
  return text.replace(/\$\{\{\s*([\s\S]+?)\s*\}\}/g, (_m, expr: string) => String(evaluate(expr, scope)));
}

function truthy(v: Value): boolean {
  return v !== "" && v !== false;
}

/** `a.b.c`, 'literal', ==, !=, &&, ||, !, ( ), cancelled(). */
function evaluate(expr: string, scope: object): Value {
  const tokens = expr.match(/'[^']*'|==|!=|&&|\|\||[!()]|[A-Za-z_][\w.-]*(?:\(\))?/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++]!;
  const lookup = (path: string): Value => {
    let cur: unknown = scope;
    for (const part of path.split(".")) cur = cur && typeof cur === "object" ? (cur as Record<string, unknown>)[part] : undefined;
    return typeof cur === "string" ? cur : "";
  };
  const primary = (): Value => {
    const t = next();
    if (t === "(") {
      const v = or();
      next();
      return v;
    }
    if (t === "!") return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1);
    if (t === "cancelled()") return false;
    if (t === "true") return true;
    if (t === "false") return false;
    return lookup(t);
  };
  const compare = (): Value => {
    const left = primary();
    if (peek() === "==" || peek() === "!=") {
      const op = next();
      const right = primary();
      return op === "==" ? String(left) === String(right) : String(left) !== String(right);
    }
    return left;
  };
  const and = (): Value => {
    let v = compare();
    while (peek() === "&&") {
      next();
      const r = compare();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const or = (): Value => {
    let v = and();
    while (peek() === "||") {
      next();
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  return or();
}

/** The GitHub REST calls the Action makes, on 127.0.0.1: comments, statuses, labels, commit pulls, artifacts. */
export class FakeGitHubServer {
  comments: Array<{ id: number; issue: number; body: string; user: { login: string } }> = [];
  statuses: Array<{ sha: string; state: string; context: string; description: string }> = [];
  commitPulls: Record<string, unknown[]> = {};
  artifacts: Array<{ id: number; name: string; created_at: string; workflow_run?: Record<string, unknown>; zip: Buffer }> = [];
  requests: string[] = [];
  private server?: Server;
  url = "";

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { "content-type": Buffer.isBuffer(body) ? "application/zip" : "application/json", ...headers });
        res.end(Buffer.isBuffer(body) ? body : body === undefined ? "" : JSON.stringify(body));
      });
    });
    await new Promise<void>((ok) => this.server!.listen(0, "127.0.0.1", ok));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    return this.url;
  }

  async close(): Promise<void> {
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body?: unknown; headers?: Record<string, string> }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {};
    const url = new URL(req.url ?? "/", "http://x");
    this.requests.push(`${req.method} ${url.pathname}`);
    const path = url.pathname.replace(/^\/repos\/[^/]+\/[^/]+/, "");
    let m: RegExpExecArray | null;
    if (url.pathname === "/user") return { status: 403, body: { message: "Resource not accessible by integration" } };
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (req.method === "GET") {
        const page = Number(url.searchParams.get("page") ?? "1");
        const per = Number(url.searchParams.get("per_page") ?? "30");
        return { status: 200, body: this.comments.filter((c) => c.issue === issue).slice((page - 1) * per, page * per) };
      }
      const c = { id: 100 + this.comments.length, issue, body: String(body["body"]), user: { login: "github-actions[bot]" } };
      this.comments.push(c);
      return { status: 201, body: c };
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(path))) {
      const c = this.comments.find((x) => x.id === Number(m![1]))!;
      c.body = String(body["body"]);
      return { status: 200, body: c };
    }
    if ((m = /^\/statuses\/(\w+)$/.exec(path))) {
      this.statuses.push({ sha: m[1]!, ...(body as { state: string; context: string; description: string }) });
      return { status: 201, body: {} };
    }
    if ((m = /^\/commits\/(\w+)\/pulls$/.exec(path))) return { status: 200, body: this.commitPulls[m[1]!] ?? [] };
    if (path === "/actions/artifacts") {
      const name = url.searchParams.get("name");
      return { status: 200, body: { artifacts: this.artifacts.filter((a) => a.name === name).map(({ zip: _z, ...a }) => a) } };
    }
    if ((m = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(path))) return { status: 302, headers: { location: `${this.url}/storage/${m[1]}` } };
    if ((m = /^\/storage\/(\d+)$/.exec(url.pathname))) {
      if (req.headers.authorization) return { status: 400, body: { message: "storage got a token" } };
      return { status: 200, body: this.artifacts.find((a) => a.id === Number(m![1]))!.zip };
    }
    return { status: 404, body: { message: "Not Found" } };
  }
}
