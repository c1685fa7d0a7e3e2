import { execFile } from "node:child_process";
import { mayBeGitCheckout } from "../load/git-checkout.js";

/** Short SHA of HEAD in `cwd`, or undefined outside a git checkout (labels then fall back to a timestamp). */
export function gitShortSha(cwd: string): Promise<string | undefined> {
  if (!mayBeGitCheckout(cwd)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    execFile("git", ["rev-parse", "--short", "HEAD"], { cwd, timeout: 5000 }, (err, stdout) => {
      resolve(err ? undefined : stdout.trim() || undefined);
    });
  });
}
