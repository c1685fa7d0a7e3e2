/**
 * Fleet benchmark: 500 agents sharing 5 bases, 20 tool files and 10 prompt fragments, checked by builtin:recommended
 * and a team policy file. Measures, as medians of 5 runs:
 *   - validate: load + compose + interpolate + schema + policies (in this process; and the built CLI in a fresh
 *     process when dist/ exists);
 *   - local plan work: load + resolve + policies + diff + render (text, markdown, json) against live state fetched
 *     once beforehand from an in-process emulator, so no network time is in the figure.
 * Each shared file must be read once per run (counted). Targets: each under 1 s.
 *
 *   npx tsx bench/fleet.ts [--agents 500] [--runs 5]
 */
import { spawnSync } from "node:child_process";
import fs, { existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { FLEET_500, writeFleet } from "./fleet-fixture.js";
import { buildPlan, createClient, createEmulator, loadDefinitions, planWorkspace, renderPlanJson, renderPlanMarkdown, renderPlanText, specToCreateBody } from "../src/index.js";

const { values } = parseArgs({ options: { agents: { type: "string", default: String(FLEET_500.agents) }, runs: { type: "string", default: "5" } } });
const shape = { ...FLEET_500, agents: Number(values.agents) };
const RUNS = Math.max(1, Number(values.runs));
const BIN = fileURLToPath(new URL("../bin/atoms-gitops.js", import.meta.url));

/** Wall and CPU time of `fn`: on a shared machine CPU time shows what the work costs when others compete for the cores. */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const wall = performance.now() - t;
  const u = process.cpuUsage(cpu);
  return { value, wall, cpu: (u.user + u.system) / 1000 };
}

/** CPU ms of the children this process has waited for (Linux /proc; undefined elsewhere), in 10 ms ticks. */
function childrenCpuMs(): number | undefined {
  try {
    const fields = fs.readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
    // After "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (xs: number[]): string => `${xs.map((x) => x.toFixed(0)).join(", ")} ms; median ${median(xs).toFixed(0)} ms`;

/** Reads per file during `fn` (the loader reads only through fs.readFileSync). */
async function countingReads<T>(root: string, fn: () => Promise<T>): Promise<{ value: T; reads: Map<string, number> }> {
  const reads = new Map<string, number>();
  const original = fs.readFileSync;
  const rootReal = realpathSync(root);
  fs.readFileSync = ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (typeof path === "string") {
      const rel = relative(path.startsWith(rootReal) ? rootReal : root, path);
      reads.set(rel, (reads.get(rel) ?? 0) + 1);
    }
    return (original as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  syncBuiltinESMExports();
  try {
    return { value: await fn(), reads };
  } finally {
    fs.readFileSync = original;
    syncBuiltinESMExports();
  }
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "atoms-gitops-bench-fleet-"));
  const emulator = createEmulator({ model: "branches", securityCheckMs: 0 });
  try {
    const { shared } = writeFleet(root, shape);
    const load = () => loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });

    // Live state: every agent as the fleet resolved today, so the plan below is only what the edits reach.
    const before = await load();
    const errors = before.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0 || before.definitions.length !== shape.agents) {
      console.error(errors.slice(0, 5));
      throw new Error(`the fleet did not validate: ${errors.length} errors, ${before.definitions.length}/${shape.agents} agents`);
    }
    for (const d of before.definitions) {
      const { name, ...config } = specToCreateBody(d) as Record<string, unknown> & { name: string };
      emulator.control.seedAgent({ name, config, ...(d.metadata.description ? { description: d.metadata.description } : {}) });
    }

    // validate, in this process: a fresh loader (and shared-file cache) per run, as each command has.
    const validateMs: number[] = [];
    const validateCpu: number[] = [];
    let reads = new Map<string, number>();
    for (let r = 0; r < RUNS; r++) {
      const run = await timed(() => countingReads(root, load));
      validateMs.push(run.wall);
      validateCpu.push(run.cpu);
      reads = run.value.reads;
    }
    const readTwice = shared.filter((f) => reads.get(f) !== 1);

    const cliMs: number[] = [];
    const cliCpu: number[] = [];
    const built = existsSync(BIN.replace("bin/atoms-gitops.js", "dist/cli/atoms-gitops.js"));
    if (built) {
      for (let r = 0; r < RUNS; r++) {
        const t = performance.now();
        const cpu0 = childrenCpuMs();
        const res = spawnSync(process.execPath, [BIN, "validate"], { cwd: root, encoding: "utf8", env: { PATH: process.env.PATH } });
        cliMs.push(performance.now() - t);
        const cpu1 = childrenCpuMs();
        if (cpu0 !== undefined && cpu1 !== undefined) cliCpu.push(cpu1 - cpu0);
        if (res.status !== 0) throw new Error(`validate exited ${res.status}: ${res.stdout}${res.stderr}`);
      }
    }

    // A base edit and a prompt-fragment edit, then the live state fetched once (network outside the figure).
    writeFleet(root, shape, { base2Speed: 1.35, fragment3Note: "Rule 3.extra: confirm the caller's name before any account detail." });
    const { url } = await emulator.listen({ port: 0 });
    const client = createClient({ baseUrl: url, apiKey: "sk_emulator_local", rps: 100_000 });
    const fetched = await planWorkspace({ load: await load(), client, dir: "agents" });
    const observed = fetched.observed;

    const planMs: number[] = [];
    const planCpu: number[] = [];
    let summary = "";
    let warnings = 0;
    for (let r = 0; r < RUNS; r++) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      const loaded = await load();
      const plan = buildPlan({
        definitions: loaded.definitions.map((definition) => ({ definition, observed: observed.get(definition.metadata.name) ?? null })),
        target: fetched.plan.target,
        source: fetched.plan.source,
        createdAt: fetched.plan.createdAt,
        toolVersion: "bench",
        diagnostics: loaded.diagnostics,
      });
      const outputs = [renderPlanText(plan), renderPlanMarkdown(plan), renderPlanJson(plan)];
      planMs.push(performance.now() - t);
      const u = process.cpuUsage(cpu);
      planCpu.push((u.user + u.system) / 1000);
      if (outputs.some((o) => o.length === 0)) throw new Error("empty render");
      summary = `${plan.summary.update} to update, ${plan.summary.noop} unchanged`;
      warnings = plan.diagnostics.filter((d) => d.code.startsWith("policy/")).length;
    }

    const row = (k: string, v: string) => console.log(`${k.padEnd(44)} ${v}`);
    console.log(`fleet benchmark: ${shape.agents} agents, ${shape.bases} bases, ${shape.tools} tool files, ${shape.prompts} prompt files, builtin:recommended + a team policy`);
    row(`validate in this (tsx) process, ${RUNS} runs`, ms(validateMs));
    row("  CPU time", ms(validateCpu));
    row("  shared files read once per run", readTwice.length === 0 ? `yes (${shared.length} files)` : `NO: ${readTwice.join(", ")}`);
    row(`validate, built CLI, fresh process, ${RUNS} runs`, built ? ms(cliMs) : "skipped (run `npm run build` first)");
    if (cliCpu.length > 0) row("  CPU time (all its threads)", ms(cliCpu));
    row(`local plan work, ${RUNS} runs`, ms(planMs));
    row("  CPU time", ms(planCpu));
    row("  plan", `${summary}; ${warnings} policy warnings`);
    const validateOk = median(validateMs) < 1000 && (!built || median(cliMs) < 1000);
    const planOk = median(planMs) < 1000;
    const ok = validateOk && planOk && readTwice.length === 0;
    row("targets (< 1000 ms each, read once)", ok ? "OK" : "MISSED");
    process.exitCode = ok ? 0 : 1;
  } finally {
    await emulator.close();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
