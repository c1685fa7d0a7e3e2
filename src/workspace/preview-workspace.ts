import pLimit from "p-limit";
import { previewAgent, previewSkipReason, SecurityCheckWaiter, type PreviewOutcome } from "../apply/index.js";
import { UserInputError } from "../errors.js";
import type { AgentSummary } from "../model/observed.js";
import type { Plan } from "../model/plan.js";
import { previewNameProblem, type PreviewCloseResult, type PreviewPort } from "../model/preview.js";
import type { AgentsApi, ApiModelName } from "../model/versioning.js";
import { sleep as realSleep } from "../sleep.js";
import type { WorkspacePlan } from "./plan-workspace.js";

export interface PreviewClient extends Pick<AgentsApi, "getAgent" | "listAgents"> {
  previews(model: ApiModelName): PreviewPort;
}

export interface PreviewWorkspaceOptions {
  /** A plan made in this run (`planWorkspace`): preview verifies exactly its changes. */
  planned: WorkspacePlan;
  client: PreviewClient;
  /** `pr-42`: the branch name (v2) and part of the version label (v1). */
  name: string;
  message?: string;
  concurrency?: number;
  securityCheckTimeoutMs?: number;
  stopSignal?: AbortSignal;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  onAgentDone?: (outcome: PreviewOutcome) => void;
}

export interface PreviewReport {
  name: string;
  model: ApiModelName;
  /** The plan, with `preview` recorded on each agent the platform confirmed: what `apply FILE` promotes. */
  plan: Plan;
  /** One per agent of the plan that has changes, in plan order. */
  agents: PreviewOutcome[];
  /** Every previewable agent was confirmed (creates and metadata-only changes do not count against it). */
  ok: boolean;
  cancelled: boolean;
}

export function assertPreviewName(name: string): void {
  const problem = previewNameProblem(name);
  if (problem) throw new UserInputError(problem);
}

/**
 * Lets the platform verify a plan without serving it: per agent with config changes, the change is written where no
 * call is served, read back, diffed by the server, published and security-checked. Never prints.
 */
export async function previewWorkspace(options: PreviewWorkspaceOptions): Promise<PreviewReport> {
  assertPreviewName(options.name);
  const { plan, definitions, observed } = options.planned;
  const model = plan.target.apiModel;
  const port = options.client.previews(model);
  const now = options.now ?? Date.now;
  const waiter = new SecurityCheckWaiter({ sleep: options.sleep ?? realSleep, now, timeoutMs: options.securityCheckTimeoutMs ?? 120_000 });
  const limit = pLimit(Math.max(1, options.concurrency ?? 8));
  const byName = new Map(definitions.map((d) => [d.metadata.name, d]));
  const changed = plan.agents.filter((a) => a.action === "create" || a.action === "update");
  const agents = await Promise.all(
    changed.map((agent) =>
      limit(async (): Promise<PreviewOutcome> => {
        const skip = previewSkipReason(agent);
        const definition = byName.get(agent.name);
        const seen = observed.get(agent.name);
        const outcome: PreviewOutcome =
          skip !== null
            ? { name: agent.name, status: "not-previewed", reason: skip }
            : options.stopSignal?.aborted
              ? { name: agent.name, status: "stopped", notes: [] }
              : !definition || !seen
                ? { name: agent.name, status: "failed", error: "no definition or live read for this agent", notes: [] }
                : await previewAgent(agent, definition, seen, {
                    api: options.client,
                    port,
                    waiter,
                    name: options.name,
                    message: options.message,
                    stopSignal: options.stopSignal,
                    now,
                  });
        options.onAgentDone?.(outcome);
        return outcome;
      }),
    ),
  );
  const recorded: Plan = {
    ...plan,
    agents: plan.agents.map((a) => {
      const o = agents.find((x) => x.name === a.name);
      return o?.status === "confirmed" ? { ...a, preview: o.record } : a;
    }),
  };
  return {
    name: options.name,
    model,
    plan: recorded,
    agents,
    ok: agents.every((a) => a.status === "confirmed" || a.status === "not-previewed"),
    cancelled: options.stopSignal?.aborted ?? false,
  };
}

export interface ClosePreviewOptions {
  client: PreviewClient;
  model: ApiModelName;
  name: string;
  /** Only these agents (by name); default every agent of the workspace: a closed pull request may have deleted a definition. */
  agents?: string[];
  concurrency?: number;
}

export interface ClosePreviewReport {
  name: string;
  agents: Array<{ name: string; id: string } & PreviewCloseResult>;
}

/** Archives the preview's non-live branches (v2) and discards every draft it left (both). Never touches what serves. */
export async function closePreview(options: ClosePreviewOptions): Promise<ClosePreviewReport> {
  assertPreviewName(options.name);
  const port = options.client.previews(options.model);
  const all: AgentSummary[] = (await options.client.listAgents()).filter((a) => !a.archived);
  const wanted = options.agents?.length ? all.filter((a) => options.agents!.includes(a.name)) : all;
  const limit = pLimit(Math.max(1, options.concurrency ?? 8));
  const agents = await Promise.all(wanted.map((a) => limit(async () => ({ name: a.name, id: a.id, ...(await port.close(a.id, options.name)) }))));
  return { name: options.name, agents: agents.filter((a) => a.archivedBranches.length + a.discardedDrafts.length > 0) };
}
