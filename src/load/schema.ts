import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";

/** schemas/agent.schema.json sits two levels above both src/load and dist/load. */
export const AGENT_SCHEMA_URL = new URL("../../schemas/agent.schema.json", import.meta.url);

let cached: ValidateFunction | undefined;
let cachedSchema: Record<string, unknown> | undefined;

export function agentSchema(): Record<string, unknown> {
  cachedSchema ??= JSON.parse(readFileSync(AGENT_SCHEMA_URL, "utf8")) as Record<string, unknown>;
  return cachedSchema;
}

/** The compiled agent-definition validator: compiled once per process, on first use. */
export function schemaValidator(): ValidateFunction {
  if (!cached) {
    // verbose: errors carry their parentSchema, which is where did-you-mean finds the allowed keys.
    const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
    cached = ajv.compile(agentSchema());
  }
  return cached;
}

export type { ErrorObject };
