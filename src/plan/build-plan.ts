import type { AgentDefinition } from "../model/definition.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { ObservedAgent, AgentSummary } from "../model/observed.js";
import type { AgentPlan, Plan, PlanSummary } from "../model/plan.js";
import { PLAN_FORMAT_VERSION } from "../model/plan.js";
import { diffAgent } from "./diff.js";
import { changeSource } from "./provenance.js";
import type { FieldChange } from "../model/plan.js";
import { digestValue } from "./json-utils.js";
import { maskChange } from "./mask.js";
import { resourcesHaveChanges } from "./resources.js";
import type { JsonObject } from "../model/json.js";

export interface PlanInput {
  /** `planned`: this pair's `planAgent` result, computed earlier with the same options (trusted as is). */
  definitions: Array<{ definition: AgentDefinition; observed: ObservedAgent | null; planned?: AgentPlan }>;
  /** Remote agents with no definition; `owned` = created or imported by this tool. */
  unmanaged?: Array<{ summary: AgentSummary; owned: boolean; protected?: boolean }>;
  prune?: boolean;
  definitionsDirEmpty?: boolean;
  target: Plan["target"];
  source: Plan["source"];
  /** ISO timestamp, passed in: plan/ reads no clock. */
  createdAt: string;
  toolVersion: string;
  diagnostics?: Diagnostic[];
  /** Whether linked phone numbers are compared (default: whenever a definition sets `metadata.phoneNumbers`). */
  phoneNumbersManaged?: boolean;
}

/** The metadata fields a saved plan pins: apply refuses the plan when their digest moved. */
export function observedMetadataDigest(observed: Pick<ObservedAgent, "name" | "description" | "allowInboundCall" | "visibleToEveryone" | "avatarUrl" | "phoneNumbers">): string {
  const doc: JsonObject = {
    name: observed.name,
    description: observed.description ?? null,
    allowInboundCall: observed.allowInboundCall ?? null,
    visibleToEveryone: observed.visibleToEveryone ?? null,
    avatarUrl: observed.avatarUrl ?? null,
    phoneNumbers: [...(observed.phoneNumbers ?? [])].sort(),
  };
  return digestValue(doc);
}

/**
 * One agent's entry of a plan: pure, and the same whether computed inside `buildPlan` or ahead of it (a caller may
 * diff each agent as soon as its read returns and hand the result in as `PlanInput.definitions[].planned`).
 */
export function planAgent(definition: AgentDefinition, observed: ObservedAgent | null, options: { phoneNumbersManaged?: boolean } = {}): AgentPlan {
  const { changes, unchangedCount } = diffAgent(definition, observed, { phoneNumbersManaged: options.phoneNumbersManaged ?? true });
  const agent: AgentPlan = {
    name: definition.metadata.name,
    id: observed?.id ?? null,
    file: definition.file,
    ...(definition.sources && definition.sources.length > 1 ? { sources: [...definition.sources] } : {}),
    action: observed === null ? "create" : changes.length > 0 ? "update" : "noop",
    baseVersionId: observed?.activeVersionId ?? null,
    changes: changes.map((c) => withSource(maskChange(c, definition), c, definition)),
    unchangedCount,
  };
  if (observed) agent.baseMetadataDigest = observedMetadataDigest(observed);
  return agent;
}

export function buildPlan(input: PlanInput): Plan {
  const agents: AgentPlan[] = [];
  const diagnostics: Diagnostic[] = [...(input.diagnostics ?? [])];
  const options = { phoneNumbersManaged: input.phoneNumbersManaged ?? true };

  for (const { definition, observed, planned } of input.definitions) {
    agents.push(planned ?? planAgent(definition, observed, options));
  }

  const pruneBlockedByEmptyDir = Boolean(input.prune && input.definitionsDirEmpty);
  if (pruneBlockedByEmptyDir && (input.unmanaged ?? []).length > 0) {
    diagnostics.push({
      severity: "warning",
      code: "prune/empty-definitions",
      message: "--prune ignored: the definitions directory is empty, so every remote agent would be archived",
      hint: "check the path passed to --dir",
    });
  }
  for (const { summary, owned, protected: isProtected } of input.unmanaged ?? []) {
    const agent: AgentPlan = {
      name: summary.name,
      id: summary.id,
      action: "unmanaged",
      baseVersionId: summary.activeVersionId,
      changes: [],
      unchangedCount: 0,
    };
    if (input.prune) {
      const blocked = pruneBlockedByEmptyDir ? "empty-definitions-dir" : isProtected ? "protected" : !owned ? "foreign" : null;
      if (blocked) {
        agent.blockedReason = blocked;
      } else {
        agent.action = "archive";
        agent.warnings = [`agent "${summary.name}" (${summary.id}) has no definition and will be ARCHIVED`];
      }
    }
    agents.push(agent);
  }

  agents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : (a.id ?? "").localeCompare(b.id ?? "")));
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    createdAt: input.createdAt,
    tool: { name: "atoms-gitops", version: input.toolVersion },
    source: input.source,
    target: input.target,
    summary: summarize(agents),
    agents,
    diagnostics,
  };
}

export function summarize(agents: readonly AgentPlan[]): PlanSummary {
  const summary: PlanSummary = { create: 0, update: 0, noop: 0, archive: 0, unmanaged: 0 };
  for (const a of agents) summary[a.action]++;
  return summary;
}

/** True when applying the plan would write something. */
export function planHasChanges(plan: Plan): boolean {
  return plan.summary.create + plan.summary.update + plan.summary.archive > 0 || resourcesHaveChanges(plan.resources);
}

function withSource(masked: FieldChange, raw: FieldChange, definition: AgentDefinition): FieldChange {
  const source = changeSource(definition, raw);
  return source ? { ...masked, source } : masked;
}
