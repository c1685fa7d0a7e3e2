import { UserInputError } from "../errors.js";
import type { AgentDefinition, LoadResult } from "../model/definition.js";
import { hasErrors, type Diagnostic } from "../model/diagnostic.js";
import type { AgentSummary, ObservedAgent } from "../model/observed.js";
import type { AgentPlan, Plan } from "../model/plan.js";
import type { AgentsApi, ApiModelName, VersioningAdapter } from "../model/versioning.js";
import { buildPlan, matchAgents, planAgent } from "../plan/index.js";
import { TOOL_NAME, VERSION } from "../version.js";
import { definitionsDigest } from "./digest.js";
import { ownershipOf } from "./ownership.js";
import { ObservedPrefetcher } from "./prefetch.js";
import { identify, planWorkspaceResources, readResourceIndex, resolveAll, usesResources, type ResourceReader, type WorkspaceResources } from "./resource-reads.js";

/** The read side of the API a plan needs: GET requests only. */
export interface PlanReader extends Pick<AgentsApi, "listAgents" | "getAgent" | "listPhoneNumbers">, ResourceReader {
  readonly baseUrl: string;
  detectModel(probeAgentId?: string): Promise<ApiModelName>;
  /** Version history (GET only), to tell agents this tool manages from foreign ones for `--prune`. */
  versioning?(): Pick<VersioningAdapter, "listVersions">;
}

/**
 * The definitions: loaded already, or a loader to run here, which lets planning list and fetch remote agents while
 * the files are still being parsed (a loader reports each definition as soon as it is ready).
 */
export type DefinitionsSource = LoadResult | ((onDefinition: (definition: AgentDefinition) => void) => Promise<LoadResult>);

export interface PlanWorkspaceOptions {
  load: DefinitionsSource;
  client: PlanReader;
  /** Only these agents (by `metadata.name`). */
  agents?: string[];
  environment?: string;
  dir: string;
  gitSha?: string;
  prune?: boolean;
  now?: () => Date;
}

export interface WorkspacePlan {
  plan: Plan;
  /** The definitions the plan covers, with real values (apply needs them; never serialized). */
  definitions: AgentDefinition[];
  observed: Map<string, ObservedAgent | null>;
  /** E.164 -> product id, for agents that manage `metadata.phoneNumbers`. */
  phoneNumberIds: Record<string, string>;
  /** Knowledge bases, webhooks and subscriptions, when the definitions (or --prune) involve them. */
  resources?: WorkspaceResources;
}

/**
 * Reads what the plan needs (list, each matched agent, phone numbers when managed) and builds the plan.
 * Issues GET requests only: planning never writes.
 */
export async function planWorkspace(options: PlanWorkspaceOptions): Promise<WorkspacePlan> {
  const { client } = options;
  const wanted = (d: AgentDefinition) => !options.agents?.length || options.agents.includes(d.metadata.name);
  // Each agent is diffed as soon as its read returns, while other reads are in flight, rather than all at the end.
  const early = new Map<AgentDefinition, { observed: ObservedAgent; planned: AgentPlan }>();
  const prefetch = new ObservedPrefetcher(
    (id) => client.getAgent(id),
    (definition, observed) => early.set(definition, { observed, planned: planAgent(definition, observed) }),
  );
  let listing: Promise<AgentSummary[]> | undefined;
  let load: LoadResult;
  if (typeof options.load === "function") {
    listing = client.listAgents({ onPage: (page) => prefetch.addSummaries(page) });
    // Errors surface where the list is awaited below; this only feeds the prefetcher.
    listing.then((list) => prefetch.setSummaries(list), () => undefined);
    load = await options.load((d) => {
      if (wanted(d)) prefetch.add(d);
    });
  } else {
    load = options.load;
  }
  if (hasErrors(load.diagnostics)) {
    throw new UserInputError(`${countErrors(load.diagnostics)} in the definitions; fix them first (see \`atoms-gitops validate\`)`, load.diagnostics);
  }
  const diagnostics: Diagnostic[] = load.diagnostics.filter((d) => d.severity !== "error");
  const loaded = selectDefinitions(load.definitions, options.agents);
  // Computed now, while the reads are in flight, rather than after the last of them.
  const configDigest = definitionsDigest(loaded);
  // Knowledge bases and webhooks are account-wide: planned only with the whole directory (not an --agent subset);
  // a subset still needs their ids, to resolve what its agents reference by name.
  const subset = Boolean(options.agents?.length);
  const needsIndex = (usesResources(load, loaded) || (!subset && Boolean(options.prune))) && client.knowledgeBases !== undefined && client.webhooks !== undefined;
  const index = needsIndex ? await readResourceIndex(client) : undefined;
  const identity = index ? identify(load, index) : undefined;
  const selected = identity ? resolveAll(loaded, identity) : loaded;

  let remote: AgentSummary[] = await (listing ?? client.listAgents());
  // Any agent of the workspace tells which versioning API it speaks: probe now, alongside the agent reads.
  const detecting = client.detectModel(remote[0]?.id);
  detecting.catch(() => undefined);
  const pinnedMissing = selected.some((d) => d.metadata.id && !remote.some((r) => r.id === d.metadata.id));
  if (pinnedMissing) remote = remote.concat(await client.listAgents({ archived: true }));

  const matched = matchAgents(selected, remote);
  if (hasErrors(matched.diagnostics)) {
    throw new UserInputError(`${countErrors(matched.diagnostics)} matching definitions to remote agents`, matched.diagnostics);
  }
  diagnostics.push(...matched.diagnostics);

  const observed = new Map<string, ObservedAgent | null>();
  await Promise.all(
    matched.matches.map(async ({ definition, remote: summary }) => {
      observed.set(definition.metadata.name, summary ? await prefetch.get(summary.id) : null);
    }),
  );

  const phoneNumberIds = await resolvePhoneNumbers(selected, client);
  const apiModel = await detecting;

  // Unmanaged agents are only meaningful when the whole directory is planned (not a --agent subset).
  const unmatched = options.agents?.length ? [] : matched.unmatchedRemote.filter((s) => !s.archived);
  const unmanaged = await classifyUnmanaged(unmatched, client, Boolean(options.prune) && load.fileCount > 0);

  const named = new Map(loaded.map((d) => [d.metadata.name, d]));
  const resources =
    index && identity && !subset
      ? await planWorkspaceResources({
          client,
          load,
          index,
          identity,
          agents: matched.matches.map(({ definition, remote: summary }) => ({ definition: named.get(definition.metadata.name) ?? definition, id: summary?.id ?? null })),
          prune: Boolean(options.prune) && load.fileCount > 0,
        })
      : undefined;

  const plan = buildPlan({
    definitions: matched.matches.map(({ definition }) => {
      const seen = observed.get(definition.metadata.name) ?? null;
      const ahead = early.get(definition);
      return { definition, observed: seen, ...(ahead && ahead.observed === seen ? { planned: ahead.planned } : {}) };
    }),
    unmanaged,
    prune: options.prune,
    definitionsDirEmpty: load.fileCount === 0,
    target: { environment: options.environment, baseUrl: client.baseUrl, apiModel },
    source: { gitSha: options.gitSha, dir: options.dir, configDigest },
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    toolVersion: VERSION,
    diagnostics,
  });
  plan.tool = { name: TOOL_NAME, version: VERSION };
  if (resources && resources.plans.length > 0) plan.resources = resources.plans;
  plan.diagnostics.push(...(await unrecordedProtection(plan, selected, client)));
  return { plan, definitions: selected, observed, phoneNumberIds, ...(resources ? { resources } : {}) };
}

/**
 * `metadata.protect` lives in the version history (the tool's labels carry the marker), so it is recorded only when
 * apply publishes a version for the agent. Say so when a protected agent has none yet and this plan publishes none:
 * otherwise deleting its file later would leave it archivable. One history read per such agent, GET only.
 */
async function unrecordedProtection(plan: Plan, definitions: AgentDefinition[], client: PlanReader): Promise<Diagnostic[]> {
  if (!client.versioning) return [];
  const versioning = client.versioning();
  const byName = new Map(definitions.map((d) => [d.metadata.name, d]));
  const out: Diagnostic[] = [];
  await Promise.all(
    plan.agents.map(async (agent) => {
      const def = byName.get(agent.name);
      if (!def?.metadata.protect || !agent.id || agent.changes.some((c) => c.kind === "config")) return;
      if (ownershipOf(await versioning.listVersions(agent.id)).protected) return;
      const pos = def.positions["/metadata/protect"];
      out.push({
        severity: "warning",
        code: "protect/not-recorded",
        message: `${agent.name}: protect: true is not recorded on the platform yet; it is recorded with the next version apply publishes for this agent (until then, deleting this file would leave the agent archivable by --prune)`,
        file: pos?.file ?? def.file,
        line: pos?.line,
        column: pos?.column,
        path: "/metadata/protect",
      });
    }),
  );
  return out.sort((a, b) => a.message.localeCompare(b.message));
}

/**
 * Ownership costs one history read per unmanaged agent, so it is looked up only when `--prune` could act on it.
 * Without a history reader every agent counts as foreign: prune then archives nothing rather than guessing.
 */
async function classifyUnmanaged(
  agents: AgentSummary[],
  client: PlanReader,
  needOwnership: boolean,
): Promise<Array<{ summary: AgentSummary; owned: boolean; protected: boolean }>> {
  if (!needOwnership || !client.versioning) return agents.map((summary) => ({ summary, owned: false, protected: false }));
  const versioning = client.versioning();
  return Promise.all(
    agents.map(async (summary) => {
      const ownership = ownershipOf(await versioning.listVersions(summary.id));
      return { summary, owned: ownership.owned, protected: ownership.protected };
    }),
  );
}

function selectDefinitions(all: AgentDefinition[], names: string[] | undefined): AgentDefinition[] {
  if (!names || names.length === 0) return all;
  const unknown = names.filter((n) => !all.some((d) => d.metadata.name === n));
  if (unknown.length > 0) {
    const known = all.map((d) => d.metadata.name).join(", ");
    throw new UserInputError(`--agent ${unknown.join(", ")}: no definition with that name (known: ${known || "none"})`);
  }
  return all.filter((d) => names.includes(d.metadata.name));
}

/**
 * E.164 -> phone-number product id for the numbers the definitions set; a number the workspace does not have is a
 * located error, thrown before anything is written. Ids are read anew on every run: plans store numbers, not ids.
 */
export async function resolvePhoneNumbers(definitions: AgentDefinition[], client: Pick<AgentsApi, "listPhoneNumbers">): Promise<Record<string, string>> {
  const wanted = definitions.filter((d) => d.metadata.phoneNumbers !== undefined);
  if (wanted.length === 0) return {};
  const products = await client.listPhoneNumbers();
  const ids: Record<string, string> = {};
  for (const p of products) ids[p.phoneNumber] = p.id;
  const problems: Diagnostic[] = [];
  for (const d of wanted) {
    for (const [i, number] of (d.metadata.phoneNumbers ?? []).entries()) {
      if (ids[number]) continue;
      const pointer = `/metadata/phoneNumbers/${i}`;
      const pos = d.positions[pointer] ?? d.positions["/metadata/phoneNumbers"];
      problems.push({
        severity: "error",
        code: "remote/unknown-phone-number",
        message: `phone number ${number} is not in this workspace (GET /product/phone-numbers lists ${products.length} number(s))`,
        file: pos?.file ?? d.file,
        line: pos?.line,
        column: pos?.column,
        path: pointer,
      });
    }
  }
  if (problems.length > 0) throw new UserInputError(`${countErrors(problems)} resolving phone numbers`, problems);
  return ids;
}

function countErrors(diagnostics: Diagnostic[]): string {
  const n = diagnostics.filter((d) => d.severity === "error").length;
  return `${n} error${n === 1 ? "" : "s"}`;
}
