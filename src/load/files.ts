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
 * node_modules are skipped; symlinked directories are not followed (no cycles). Symlinked files are listed even when
 * their target is missing or unreadable.
 */
export async function findDefinitionFiles(dir: string, unreadableDirs?: Array<{ dir: string; code: string }>): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (err) {
      // Without a caller to tell, failing loudly is the only way not to pass the folder's agents off as absent.
      if (!unreadableDirs) throw err;
      unreadableDirs.push({ dir: d, code: (err as NodeJS.ErrnoException).code ?? "error" });
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name.startsWith(".") || e.name === "node_modules") continue;
        await walk(p);
      } else if (/\.ya?ml$/i.test(e.name)) {
        if (e.isFile()) found.push(p);
        else if (e.isSymbolicLink()) {
          // A link that cannot be followed is kept: loading it reports the error. Dropping it would make its agent
          // look deleted, and --prune archives deleted agents.
          const s = await stat(p).catch(() => undefined);
          if (!s?.isDirectory()) found.push(p);
        }
      }
    }
  };
  await walk(dir);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
