export { planWorkspace, resolvePhoneNumbers, type PlanWorkspaceOptions, type WorkspacePlan, type PlanReader } from "./plan-workspace.js";
export { applyWorkspace, type ApplyWorkspaceOptions } from "./apply-workspace.js";
export { definitionsDigest } from "./digest.js";
export { gitShortSha } from "./git.js";
export { importAgents, type ImportOptions, type ImportResult, type ImportedFile } from "./import.js";
export { detectDrift, driftDetected, renderDriftJson, renderDriftMarkdown, renderDriftText, type DriftOptions, type DriftReport, type DriftedAgent, type Provenance } from "./drift.js";
export { agentHistory, findAgent, followUp, resolveRollbackTarget, rollbackAgent, type AgentHistory, type RollbackOptions, type RollbackResult } from "./history.js";
export { ownershipOf, PROTECT_MARKER, type Ownership } from "./ownership.js";
