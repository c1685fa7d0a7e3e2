import { Option, type Command } from "commander";
import { UserInputError } from "../index.js";
import type { LoadedProject, LoadResult } from "../index.js";
import { hasErrors } from "../index.js";
import { resolve } from "node:path";
import {
  createClient,
  defaultCacheDir,
  fileRateMemory,
  findRepositoryRoot,
  gitShortSha,
  loadDefinitions,
  loadProject,
  planWorkspace,
  resolveConnection,
  type AgentDefinition,
  type AtomsClient,
  type ClientEvent,
  type RateReport,
  type WorkspacePlan,
} from "../index.js";
import { clockOptions, type CliIo } from "./io.js";
import { createRedactor, runSecrets } from "../index.js";
import { runRedactor, setKeyVariable, setRunRedactor } from "./redaction.js";

export interface CommonOptions {
  dir: string;
  env?: string;
  baseUrl?: string;
  apiModel: "auto" | "versions" | "branches";
  rps?: number;
  verbose?: boolean;
}

export function parsePositiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new UserInputError(`${name} must be a whole number ≥ 1, got "${value}"`);
    return n;
  };
}

export function parseNonNegativeInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new UserInputError(`${name} must be a whole number ≥ 0, got "${value}"`);
    return n;
  };
}

export function parsePositiveNumber(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new UserInputError(`${name} must be a number > 0, got "${value}"`);
    return n;
  };
}

export function collect(value: string, previous: string[] = []): string[] {
  return previous.concat(value.split(",").map((s) => s.trim()).filter(Boolean));
}

/** Flags every command that reads definitions takes. */
export function addDefinitionOptions(cmd: Command): Command {
  return cmd
    .option("-d, --dir <path>", "directory of agent definitions (*.yaml, *.yml)", "agents")
    .option("-e, --env <name>", "environment from atoms-gitops.yaml (base URL, API key variable, ${vars.*})");
}

/** Flags every command that talks to the API takes. */
export function addConnectionOptions(cmd: Command): Command {
  return cmd
    .option(
      "--base-url <url>",
      "Atoms API base URL (default: the --env environment's baseUrl, else $ATOMS_BASE_URL, else the \"default\" environment's, else https://api.smallest.ai/atoms/v1)",
    )
    .addOption(
      new Option("--api-model <model>", "versioning API of the workspace; auto detects it").choices(["auto", "versions", "branches"]).default("auto"),
    )
    .option(
      "--rps <n>",
      "hard cap on API requests per second (default: none; the rate is discovered: it starts at 10/s or where the last run against this workspace ended, rises while requests succeed and backs off on HTTP 429)",
      parsePositiveNumber("--rps"),
    )
    .option("-v, --verbose", "print every request, retry, rate-limit change and the detected API model to stderr");
}

export async function loadForCommand(io: CliIo, opts: { dir: string; env?: string }): Promise<LoadResult> {
  return loadDefinitions({ dir: opts.dir, env: opts.env, cwd: io.cwd, processEnv: io.env });
}

/**
 * A loader for `planWorkspace` that streams each definition out as it is ready, so the API reads overlap parsing.
 */
export function streamingLoader(io: CliIo, opts: { dir: string; env?: string }, project?: LoadedProject) {
  return (onDefinition: (d: AgentDefinition) => void): Promise<LoadResult> =>
    loadDefinitions({ dir: opts.dir, env: opts.env, cwd: io.cwd, processEnv: io.env, onDefinition, ...(project ? { project } : {}) });
}

/** The project file alone (cheap), for the connection settings before the definitions are loaded. */
export async function projectFor(io: CliIo, opts: { dir: string; env?: string }): Promise<LoadedProject> {
  const root = findRepositoryRoot(resolve(io.cwd, opts.dir), io.cwd);
  const loaded = await loadProject({ root, cwd: io.cwd, ...(opts.env !== undefined ? { env: opts.env } : {}) });
  if (hasErrors(loaded.diagnostics)) throw new UserInputError("the project file has errors", loaded.diagnostics);
  return loaded;
}

/** Resolves base URL and key (flags > project environment > process env) and builds the client. */
export function clientFor(
  io: CliIo,
  opts: CommonOptions,
  load: Pick<LoadResult, "project"> | undefined,
  extra: { concurrency?: number; signal?: AbortSignal } = {},
): AtomsClient {
  // Like the loader's ${vars.*}, an environment named "default" applies when --env is not given.
  const envName = opts.env ?? (load?.project.environments.default ? "default" : undefined);
  const environment = envName ? load?.project.environments[envName] : undefined;
  if (opts.env && load && !environment) {
    const known = Object.keys(load.project.environments);
    throw new UserInputError(
      `--env ${opts.env}: no such environment in ${load.project.file ?? "atoms-gitops.yaml"} (known: ${known.join(", ") || "none"})`,
    );
  }
  // An environment named on the command line beats $ATOMS_BASE_URL; the implicit "default" one does not, so
  // pointing ATOMS_BASE_URL at an emulator is never silently overridden by a project file.
  const baseUrlChoice = opts.env ? (opts.baseUrl ?? environment?.baseUrl) : (opts.baseUrl ?? io.env.ATOMS_BASE_URL ?? environment?.baseUrl);
  const { baseUrl, apiKey } = resolveConnection({
    baseUrl: baseUrlChoice,
    apiKeyEnv: environment?.apiKeyEnv,
    env: io.env,
  });
  setKeyVariable(io, keyVariableOf(environment?.apiKeyEnv, io.env));
  const redactor = createRedactor(
    runSecrets({
      apiKey,
      definitions: load && "definitions" in load ? (load.definitions as AgentDefinition[]) : [],
      webhooks: load && "webhooks" in load ? ((load as LoadResult).webhooks ?? []) : [],
      env: io.env,
    }),
  );
  setRunRedactor(io, redactor);
  return createClient({
    baseUrl,
    apiKey,
    redactor,
    apiModel: opts.apiModel,
    rps: opts.rps,
    rateMemory: fileRateMemory({ dir: defaultCacheDir(io.env), baseUrl, apiKey }),
    concurrency: extra.concurrency,
    signal: extra.signal,
    ...clockOptions(io),
    ...(io.transport ? { fetch: io.transport } : {}),
    onEvent: opts.verbose ? (e) => io.stderr.write(`${describeEvent(e)}\n`) : undefined,
  });
}

/** Mirrors `resolveConnection`'s order: the project file's variable, else ATOMS_API_KEY, else SMALLEST_API_KEY. */
function keyVariableOf(apiKeyEnv: string | undefined, env: NodeJS.ProcessEnv): string {
  if (apiKeyEnv) return apiKeyEnv;
  return env.ATOMS_API_KEY?.trim() ? "ATOMS_API_KEY" : "SMALLEST_API_KEY";
}

function describeEvent(e: ClientEvent): string {
  switch (e.type) {
    case "retry":
      return `retry: ${e.method} ${e.path} (${e.reason}) in ${Math.round(e.delayMs)} ms, attempt ${e.attempt}`;
    case "rate-limit":
      return `rate limit: now ${e.rps.toFixed(1)} requests/s (${e.reason === "429" ? "backing off after HTTP 429" : "probing upward"})`;
    case "api-model":
      return `api model: ${e.model} (${e.reason})`;
    case "request":
      return `→ ${e.method} ${e.path}${e.attempt > 1 ? ` (attempt ${e.attempt})` : ""}`;
    case "response":
      return `← ${e.status} ${e.method} ${e.path} ${e.durationMs} ms${e.requestId ? ` [${e.requestId}]` : ""}`;
  }
}

/** "95 requests/s (workspace limit ~100/s), 3 × HTTP 429 absorbed": what the run settled on. */
export function describeRate(rate: RateReport): string {
  const limit = rate.limitRps !== undefined ? ` (workspace limit ~${formatRps(rate.limitRps)}/s)` : "";
  return `${formatRps(rate.rps)} requests/s${limit}, ${rate.rateLimited} × HTTP 429 absorbed`;
}

function formatRps(rps: number): string {
  return rps >= 10 ? String(Math.round(rps)) : rps.toFixed(1);
}

/** End of a run: keep what was learned about the rate for the next one, and say it with -v. */
export function finishRate(io: CliIo, client: AtomsClient, opts: { verbose?: boolean }): RateReport {
  client.rememberRate();
  const rate = client.rate();
  if (opts.verbose) io.stderr.write(`rate: settled at ${describeRate(rate)}\n`);
  return rate;
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== "dumb";
}

/** What `plan` and `apply` share: connect (project file first), then plan while the definitions stream in. */
export async function planForCommand(
  io: CliIo,
  opts: CommonOptions & { agent?: string[]; prune?: boolean },
  extra: { concurrency?: number } = {},
): Promise<{ client: AtomsClient; workspace: WorkspacePlan }> {
  // `git rev-parse` runs alongside the reads rather than before the first of them.
  const gitSha = gitShortSha(io.cwd);
  const project = await projectFor(io, opts);
  const client = clientFor(io, opts, project, extra);
  const workspace = await planWorkspace({
    load: streamingLoader(io, opts, project),
    client,
    agents: opts.agent,
    environment: opts.env,
    dir: opts.dir,
    prune: opts.prune,
  });
  runRedactor(io).add(runSecrets({ definitions: workspace.definitions, webhooks: workspace.resources?.webhooks ?? [], env: io.env }));
  workspace.plan.source.gitSha = await gitSha;
  return { client, workspace };
}
