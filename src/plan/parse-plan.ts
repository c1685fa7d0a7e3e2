import type { ValidateFunction } from "ajv/dist/2020.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { PLAN_FORMAT_VERSION } from "../model/plan.js";
import type { Plan } from "../model/plan.js";
import { isPlainObject } from "./json-utils.js";
import { PLAN_SCHEMA } from "./plan-schema.js";
import { summarize } from "./build-plan.js";

let validator: ValidateFunction | undefined;
/** ajv is loaded only when a saved plan is read: every other command starts ~45 ms faster without it. */
async function validate(): Promise<ValidateFunction> {
  if (!validator) {
    const { Ajv2020 } = await import("ajv/dist/2020.js");
    validator = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(PLAN_SCHEMA);
  }
  return validator;
}

const SUPPORTED_MAJOR = PLAN_FORMAT_VERSION.split(".")[0]!;

/** Reads a saved plan (`plan --out`). Every problem is a diagnostic; `plan` is set only when there is none. */
export async function parsePlanJson(text: string, file?: string): Promise<{ plan?: Plan; diagnostics: Diagnostic[] }> {
  const diag = (code: string, message: string, path?: string, hint?: string): Diagnostic => {
    const d: Diagnostic = { severity: "error", code, message };
    if (file !== undefined) d.file = file;
    if (path !== undefined) d.path = path;
    if (hint !== undefined) d.hint = hint;
    return d;
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { diagnostics: [diag("plan/invalid-json", `not a JSON plan: ${(e as Error).message}`)] };
  }
  if (!isPlainObject(doc)) return { diagnostics: [diag("plan/invalid", "a plan must be a JSON object")] };

  const version = doc["formatVersion"];
  if (typeof version === "string" && /^\d+\.\d+$/.test(version) && version.split(".")[0] !== SUPPORTED_MAJOR) {
    return {
      diagnostics: [
        diag(
          "plan/format-version",
          `plan format ${version} is not supported (this atoms-gitops reads ${SUPPORTED_MAJOR}.x)`,
          "/formatVersion",
          "re-run `atoms-gitops plan` with this version of the tool",
        ),
      ],
    };
  }

  const check = (await validate());
  if (!check(doc)) {
    const diagnostics = (check.errors ?? []).map((e) =>
      diag("plan/schema", `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`, e.instancePath || "/"),
    );
    return { diagnostics };
  }

  const plan = doc as unknown as Plan;
  const counted = summarize(plan.agents);
  const diagnostics: Diagnostic[] = [];
  for (const key of Object.keys(counted) as Array<keyof typeof counted>) {
    if (counted[key] !== plan.summary[key]) {
      diagnostics.push(diag("plan/summary-mismatch", `summary.${key} is ${plan.summary[key]} but the plan lists ${counted[key]}`, `/summary/${key}`));
    }
  }
  return diagnostics.length > 0 ? { diagnostics } : { plan, diagnostics };
}
