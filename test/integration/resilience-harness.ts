// Shared rig for the resilience, fault-matrix and security suites: an emulator, a scratch repository, the library's
// plan and apply against it, and (optionally) a virtual clock shared by emulator, client and engine so Retry-After,
// backoff and security-check waits cost no real time.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { applyWorkspace, createClient, createEmulator, loadDefinitions, mismatchedFields, planWorkspace, type ApplyResult, type AtomsClient, type Emulator } from "../../src/index.js";
import type { ApplySettings } from "../../src/workspace/apply-settings.js";
import { JOURNAL_DIR } from "../../src/recovery/journal.js";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { cliArgs } from "../helpers/spawned-cli.js";
import { virtualClock, type VirtualClock } from "../helpers/virtual-time.js";

export const KEY = "sk_emulator_local";

export { virtualClock, type VirtualClock } from "../helpers/virtual-time.js";

/** The definition every resilience scenario converges to: a config change (draft flow) plus a metadata change. */
export const CHANGED_SPEC = BASE_SPEC.replace("speed: 1.1", "speed: 1.3").replace("Keep answers short.", "Keep answers very short.");
export const CHANGED_YAML = (name: string) => agentYaml(name, CHANGED_SPEC, "description: Managed from git");

export interface RigOptions {
  model: "versions" | "branches";
  securityCheckMs?: number;
  /** Share a virtual clock between emulator, client and engine (default true). */
  virtual?: boolean;
  /** Seeded remote agents (BASE_CONFIG) by name. */
  seed?: string[];
  /** Definitions written to agents/<name>.yaml. */
  definitions?: Record<string, string>;
  rps?: number;
}

export interface Rig {
  emulator: Emulator;
  dir: string;
  journalDir: string;
  clock: VirtualClock | undefined;
  /**
   * A real-time rig (`virtual: false`) goes on in virtual time from here: the waits of later in-process runs are
   * instant. For the re-run after a child process has died: the emulator saw the child's real time, and its clock
   * simply starts jumping now.
   */
  goVirtual(): void;
  ids: Record<string, string>;
  client(extra?: Partial<Parameters<typeof createClient>[0]>): AtomsClient;
  plan(client?: AtomsClient): Promise<Awaited<ReturnType<typeof planWorkspace>>>;
  /** `clock` and `journal` are merged over the rig's (its virtual clock, its journal directory). */
  apply(extra?: Partial<Omit<ApplySettings, "client">> & { client?: AtomsClient }): Promise<ApplyResult>;
  write(rel: string, text: string): void;
  close(): Promise<void>;
}

export async function makeRig(options: RigOptions): Promise<Rig> {
  // The emulator always runs on a virtual clock; a real-time rig simply never sleeps on it until goVirtual().
  const shared = virtualClock();
  let clock = options.virtual === false ? undefined : shared;
  const emulator = createEmulator({
    model: options.model ?? "versions",
    securityCheckMs: options.securityCheckMs ?? 1500,
    now: shared.now,
    ...(options.rps ? { rps: options.rps } : {}),
  });
  const dir = mkdtempSync(join(tmpdir(), "atoms-gitops-resilience-"));
  mkdirSync(join(dir, "agents"), { recursive: true });
  const ids: Record<string, string> = {};
  for (const name of options.seed ?? []) ids[name] = emulator.control.seedAgent({ name, config: BASE_CONFIG });
  const write = (rel: string, text: string) => {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  };
  for (const [name, yaml] of Object.entries(options.definitions ?? {})) write(`agents/${name}.yaml`, yaml);

  const client = (extra: Partial<Parameters<typeof createClient>[0]> = {}) =>
    createClient({
      baseUrl: "http://127.0.0.1/atoms/v1",
      apiKey: KEY,
      fetch: (req) => emulator.fetch(req),
      timeoutMs: 250,
      ...(clock ? { sleep: clock.sleep, now: clock.now } : {}),
      ...extra,
    });
  const load = () => loadDefinitions({ dir: "agents", cwd: dir, processEnv: {} });
  const plan = async (c = client()) => planWorkspace({ load: await load(), client: c, dir: "agents" });
  return {
    emulator,
    dir,
    journalDir: join(dir, JOURNAL_DIR),
    get clock() {
      return clock;
    },
    goVirtual() {
      clock = shared;
    },
    ids,
    client,
    plan,
    async apply(extra = {}) {
      const { client: given, clock: clockOverride, journal, ...settings } = extra;
      const c = given ?? client();
      const ws = await plan(c);
      return applyWorkspace(
        { plan: ws.plan, definitions: ws.definitions, saved: false, phoneNumberIds: ws.phoneNumberIds },
        {
          client: c,
          label: "atoms-gitops test",
          journal: { dir: join(dir, JOURNAL_DIR), ...journal },
          clock: { ...(clock ? { sleep: clock.sleep, now: clock.now } : {}), ...clockOverride },
          ...settings,
        },
      );
    },
    write,
    async close() {
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Convergence {
  converged: boolean;
  planEmpty: boolean;
  openDrafts: number;
  /** Published versions beyond what a fault-free run creates. */
  extraVersions: number;
  activeValid: boolean;
  problems: string[];
}

/** The promise to users, checked against the emulator's own state (not the tool's opinion of it). */
export async function checkConvergence(rig: Rig, names: string[], baselineVersions: number, versionsBefore: number): Promise<Convergence> {
  const problems: string[] = [];
  const ws = await rig.plan();
  const pending = ws.plan.agents.filter((a) => a.action !== "noop" && a.action !== "unmanaged");
  const planEmpty = pending.length === 0;
  if (!planEmpty) problems.push(`plan not empty: ${pending.map((a) => `${a.name} ${a.action} ${a.changes.map((c) => c.path).join(",")}`).join("; ")}`);
  const openDrafts = rig.emulator.state.openDrafts();
  if (openDrafts > 0) problems.push(`${openDrafts} open draft(s)`);
  let versions = 0;
  let activeValid = true;
  for (const name of names) {
    const agents = rig.emulator.state.agents.filter((a) => a.name === name && !a.archived);
    if (agents.length !== 1) {
      problems.push(`${agents.length} agents named ${name}`);
      activeValid = false;
      continue;
    }
    const agent = agents[0]!;
    versions += rig.emulator.state.versions(agent._id).length;
    const active = rig.emulator.state.activeVersion(agent._id);
    if (!active || active.doc.securityCheck?.status !== "passed") {
      activeValid = false;
      problems.push(`${name}: active version has no passed security check`);
    }
    const def = ws.definitions.find((d) => d.metadata.name === name);
    if (def && active) {
      const c = rig.client();
      const cfg = await c.getAgent(agent._id, { versionId: active.doc._id });
      const wrong = mismatchedFields(def, cfg.resolved);
      if (wrong.length > 0) {
        activeValid = false;
        problems.push(`${name}: active version differs from the definition at ${wrong.join(", ")}`);
      }
    }
  }
  const extraVersions = versions - versionsBefore - baselineVersions;
  if (extraVersions > 0) problems.push(`${extraVersions} extra version(s)`);
  return { converged: problems.length === 0, planEmpty, openDrafts, extraVersions, activeValid, problems };
}

export function totalVersions(rig: Rig): number {
  return rig.emulator.state.agents.reduce((n, a) => n + rig.emulator.state.versions(a._id).length, 0);
}

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The real CLI in a child process (built from src/ for this run, so never stale), for kills and signals. */
export function spawnCli(
  argv: string[],
  options: { cwd: string; env: Record<string, string>; onStdout?: (chunk: string, child: ReturnType<typeof spawn>) => void },
): { child: ReturnType<typeof spawn>; done: Promise<ChildRun> } {
  const child = spawn(process.execPath, cliArgs(argv), {
    cwd: options.cwd,
    // The test run's own cache folder (test/setup/cache-home.ts), never the developer's.
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? "", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (c: string) => {
    stdout += c;
    options.onStdout?.(c, child);
  });
  child.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  const done = new Promise<ChildRun>((resolveRun) => {
    child.on("close", (code, signal) => resolveRun({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function journalFiles(dir: string): string[] {
  const jdir = join(dir, JOURNAL_DIR);
  try {
    return readdirSync(jdir).map((n) => join(jdir, n));
  } catch {
    return [];
  }
}

export function readAll(files: string[]): string {
  return files.map((f) => readFileSync(f, "utf8")).join("\n");
}
