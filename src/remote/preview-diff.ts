import type { ServerDiffSection } from "../model/preview.js";
import { isRecord, str } from "./reader.js";

/**
 * Both diff shapes the API has served (§5.3): `{diffs: [{section, changes: [{path}]}]}` and the older
 * `{sections: {[s]: {changed}}}`. Paths are display text (the live API flattens some voice paths).
 */
export function toServerDiff(data: unknown): ServerDiffSection[] {
  if (!isRecord(data)) return [];
  if (Array.isArray(data.diffs)) {
    return data.diffs.flatMap((d) => {
      if (!isRecord(d)) return [];
      const section = str(d.section) ?? "(unnamed)";
      const paths = Array.isArray(d.changes) ? d.changes.flatMap((c) => (isRecord(c) && str(c.path) ? [str(c.path)!] : [])) : [];
      return [{ section, paths }];
    });
  }
  if (isRecord(data.sections)) {
    return Object.entries(data.sections).flatMap(([section, s]) => (isRecord(s) && s.changed === true ? [{ section, paths: [] }] : []));
  }
  return [];
}
