import { describe, expect, it } from "vitest";
import { renderDriftMarkdown, renderDriftText, type DriftReport } from "../../../src/day2/drift.js";

function report(drifted: number, inSync: number): DriftReport {
  return {
    formatVersion: "1",
    checkedAt: "2026-01-01T00:00:00.000Z",
    target: { baseUrl: "http://127.0.0.1:1/atoms/v1", apiModel: "versions" },
    drifted: Array.from({ length: drifted }, (_, i) => ({ name: `a${i}`, id: null, kind: "missing" as const, changes: [] })),
    inSync,
    unmanaged: [{ name: "legacy", id: "0".repeat(24) }],
    resources: [],
    resourcesInSync: 0,
  };
}

describe("drift wording agrees with its counts", () => {
  it("one agent differs, one matches; two agents differ, two match", () => {
    expect(renderDriftText(report(1, 1))).toContain("1 agent differs from git, 1 matches.");
    expect(renderDriftText(report(2, 2))).toContain("2 agents differ from git, 2 match.");
    expect(renderDriftText(report(0, 1))).toContain("1 agent matches git.");
    expect(renderDriftMarkdown(report(1, 0))).toContain("1 agent differs from git");
    expect(renderDriftMarkdown(report(0, 2))).toContain("2 agents match git.");
    expect(renderDriftMarkdown(report(0, 1))).toContain("1 unmanaged agent: legacy");
  });
});
