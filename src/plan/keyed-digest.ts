import type { JsonValue } from "../model/json.js";
import type { AgentPlan, FieldChange, Plan, PlanValue } from "../model/plan.js";
import { isPlainObject, isSensitiveValue } from "./json-utils.js";
import { sha256Hex } from "./sha256.js";

// A bare sha256 of a secret lets anyone holding the plan file test guesses of a low-entropy value (a short token, a
// PIN-like header). A saved plan therefore stores HMAC-SHA256(key, sha256-digest) with a per-plan random key kept
// outside the file: without the key the digest reveals nothing testable; with it, apply still sees a changed secret.

export const KEYED_PREFIX = "hmac-sha256:";
const CHECK_MESSAGE = "atoms-gitops saved-plan digest key";

const encoder = new TextEncoder();

export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** RFC 2104 HMAC over the pure SHA-256 (plan/ may not import node:crypto). */
export function hmacSha256Hex(key: Uint8Array, message: string): string {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? hexToBytes(sha256Hex(key)) : key);
  const inner = new Uint8Array(64);
  const outer = new Uint8Array(64);
  for (let i = 0; i < 64; i++) {
    inner[i] = block[i]! ^ 0x36;
    outer[i] = block[i]! ^ 0x5c;
  }
  const msg = encoder.encode(message);
  const innerInput = new Uint8Array(64 + msg.length);
  innerInput.set(inner);
  innerInput.set(msg, 64);
  const innerHash = hexToBytes(sha256Hex(innerInput));
  const outerInput = new Uint8Array(64 + 32);
  outerInput.set(outer);
  outerInput.set(innerHash, 64);
  return sha256Hex(outerInput);
}

/** Stored in the plan so apply can tell "wrong key" from "changed secret" without the check revealing the key. */
export function digestKeyCheck(key: Uint8Array): string {
  return `${KEYED_PREFIX}${hmacSha256Hex(key, CHECK_MESSAGE)}`;
}

function keyValue(value: PlanValue, key: Uint8Array): PlanValue {
  if (isSensitiveValue(value)) {
    if (value.digest.startsWith(KEYED_PREFIX)) return value;
    return { sensitive: true, digest: `${KEYED_PREFIX}${hmacSha256Hex(key, value.digest)}` };
  }
  if (Array.isArray(value)) return value.map((v) => keyValue(v, key) as JsonValue);
  if (isPlainObject(value)) {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = keyValue(v, key) as JsonValue;
    return out;
  }
  return value;
}

/**
 * The definitions digest covers every value, secrets included: bare, it is as testable as a bare secret digest to
 * anyone holding the file and the repository (every other input is in git). Keyed like the secrets, for the same reason.
 */
export function keyConfigDigest(digest: string, key: Uint8Array): string {
  return digest.startsWith(KEYED_PREFIX) ? digest : `${KEYED_PREFIX}${hmacSha256Hex(key, digest)}`;
}

/** The change with every plain secret digest replaced by its keyed one (already keyed digests stay as they are). */
export function keyChangeDigests(change: FieldChange, key: Uint8Array): FieldChange {
  const out: FieldChange = { ...change };
  if (change.before !== undefined) out.before = keyValue(change.before, key);
  if (change.after !== undefined) out.after = keyValue(change.after, key);
  return out;
}

/** The plan as it is written to a file: secret digests and the definitions digest keyed, and the key's check value recorded. */
export function keyPlanDigests(plan: Plan, key: Uint8Array): Plan {
  const agents: AgentPlan[] = plan.agents.map((a) => ({ ...a, changes: a.changes.map((c) => keyChangeDigests(c, key)) }));
  const source = { ...plan.source, configDigest: keyConfigDigest(plan.source.configDigest, key) };
  return { ...plan, source, agents, secretDigests: { algorithm: "hmac-sha256", keyCheck: digestKeyCheck(key) } };
}
