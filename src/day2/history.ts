import { AtomsGitopsError, UserInputError } from "../errors.js";
import type { AgentDefinition } from "../model/definition.js";
import type { AgentSummary, ObservedAgent, VersionInfo } from "../model/observed.js";
import type { AgentsApi, PublishedHandle, VersioningAdapter } from "../model/versioning.js";
import { LABEL_PREFIX } from "../model/versioning.js";
import { SecurityCheckWaiter } from "../apply/security-check.js";
import { deepEqual, resolvedToSpec } from "../plan/index.js";
import { isToolLabel, newestFirst } from "../workspace/ownership.js";
import { sleep as realSleep } from "../sleep.js";

export interface HistoryClient extends Pick<AgentsApi, "listAgents" | "getAgent"> {
  versioning(): Pick<VersioningAdapter, "listVersions" | "restore" | "getVersion">;
}

export interface AgentHistory {
  agent: ObservedAgent;
  /** Newest first; `isActive` follows the agent's `activeVersionId` (the authority, whatever the list says). */
  versions: VersionInfo[];
}

/**
 * The agent a user means by NAME: a definition's pinned id, a 24-hex id, or the one non-archived agent with that
 * exact name. Ambiguity is an error that lists the candidates, never a guess.
 */
export async function findAgent(api: Pick<AgentsApi, "listAgents">, ref: string, definitions: AgentDefinition[] = []): Promise<AgentSummary> {
  const remote = await api.listAgents();
  const pinned = definitions.find((d) => d.metadata.name === ref)?.metadata.id;
  const byId = remote.find((a) => a.id === (pinned ?? ref));
  if (byId) return byId;
  if (pinned) throw new UserInputError(`${ref} is pinned to agent ${pinned}, which is not in this workspace (or is archived)`);
  const hits = remote.filter((a) => a.name === ref);
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) {
    throw new UserInputError(`${hits.length} agents are named "${ref}": ${hits.map((a) => a.id).join(", ")}; pass the id instead`);
  }
  const near = remote.filter((a) => a.name.toLowerCase().includes(ref.toLowerCase())).slice(0, 5).map((a) => `"${a.name}"`);
  throw new UserInputError(`no agent named "${ref}" in this workspace${near.length ? ` (similar: ${near.join(", ")})` : ""}`);
}

export async function agentHistory(client: HistoryClient, agentId: string): Promise<AgentHistory> {
  const agent = await client.getAgent(agentId);
  const versions = newestFirst(await client.versioning().listVersions(agentId)).map((v) => ({ ...v, isActive: v.id === agent.activeVersionId }));
  return { agent, versions };
}

export function checkPassed(v: VersionInfo): boolean {
  // A version without a check (very old data) counts as passed (docs/atoms-api.md §5.4).
  return v.securityCheck === null || v.securityCheck.status === "passed";
}

/**
 * `previous` = the newest version older than the active one whose check passed; a 24-hex id; an exact label
 * (the newest version with it); or a version number (`7`, `v7`) when no label is spelt that way.
 */
export function resolveRollbackTarget(history: AgentHistory, to: string): VersionInfo {
  const { versions } = history;
  const active = versions.find((v) => v.isActive);
  const describe = (v: VersionInfo) => `${v.number !== null ? `#${v.number} ` : ""}${v.id}${v.label ? ` "${v.label}"` : ""}`;
  const candidates = () =>
    versions
      .slice(0, 10)
      .map((v) => `  ${describe(v)}${v.isActive ? " (active)" : ""}`)
      .join("\n");

  if (to === "previous") {
    if (!active) throw new AtomsGitopsError(`${history.agent.name}: the active version ${history.agent.activeVersionId} is not in the version history`);
    const older = versions.slice(versions.indexOf(active) + 1);
    const target = older.find(checkPassed);
    if (!target) throw new UserInputError(`${history.agent.name}: no earlier version whose security check passed; versions:\n${candidates()}`);
    return target;
  }
  const byId = versions.find((v) => v.id === to);
  if (byId) return byId;
  const byLabel = versions.filter((v) => v.label === to);
  if (byLabel.length > 0) return byLabel[0]!;
  const num = /^v?(\d+)$/i.exec(to);
  if (num) {
    const byNumber = versions.filter((v) => v.number === Number(num[1]));
    if (byNumber.length === 1) return byNumber[0]!;
    if (byNumber.length > 1) throw new UserInputError(`${history.agent.name}: ${byNumber.length} versions are numbered ${num[1]}: pass an id:\n${byNumber.map((v) => `  ${describe(v)}`).join("\n")}`);
  }
  throw new UserInputError(`${history.agent.name}: no version with id or label "${to}"; newest versions:\n${candidates()}`);
}

export interface RollbackResult {
  agent: ObservedAgent;
  from: VersionInfo | null;
  target: VersionInfo;
  /** The version now active: the target itself (v1) or the new head revision restored from it (v2). */
  activeVersionId: string;
  alreadyActive: boolean;
}

export interface RollbackOptions {
  securityCheckTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * The platform's restore: no config is written. v1 activates the target; v2 re-publishes it as a new head
 * (which may be scanned first). Then the same verification as apply: the active version and its config.
 */
export async function rollbackAgent(client: HistoryClient, history: AgentHistory, target: VersionInfo, options: RollbackOptions = {}): Promise<RollbackResult> {
  const from = history.versions.find((v) => v.isActive) ?? null;
  const base = { agent: history.agent, from, target };
  if (target.isActive) return { ...base, activeVersionId: target.id, alreadyActive: true };
  if (!checkPassed(target)) {
    const check = target.securityCheck;
    throw new UserInputError(
      `cannot roll back ${history.agent.name} to ${target.id}: its security check ${check?.status === "failed" ? `failed (${check.reason ?? "no reason given"})` : `is ${check?.status}`}; the platform never activates such a version`,
    );
  }
  const versioning = client.versioning();
  const published = await versioning.restore(history.agent.id, target.id);
  await awaitCheck(versioning, published, options);

  const live = await client.getAgent(history.agent.id);
  if (live.activeVersionId !== published.versionId) {
    throw new AtomsGitopsError(
      `rollback of ${history.agent.name} not verified: active version is ${live.activeVersionId}, expected ${published.versionId}`,
    );
  }
  const wanted = await client.getAgent(history.agent.id, { versionId: target.id });
  if (!deepEqual(resolvedToSpec(live.resolved), resolvedToSpec(wanted.resolved))) {
    throw new AtomsGitopsError(`rollback of ${history.agent.name} not verified: the live config differs from version ${target.id}`);
  }
  return { ...base, agent: live, activeVersionId: published.versionId, alreadyActive: false };
}

async function awaitCheck(versioning: Pick<VersioningAdapter, "getVersion">, published: PublishedHandle, options: RollbackOptions): Promise<void> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const first = await versioning.getVersion(published);
  if (checkPassed(first) && first.status !== "draft") return;
  const waiter = new SecurityCheckWaiter({ now, sleep, timeoutMs: options.securityCheckTimeoutMs ?? 120_000 });
  const outcome = await waiter.waitFor(now(), () => versioning.getVersion(published));
  if (outcome.status === "failed") {
    throw new AtomsGitopsError(`the restored version ${published.versionId} failed its security check: ${outcome.reason}`);
  }
}

/** The commit a tool label names (`atoms-gitops <sha>`), if it looks like one. */
export function commitOfLabel(label: string | null): string | null {
  if (!isToolLabel(label)) return null;
  const rest = label!.slice(LABEL_PREFIX.length).trim().split(/\s+/)[0] ?? "";
  return /^[0-9a-f]{7,40}$/i.test(rest) ? rest : null;
}

/** What the user must do in git so the repo matches the live agent again. */
export function followUp(result: RollbackResult, file: string | undefined): string {
  const name = result.agent.name;
  const where = file ?? `the definition of ${name}`;
  const sha = commitOfLabel(result.from?.label ?? null);
  const refresh = `atoms-gitops import --agent ${result.agent.id} --force`;
  if (sha) {
    return `The repo no longer matches ${name}: run \`git revert ${sha}\` (the commit in the label of the version rolled back from) or update ${where} (\`${refresh}\` rewrites it from the live agent), then atoms-gitops plan.`;
  }
  return `The repo may no longer match ${name}: update ${where} (\`${refresh}\` rewrites it from the live agent), then atoms-gitops plan; otherwise the next apply undoes this rollback.`;
}
