import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.js";
import { leftovers } from "../setup/temp-root.js";

describe("the run's temp root", () => {
  it("names what a test left behind, and not the caches of the tools the tests run under", () => {
    const root = tempDir("atoms-gitops-temp-root-");
    mkdirSync(join(root, "atoms-gitops-load-abc123"));
    writeFileSync(join(root, "atoms-gitops-fault-matrix.txt"), "");
    mkdirSync(join(root, "tsx-0"));
    expect(leftovers(root)).toEqual(["atoms-gitops-fault-matrix.txt", "atoms-gitops-load-abc123"]);
  });
});
