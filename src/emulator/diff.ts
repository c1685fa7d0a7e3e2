import { SECTIONS } from "./defaults.js";
import { deepMerge, type JsonRecord, leafChanges } from "./json.js";
import { sectionContent } from "./store.js";

export interface ConfigDiff {
  hasChanges: boolean;
  unchangedSections: string[];
  diffs: Array<{ section: string; changes: Array<{ path: string; oldValue: unknown; newValue: unknown }> }>;
}

/** Section-by-section leaf diff (§5.3 draft diff shape); `oldValue` from `base`, `newValue` from `target`. */
export function diffConfigs(base: JsonRecord, target: JsonRecord): ConfigDiff {
  const diffs: ConfigDiff["diffs"] = [];
  const unchangedSections: string[] = [];
  for (const section of SECTIONS) {
    const changes = leafChanges(sectionContent(base, section), sectionContent(target, section));
    if (changes.length === 0) unchangedSections.push(section);
    else diffs.push({ section, changes });
  }
  return { hasChanges: diffs.length > 0, unchangedSections, diffs };
}

/** Keys that a draft edit replaces wholesale even though they are objects (decided for the emulator, §4.2). */
const REPLACED_OBJECTS = new Set(["defaultVariables"]);

/** The draft-edit merge: objects deep-merge, arrays (and a few maps) replace. */
export function mergeConfig(current: JsonRecord, patch: JsonRecord): JsonRecord {
  const replaced: JsonRecord = {};
  const merged: JsonRecord = {};
  for (const [k, v] of Object.entries(patch)) (REPLACED_OBJECTS.has(k) ? replaced : merged)[k] = v;
  return { ...deepMerge(current, merged), ...replaced };
}
