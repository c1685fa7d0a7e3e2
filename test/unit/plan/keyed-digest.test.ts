import { describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { digestValue, hmacSha256Hex, keyPlanDigests } from "../../../src/plan/index.js";
import type { Plan } from "../../../src/model/plan.js";

describe("keyed secret digests", () => {
  it("is HMAC-SHA256 (RFC 4231 case 2, and long keys as node:crypto does)", () => {
    const enc = new TextEncoder();
    expect(hmacSha256Hex(enc.encode("Jefe"), "what do ya want for nothing?")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
    const long = enc.encode("k".repeat(131));
    expect(hmacSha256Hex(long, "m")).toBe(createHmac("sha256", long).update("m").digest("hex"));
  });

  it("replaces every plain secret digest, so the file holds no digest a guess can be tested against", () => {
    const plain = digestValue("Bearer tok_1234");
    const configDigest = digestValue({ spec: "Bearer tok_1234" });
    const plan = {
      source: { dir: "agents", configDigest },
      agents: [{ name: "a", changes: [{ path: "/spec/tools", kind: "config", before: [{ headers: { A: { sensitive: true, digest: plain } } }], after: { sensitive: true, digest: plain } }] }],
    } as unknown as Plan;
    const k1 = keyPlanDigests(plan, new Uint8Array(32).fill(1));
    const k2 = keyPlanDigests(plan, new Uint8Array(32).fill(2));
    const text = JSON.stringify(k1);
    expect(text).not.toContain(plain.slice("sha256:".length));
    // The definitions digest covers the secret's value too, so it is keyed like the secret digests.
    expect(text).not.toContain(configDigest.slice("sha256:".length));
    expect(k1.source.configDigest).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    // Two secret digests, the definitions digest and the key check.
    expect(text.match(/hmac-sha256:[0-9a-f]{64}/g)).toHaveLength(4);
    // Another key, another digest: two plans of the same secret cannot even be linked.
    expect(JSON.stringify(k2.agents)).not.toBe(JSON.stringify(k1.agents));
    expect(k1.secretDigests?.keyCheck).not.toBe(k2.secretDigests?.keyCheck);
  });
});
