import { realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { isInside as inside, refusePath } from "./path-rules.js";
import { readSourceText } from "./source-text.js";
import type { Diagnostic } from "../model/diagnostic.js";

export type RepoFileFailure = { ok: false; code: string; message: string; hint?: string; diagnostic?: Diagnostic };

export type ResolvedRepoFile = { ok: true; absPath: string; realPath: string } | RepoFileFailure;

export type PromptFileResult = { ok: true; text: string; absPath: string; realPath: string } | RepoFileFailure;

/**
 * Where a file a definition points at (a prompt, a base, a shared tool) really is, or why it may not be read:
 * relative to the YAML file, and inside the repository root both as written and after resolving symlinks, so a
 * definition can never pull in /etc/passwd or a file outside the checkout. The path rules (no .git/, no hidden
 * paths, only tracked files in a git checkout) hold for the path as written and for the file it finally resolves to.
 * `tracked` is undefined outside a git checkout. `what` names the file in messages ("prompt file", "base", …).
 */
export async function resolveRepoFile(
  ref: string,
  yamlAbs: string,
  rootReal: string,
  display: (abs: string) => string,
  tracked?: ReadonlySet<string>,
  what = "prompt file",
): Promise<ResolvedRepoFile> {
  if (isAbsolute(ref) || /^[A-Za-z]:[\\/]/.test(ref)) {
    return { ok: false, code: "ref/absolute-path", message: `${what} "${ref}" is an absolute path`, hint: "write a path relative to this YAML file" };
  }
  const lexical = resolve(dirname(yamlAbs), ref);
  const yamlDirReal = await realpath(dirname(yamlAbs)).catch(() => dirname(yamlAbs));
  const candidate = resolve(yamlDirReal, ref);
  if (!inside(rootReal, candidate) && !inside(rootReal, lexical)) {
    return { ok: false, code: "ref/outside-repo", message: `${what} "${ref}" is outside the repository root` };
  }
  // Checked before touching the file, so even its existence inside .git/ is not revealed.
  const asWritten = inside(rootReal, candidate) ? refusePath(rootReal, candidate, tracked, false) : undefined;
  if (asWritten) return { ok: false, code: asWritten.code, message: `${what} "${ref}" ${asWritten.reason}`, ...(asWritten.hint ? { hint: asWritten.hint } : {}) };
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    return { ok: false, code: "ref/missing-file", message: `${what} "${ref}" does not exist`, hint: `looked for ${display(lexical)}` };
  }
  if (!inside(rootReal, real)) {
    return { ok: false, code: "ref/outside-repo", message: `${what} "${ref}" resolves (through a symlink) outside the repository root` };
  }
  const refused = refusePath(rootReal, real, tracked, true) ?? (real === candidate ? undefined : refusePath(rootReal, candidate, tracked, true));
  if (refused) {
    const via = real === candidate ? "" : " (through a symlink)";
    return { ok: false, code: refused.code, message: `${what} "${ref}"${via} ${refused.reason}`, ...(refused.hint ? { hint: refused.hint } : {}) };
  }
  const s = await stat(real);
  if (!s.isFile()) return { ok: false, code: "ref/not-a-file", message: `${what} "${ref}" is not a regular file` };
  return { ok: true, absPath: lexical, realPath: real };
}

/** Reads a file `resolveRepoFile` allowed, as text with LF line endings. */
export async function readResolvedText(file: { absPath: string; realPath: string }, display: (abs: string) => string): Promise<PromptFileResult> {
  const read = await readSourceText(file.realPath, display(file.absPath));
  if (!read.ok) return { ok: false, code: read.diagnostic.code, message: read.diagnostic.message, diagnostic: read.diagnostic };
  // Line endings are normalised as YAML does for inline text: a checkout that converts LF to CRLF (or an editor
  // that does) would otherwise plan a change to every line with no visible difference.
  return { ok: true, text: read.text.replace(/\r\n?/g, "\n"), absPath: file.absPath, realPath: file.realPath };
}
