import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Whether git could find a repository for `dir`: a `.git` folder (or a worktree's `.git` file) in it or a folder
 * above, or GIT_DIR set. Without either, `git` would only fail, so the caller skips the process: starting one costs
 * more than the whole read of a small workspace.
 */
export function mayBeGitCheckout(dir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.GIT_DIR) return true;
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return true;
    if (dirname(d) === d) return false;
  }
}
