import type { AgentDefinition } from "../model/definition.js";
import type { ObservedAgent } from "../model/observed.js";
import type { AgentPlan, FieldChange } from "../model/plan.js";
import { PROTECT_MARKER, type AgentsApi, type DraftHandle, type PublishedHandle } from "../model/versioning.js";
import { previewLabel, type PreviewPort, type PreviewRecord, type PreviewSlot, type ServerDiffSection } from "../model/preview.js";
import { buildDraftBody, diffAgent, mismatchedFields, translatePointer } from "../plan/index.js";
import { describeChanges } from "./agent-flow.js";
import type { SecurityCheckWaiter } from "./security-check.js";
import { errorMessage } from "./steps.js";

/** What the platform said about one agent's planned change. */
export type PreviewOutcome =
  | { name: string; status: "confirmed"; record: PreviewRecord; reused: boolean; notes: string[] }
  /** The platform stored, diffed or checked something other than the plan: each problem names where. */
  | { name: string; status: "disagrees"; problems: string[]; notes: string[] }
  | { name: string; status: "not-previewed"; reason: string }
  | { name: string; status: "failed"; error: string; notes: string[] }
  | { name: string; status: "stopped"; notes: string[] };

export interface PreviewFlowContext {
  api: Pick<AgentsApi, "getAgent">;
  port: PreviewPort;
  waiter: SecurityCheckWaiter;
  name: string;
  /** Appended to the version description (e.g. the git sha). */
  message?: string;
  stopSignal?: AbortSignal;
  now: () => number;
}

/** Which agents a preview can verify: an update with config changes (metadata is not versioned, creates do not exist yet). */
export function previewSkipReason(plan: AgentPlan): string | null {
  if (plan.action === "create") return "not previewed: created on apply";
  if (plan.action !== "update") return null;
  if (!plan.changes.some((c) => c.kind === "config")) return "not previewed: metadata only, written on apply";
  if (!plan.id || !plan.baseVersionId) return "not previewed: no live version to preview against";
  return null;
}

/**
 * One agent's preview: write the change where nothing serves it, read it back, fetch the server's diff, publish and
 * await the check. Never writes the live branch, its draft, the active version or the agent's metadata. Whatever
 * happens, no draft of this preview is left open.
 */
export async function previewAgent(plan: AgentPlan, definition: AgentDefinition, observed: ObservedAgent, ctx: PreviewFlowContext): Promise<PreviewOutcome> {
  const id = plan.id!;
  const live = plan.baseVersionId!;
  const notes: string[] = [];
  let slot: PreviewSlot | undefined;
  let draft: DraftHandle | undefined;
  let published: PublishedHandle | undefined;
  try {
    slot = await ctx.port.prepare(id, ctx.name, live);
    notes.push(...slot.notes);
    const record = (versionId: string): PreviewRecord => ({
      name: ctx.name,
      versionId,
      ...(slot!.branchId ? { branchId: slot!.branchId } : {}),
      fromVersionId: live,
    });
    // Same definitions, same live head: the earlier preview is this one. Nothing new is published.
    if (slot.previous) {
      const earlier = await ctx.api.getAgent(id, { versionId: slot.previous.versionId });
      if (mismatchedFields(definition, earlier.resolved).length === 0) {
        const info = await ctx.port.getVersion({ agentId: id, versionId: slot.previous.versionId, ...(slot.branchId ? { branchId: slot.branchId } : {}) });
        if ((info.securityCheck?.status ?? "passed") === "passed") return { name: plan.name, status: "confirmed", record: record(info.id), reused: true, notes };
      }
    }
    // A reused branch's head holds the previous push's change: the draft corrects that head to the definition.
    const base = slot.draftBaseVersionId === live ? observed : await ctx.api.getAgent(id, { versionId: slot.draftBaseVersionId });
    const changes = diffAgent(definition, base).changes.filter((c) => c.kind === "config");
    if (ctx.stopSignal?.aborted) return { name: plan.name, status: "stopped", notes };
    draft = await ctx.port.openDraft(slot);
    draft = await ctx.port.drafts.patchDraft(draft, buildDraftBody(changes, base.resolved, definition.spec));
    const stored = await ctx.api.getAgent(id, { draftId: draft.draftId });
    const problems = mismatchedFields(definition, stored.resolved).map((p) => `${p}: not stored as planned (the API dropped or rewrote it)`);
    if (stored.activeVersionId && stored.activeVersionId !== live) problems.push(`the live version moved while previewing (${live} -> ${stored.activeVersionId}); run preview again`);
    problems.push(...unplannedSections(await ctx.port.serverDiff(slot, draft), plan.changes));
    if (problems.length > 0) {
      await discardQuietly(ctx, draft);
      return { name: plan.name, status: "disagrees", problems, notes };
    }
    if (ctx.stopSignal?.aborted) {
      await discardQuietly(ctx, draft);
      return { name: plan.name, status: "stopped", notes };
    }
    const label = definition.metadata.protect ? `${previewLabel(ctx.name, live)} ${PROTECT_MARKER}` : previewLabel(ctx.name, live);
    const description = `${describeChanges(plan.changes.filter((c) => c.kind === "config"))}${ctx.message ? ` (${ctx.message})` : ""}`;
    const at = ctx.now();
    published = await ctx.port.publish(slot, draft, label, description);
    const pub = published;
    const outcome = await ctx.waiter.waitFor(at, () => ctx.port.getVersion(pub), ctx.stopSignal);
    if (outcome.status === "failed") {
      // v2 keeps the draft open after a failed scan; v1 consumed it (the version stays inactive, serving nothing).
      await discardQuietly(ctx, draft);
      return { name: plan.name, status: "disagrees", problems: [`security check failed: ${outcome.reason}`], notes };
    }
    return { name: plan.name, status: "confirmed", record: record(published.versionId), reused: false, notes };
  } catch (err) {
    // A v2 scan left running would commit on the preview branch: withdraw it, then drop the draft. Neither serves.
    // A write whose answer was lost may have opened a draft this run never learnt the id of: clear the slot.
    if (slot) await ctx.port.abandon(slot).catch(() => undefined);
    else if (draft) await discardQuietly(ctx, draft);
    if (ctx.stopSignal?.aborted) return { name: plan.name, status: "stopped", notes };
    return { name: plan.name, status: "failed", error: errorMessage(err), notes };
  }
}

async function discardQuietly(ctx: PreviewFlowContext, draft: DraftHandle): Promise<void> {
  if (!draft.draftId) return;
  try {
    await ctx.port.drafts.discard(draft);
  } catch {
    // The next preview of this name (or `preview --close`) discards what is left.
  }
}

/**
 * Sections of the server's diff that no planned change explains. Server paths are resolved-key leaf paths, display
 * text only (the live API flattens some voice paths, e.g. `synthesizerSampleRate`), so a path counts as planned when it
 * starts with the resolved key of a planned field.
 */
export function unplannedSections(diff: ServerDiffSection[], changes: FieldChange[]): string[] {
  const keys = changes
    .filter((c) => c.kind === "config" && c.path.startsWith("/spec/"))
    .map((c) => {
      const resolved = translatePointer(c.path.slice("/spec".length), "spec", "resolved") ?? c.path.slice("/spec".length);
      return resolved.split("/")[1] ?? "";
    })
    .filter(Boolean);
  const out: string[] = [];
  for (const section of diff) {
    const extra = section.paths.filter((p) => !keys.some((k) => p === k || p.startsWith(k)));
    if (extra.length > 0 || (section.paths.length === 0 && keys.length === 0)) {
      out.push(`server diff has section "${section.section}" the plan does not (${extra.join(", ") || "changed"})`);
    }
  }
  return out;
}
