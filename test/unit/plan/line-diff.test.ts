import { describe, expect, it } from "vitest";
import { diffLineOps, unifiedHunks } from "../../../src/plan/line-diff.js";

function sides(ops: ReturnType<typeof diffLineOps>) {
  return {
    before: ops.filter((o) => o.kind !== "+").map((o) => o.text),
    after: ops.filter((o) => o.kind !== "-").map((o) => o.text),
  };
}

/** Length of a longest common subsequence, by dynamic programming. */
function lcs(a: string[], b: string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i]![j] = a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
  return dp[a.length]![b.length]!;
}

describe("diffLineOps", () => {
  it("reconstructs both sides with a minimal edit script (random inputs)", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: Math.floor(rand() * 12) }, () => "abcd"[Math.floor(rand() * 4)]!);
      const b = Array.from({ length: Math.floor(rand() * 12) }, () => "abcd"[Math.floor(rand() * 4)]!);
      const ops = diffLineOps(a, b);
      expect(sides(ops)).toEqual({ before: a, after: b });
      expect(ops.filter((o) => o.kind === " ").length).toBe(lcs(a, b));
    }
  });

  it("builds unified hunks with 3 lines of context", () => {
    const a = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    const b = ["1", "2", "3", "4", "five", "6", "7", "8", "9", "10"];
    const hunks = unifiedHunks(diffLineOps(a, b));
    expect(hunks).toHaveLength(1);
    expect(hunks[0]?.header).toBe("@@ -2,7 +2,7 @@");
    expect(hunks[0]?.lines.map((l) => l.kind + l.text)).toEqual([" 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8"]);
    expect(unifiedHunks(diffLineOps([], ["a", "b"]))[0]?.header).toBe("@@ -0,0 +1,2 @@");
    expect(unifiedHunks(diffLineOps(["a"], ["a"]))).toEqual([]);
  });

  it("splits distant changes into separate hunks", () => {
    const a = Array.from({ length: 30 }, (_, i) => `l${i}`);
    const b = a.map((l, i) => (i === 2 || i === 25 ? `${l}!` : l));
    expect(unifiedHunks(diffLineOps(a, b)).map((h) => h.header)).toEqual(["@@ -1,6 +1,6 @@", "@@ -23,7 +23,7 @@"]);
  });
});
