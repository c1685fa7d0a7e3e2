export { planWorkspace, type PlanWorkspaceOptions, type WorkspacePlan, type PlanReader } from "./plan-workspace.js";
export { applyWorkspace, type ApplyWorkspaceOptions } from "./apply-workspace.js";
export { definitionsDigest } from "./digest.js";
export { gitShortSha } from "./git.js";
