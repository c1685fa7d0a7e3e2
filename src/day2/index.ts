// Day-2 commands: bring existing agents under management, watch for drift, roll back.
export { importAgents, type ImportOptions, type ImportResult, type ImportedFile } from "./import.js";
export { detectDrift, driftDetected, renderDriftJson, renderDriftMarkdown, renderDriftText, type DriftOptions, type DriftReport, type DriftedAgent, type Provenance } from "./drift.js";
export { agentHistory, findAgent, followUp, resolveRollbackTarget, rollbackAgent, type AgentHistory, type RollbackOptions, type RollbackResult } from "./history.js";
