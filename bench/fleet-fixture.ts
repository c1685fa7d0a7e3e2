// A generated fleet for bench/fleet.ts and the read-once test: agents sharing bases, tool files and prompt fragments,
// checked by builtin:recommended and a team policy file.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface FleetShape {
  agents: number;
  /** Bases: base-0 is the root every other base extends; agents extend base-1 … base-(bases-1). */
  bases: number;
  /** Tool files: tool-00 is end_call (every agent uses it), the others api_call tools. */
  tools: number;
  prompts: number;
}

export const FLEET_500: FleetShape = { agents: 500, bases: 5, tools: 20, prompts: 10 };

const pad = (n: number, width: number) => String(n).padStart(width, "0");
export const baseFile = (b: number) => `bases/base-${b}.yaml`;
export const toolFile = (t: number) => `tools/tool-${pad(t, 2)}.yaml`;
export const promptFile = (p: number) => `prompts/fragment-${p}.md`;
export const agentFile = (i: number) => `agents/agent-${pad(i, 4)}.yaml`;

export interface FleetOptions {
  /** Synthesizer speed of base-2: the plan bench changes it to reach every agent extending that base. */
  base2Speed?: number;
  /** Extra line in fragment 3. */
  fragment3Note?: string;
}

/** Writes the fleet under `root` (which must exist) and returns the shared files' paths, relative to it. */
export function writeFleet(root: string, shape: FleetShape = FLEET_500, options: FleetOptions = {}): { shared: string[] } {
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  const shared: string[] = [];
  write("atoms-gitops.yaml", "policies: [builtin:recommended, policies/*.yaml]\nenvironments:\n  default:\n    vars: { api: https://api.acme.example }\n");
  write(
    "policies/team.yaml",
    `apiVersion: atoms-gitops/v1
kind: Policy
metadata: { name: team }
rules:
  - id: calm-voice
    severity: warn
    message: speech faster than 1.3 is hard to follow on a phone line
    require: { properties: { spec: { properties: { synthesizer: { properties: { speed: { maximum: 1.3 } } } } } } }
  - id: approved-model
    severity: deny
    message: agents run on a model the team has reviewed
    agents: ["agent-*"]
    require: { properties: { spec: { required: [slmModel], properties: { slmModel: { enum: [gpt-4o, electron] } } } } }
`,
  );
  shared.push("policies/team.yaml");

  write(
    baseFile(0),
    `apiVersion: atoms-gitops/v1
kind: AgentBase
metadata: { name: acme-root }
spec:
  slmModel: gpt-4o
  language: { default: en, supported: [en, hi], switching: { isEnabled: true } }
  synthesizer: { voiceConfig: { model: waves_lightning_v3_1, voiceId: nyah }, speed: 1.1 }
  redactionConfig: { isEnabled: true }
  tools:
    - ref: ../${toolFile(0)}
`,
  );
  shared.push(baseFile(0));
  for (let b = 1; b < shape.bases; b++) {
    const speed = b === 2 && options.base2Speed !== undefined ? options.base2Speed : 1 + b / 20;
    write(
      baseFile(b),
      `apiVersion: atoms-gitops/v1
kind: AgentBase
metadata: { name: line-${b} }
extends: base-0.yaml
spec:
  synthesizer: { speed: ${speed} }
  sessionTimeoutConfig: { timeoutTimeInSecs: ${600 + b * 60} }
  postCallAnalyticsConfig:
    dispositionMetrics:
      - { identifier: resolved, dispositionMetricPrompt: Was the issue resolved?, dispositionMetricType: BOOLEAN }
      - { identifier: outcome, dispositionMetricPrompt: How did the call end?, dispositionMetricType: ENUM, choices: [sale, callback, none] }
`,
    );
    shared.push(baseFile(b));
  }

  write(toolFile(0), "apiVersion: atoms-gitops/v1\nkind: Tool\nmetadata: { name: end-call }\nspec:\n  type: end_call\n  name: end_call\n  description: End the call politely when the caller is done.\n");
  shared.push(toolFile(0));
  for (let t = 1; t < shape.tools; t++) {
    write(
      toolFile(t),
      `apiVersion: atoms-gitops/v1
kind: Tool
metadata: { name: tool-${t} }
spec:
  type: api_call
  name: lookup_${t}
  description: Look up record type ${t} for the caller.
  url: \${vars.api}/records/${t}/{{caller_number}}
  method: POST
  timeout: 5000
  headers: { Authorization: "Bearer \${env.BENCH_TOKEN:-dev}" }
  llmParameters: [{ name: reference, description: The caller's reference, type: text, required: true }]
  responseVariables: [{ variableName: status_${t}, jsonPath: $.status }]
`,
    );
    shared.push(toolFile(t));
  }

  for (let p = 0; p < shape.prompts; p++) {
    const lines = Array.from({ length: 20 }, (_, k) => `Rule ${p}.${k}: keep the caller informed and never guess an answer.`);
    if (p === 3 && options.fragment3Note) lines.push(options.fragment3Note);
    write(promptFile(p), `${lines.join("\n")}\n`);
    shared.push(promptFile(p));
  }

  const apiTools = shape.tools - 1;
  for (let i = 0; i < shape.agents; i++) {
    const base = 1 + (i % (shape.bases - 1));
    const t1 = 1 + (i % apiTools);
    const t2 = 1 + ((i + 7) % apiTools);
    const p1 = i % shape.prompts;
    const p2 = (i + 1) % shape.prompts;
    write(
      agentFile(i),
      `apiVersion: atoms-gitops/v1
kind: Agent
metadata:
  name: agent-${pad(i, 4)}
  description: Generated fleet agent ${i}
extends: ../${baseFile(base)}
spec:
  prompt:
    files: [../${promptFile(p1)}, ../${promptFile(p2)}]
  firstMessage: Hello, this is line ${i} of Acme.
  smartTurnConfig: { isEnabled: true, waitTimeInSecs: ${(i % 10) / 2} }
  tools:
    - ref: ../${toolFile(0)}
    - ref: ../${toolFile(t1)}${t2 !== t1 ? `\n    - ref: ../${toolFile(t2)}` : ""}
`,
    );
  }
  return { shared };
}
