import type { AgentDefinition } from "../model/definition.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { AgentSummary } from "../model/observed.js";

export interface MatchResult {
  matches: Array<{ definition: AgentDefinition; remote: AgentSummary | null }>;
  /** Non-archived remote agents no definition claims (shown as unmanaged; candidates for `--prune`). */
  unmatchedRemote: AgentSummary[];
  diagnostics: Diagnostic[];
}

/**
 * Pairs each definition with its remote agent: the pinned `metadata.id` first, else the one non-archived agent
 * with exactly the same name. `remote` should include archived agents so a pin to one is reported, not re-created.
 */
export function matchAgents(definitions: AgentDefinition[], remote: AgentSummary[]): MatchResult {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(remote.map((r) => [r.id, r]));
  const byName = new Map<string, AgentSummary[]>();
  for (const r of remote) {
    if (r.archived) continue;
    const list = byName.get(r.name) ?? [];
    list.push(r);
    byName.set(r.name, list);
  }

  const matches: MatchResult["matches"] = [];
  const claimedBy = new Map<string, AgentDefinition>();
  for (const definition of definitions) {
    const remoteAgent = matchOne(definition, byId, byName, diagnostics);
    if (remoteAgent) {
      const other = claimedBy.get(remoteAgent.id);
      if (other) {
        diagnostics.push(
          at(definition, "/metadata/name", {
            severity: "error",
            code: "identity/duplicate-match",
            message: `${definition.metadata.name} and ${other.metadata.name} (${other.file}) both match remote agent ${remoteAgent.id}`,
            hint: "give each definition its own name or metadata.id",
          }),
        );
      } else {
        claimedBy.set(remoteAgent.id, definition);
      }
    }
    matches.push({ definition, remote: remoteAgent });
  }
  diagnostics.push(...renameCollisions(matches, byName, claimedBy));
  const unmatchedRemote = remote.filter((r) => !r.archived && !claimedBy.has(r.id));
  return { matches, unmatchedRemote, diagnostics };
}

/**
 * A pinned agent renamed onto a name another live agent keeps: the workspace would hold two agents of that name, and
 * every later match by name would fail as ambiguous. An agent another definition renames away does not count.
 */
function renameCollisions(
  matches: MatchResult["matches"],
  byName: Map<string, AgentSummary[]>,
  claimedBy: Map<string, AgentDefinition>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { definition, remote } of matches) {
    if (!remote || definition.metadata.id === undefined || remote.name === definition.metadata.name) continue;
    const holders = (byName.get(definition.metadata.name) ?? []).filter((r) => {
      if (r.id === remote.id) return false;
      const claimant = claimedBy.get(r.id);
      return !claimant || claimant.metadata.name === r.name;
    });
    if (holders.length === 0) continue;
    out.push(
      at(definition, "/metadata/name", {
        severity: "error",
        code: "identity/rename-collision",
        message: `renaming ${remote.id} from "${remote.name}" to "${definition.metadata.name}" would give two agents that name: ${holders.map((h) => h.id).join(", ")} already has it`,
        hint: "choose another name, or rename or archive the other agent first",
      }),
    );
  }
  return out;
}

function matchOne(
  definition: AgentDefinition,
  byId: Map<string, AgentSummary>,
  byName: Map<string, AgentSummary[]>,
  diagnostics: Diagnostic[],
): AgentSummary | null {
  const pin = definition.metadata.id;
  if (pin !== undefined) {
    const found = byId.get(pin);
    if (!found) {
      diagnostics.push(
        at(definition, "/metadata/id", {
          severity: "error",
          code: "identity/pin-not-found",
          message: `metadata.id ${pin} matches no agent in this workspace`,
          hint: "check the id and the target workspace, or remove metadata.id to match by name",
        }),
      );
      return null;
    }
    if (found.archived) {
      diagnostics.push(
        at(definition, "/metadata/id", {
          severity: "error",
          code: "identity/pin-archived",
          message: `metadata.id ${pin} names an archived agent ("${found.name}")`,
          hint: "unarchive it in the dashboard, or remove metadata.id to create a new agent",
        }),
      );
      return null;
    }
    return found;
  }
  const candidates = byName.get(definition.metadata.name) ?? [];
  if (candidates.length > 1) {
    const ids = candidates.map((c) => c.id);
    diagnostics.push(
      at(definition, "/metadata/name", {
        severity: "error",
        code: "identity/ambiguous-name",
        message: `${candidates.length} agents are named "${definition.metadata.name}": ${ids.join(", ")}`,
        hint: `pin one with metadata.id (e.g. id: ${ids[0]})`,
      }),
    );
    return null;
  }
  return candidates[0] ?? null;
}

function at(definition: AgentDefinition, path: string, d: Omit<Diagnostic, "file" | "path">): Diagnostic {
  const pos = definition.positions[path] ?? definition.positions["/metadata"];
  const out: Diagnostic = { ...d, file: definition.file, path };
  if (pos) {
    out.line = pos.line;
    out.column = pos.column;
  }
  return out;
}
