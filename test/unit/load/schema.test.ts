import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { loadDefinitions } from "../../../src/load/index.js";
import { REPO } from "./helpers.js";

describe("agent.schema.json", () => {
  const schema = JSON.parse(readFileSync(join(REPO, "schemas/agent.schema.json"), "utf8")) as Record<string, unknown>;

  it("compiles in ajv strict mode (JSON Schema 2020-12)", () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it("rejects unknown keys everywhere a typo could hide", () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const base = { apiVersion: "atoms-gitops/v1", kind: "Agent", metadata: { name: "a" } };
    expect(validate({ ...base, spec: { synthesizer: { voiceConfig: { voiceID: "nyah" } } } })).toBe(false);
    expect(validate({ ...base, spec: { tools: [{ type: "end_call", name: "bye", description: "d", url: "https://x" }] } })).toBe(false);
    expect(validate({ ...base, spec: { postCallAnalyticsConfig: { successMetrics: [] } } })).toBe(false);
    expect(validate({ ...base, spec: { tools: [{ type: "end_call", name: "bye", description: "d" }] } })).toBe(true);
  });

  it("allows null only for the two handoff options", () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const tool = (option: unknown) => ({
      apiVersion: "atoms-gitops/v1",
      kind: "Agent",
      metadata: { name: "a" },
      spec: { tools: [{ type: "transfer_call", name: "t", description: "d", transferNumber: "+14155550123", transferOption: { type: "warm_transfer", privateHandoffOption: option } }] },
    });
    expect(validate(tool(null))).toBe(true);
    expect(validate(tool({ type: "static", prompt: "hi" }))).toBe(true);
    expect(validate(tool({ type: "static" }))).toBe(false);
  });
});

describe("agents/ examples", () => {
  it("every example definition loads with zero errors and zero warnings, without any env var set", async () => {
    const result = await loadDefinitions({ dir: "agents", cwd: REPO, processEnv: {} });
    expect(result.diagnostics).toEqual([]);
    expect(result.fileCount).toBeGreaterThanOrEqual(3);
    expect(result.definitions).toHaveLength(result.fileCount);
    const names = result.definitions.map((d) => d.metadata.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("resolves the prompt file, the vars (keeping numbers numeric) and marks env-derived values sensitive", async () => {
    const result = await loadDefinitions({ dir: "agents", cwd: REPO, processEnv: { ACME_CRM_TOKEN: "tok-123" } });
    const support = result.definitions.find((d) => d.metadata.name === "acme-support-desk");
    const bilingual = result.definitions.find((d) => d.promptFile !== undefined);
    expect(support).toBeDefined();
    expect(bilingual?.promptFile).toBe("agents/prompts/bharat-payments-reminder.md");
    expect(typeof bilingual?.spec.prompt).toBe("string");
    expect(bilingual?.spec.prompt).toContain("Bharat Broadband");
    const synth = support?.spec.synthesizer as { speed: unknown };
    expect(synth.speed).toBe(1.1);
    const tool = (support?.spec.tools as Array<{ headers?: Record<string, string> }>)[0];
    expect(tool?.headers?.Authorization).toBe("Bearer tok-123");
    expect(support?.sensitivePaths).toContain("/spec/tools/0/headers/Authorization");
    expect(support?.positions["/metadata/name"]).toEqual({ file: "agents/support-desk.yaml", line: 5, column: 9 });
    expect(support?.positions["/spec/synthesizer/speed"]?.line).toBeGreaterThan(5);
  });

  it("production vars differ from default vars", async () => {
    const def = await loadDefinitions({ dir: "agents", cwd: REPO, processEnv: {} });
    const prod = await loadDefinitions({ dir: "agents", cwd: REPO, env: "production", processEnv: {} });
    const number = (r: typeof def) => (r.definitions.find((d) => d.metadata.name === "acme-support-desk")?.spec.tools as Array<{ transferNumber?: string }>)[1]?.transferNumber;
    expect(number(def)).toBe("+14155550123");
    expect(number(prod)).toBe("+14155550199");
    expect(prod.diagnostics).toEqual([]);
  });
});
