import { DRAFT_NAME_PREFIX } from "../model/versioning.js";

/** Server limit on draft names (docs/atoms-api.md §5.3). */
const MAX_DRAFT_NAME = 100;

/**
 * `atoms-gitops: run 1a2b3c4d: <label>`: the prefix marks the draft as the tool's (a later run may discard it), the
 * run id tells concurrent runs' drafts apart. The run id comes first so clipping a long label never cuts it.
 */
export function draftNameFor(runId: string | undefined, label: string): string {
  const name = runId ? `${DRAFT_NAME_PREFIX} run ${runId}: ${label}` : `${DRAFT_NAME_PREFIX} ${label}`;
  return name.slice(0, MAX_DRAFT_NAME);
}

/** The run id in a draft name of ours, or null (a foreign draft, or ours from a version without run ids). */
export function runIdOfDraft(name: string | null): string | null {
  if (!name?.startsWith(DRAFT_NAME_PREFIX)) return null;
  return /^atoms-gitops: run ([0-9a-f]+):/.exec(name)?.[1] ?? null;
}

export function isOurDraft(name: string | null): boolean {
  return Boolean(name?.startsWith(DRAFT_NAME_PREFIX));
}
