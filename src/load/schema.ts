import { readFileSync } from "node:fs";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { validate as precompiled } from "./agent-validator.generated.js";

/** schemas/agent.schema.json sits two levels above both src/load and dist/load. */
export const AGENT_SCHEMA_URL = new URL("../../schemas/agent.schema.json", import.meta.url);

let cachedSchema: Record<string, unknown> | undefined;

export function agentSchema(): Record<string, unknown> {
  cachedSchema ??= JSON.parse(readFileSync(AGENT_SCHEMA_URL, "utf8")) as Record<string, unknown>;
  return cachedSchema;
}

/**
 * The agent-definition validator. Compiled ahead of time (scripts/gen-validator.ts, with allErrors and verbose:
 * errors carry their parentSchema, which is where did-you-mean finds the allowed keys), so no run pays the compile.
 */
export function schemaValidator(): ValidateFunction {
  return precompiled as unknown as ValidateFunction;
}

export type { ErrorObject };
