import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { digestKeyCheck, hmacSha256Hex, keyPlanDigests, UserInputError, type Plan } from "../index.js";

/**
 * Where the key of a saved plan's secret digests lives. Never in the plan file:
 * - `ATOMS_PLAN_DIGEST_KEY` set (a CI secret shared by the plan and apply jobs): the plan's key is derived from it and a
 *   random per-plan nonce stored in the file, so every plan has its own key and the artifact alone tests no guess;
 * - otherwise a random key in `<plan>.key` beside the plan (mode 0600), which an upload must leave out.
 */
export const DIGEST_KEY_ENV = "ATOMS_PLAN_DIGEST_KEY";

export function sidecarKeyPath(planPath: string): string {
  return `${planPath}.key`;
}

function derive(secret: string, nonce: string): Uint8Array {
  return Buffer.from(hmacSha256Hex(new TextEncoder().encode(secret), `plan-nonce:${nonce}`), "hex");
}

/** The plan to write, plus the sidecar key file to write beside it (none when the key derives from the env secret). */
export function sealPlanForFile(plan: Plan, env: NodeJS.ProcessEnv): { plan: Plan; sidecarKey?: string } {
  const secret = env[DIGEST_KEY_ENV];
  if (secret) {
    const nonce = randomBytes(16).toString("hex");
    const sealed = keyPlanDigests(plan, derive(secret, nonce));
    return { plan: { ...sealed, secretDigests: { ...sealed.secretDigests!, nonce } } };
  }
  const key = randomBytes(32);
  return { plan: keyPlanDigests(plan, key), sidecarKey: key.toString("hex") };
}

/**
 * JSON on standard output, often kept in a CI log, without --out: its secret digests are keyed as well, with a key
 * derived from the workspace's API key (or `ATOMS_PLAN_DIGEST_KEY`), so a log reader cannot test guesses while two runs
 * against one workspace still print the same plan. Such output is for reading and diffing; saved plans come from --out.
 */
export function sealPlanForOutput(plan: Plan, env: NodeJS.ProcessEnv, workspaceKey: Uint8Array): Plan {
  const secret = env[DIGEST_KEY_ENV];
  if (secret) {
    const nonce = "standard-output";
    const sealed = keyPlanDigests(plan, derive(secret, nonce));
    return { ...sealed, secretDigests: { ...sealed.secretDigests!, nonce } };
  }
  return keyPlanDigests(plan, Buffer.from(hmacSha256Hex(workspaceKey, "atoms-gitops plan output digests"), "hex"));
}

export async function writeSidecarKey(planPath: string, hex: string): Promise<void> {
  await writeFile(sidecarKeyPath(planPath), `${hex}\n`, { mode: 0o600 });
}

/** The key a saved plan's secret digests need, or undefined for a plan without keyed digests (older files). */
export async function digestKeyForPlan(plan: Plan, planPath: string, planFileName: string, env: NodeJS.ProcessEnv): Promise<Uint8Array | undefined> {
  const meta = plan.secretDigests;
  if (!meta) return undefined;
  let key: Uint8Array;
  if (meta.nonce) {
    const secret = env[DIGEST_KEY_ENV];
    if (!secret) {
      throw new UserInputError(`${planFileName} keys its secret digests with ${DIGEST_KEY_ENV}, which is not set; set the same secret the plan job had`);
    }
    key = derive(secret, meta.nonce);
  } else {
    let text: string;
    try {
      text = await readFile(sidecarKeyPath(planPath), "utf8");
    } catch {
      throw new UserInputError(
        `${planFileName} needs its digest key ${planFileName}.key (written beside it by plan --out); copy it along, or plan with ${DIGEST_KEY_ENV} set`,
      );
    }
    key = Buffer.from(text.trim(), "hex");
  }
  if (digestKeyCheck(key) !== meta.keyCheck) {
    throw new UserInputError(`the digest key given for ${planFileName} is not the one it was planned with; plan again`);
  }
  return key;
}
