import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { validate as precompiled } from "./agent-validator.generated.js";

/**
 * The agent-definition validator. Compiled ahead of time (scripts/gen-validator.ts, with allErrors and verbose:
 * errors carry their parentSchema, which is where did-you-mean finds the allowed keys), so no run pays the compile.
 */
export function schemaValidator(): ValidateFunction {
  return precompiled as unknown as ValidateFunction;
}

export type { ErrorObject };
