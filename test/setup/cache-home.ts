import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The CLI remembers learned rate limits in the user's cache directory: point it at a folder of this run, so tests
 * neither read what a developer's own runs learned nor leave entries in their home, and remove it afterwards.
 */
export default function setup(): () => void {
  // Once per run, not once per vitest project.
  if (process.env.XDG_CACHE_HOME?.includes("atoms-gitops-test-cache-")) return () => {};
  const dir = mkdtempSync(join(tmpdir(), "atoms-gitops-test-cache-"));
  process.env.XDG_CACHE_HOME = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
