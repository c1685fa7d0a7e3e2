import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, digestValue, sha256Hex } from "../../../src/plan/index.js";

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("The quick brown fox jumps over the lazy dog")).toBe(
      "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592",
    );
    expect(sha256Hex("a".repeat(1_000_000))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  });

  it("agrees with node:crypto on random inputs of every padding length", () => {
    for (let len = 0; len < 200; len++) {
      const bytes = new Uint8Array(randomBytes(len));
      expect(sha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    const text = "héllo wörld 🎙️ — ₹";
    expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });
});

describe("digestValue", () => {
  it("ignores key order and is prefixed", () => {
    expect(digestValue({ a: 1, b: [1, { d: 2, c: 3 }] })).toBe(digestValue({ b: [1, { c: 3, d: 2 }], a: 1 }));
    expect(digestValue("x")).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("distinguishes types and array order", () => {
    expect(digestValue("1")).not.toBe(digestValue(1));
    expect(digestValue([1, 2])).not.toBe(digestValue([2, 1]));
    expect(canonicalJson(-0)).toBe("0");
    expect(canonicalJson(1.0)).toBe(canonicalJson(1));
  });
});
