import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { generateValidator, SCHEMA_PATH, VALIDATOR_OPTIONS, VALIDATOR_PATH } from "../../../scripts/gen-validator.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { validateProject as generatedProjectValidator } from "../../../src/load/agent-validator.generated.js";
import { PROJECT_SCHEMA } from "../../../src/load/project-schema.js";
import { schemaValidator } from "../../../src/load/schema.js";

describe("precompiled agent validator (src/load/agent-validator.generated.ts)", () => {
  it("is in sync with schemas/agent.schema.json", () => {
    if (readFileSync(VALIDATOR_PATH, "utf8") !== generateValidator()) {
      expect.fail("src/load/agent-validator.generated.ts is out of date with schemas/agent.schema.json: run npx tsx scripts/gen-validator.ts");
    }
  });

  it("reports exactly what a validator compiled at run time reports, verbose details included", () => {
    const compiled = new Ajv2020(VALIDATOR_OPTIONS).compile(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as Record<string, unknown>);
    const documents: unknown[] = [
      { apiVersion: "atoms-gitops/v1", kind: "Agent", metadata: { name: "ok" }, spec: { prompt: "Hi", slmModel: "gpt-4o" } },
      { apiVersion: "v2", kind: "Agent", metadata: { name: "has space", phoneNumber: "x" }, spec: { slmModel: "gpt4o", promt: "typo" } },
      { apiVersion: "atoms-gitops/v1", kind: "Agent", metadata: { name: "t" }, spec: { tools: [{ type: "api_call", name: "Bad Name", url: "ftp://x", timeout: 1 }], language: { default: "en" } } },
      { apiVersion: "atoms-gitops/v1", kind: "Agent", metadata: { name: "n", phoneNumbers: ["+1415", "+1415"] }, spec: { synthesizer: { speed: 9 }, prompt: 3 } },
      [],
    ];
    const validate = schemaValidator();
    for (const doc of documents) {
      const ok = validate(doc);
      expect(ok).toBe(compiled(doc));
      expect(validate.errors ?? null).toEqual(compiled.errors ?? null);
    }
    // The second document is wrong in several places; every error carries the schema that rejected it.
    validate(documents[1]);
    expect(validate.errors?.length).toBeGreaterThan(2);
    expect(validate.errors?.every((e) => e.parentSchema !== undefined)).toBe(true);
  });

  it("validates atoms-gitops.yaml exactly as a validator compiled at run time does", () => {
    const compiled = new Ajv2020(VALIDATOR_OPTIONS).compile(PROJECT_SCHEMA);
    const validateProject = generatedProjectValidator as unknown as ValidateFunction;
    const documents: unknown[] = [
      { environments: { default: { baseUrl: "https://api.example/v1", apiKeyEnv: "KEY", vars: { a: 1 } } } },
      { environments: { prod: { baseUrl: "ftp://x", apiKeyEnv: "1BAD", extra: true } }, other: 1 },
      { environments: [] },
    ];
    for (const doc of documents) {
      expect(validateProject(doc)).toBe(compiled(doc));
      expect(validateProject.errors ?? null).toEqual(compiled.errors ?? null);
    }
  });
});
