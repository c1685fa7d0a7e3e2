import type { AgentDefinition } from "../model/definition.js";
import type { FieldChange } from "../model/plan.js";
import { deepEqual } from "./json-utils.js";

/**
 * Which shared file a change comes from, or undefined when it is the agent's own file's doing. Precise where a
 * field joins several files: a tool list names the files of the tools that changed, a composed prompt the
 * fragments holding the changed lines.
 */
export function changeSource(def: AgentDefinition, change: FieldChange): string | undefined {
  if (!def.sources || def.sources.length <= 1) return undefined;
  const files = new Set<string>();
  const { before, after } = change;
  if (change.path === "/spec/tools" && Array.isArray(after)) {
    const old = Array.isArray(before) ? before : [];
    after.forEach((tool, i) => {
      if (old.some((o) => deepEqual(o, tool))) return;
      const file = def.positions[`/spec/tools/${i}/name`]?.file ?? def.positions[`/spec/tools/${i}`]?.file;
      if (file) files.add(file);
    });
  } else if (change.path === "/spec/prompt" && def.promptSegments && typeof after === "string") {
    const had = new Set(typeof before === "string" ? before.split("\n") : []);
    after.split("\n").forEach((line, i) => {
      if (had.has(line)) return;
      const seg = def.promptSegments!.find((s) => i + 1 >= s.startLine && i + 1 < s.startLine + s.lineCount);
      if (seg) files.add(seg.file);
    });
  }
  if (files.size === 0) {
    const file = def.positions[change.path]?.file;
    if (file) files.add(file);
  }
  files.delete(def.file);
  return files.size > 0 ? [...files].join(", ") : undefined;
}
