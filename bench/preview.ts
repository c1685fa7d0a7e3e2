/**
 * Preview-promotion benchmark: a deploy of 50 agents a pull request previewed, i.e. `apply FILE` of the plan
 * `preview --out` saved. The emulator runs in a process of its own (its work does not share the measured client's
 * event loop) with a 6 s security check and 20 ms per request. Only the deploy is timed: the preview itself (which
 * waits out the check) is set-up.
 *
 *   npx tsx bench/preview.ts [--agents 50] [--model branches|versions] [--security-check-ms 6000] [--latency-ms 20] [--concurrency 10] [--rps N]
 *
 * bound = ceil(agents / concurrency) × (accepted requests per agent) × latency: one request chain per agent, that many
 * agents at a time. ratio = wall / bound. Target: wall under 2 s, zero publishes, zero security-check polls.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startEmulatorProcess } from "./emulator-process.js";
import { applyWorkspace, createClient, createEmulator, loadDefinitions, parsePlanJson, planWorkspace, previewWorkspace, renderPlanJson } from "../src/index.js";

const { values } = parseArgs({
  options: {
    agents: { type: "string", default: "50" },
    model: { type: "string", default: "branches" },
    "security-check-ms": { type: "string", default: "6000" },
    "latency-ms": { type: "string", default: "20" },
    concurrency: { type: "string", default: "10" },
    // No cap by default: a deploy job on a fresh runner has no rate learned yet and starts at the safe rate.
    rps: { type: "string" },
  },
});
const N = Number(values.agents);
const MODEL = values.model === "versions" ? "versions" : "branches";
const S = Number(values["security-check-ms"]);
const L = Number(values["latency-ms"]);
const C = Number(values.concurrency);
const RPS = values.rps === undefined ? undefined : Number(values.rps);
const KEY = "sk_emulator_local";
const CLI = ["--import", "tsx", join(import.meta.dirname, "../src/cli/run.ts")];

const CONFIG = {
  singlePromptConfig: { prompt: "You are agent number {{n}} of the Acme contact centre.\nBe brief.\n", tools: [{ type: "end_call", name: "end_call", description: "End the call." }] },
  firstMessage: "Hello.",
  slmModel: "gpt-4o",
  synthesizer: { voiceConfig: { model: "waves_lightning_v3_1", voiceId: "nyah" }, speed: 1.1 },
};
const definition = (name: string) => `apiVersion: atoms-gitops/v1
kind: Agent
metadata:
  name: ${name}
spec:
  prompt: |
    You are agent number {{n}} of the Acme contact centre.
    Be brief.
  firstMessage: Hello, welcome back.
  slmModel: gpt-4o
  synthesizer:
    voiceConfig:
      model: waves_lightning_v3_1
      voiceId: nyah
    speed: 1.3
  tools:
    - type: end_call
      name: end_call
      description: End the call.
`;

type LogEntry = { time: string; method: string; path: string; status: number };

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "bench-preview-"));
  let child: Awaited<ReturnType<typeof startEmulatorProcess>>["child"] | undefined;
  try {
    mkdirSync(join(dir, "agents"));
    const state = join(dir, "state.json");
    const seeder = createEmulator({ model: MODEL, securityCheckMs: 0, statePath: state });
    for (let i = 0; i < N; i++) {
      const name = `bench-${String(i).padStart(3, "0")}`;
      seeder.control.seedAgent({ name, config: CONFIG });
      writeFileSync(join(dir, "agents", `${name}.yaml`), definition(name));
    }
    await seeder.close();
    const started = await startEmulatorProcess(CLI, ["--model", MODEL, "--security-check-ms", String(S), "--latency-ms", String(L), "--state", state, "--control"]);
    child = started.child;
    const url = started.url;
    const origin = new URL(url).origin;
    const requests = async (): Promise<LogEntry[]> => ((await (await fetch(`${origin}/__emulator/requests`)).json()) as { data: LogEntry[] }).data;

    // Set-up: the pull request's preview (waits out one security check).
    const load = await loadDefinitions({ dir: join(dir, "agents"), cwd: dir, processEnv: {} });
    const previewClient = createClient({ baseUrl: url, apiKey: KEY, concurrency: C, ...(RPS === undefined ? {} : { rps: RPS }) });
    const planned = await planWorkspace({ load, client: previewClient, dir: "agents" });
    const preview = await previewWorkspace({ planned, client: previewClient, name: "pr-1", concurrency: C, securityCheckTimeoutMs: 60_000 });
    if (!preview.ok) throw new Error(`preview failed: ${JSON.stringify(preview.agents.find((a) => a.status !== "confirmed"))}`);
    const savedText = renderPlanJson(preview.plan);
    const before = (await requests()).length;

    // Measured: the deploy job on merge, `apply plan.json` (a fresh client, as a new CI job would have).
    const t0 = performance.now();
    const parsed = await parsePlanJson(savedText);
    const client = createClient({ baseUrl: url, apiKey: KEY, concurrency: C, ...(RPS === undefined ? {} : { rps: RPS }) });
    const result = await applyWorkspace({
      plan: parsed.plan!,
      definitions: load.definitions,
      previews: client.previews(parsed.plan!.target.apiModel),
      saved: true,
    }, { client, label: "atoms-gitops bench", limits: { concurrency: C, securityCheckTimeoutMs: 60_000 } });
    const wall = performance.now() - t0;
    if (!result.ok) throw new Error(`apply failed: ${JSON.stringify(result.agents.find((a) => a.error)?.error)}`);

    const log = (await requests()).slice(before);
    if (process.env.BENCH_TRACE) { const k = new Map<string, number>(); for (const e of log) { const key = `${e.method} ${e.path.replace(/[0-9a-f]{24}/g, ":id")}`; k.set(key, (k.get(key) ?? 0) + 1); } console.log(k); }
    const accepted = log.filter((e) => e.status !== 429 && e.status !== 0);
    const publishes = log.filter((e) => e.method === "POST" && /publish$/.test(e.path)).length;
    const polls = result.agents.reduce((n, a) => n + a.polls, 0);
    const perAgent = accepted.length / N;
    const bound = Math.ceil(N / C) * perAgent * L;
    const row = (k: string, v: string) => console.log(`${k.padEnd(34)} ${v}`);
    console.log(`preview-promotion benchmark: ${N} previewed agents, model ${MODEL}, security check ${S} ms, latency ${L} ms, concurrency ${C}, rps ${RPS === undefined ? "discovered (default, nothing learned yet)" : `cap ${RPS}`}`);
    row("deploy wall time (apply FILE)", `${(wall / 1000).toFixed(2)} s  (target < 2 s)`);
    row("one request chain per agent", `${perAgent.toFixed(2)} requests × ${L} ms, ${Math.ceil(N / C)} round(s) of ${C}: ${(bound / 1000).toFixed(2)} s`);
    row("ratio to that bound", `${(wall / bound).toFixed(2)}`);
    row("publishes / security-check polls", `${publishes} / ${polls}  (target 0 / 0)`);
    row("same deploy without a preview", `≥ ${((S + Math.ceil(N / C) * 6 * L) / 1000).toFixed(2)} s (one security check at least)`);
    const ok = wall < 2000 && publishes === 0 && polls === 0;
    console.log(ok ? "PASS: all targets met" : "FAIL: a target was missed");
    process.exitCode = ok ? 0 : 1;
  } finally {
    if (child) {
      const exited = new Promise((r) => child!.once("exit", r));
      child.kill();
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
