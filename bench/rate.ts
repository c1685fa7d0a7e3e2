/**
 * Rate benchmark: the built CLI with DEFAULT flags against `atoms-gitops emulator` in a process of its own, with a
 * per-key limit of 100 or 10 requests/s (sliding one-second window, whole-second Retry-After) or none, a 3 s security
 * check and 15 ms per request. Scenarios: apply of 40 changed agents (100/s and unlimited) and 16 (10/s); plan of 500
 * and 2000 agents at each limit. Each runs 3 times (fresh emulator state for every apply); the rate cache is one
 * folder per scenario, so runs 2 and 3 start where run 1 ended, as a team's next deploy would. Medians are judged.
 *
 *   npm run build && npx tsx bench/rate.ts [--only apply-100,plan-2000-10] [--runs 3] [--check-ms 3000] [--latency-ms 15]
 *   BENCH_TRACE=1 prints publish and activation times per run; BENCH_LOG=/tmp/x writes each run's request log.
 *
 * ratio = wall / bound, bound = max(one check + one agent's request chain, accepted requests / limit,
 * ceil(accepted requests / 8 in flight) × latency). The last term is the only bound when the server has no limit: 8 in
 * flight is the client's starting cap, and stays the yardstick although the cap may now rise (up to 32) while the
 * round trip bounds a run. Requests refused with 429 are left out of "accepted" (a stricter bound).
 * BENCH_NODE_ARGS / BENCH_EMULATOR_NODE_ARGS add node flags to the CLI / emulator process (e.g. "--cpu-prof").
 * "floor" is what ordering can reach at best for an apply: every pre-publish request first at the limit, then one check.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startEmulatorProcess } from "./emulator-process.js";
import { createEmulator } from "../src/index.js";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    runs: { type: "string", default: "3" },
    "check-ms": { type: "string", default: "3000" },
    "latency-ms": { type: "string", default: "15" },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const S = Number(values["check-ms"]);
const L = Number(values["latency-ms"]);
const IN_FLIGHT = 8;
const KEY = "sk_emulator_local";
const BIN = fileURLToPath(new URL("../bin/atoms-gitops.js", import.meta.url));

interface Scenario {
  id: string;
  verb: "plan" | "apply";
  agents: number;
  limit?: number;
  target: number;
}

const SCENARIOS: Scenario[] = [
  { id: "apply-100", verb: "apply", agents: 40, limit: 100, target: 1.2 },
  { id: "apply-unlimited", verb: "apply", agents: 40, target: 1.3 },
  { id: "apply-10", verb: "apply", agents: 16, limit: 10, target: 1.2 },
  { id: "plan-500-100", verb: "plan", agents: 500, limit: 100, target: 1.2 },
  { id: "plan-500-10", verb: "plan", agents: 500, limit: 10, target: 1.2 },
  { id: "plan-500-unlimited", verb: "plan", agents: 500, target: 1.3 },
  { id: "plan-2000-100", verb: "plan", agents: 2000, limit: 100, target: 1.2 },
  { id: "plan-2000-10", verb: "plan", agents: 2000, limit: 10, target: 1.2 },
  { id: "plan-2000-unlimited", verb: "plan", agents: 2000, target: 1.3 },
];

const name = (i: number) => `agent-${String(i).padStart(4, "0")}`;

function definition(i: number): string {
  return `apiVersion: atoms-gitops/v1
kind: Agent
metadata:
  name: ${name(i)}
spec:
  prompt: |
    You are agent ${i} of the Acme contact centre.
    Be brief.
  firstMessage: Hello again.
  slmModel: gpt-4o
  synthesizer:
    voiceConfig: { model: waves_lightning_v3_1, voiceId: nyah }
    speed: 1.3
`;
}

function seed(i: number) {
  return {
    name: name(i),
    config: {
      singlePromptConfig: { prompt: `You are agent ${i} of the Acme contact centre.\nBe brief.\n`, tools: [] },
      firstMessage: "Hello.",
      slmModel: "gpt-4o",
      synthesizer: { voiceConfig: { model: "waves_lightning_v3_1", voiceId: "nyah" }, speed: 1.1 },
    },
  };
}

function runCli(cwd: string, url: string, args: string[], cacheHome: string): Promise<{ ms: number; code: number | null; stdout: string; startedAt: number }> {
  return new Promise((resolve) => {
    const t = performance.now();
    const startedAt = Date.now();
    const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []), BIN, ...args], {
      cwd,
      env: { PATH: process.env.PATH, ATOMS_BASE_URL: url, ATOMS_API_KEY: KEY, NO_COLOR: "1", XDG_CACHE_HOME: cacheHome },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stdout += d.toString()));
    child.on("exit", (code) => resolve({ ms: performance.now() - t, code, stdout, startedAt }));
  });
}

interface RunResult {
  wall: number;
  accepted: number;
  rejected: number;
  bound: number;
  ratio: number;
  floor?: number;
}

/** One port for all runs of a scenario: the rate cache is per base URL, as a workspace's is. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

async function runScenario(sc: Scenario): Promise<RunResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-rate-"));
  const cacheHome = join(dir, "cache");
  try {
    mkdirSync(join(dir, "agents"));
    for (let i = 0; i < sc.agents; i++) writeFileSync(join(dir, "agents", `${name(i)}.yaml`), definition(i));
    const pristine = join(dir, "state.json");
    const seeder = createEmulator({ model: "versions", securityCheckMs: 0, statePath: pristine });
    for (let i = 0; i < sc.agents; i++) seeder.control.seedAgent(seed(i));
    await seeder.close();
    const results: RunResult[] = [];
    const port = await freePort();
    for (let r = 0; r < RUNS; r++) {
      const state = join(dir, `state-${r}.json`);
      copyFileSync(pristine, state);
      const flags = ["--port", String(port), "--model", "versions", "--latency-ms", String(L), "--security-check-ms", String(S), "--state", state, "--control", ...(sc.limit ? ["--rps", String(sc.limit)] : [])];
      const { url, child } = await startEmulatorProcess([...(process.env.BENCH_EMULATOR_NODE_ARGS?.split(" ").filter(Boolean) ?? []), BIN], flags);
      try {
        const origin = new URL(url).origin;
        const run = await runCli(dir, url, sc.verb === "apply" ? ["apply", "--yes"] : ["plan"], cacheHome);
        if (run.code !== 0) throw new Error(`${sc.id}: ${sc.verb} exited ${run.code}\n${run.stdout.slice(-2000)}`);
        const log = ((await (await fetch(`${origin}/__emulator/requests`)).json()) as { data: Array<{ time: string; status: number; method: string; path: string }> }).data;
        const rejected = log.filter((e) => e.status === 429).length;
        const accepted = log.length - rejected;
        const perAgent = accepted / sc.agents;
        const chain = (sc.verb === "apply" ? S : 0) + perAgent * L;
        const bound = Math.max(chain, sc.limit ? (accepted / sc.limit) * 1000 : 0, Math.ceil(accepted / IN_FLIGHT) * L);
        const wall = run.ms;
        const result: RunResult = { wall: wall / 1000, accepted, rejected, bound: bound / 1000, ratio: wall / bound };
        if (sc.verb === "apply") {
          const lastPublish = Math.max(...log.filter((e) => e.method === "POST" && /publish$/.test(e.path)).map((e) => Date.parse(e.time)));
          const prePublish = log.filter((e) => Date.parse(e.time) <= lastPublish && e.status !== 429).length;
          const floorMs = Math.max(prePublish / (sc.limit ?? Infinity) * 1000, Math.ceil(prePublish / IN_FLIGHT) * L) + S + 3 * L;
          result.floor = floorMs / 1000;
        }
        results.push(result);
        // BENCH_LOG=<prefix>: each run's request log, with `t` = ms since the CLI started, for reading where time went.
        if (process.env.BENCH_LOG) {
          const at = (e: { time: string }) => Date.parse(e.time) - run.startedAt;
          writeFileSync(`${process.env.BENCH_LOG}-${sc.id}-${r + 1}.json`, JSON.stringify(log.map((e) => ({ ...e, t: at(e) }))));
        }
        if (process.env.BENCH_TRACE) {
          const t0 = run.startedAt;
          const at = (e: { time: string }) => Date.parse(e.time) - t0;
          const pubs = log.filter((e) => e.method === "POST" && /publish$/.test(e.path)).map(at);
          const acts = log.filter((e) => /activate|\/live$/.test(e.path)).map(at);
          console.log(`    first request ${at(log[0]!)} ms, publishes ${Math.min(...pubs)}–${Math.max(...pubs)} ms, activations ${Math.min(...acts)}–${Math.max(...acts)} ms, last request ${at(log.at(-1)!)} ms, exit ${Math.round(run.ms)} ms`);
        }
        const f = (n: number) => n.toFixed(2);
        console.log(
          `  run ${r + 1}: wall ${f(result.wall)} s, bound ${f(result.bound)} s, ratio ${f(result.ratio)}${result.floor ? ` (ordering floor ${f(result.floor)} s: ${f(result.wall / result.floor)}×)` : ""}, ` +
            `${accepted} accepted, ${rejected} × 429 (${((100 * rejected) / log.length).toFixed(1)} %)`,
        );
      } finally {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill();
        await exited;
      }
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync(BIN.replace("bin/atoms-gitops.js", "dist/cli/atoms-gitops.js"))) throw new Error("run `npm run build` first");
  const only = values.only?.split(",");
  const chosen = SCENARIOS.filter((s) => !only || only.includes(s.id));
  let ok = true;
  const summary: string[] = [];
  for (const sc of chosen) {
    console.log(`${sc.id}: ${sc.verb} ${sc.agents} agents, limit ${sc.limit ?? "none"}, check ${S} ms, latency ${L} ms, default flags`);
    const runs = await runScenario(sc);
    const median = [...runs].sort((a, b) => a.ratio - b.ratio)[Math.floor(runs.length / 2)]!;
    const share = [...runs].map((r) => r.rejected / (r.rejected + r.accepted)).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    const pass = median.ratio <= sc.target && (sc.limit !== 10 || share <= 0.05);
    ok &&= pass;
    summary.push(
      `${sc.id.padEnd(20)} median ratio ${median.ratio.toFixed(2)} (target ≤ ${sc.target}), 429s ${(share * 100).toFixed(1)} %, wall ${median.wall.toFixed(2)} s${median.floor ? `, ${(median.wall / median.floor).toFixed(2)}× the ordering floor` : ""} ${pass ? "PASS" : "FAIL"}`,
    );
  }
  console.log(`\n${summary.join("\n")}`);
  process.exitCode = ok ? 0 : 1;
}

await main();
