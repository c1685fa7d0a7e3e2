export { runApply } from "./engine.js";
export { AgentStepError } from "./steps.js";
export { SecurityCheckWaiter } from "./security-check.js";
export { checkPlanStillHolds, describeChanges } from "./agent-flow.js";
export type * from "./types.js";
export { previewAgent, previewSkipReason, unplannedSections, type PreviewOutcome, type PreviewFlowContext } from "./preview-flow.js";
