// Soak: 100 agents, 10 % of API requests failing at random (500/503/429, seeded), three applies in a row with
// changes between them. Reports, per apply and in total, how many agents converged, requests made, retries and wall
// time, against the same runs without faults.
//   npx tsx bench/soak.ts [--agents 100] [--rate 0.1] [--model versions|branches] [--seed 7]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyWorkspace, createClient, createEmulator, loadDefinitions, planWorkspace } from "../src/index.js";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ""), process.argv[i + 1] ?? "");
const AGENTS = Number(args.get("agents") ?? 100);
const RATE = Number(args.get("rate") ?? 0.1);
const MODEL = (args.get("model") ?? "versions") as "versions" | "branches";
const SEED = Number(args.get("seed") ?? 7);
const KEY = "sk_emulator_local";

const BASE = {
  singlePromptConfig: { prompt: "You are a helpful support agent.\n", tools: [{ type: "end_call", name: "end_call", description: "End the call." }] },
  firstMessage: "Hi.",
  slmModel: "gpt-4o",
  synthesizer: { voiceConfig: { model: "waves_lightning_v3_1", voiceId: "nyah" }, speed: 1.1 },
};

function yaml(name: string, round: number): string {
  return `apiVersion: atoms-gitops/v1
kind: Agent
metadata:
  name: ${name}
  description: Round ${round}
spec:
  prompt: |
    You are a helpful support agent.
    Revision ${round} of the script for ${name}.
  firstMessage: Hi.
  slmModel: gpt-4o
  synthesizer:
    voiceConfig:
      model: waves_lightning_v3_1
      voiceId: nyah
    speed: ${(1 + round / 10).toFixed(1)}
  tools:
    - type: end_call
      name: end_call
      description: End the call.
`;
}

interface RoundReport {
  round: number;
  applied: number;
  failed: number;
  converged: number;
  requests: number;
  retries: number;
  rateLimited: number;
  seconds: number;
}

async function soak(faultRate: number): Promise<RoundReport[]> {
  const emulator = createEmulator({
    model: MODEL,
    securityCheckMs: 200,
    ...(faultRate > 0 ? { faultRate: { probability: faultRate, statuses: [500, 503, 429], seed: SEED } } : {}),
  });
  const dir = mkdtempSync(join(tmpdir(), "atoms-gitops-soak-"));
  mkdirSync(join(dir, "agents"));
  const names = Array.from({ length: AGENTS }, (_, i) => `agent-${String(i).padStart(3, "0")}`);
  for (const n of names) emulator.control.seedAgent({ name: n, config: BASE });
  const reports: RoundReport[] = [];
  try {
    for (let round = 1; round <= 3; round++) {
      // Changes between applies: every agent's prompt, speed and description move on.
      for (const n of names) writeFileSync(join(dir, "agents", `${n}.yaml`), yaml(n, round));
      const client = createClient({ baseUrl: "http://127.0.0.1/atoms/v1", apiKey: KEY, fetch: (r) => emulator.fetch(r), rps: 1000, concurrency: 16 });
      const started = performance.now();
      let applied = 0;
      let failed = 0;
      // A deploy job retries the command (not the request) until it converges: at most 3 attempts per round.
      for (let attempt = 1; attempt <= 3; attempt++) {
        const load = await loadDefinitions({ dir: "agents", cwd: dir, processEnv: {} });
        const ws = await planWorkspace({ load, client, dir: "agents" });
        if (!ws.plan.agents.some((a) => a.action === "update" || a.action === "create")) break;
        const result = await applyWorkspace({
          plan: ws.plan,
          definitions: ws.definitions,
          saved: false,
        }, { client, label: `atoms-gitops soak-${round}`, limits: { concurrency: 16 }, journal: { dir: join(dir, ".atoms-gitops", "journal") } });
        applied += result.summary.applied;
        failed += result.summary.failed;
      }
      const seconds = (performance.now() - started) / 1000;
      const stats = client.stats();
      // Convergence is measured with faults off: plan empty for the agent, and no draft left open.
      emulator.control.setFaultRate(null);
      const check = createClient({ baseUrl: "http://127.0.0.1/atoms/v1", apiKey: KEY, fetch: (r) => emulator.fetch(r), rps: 1000 });
      const load = await loadDefinitions({ dir: "agents", cwd: dir, processEnv: {} });
      const verify = await planWorkspace({ load, client: check, dir: "agents" });
      const converged = verify.plan.agents.filter((a) => a.action === "noop").length - emulator.state.openDrafts();
      if (faultRate > 0) emulator.control.setFaultRate({ probability: faultRate, statuses: [500, 503, 429], seed: SEED + round });
      reports.push({ round, applied, failed, converged, ...stats, seconds });
    }
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return reports;
}

function print(title: string, rows: RoundReport[]): void {
  console.log(`\n${title}`);
  console.log("round  applied  failed-attempts  converged  requests  retries  429s  wall s");
  for (const r of rows) {
    console.log(
      `${String(r.round).padEnd(7)}${String(r.applied).padEnd(9)}${String(r.failed).padEnd(17)}${`${r.converged}/${AGENTS}`.padEnd(11)}${String(r.requests).padEnd(10)}${String(r.retries).padEnd(9)}${String(r.rateLimited).padEnd(6)}${r.seconds.toFixed(1)}`,
    );
  }
}

const clean = await soak(0);
print(`Fault-free (${AGENTS} agents, ${MODEL})`, clean);
const faulty = await soak(RATE);
print(`With ${Math.round(RATE * 100)} % of requests failing (500/503/429, seed ${SEED})`, faulty);
const sum = (rows: RoundReport[], k: "requests" | "retries" | "seconds") => rows.reduce((n, r) => n + r[k], 0);
console.log(
  `\nTotal: requests ${sum(faulty, "requests")} vs ${sum(clean, "requests")} fault-free (×${(sum(faulty, "requests") / sum(clean, "requests")).toFixed(2)}), ` +
    `retries ${sum(faulty, "retries")}, wall ${sum(faulty, "seconds").toFixed(1)} s vs ${sum(clean, "seconds").toFixed(1)} s ` +
    `(×${(sum(faulty, "seconds") / sum(clean, "seconds")).toFixed(2)}); converged every round: ${faulty.every((r) => r.converged === AGENTS) ? "yes" : "NO"}`,
);
if (!faulty.every((r) => r.converged === AGENTS)) process.exitCode = 1;
