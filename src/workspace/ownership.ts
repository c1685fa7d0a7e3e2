import type { VersionInfo } from "../model/observed.js";
import { LABEL_PREFIX, PROTECT_MARKER } from "../model/versioning.js";

/**
 * `PROTECT_MARKER` (model/versioning) is carried by the versions atoms-gitops publishes for a `metadata.protect: true`
 * definition. It is recorded remotely because the protection must outlive the definition: once the file is deleted,
 * the repo no longer says anything about the agent, but its version history still does.
 */
export { PROTECT_MARKER };

/** True for the labels atoms-gitops writes (`atoms-gitops <sha>`), not for a person's label that merely mentions it. */
export function isToolLabel(label: string | null | undefined): boolean {
  if (!label) return false;
  return label === LABEL_PREFIX || label.startsWith(`${LABEL_PREFIX} `) || label.startsWith(`${LABEL_PREFIX}:`);
}

export interface Ownership {
  /** Some version/revision of the agent was published by atoms-gitops (it created, imported-and-applied or managed it). */
  owned: boolean;
  /** The newest version atoms-gitops published carries `PROTECT_MARKER`. */
  protected: boolean;
  /** The newest version atoms-gitops published, if any. */
  lastToolVersion: VersionInfo | null;
}

/**
 * Stateless ownership: the version history is the only record of who managed an agent. The newest tool-published
 * version decides protection, so removing `protect: true` and applying lifts it, while deleting the file keeps it.
 */
export function ownershipOf(versions: readonly VersionInfo[]): Ownership {
  const ours = versions.filter((v) => isToolLabel(v.label));
  const last = newestFirst(ours)[0] ?? null;
  const protectedNow = last !== null && [last.label, last.description].some((t) => (t ?? "").includes(PROTECT_MARKER));
  return { owned: ours.length > 0, protected: protectedNow, lastToolVersion: last };
}

/** Versions newest first: by number, then by publish time (v2 revisions of other branches may share numbers). */
export function newestFirst(versions: readonly VersionInfo[]): VersionInfo[] {
  return [...versions].sort((a, b) => {
    const byTime = (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "");
    if (a.number !== null && b.number !== null && a.number !== b.number) return b.number - a.number;
    return byTime;
  });
}
