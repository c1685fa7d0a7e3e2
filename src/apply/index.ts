export { runApply } from "./engine.js";
export { AgentStepError } from "./steps.js";
export { SecurityCheckWaiter } from "./security-check.js";
export { checkPlanStillHolds, describeChanges } from "./agent-flow.js";
export type * from "./types.js";
export { runTools, type RunTools } from "./run-tools.js";
export { looksLikeApplyRecords, parseApplyRecords, selectApplyAgents, type ApplyReport } from "./result-report.js";
export { applyCountsLine, renderApplyMarkdown, renderApplyText, type ApplyMarkdownOptions } from "./render-result.js";
export { previewAgent, previewSkipReason, unplannedSections, type PreviewOutcome, type PreviewFlowContext } from "./preview-flow.js";
