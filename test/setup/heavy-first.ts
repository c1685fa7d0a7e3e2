import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Files that run child processes or real waits, longest first. Vitest's own order puts files it has no timing for
 * by size, so on a fresh clone a short file that walks action.yml (~7 s) could start last and leave the other
 * workers idle while it runs alone. Listed ones start first; the rest keep vitest's order.
 */
const HEAVY = [
  "test/integration/action-preview-steps.test.ts",
  "test/integration/action-preview-deploy.test.ts",
  "test/integration/fault-matrix-versions.test.ts",
  "test/integration/fault-matrix-branches.test.ts",
  "test/integration/action-walk-summaries.test.ts",
  "test/unit/ci/workflow-lint.test.ts",
  "test/unit/load/worker.test.ts",
  "test/integration/resilience-interrupt.test.ts",
];

export default class HeavyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = HEAVY.findIndex((h) => f.moduleId.endsWith(h));
      return i < 0 ? HEAVY.length : i;
    };
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}
