// Benchmark: `validate` over 500 generated, varied agents. Target: under 1 s wall time.
// Run: npx tsx bench/validate.ts [count]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { main } from "../src/cli/main.js";
import { loadDefinitions } from "../src/load/index.js";

const count = Number(process.argv[2] ?? 500);
const root = mkdtempSync(join(tmpdir(), "atoms-gitops-bench-"));
mkdirSync(join(root, "agents/prompts"), { recursive: true });
writeFileSync(join(root, "atoms-gitops.yaml"), "environments:\n  default:\n    vars: { crm: https://crm.example/api, speed: 1.1 }\n");

const models = ["gpt-4o", "electron", "gpt-4.1"];
for (let i = 0; i < count; i++) {
  const kind = i % 3;
  const name = `bench-agent-${String(i).padStart(4, "0")}`;
  const tools =
    kind === 0
      ? `  tools:
    - { type: end_call, name: end_call, description: End the call when done }
    - type: transfer_call
      name: transfer
      description: Transfer to a human
      transferNumber: "+1415555${String(1000 + i).slice(-4)}"
      transferOption: { type: warm_transfer, privateHandoffOption: { type: prompt, prompt: Summarize }, publicHandoffOption: null }
    - type: api_call
      name: lookup
      description: Look up the caller
      url: \${vars.crm}/lookup/${i}
      method: POST
      timeout: 5000
      headers: { Authorization: "Bearer \${env.BENCH_TOKEN:-dev}" }
      llmParameters: [{ name: phone, description: Caller phone, type: text, required: true }]
      responseVariables: [{ variableName: tier, jsonPath: $.tier }]
`
      : kind === 1
        ? `  tools:
    - type: extract_dynamic_variables
      name: extract
      description: Extract details
      variablesExtractionSchema: [{ name: day, description: Day, type: enum, values: [mon, tue, wed] }]
  postCallAnalyticsConfig:
    dispositionMetrics:
      - { identifier: outcome, dispositionMetricPrompt: Outcome?, dispositionMetricType: ENUM, choices: [yes, no, maybe] }
      - { identifier: reached, dispositionMetricPrompt: Reached?, dispositionMetricType: BOOLEAN }
`
        : `  tools:
    - { type: knowledge_base_search, name: kb, description: Search the FAQ, knowledgeBaseId: 66c1a2b3c4d5e6f7a8b9c0d1, fillerPhrases: [One moment] }
`;
  const prompt = kind === 2 ? `  prompt: { file: prompts/${name}.md }\n` : `  prompt: |\n    You are agent number ${i}. Be helpful, brief and polite.\n    Never share account numbers.\n`;
  if (kind === 2) writeFileSync(join(root, "agents/prompts", `${name}.md`), `You are agent ${i}. Speak Hindi or English as the caller does.\n`);
  writeFileSync(
    join(root, "agents", `${name}.yaml`),
    `apiVersion: atoms-gitops/v1
kind: Agent
metadata:
  name: ${name}
  description: Generated agent ${i}
spec:
${prompt}  firstMessage: Hello from agent ${i}
  slmModel: ${models[i % models.length]}
  language: { default: en, supported: [en, hi], switching: { isEnabled: ${i % 2 === 0}, minWordsForDetection: 2 } }
  synthesizer: { voiceConfig: { model: waves_lightning_v3_1, voiceId: nyah }, speed: "\${vars.speed}", sampleRate: 16000 }
  smartTurnConfig: { isEnabled: true, waitTimeInSecs: ${(i % 10) / 2} }
  redactionConfig: { isEnabled: true }
  sessionTimeoutConfig: { timeoutTimeInSecs: ${600 + i} }
${tools}`,
  );
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

try {
  let cpu = process.cpuUsage();
  let t = performance.now();
  const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
  const loadMs = performance.now() - t;
  const loadCpu = cpuMs(cpu);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0 || result.definitions.length !== count) {
    console.error(errors.slice(0, 5));
    throw new Error(`bench agents did not validate: ${errors.length} errors, ${result.definitions.length}/${count} definitions`);
  }

  let out = "";
  const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (out += s) }, env: {}, cwd: root };
  cpu = process.cpuUsage();
  t = performance.now();
  const code = await main(["node", "atoms-gitops", "validate"], io);
  const cliMs = performance.now() - t;
  const cliCpu = cpuMs(cpu);

  console.log(`validate: ${count} agents`);
  // CPU time shows what the wall figure would be on an idle machine (the two differ when other processes compete).
  console.log(`  loadDefinitions (first run, includes schema compile): ${loadMs.toFixed(0)} ms wall, ${loadCpu.toFixed(0)} ms CPU`);
  console.log(`  CLI path (atoms-gitops validate, in-process, warm):   ${cliMs.toFixed(0)} ms wall, ${cliCpu.toFixed(0)} ms CPU  exit ${code}  "${out.trim().split("\n").at(-1)}"`);
  console.log(`  target < 1000 ms: ${Math.max(loadMs, cliMs) < 1000 ? "OK" : "MISSED"}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
