import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

/** Compares with a golden file; `UPDATE_GOLDEN=1` rewrites it (then review the diff before committing). */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`golden file missing: ${path}`);
    writeFileSync(path, actual);
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
