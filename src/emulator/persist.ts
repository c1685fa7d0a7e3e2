import { existsSync, readFileSync, renameSync, writeFileSync, unlinkSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { isPlainObject } from "./json.js";
import type { StoreData } from "./store.js";

/** Loads a persisted store. A missing file is a fresh start; a corrupt one is an error, never a silent reset. */
export function loadState(path: string): StoreData | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(
      `Emulator state file ${path} is corrupt (not valid JSON: ${(err as Error).message}). Fix it or delete it to start empty.`,
    );
  }
  if (
    !isPlainObject(parsed) ||
    parsed.formatVersion !== 1 ||
    !isPlainObject(parsed.orgs) ||
    (parsed.model !== "versions" && parsed.model !== "branches")
  ) {
    throw new Error(
      `Emulator state file ${path} is corrupt (not an emulator state, formatVersion 1). Fix it or delete it to start empty.`,
    );
  }
  return parsed as unknown as StoreData;
}

/** Atomic write: a temp file in the same directory, then rename over the target. */
export function saveState(path: string, data: StoreData): void {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temp file may not exist
    }
    throw err;
  }
}
