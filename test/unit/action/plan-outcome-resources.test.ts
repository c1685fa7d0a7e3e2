import { describe, expect, it } from "vitest";
import { countsOf, describeOutcome, hasChanges, labelFor } from "../../../src/action/plan-outcome.js";

describe("a plan that changes only knowledge bases or webhooks", () => {
  const plan = { agents: [{ action: "noop" }], resources: [{ action: "update" }, { action: "noop" }, { action: "unmanaged" }] };

  it("counts as changes, labelled and described as immediate", () => {
    const counts = countsOf(plan);
    expect(counts).toEqual({ create: 0, update: 0, archive: 0, noop: 1, immediate: 1 });
    expect(hasChanges(counts)).toBe(true);
    expect(labelFor({ kind: "planned", counts })).toBe("atoms:changes");
    expect(describeOutcome({ kind: "planned", counts })).toBe("0 to create, 0 to update, 0 to archive, 1 immediate KB/webhook change");
  });

  it("without resource changes the counts are as before", () => {
    expect(countsOf({ agents: [{ action: "noop" }], resources: [{ action: "noop" }] })).toEqual({ create: 0, update: 0, archive: 0, noop: 1 });
  });
});
