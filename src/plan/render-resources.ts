// Knowledge bases, webhooks and subscriptions in a plan, for people. Every line says the change is immediate.
import type { ResourceChange, ResourcePlan } from "../model/plan.js";

export const IMMEDIATE = "immediate — not versioned, no platform rollback";

const KIND_LABEL: Record<ResourcePlan["kind"], string> = { knowledgeBase: "knowledge base", webhook: "webhook", subscriptions: "webhook subscriptions of agent" };

export function changedResources(resources: readonly ResourcePlan[] | undefined): ResourcePlan[] {
  return (resources ?? []).filter((r) => r.action !== "noop" && r.action !== "unmanaged");
}

export function resourceSymbol(r: ResourcePlan): string {
  return r.action === "create" ? "+" : r.action === "delete" ? "-" : "~";
}

export function resourceHeading(r: ResourcePlan): string {
  const verb = { create: "will be created", adopt: "will be adopted (marked as managed) and updated", update: "will be updated", delete: "will be DELETED", noop: "", unmanaged: "" }[r.action];
  return `${KIND_LABEL[r.kind]} "${r.name}" ${verb} (${IMMEDIATE})`;
}

export function changeLine(c: ResourceChange): string {
  switch (c.op) {
    case "set-description":
      return c.before !== undefined ? `~ description: ${JSON.stringify(c.before)} -> ${JSON.stringify(c.after)}` : `+ description: ${JSON.stringify(c.after)}`;
    case "add-file":
      return `+ file ${c.target} (uploaded as ${c.uploadName})`;
    case "replace-file":
      return `~ file ${c.target}: content changed; upload ${c.uploadName}, wait until processed, then delete ${c.before} (${c.itemId})`;
    case "remove-file":
      return `- file ${c.target} (${c.itemId})`;
    case "add-url":
      return `+ url ${c.target}`;
    case "remove-url":
      return `- url ${c.target} (${c.itemId})`;
    case "set-endpoint":
      return `+ endpoint ${c.after}`;
    case "send-headers":
      return `~ headers: the whole set of ${c.headerCount} header(s) is sent again (values hidden)`;
    case "set-subscriptions":
      return `~ subscribe to webhook "${c.target}": ${(c.events ?? []).join(", ")}${c.before ? ` (replaces ${c.before})` : ""}`;
    case "delete-subscriptions":
      return `- all webhook subscriptions${c.target ? ` of ${c.target}` : c.before ? ` (${c.before})` : ""}`;
  }
}

/** Plain lines (no colour): the text and markdown renderers indent or fence them. */
export function resourceBlock(r: ResourcePlan): string[] {
  const lines = [`# ${resourceHeading(r)}${r.file ? `  (${r.file})` : ""}`];
  for (const c of r.changes) lines.push(`    ${changeLine(c)}`);
  if (r.kind === "knowledgeBase" && r.agents.length > 0) lines.push(`    reaches every agent that uses it, at once: ${r.agents.join(", ")}`);
  if (r.kind === "webhook" && r.agents.length > 0) lines.push(`    agents: ${r.agents.join(", ")}`);
  for (const l of r.leftAlone ?? []) lines.push(`    = left alone (not managed by atoms-gitops): ${l}`);
  for (const w of r.warnings ?? []) lines.push(`    ! ${w}`);
  return lines;
}

export function unmanagedResourceLine(r: ResourcePlan): string {
  const why = r.blockedReason === "in-use" ? `still used by ${r.agents.join(", ")}` : r.blockedReason === "no-prune" ? "no definition; deleted only with --prune" : (r.blockedReason ?? "");
  return `? ${KIND_LABEL[r.kind]} "${r.name}"  ${r.id ?? ""}  (not deleted: ${why})`;
}
