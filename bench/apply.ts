/**
 * Apply benchmark (issue: apply): 50 changed agents against the emulator on 127.0.0.1 with a 6 s security check
 * and 20 ms latency per request. Reports wall time, its ratio to the lower bound, the speed-up over the documented
 * sequential flow, requests per changed agent and polls per agent.
 *
 *   npx tsx bench/apply.ts [--agents 50] [--security-check-ms 6000] [--latency-ms 20] [--concurrency 10] [--rps N]
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { applyWorkspace, createClient, createEmulator, loadDefinitions, planWorkspace } from "../src/index.js";

const { values } = parseArgs({
  options: {
    agents: { type: "string", default: "50" },
    "security-check-ms": { type: "string", default: "6000" },
    "latency-ms": { type: "string", default: "20" },
    concurrency: { type: "string", default: "10" },
    // No default cap: the client discovers the rate as it does with the CLI's default flags (a fixed cap here once
    // hid that the client's own limit was the whole cost). Pass --rps N to measure a hard cap.
    rps: { type: "string" },
  },
});
const N = Number(values.agents);
const S = Number(values["security-check-ms"]);
const L = Number(values["latency-ms"]);
const C = Number(values.concurrency);
const RPS = values.rps === undefined ? undefined : Number(values.rps);
const KEY = "sk_emulator_local";

const spec = (speed: number, greeting: string) => `  prompt: |
    You are agent number {{n}} of the Acme contact centre.
    Be brief.
  firstMessage: ${greeting}
  slmModel: gpt-4o
  synthesizer:
    voiceConfig:
      model: waves_lightning_v3_1
      voiceId: nyah
    speed: ${speed}
  tools:
    - type: end_call
      name: end_call
      description: End the call.`;

async function main() {
  const emulator = createEmulator({ model: "versions", securityCheckMs: S, latencyMs: L });
  const dir = mkdtempSync(join(tmpdir(), "bench-apply-"));
  mkdirSync(join(dir, "agents"));
  for (let i = 0; i < N; i++) {
    const name = `bench-${String(i).padStart(3, "0")}`;
    emulator.control.seedAgent({
      name,
      config: {
        singlePromptConfig: { prompt: "You are agent number {{n}} of the Acme contact centre.\nBe brief.\n", tools: [{ type: "end_call", name: "end_call", description: "End the call." }] },
        firstMessage: "Hello.",
        slmModel: "gpt-4o",
        synthesizer: { voiceConfig: { model: "waves_lightning_v3_1", voiceId: "nyah" }, speed: 1.1 },
      },
    });
    writeFileSync(join(dir, "agents", `${name}.yaml`), `apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata:\n  name: ${name}\nspec:\n${spec(1.3, "Hello, welcome back.")}\n`);
  }
  const { url } = await emulator.listen({ port: 0 });
  try {
    const load = await loadDefinitions({ dir: join(dir, "agents"), cwd: dir, processEnv: {} });
    const client = createClient({ baseUrl: url, apiKey: KEY, concurrency: C, ...(RPS === undefined ? {} : { rps: RPS }) });
    const t0 = performance.now();
    const ws = await planWorkspace({ load, client, dir: "agents" });
    const planned = performance.now();
    const planRequests = emulator.requests.length;
    const result = await applyWorkspace({
      plan: ws.plan,
      definitions: ws.definitions,
      saved: false,
      observed: ws.observed,
    }, { client, label: "atoms-gitops bench", limits: { concurrency: C, securityCheckTimeoutMs: 60_000 } });
    const t1 = performance.now();
    if (!result.ok) throw new Error(`apply failed: ${JSON.stringify(result.summary)} ${JSON.stringify(result.agents.find((a) => a.error)?.error)}`);

    const wall = (t1 - t0) / 1000;
    const applyOnly = (t1 - planned) / 1000;
    const requests = emulator.requests.length;
    const polls = result.agents.map((a) => a.polls);
    const pollsTotal = polls.reduce((a, b) => a + b, 0);
    const perAgent = (requests - planRequests - pollsTotal) / N;
    // Lower bound: the plan's reads (1 list + N gets, C at a time), each agent's request chain before publish
    // (read, fork, patch, verify, re-check, publish = 6) C agents at a time, one security check, then the last
    // agent's poll + activate + verify.
    const rounds = Math.ceil(N / C);
    const lower = (L * (1 + rounds) + rounds * 6 * L + S + 3 * L) / 1000;
    // The documented flow, one agent after another: fork, patch, publish, sleep 6 s, activate.
    const sequential = (N * (4 * L + S)) / 1000;
    const row = (k: string, v: string) => console.log(`${k.padEnd(34)} ${v}`);
    console.log(`apply benchmark: ${N} changed agents, security check ${S} ms, latency ${L} ms, concurrency ${C}, rps ${RPS === undefined ? "discovered (default)" : `cap ${RPS}`}`);
    row("wall time (plan + apply)", `${wall.toFixed(2)} s  (apply alone ${applyOnly.toFixed(2)} s)`);
    row("lower bound", `${lower.toFixed(2)} s`);
    row("ratio to lower bound", `${(wall / lower).toFixed(3)}  (target ≤ 1.3)`);
    row("documented sequential flow", `${sequential.toFixed(1)} s (computed: N × (4 requests × latency + check))`);
    row("speed-up over sequential", `${(sequential / wall).toFixed(1)}×  (target ≥ 20×)`);
    row("requests per changed agent", `${perAgent.toFixed(2)} + polls  (target ≤ 9)`);
    row("polls per agent", `max ${Math.max(...polls)}, mean ${(pollsTotal / N).toFixed(2)}  (target ≤ 6)`);
    row("total requests", `${requests} (plan ${planRequests}, apply ${requests - planRequests} incl. ${pollsTotal} polls)`);
    const ok = wall / lower <= 1.3 && sequential / wall >= 20 && perAgent <= 9 && Math.max(...polls) <= 6;
    console.log(ok ? "PASS: all targets met" : "FAIL: a target was missed");
    process.exitCode = ok ? 0 : 1;
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
