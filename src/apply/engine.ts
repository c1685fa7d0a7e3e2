import { inAgentOrder } from "../request-priority.js";
import { applyAgent, type FlowContext } from "./agent-flow.js";
import { draftNameFor } from "./draft-name.js";
import { runTools } from "./run-tools.js";
import type { AgentResult, AgentStatus, ApplyEngineOptions, ApplyResult, ApplyTarget } from "./types.js";

/**
 * Applies a set of planned agent changes. Independent agents run concurrently (bounded by `limits.concurrency` for their
 * request phases; security-check waits hold no slot) and keep going when one fails. Archives run last, after every
 * create/update finished, so a failed apply never leaves fewer serving agents than it found.
 * Never prints: progress goes through `hooks`.
 */
export async function runApply(options: ApplyEngineOptions): Promise<ApplyResult> {
  const { settings } = options;
  const { now, waiter, withSlot } = runTools(settings);
  const started = now();
  const ctx: FlowContext = {
    api: options.api,
    versioning: options.versioning,
    previews: options.previews,
    waiter,
    withSlot,
    settings,
    now,
    draftName: options.draftName ?? draftNameFor(options.runId, settings.label),
    runId: options.runId,
    liveRunIds: options.liveRunIds,
    phoneNumberIds: options.phoneNumberIds ?? {},
  };

  const byAction = (pred: (t: ApplyTarget) => boolean) => options.targets.filter(pred);
  const writes = byAction((t) => t.plan.action === "create" || t.plan.action === "update");
  const archives = byAction((t) => t.plan.action === "archive");
  // Unmanaged agents are not this run's business: they are reported by plan, not counted by apply.
  const untouched = byAction((t) => t.plan.action === "noop");

  const results: AgentResult[] = [];
  const startAgent = (t: ApplyTarget): Promise<AgentResult> => {
    if (settings.stopSignal?.aborted) return Promise.resolve(skipped(t, "stopped before this agent started (interrupt)"));
    return applyAgent(t, ctx);
  };
  results.push(...(await Promise.all(writes.map((t, i) => inAgentOrder(i, () => startAgent(t))))));
  const writeFailed = results.some((r) => r.status === "failed");
  for (const t of archives) {
    // Archiving while other agents failed to converge could leave callers with no working agent: hold it back.
    results.push(writeFailed ? skipped(t, "not archived because other changes in this apply failed") : await startAgent(t));
  }
  for (const t of untouched) {
    // An agent the recovery pre-pass finished (an earlier run's version activated) counts as applied by this run.
    const status = t.recovered ? "applied" : "unchanged";
    const r: AgentResult = { name: t.plan.name, id: t.plan.id, action: t.plan.action, status, changedPaths: [], durationMs: 0, polls: 0 };
    if (t.recovered) r.recovered = t.recovered;
    results.push(r);
  }
  results.sort((a, b) => a.name.localeCompare(b.name));

  const summary: Record<AgentStatus, number> = { applied: 0, failed: 0, skipped: 0, unchanged: 0 };
  for (const r of results) summary[r.status]++;
  return {
    agents: results,
    summary,
    ok: summary.failed === 0 && summary.skipped === 0,
    cancelled: settings.stopSignal?.aborted ?? false,
    durationMs: now() - started,
  };
}

function skipped(t: ApplyTarget, message: string): AgentResult {
  return {
    name: t.plan.name,
    id: t.plan.id,
    action: t.plan.action,
    status: "skipped",
    error: { step: "precondition", message },
    changedPaths: t.plan.changes.map((c) => c.path),
    durationMs: 0,
    polls: 0,
  };
}
