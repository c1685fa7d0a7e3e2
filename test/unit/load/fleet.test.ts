import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { loadDefinitions } from "../../../src/load/index.js";
import { formatDiagnostic } from "../../../src/model/diagnostic.js";
import { agentYaml, tempRepo } from "./helpers.js";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
function repo(files: Record<string, string>, project?: string): string {
  const root = tempRepo(files, project);
  roots.push(root);
  return root;
}
const load = (root: string) => loadDefinitions({ dir: "agents", cwd: root, processEnv: { CRM_TOKEN: "tok-secret-123" } });
const shown = (ds: { diagnostics: Parameters<typeof formatDiagnostic>[0][] }) => ds.diagnostics.map(formatDiagnostic).join("\n");

const BASE = `apiVersion: atoms-gitops/v1
kind: AgentBase
metadata:
  name: voice
spec:
  firstMessage: Hello from the base
  synthesizer:
    speed: 1.1
    voiceConfig: { model: waves_lightning_v3_1, voiceId: nyah }
  tools:
    - { ref: ../tools/end-call.yaml }
`;
const END_CALL = `apiVersion: atoms-gitops/v1
kind: Tool
metadata:
  name: end-call
spec:
  type: end_call
  name: end_call
  description: Ends the call when the caller is done.
`;

describe("bases, shared tools and composed prompts", () => {
  it("merges objects key by key, replaces lists whole, and keeps each field's file", async () => {
    const root = repo({
      "bases/voice.yaml": BASE,
      "tools/end-call.yaml": END_CALL,
      "prompts/intro.md": "You are Acme support.\n",
      "prompts/rules.md": "Never share ticket numbers.\n",
      "agents/a.yaml": `${agentYaml("a-bot", "  synthesizer:\n    speed: 0.9\n  prompt:\n    files: [../prompts/intro.md, ../prompts/rules.md]\n")}extends: ../bases/voice.yaml\n`,
      "agents/b.yaml": agentYaml("b-bot", "  firstMessage: Hi\n"),
    });
    const result = await load(root);
    expect(result.diagnostics, shown(result)).toEqual([]);
    const a = result.definitions.find((d) => d.metadata.name === "a-bot")!;
    expect(a.spec.firstMessage).toBe("Hello from the base");
    expect(a.spec.synthesizer).toEqual({ speed: 0.9, voiceConfig: { model: "waves_lightning_v3_1", voiceId: "nyah" } });
    expect(a.spec.tools).toEqual([{ type: "end_call", name: "end_call", description: "Ends the call when the caller is done." }]);
    expect(a.spec.prompt).toBe("You are Acme support.\n\nNever share ticket numbers.\n");
    expect(a.positions["/spec/firstMessage"]?.file).toBe("bases/voice.yaml");
    expect(a.positions["/spec/synthesizer/speed"]?.file).toBe("agents/a.yaml");
    expect(a.positions["/spec/tools/0/description"]?.file).toBe("tools/end-call.yaml");
    expect(a.sources).toEqual(["agents/a.yaml", "bases/voice.yaml", "tools/end-call.yaml", "prompts/intro.md", "prompts/rules.md"]);
    expect(result.definitions.find((d) => d.metadata.name === "b-bot")!.spec.firstMessage).toBe("Hi");
  });

  it("never treats a base or a tool file under agents/ as an agent", async () => {
    const root = repo({ "agents/base.yaml": BASE.replace("../tools/", "../tools/"), "tools/end-call.yaml": END_CALL, "agents/x.yaml": `${agentYaml("x-bot")}extends: base.yaml\n` });
    const result = await load(root);
    expect(result.diagnostics, shown(result)).toEqual([]);
    expect(result.definitions.map((d) => d.metadata.name)).toEqual(["x-bot"]);
    expect(result.fileCount).toBe(1);
  });

  it.each([
    ["an extends cycle", { "bases/a.yaml": "apiVersion: atoms-gitops/v1\nkind: AgentBase\nmetadata: { name: a }\nextends: b.yaml\n", "bases/b.yaml": "apiVersion: atoms-gitops/v1\nkind: AgentBase\nmetadata: { name: b }\nextends: a.yaml\n", "agents/x.yaml": `${agentYaml("x-bot")}extends: ../bases/a.yaml\n` }, "ref/extends-cycle", "bases/b.yaml", 4],
    ["a missing base", { "agents/x.yaml": `${agentYaml("x-bot")}extends: ../bases/nope.yaml\n` }, "ref/missing-file", "agents/x.yaml", 5],
    ["a base of the wrong kind", { "agents/y.yaml": agentYaml("y-bot"), "agents/x.yaml": `${agentYaml("x-bot")}extends: y.yaml\n` }, "ref/wrong-kind", "agents/x.yaml", 5],
    ["a base outside the repository", { "agents/x.yaml": `${agentYaml("x-bot")}extends: ../../../../../../../etc/base.yaml\n` }, "ref/outside-repo", "agents/x.yaml", 5],
    ["a ref to a non-Tool file", { "bases/voice.yaml": BASE, "agents/x.yaml": agentYaml("x-bot", "  tools:\n    - ref: ../bases/voice.yaml\n") }, "ref/wrong-kind", "agents/x.yaml", 7],
    ["a duplicate tool name through a ref", { "tools/end-call.yaml": END_CALL, "agents/x.yaml": agentYaml("x-bot", "  tools:\n    - { type: end_call, name: end_call, description: inline }\n    - ref: ../tools/end-call.yaml\n") }, "rule/duplicate-tool-name", "agents/x.yaml", 8],
  ])("%s is a located error and yields no definition", async (_name, files, code, file, line) => {
    const result = await load(repo(files as Record<string, string>));
    const d = result.diagnostics.find((x) => x.code === code);
    expect(d, shown(result)).toMatchObject({ severity: "error", file, line });
    expect(result.definitions.map((x) => x.metadata.name)).not.toContain("x-bot");
  });

  it("a problem inside a shared tool is reported at the tool file and names the agents using it", async () => {
    const bad = END_CALL.replace("type: end_call", "type: end_cal");
    const result = await load(repo({ "tools/end-call.yaml": bad, "agents/a.yaml": agentYaml("a-bot", "  tools:\n    - ref: ../tools/end-call.yaml\n"), "agents/b.yaml": agentYaml("b-bot", "  tools:\n    - ref: ../tools/end-call.yaml\n") }));
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors, shown(result)).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: "tools/end-call.yaml", line: 6 });
    expect(errors[0]!.hint).toContain("used by a-bot, b-bot");
  });
});

describe("policies", () => {
  const POLICY = `apiVersion: atoms-gitops/v1
kind: Policy
rules:
  - id: no-fast-voices
    severity: deny
    message: speech faster than 1.2 is hard to follow
    agents: ["support-*"]
    require:
      properties:
        spec:
          properties:
            synthesizer: { properties: { speed: { maximum: 1.2 } } }
  - id: prod-https
    severity: warn
    message: production tools use https
    environments: [production]
    require: { properties: { spec: { properties: { tools: { items: { properties: { url: { pattern: "^https://" } } } } } } } }
`;
  const files = {
    "policies/team.yaml": POLICY,
    "agents/fast.yaml": agentYaml("support-fast", "  synthesizer: { speed: 1.5 }\n  tools:\n    - { type: api_call, name: crm, description: CRM, url: 'http://crm.example/${env.CRM_TOKEN}', method: GET }\n"),
    "agents/other.yaml": agentYaml("sales-fast", "  synthesizer: { speed: 1.5 }\n"),
  };

  it("a deny is an error at the agent's file and failing path, only for matching agents", async () => {
    const result = await load(repo(files, "policies: [policies/*.yaml]\nenvironments: { production: {} }\n"));
    const d = result.diagnostics.filter((x) => x.code.startsWith("policy/"));
    expect(d.map((x) => `${x.severity} ${x.code} ${x.file}:${x.line} ${x.path}`)).toEqual(["error policy/no-fast-voices agents/fast.yaml:6 /spec/synthesizer/speed"]);
  });

  it("environments scope a rule; violations never print a value", async () => {
    const root = repo(files, "policies: [policies/*.yaml]\nenvironments: { production: {} }\n");
    const result = await loadDefinitions({ dir: "agents", cwd: root, env: "production", processEnv: { CRM_TOKEN: "tok-secret-123" } });
    const warn = result.diagnostics.find((x) => x.code === "policy/prod-https");
    expect(warn).toMatchObject({ severity: "warning", file: "agents/fast.yaml", path: "/spec/tools/0/url" });
    expect(shown(result)).not.toContain("tok-secret-123");
  });

  it("builtin:recommended flags a missing end_call tool and plain http", async () => {
    const result = await load(repo(files, "policies: [builtin:recommended]\n"));
    const codes = result.diagnostics.filter((x) => x.file === "agents/fast.yaml").map((x) => `${x.severity} ${x.code}`);
    expect(codes).toEqual(expect.arrayContaining(["error policy/end-call-tool", "error policy/https-tools", "warning policy/first-message"]));
  });

  it.each([
    ["a bad JSON Schema", POLICY.replace("maximum: 1.2", "maximum: fast"), "policy/invalid-schema"],
    ["an unknown severity", POLICY.replace("severity: deny", "severity: block"), "policy-file/enum"],
    ["a misspelt keyword", POLICY.replace("maximum: 1.2", "maximun: 1.2"), "policy/invalid-schema"],
    ["a keyword value of the wrong type", POLICY.replace("properties: { speed: { maximum: 1.2 } }", "properties: { speed: { type: fast } }"), "policy/invalid-schema"],
    ["a list keyword given a string", POLICY.replace("synthesizer: { properties: { speed: { maximum: 1.2 } } }", "synthesizer: { required: speed }"), "policy/invalid-schema"],
  ])("a malformed policy (%s) is a located error", async (_n, text, code) => {
    const result = await load(repo({ ...files, "policies/team.yaml": text }, "policies: [policies/team.yaml]\n"));
    expect(result.diagnostics.find((x) => x.code === code), shown(result)).toMatchObject({ severity: "error", file: "policies/team.yaml" });
  });

  it("a policies entry that matches no file is an error, not silence", async () => {
    const result = await load(repo(files, "policies: [policy/*.yaml]\n"));
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "policy/no-files", file: "atoms-gitops.yaml", line: 1 })]);
  });
});
