import { execFile } from "node:child_process";
import { isAbsolute, relative, sep } from "node:path";
import { mayBeGitCheckout } from "./git-checkout.js";

/**
 * The files git tracks below the repository root (paths relative to it, forward slashes), or undefined outside a
 * git checkout (or without git): then only the path rules apply. One `git ls-files` per load, not one per file.
 */
export function trackedFiles(rootReal: string): Promise<string[] | undefined> {
  if (!mayBeGitCheckout(rootReal)) return Promise.resolve(undefined);
  return new Promise((done) => {
    execFile("git", ["ls-files", "-z", "--cached"], { cwd: rootReal, maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (err, stdout) => {
      done(err ? undefined : stdout.split("\0").filter((p) => p !== ""));
    });
  });
}

export function isInside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

export interface PathRefusal {
  code: string;
  /** Completes "prompt file "x" …" / "definition file …". */
  reason: string;
  hint?: string;
}

/**
 * Why a file inside the repository must not be read into a definition, or undefined when it may be.
 *
 * Hidden paths are refused as a whole rather than by a list of credential names: `.git/config` (a CI checkout's
 * persisted token), `.env*`, `.npmrc`, `.netrc`, `.ssh/`, `.aws/`, `.docker/` are all dot-paths, and a prompt has no
 * reason to live in one. Files git does not track are refused because local secrets are, by convention, ignored
 * files: whatever a plan prints must already be in the repository for everyone to read.
 */
export function refusePath(rootReal: string, absPath: string, tracked: ReadonlySet<string> | undefined, checkTracked: boolean): PathRefusal | undefined {
  const rel = relative(rootReal, absPath).split(sep).join("/");
  const segments = rel.split("/");
  if (segments.some((s) => s.toLowerCase() === ".git")) {
    return { code: "ref/git-internals", reason: "is inside .git/ (repository internals, which can hold credentials)" };
  }
  const hidden = segments.find((s) => s.startsWith("."));
  if (hidden !== undefined) {
    return { code: "ref/hidden-path", reason: `is a hidden path (${hidden}); hidden files often hold credentials`, hint: "move the prompt to a folder whose name does not start with a dot" };
  }
  if (checkTracked && tracked !== undefined && !tracked.has(rel)) {
    return { code: "ref/untracked-file", reason: "is not tracked by git", hint: "commit it (or `git add` it) first: only files in the repository can go into a definition (prompts, bases, tools, policies)" };
  }
  return undefined;
}
