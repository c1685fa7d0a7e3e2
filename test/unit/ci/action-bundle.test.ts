import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM build script without type declarations
import { staleBundleFiles } from "../../../scripts/bundle-action.mjs";

describe("action-bundle/", () => {
  it("is what the sources build (run `node scripts/bundle-action.mjs` and commit it when this fails)", async () => {
    expect(await (staleBundleFiles as () => Promise<string[]>)()).toEqual([]);
  }, 60_000);
});
