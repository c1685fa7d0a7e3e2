import { readFileSync, statSync } from "node:fs";
import type { Diagnostic } from "../model/diagnostic.js";

/** Definitions and prompts are small; anything larger is a mistake (or an attack) and is refused before reading. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type SourceText = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Reads a text file, refusing oversized, binary (NUL) and non-UTF-8 content with a located diagnostic. */
export async function readSourceText(absPath: string, displayFile: string): Promise<SourceText> {
  const fail = (code: string, message: string, line = 1, column = 1): SourceText => ({
    ok: false,
    diagnostic: { severity: "error", code, message, file: displayFile, line, column },
  });
  let size: number;
  try {
    size = statSync(absPath).size;
  } catch (err) {
    return fail("file/unreadable", `cannot read file: ${(err as NodeJS.ErrnoException).code ?? "error"}`);
  }
  if (size > MAX_FILE_BYTES) {
    return fail("file/too-large", `file is ${formatBytes(size)}; the limit is ${formatBytes(MAX_FILE_BYTES)}`);
  }
  let bytes: Buffer;
  try {
    // Synchronous on purpose: for hundreds of small files, thread-pool round trips cost more than the reads.
    bytes = readFileSync(absPath);
  } catch (err) {
    return fail("file/unreadable", `cannot read file: ${(err as NodeJS.ErrnoException).code ?? "error"}`);
  }
  const nul = bytes.indexOf(0);
  // Native validation is the fast path; the byte scanner runs only to locate a problem.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  const firstProblem = [nul, bad].filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (firstProblem !== undefined) {
    const { line, column } = lineColumnOfByte(bytes, firstProblem);
    return firstProblem === nul
      ? fail("file/binary", "file contains a NUL byte; expected UTF-8 text", line, column)
      : fail("file/encoding", "file is not valid UTF-8 text", line, column);
  }
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

const strictDecoder = new TextDecoder("utf-8", { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictDecoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Exact bytes first: a rounded size alone reads "1.0 MiB; the limit is 1.0 MiB" for a file one byte over. */
function formatBytes(n: number): string {
  const rounded = n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
  return `${n.toLocaleString("en-US")} bytes (${rounded})`;
}

/** Offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineColumnOfByte(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (b[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Column counts characters, approximated by non-continuation bytes.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if (((b[i] ?? 0) & 0xc0) !== 0x80) column++;
  return { line, column };
}
