/**
 * Load test of the emulator: 200 concurrent clients run create/fork/patch/publish/activate loops over HTTP on
 * 127.0.0.1 for 10 s, then the store is checked for correctness (exactly one active version per agent, every
 * published version holds what its client wrote). Prints requests/s and latency percentiles.
 * The emulator runs in its own process (`atoms-gitops emulator`), as users run it, so the load generator's own HTTP
 * work does not share its event loop.
 *
 *   npx tsx bench/emulator-load.ts [--clients 200] [--seconds 10] [--agents 50]
 */
import { startEmulatorProcess } from "./emulator-process.js";
import { fileURLToPath } from "node:url";

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : def;
  return Number.isFinite(v) && v > 0 ? v : def;
}

const CLIENTS = arg("clients", 200);
const SECONDS = arg("seconds", 10);
const AGENTS = Math.min(arg("agents", 50), CLIENTS);
const KEY = "sk_emulator_local";

const RUN = fileURLToPath(new URL("../src/cli/run.ts", import.meta.url));
const { url, child: server } = await startEmulatorProcess(["--import", "tsx", RUN], ["--security-check-ms", "0"]);
const headers = { authorization: `Bearer ${KEY}`, "content-type": "application/json" };
const latencies: number[] = [];
let failures = 0;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const started = performance.now();
  const res = await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json();
  latencies.push(performance.now() - started);
  if (res.status >= 400) failures++;
  return { status: res.status, json };
}

const agentIds: string[] = [];
for (let i = 0; i < AGENTS; i++) {
  const r = await call("POST", "/agent", { name: `load-${i}`, singlePromptConfig: { prompt: "Load test" } });
  agentIds.push(r.json.data);
}

/** versionId -> the firstMessage its client wrote. */
const written = new Map<string, { agentId: string; firstMessage: string }>();
const deadline = performance.now() + SECONDS * 1000;

async function client(n: number): Promise<void> {
  const agentId = agentIds[n % AGENTS]!;
  for (let i = 0; performance.now() < deadline; i++) {
    if (i % 10 === 9) {
      // Every tenth loop also creates a fresh agent, so creation stays part of the mix.
      await call("POST", "/agent", { name: `extra-${n}-${i}`, singlePromptConfig: { prompt: "x" } });
    }
    const agent = (await call("GET", `/agent/${agentId}`)).json.data;
    const fork = await call("POST", `/agent/${agentId}/drafts`, { sourceVersionId: agent.activeVersionId });
    const draftId = fork.json.data.draftId;
    const firstMessage = `client ${n} loop ${i}`;
    await call("PATCH", `/agent/${agentId}/drafts/${draftId}/config`, { firstMessage, synthesizer: { speed: (n % 20) / 10 } });
    const pub = await call("POST", `/agent/${agentId}/drafts/${draftId}/publish`, { label: firstMessage });
    const versionId = pub.json.data._id;
    written.set(versionId, { agentId, firstMessage });
    await call("PATCH", `/agent/${agentId}/versions/${versionId}/activate`);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
const elapsed = (performance.now() - started) / 1000;
const total = latencies.length;

// Correctness checks through the API.
let problems = 0;
for (const agentId of agentIds) {
  const agent = (await call("GET", `/agent/${agentId}`)).json.data;
  let active = 0;
  for (let skip = 0; ; skip += 100) {
    const page = (await call("GET", `/agent/${agentId}/versions?limit=100&skip=${skip}`)).json.data;
    for (const v of page.versions) {
      if (v.isActive) {
        active++;
        if (v._id !== agent.activeVersionId) problems++;
      }
    }
    if (skip + 100 >= page.total) break;
  }
  if (active !== 1) {
    problems++;
    console.error(`agent ${agentId}: ${active} active versions`);
  }
}
// Every published version holds exactly what its client wrote (read back through the API, not the store).
for (const [versionId, expected] of written) {
  const res = await fetch(`${url}/agent/${expected.agentId}?versionId=${versionId}`, { headers });
  const got = ((await res.json()) as { data?: { _resolvedConfig?: { firstMessage?: unknown } } }).data?._resolvedConfig?.firstMessage;
  if (got !== expected.firstMessage) {
    problems++;
    console.error(`version ${versionId}: expected "${expected.firstMessage}", found "${String(got)}"`);
  }
}

latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
console.log(`clients ${CLIENTS}, agents ${AGENTS}, duration ${elapsed.toFixed(1)} s`);
console.log(`requests ${total} (${(total / elapsed).toFixed(0)} req/s), error responses ${failures}`);
console.log(`latency ms: p50 ${pct(50)}, p95 ${pct(95)}, p99 ${pct(99)}, max ${pct(100)}`);
console.log(`published versions checked ${written.size}; correctness problems ${problems}`);
server.kill("SIGTERM");
process.exit(problems === 0 && failures === 0 ? 0 : 1);
