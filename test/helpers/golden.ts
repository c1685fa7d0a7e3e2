import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { expect } from "vitest";

/**
 * Compares with a golden file; `UPDATE_GOLDEN=1` rewrites it (then review the diff before committing). A missing golden
 * is written and the test fails, so a new one is always looked at before it passes (and CI never invents one).
 */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`golden file missing: ${path}`);
    const missing = !existsSync(path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (missing && process.env.UPDATE_GOLDEN !== "1") throw new Error(`golden ${path} was missing and has been written; review it and re-run`);
    return;
  }
  expect(actual, `golden ${path} (UPDATE_GOLDEN=1 to regenerate)`).toBe(readFileSync(path, "utf8"));
}

/**
 * Makes run-dependent values stable: ObjectIds become <id-N> in order of first appearance, timestamps <time>,
 * the emulator's URL <base-url>, and the detected API model <api-model> (one golden serves both models).
 */
export function normalizeOutput(text: string, baseUrl: string): string {
  const ids = new Map<string, string>();
  return text
    .split(baseUrl)
    .join("<base-url>")
    .replace(/\b[0-9a-f]{24}\b/g, (id) => {
      if (!ids.has(id)) ids.set(id, `<id-${ids.size + 1}>`);
      return ids.get(id)!;
    })
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>")
    .replace(/"apiModel": "(versions|branches)"/g, '"apiModel": "<api-model>"')
    .replace(/api model: (versions|branches)/g, "api model: <api-model>")
    .replace(/model=(versions|branches)/g, "model=<api-model>")
    .replace(/\b(versions|branches) API\b/g, "<api-model> API");
}
