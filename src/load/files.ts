import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

export const PROJECT_FILE = "atoms-gitops.yaml";

/** How a path is shown to users: relative to the working directory, with forward slashes. */
export function displayFile(absPath: string, cwd: string): string {
  const rel = relative(cwd, absPath);
  const shown = rel === "" ? "." : isAbsolute(rel) ? absPath : rel;
  return sep === "/" ? shown : shown.split(sep).join("/");
}

/** Nearest ancestor of `start` (inclusive) holding atoms-gitops.yaml or .git; else `fallback`. */
export function findRepositoryRoot(start: string, fallback: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, PROJECT_FILE)) || existsSync(join(dir, ".git"))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(fallback);
    dir = up;
  }
}

/**
 * Every `*.yaml` / `*.yml` below `dir`, sorted for deterministic output. Hidden directories and
 * node_modules are skipped; symlinked directories are not followed (no cycles).
 */
export async function findDefinitionFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name.startsWith(".") || e.name === "node_modules") continue;
        await walk(p);
      } else if (/\.ya?ml$/i.test(e.name)) {
        if (e.isFile()) found.push(p);
        else if (e.isSymbolicLink()) {
          const s = await stat(p).catch(() => undefined);
          if (s?.isFile()) found.push(p);
        }
      }
    }
  };
  await walk(dir);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
