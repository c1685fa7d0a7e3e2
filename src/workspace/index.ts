// Plan and apply of a whole workspace: definitions + live agents, with the I/O the pure plan/ leaves out.
export { planWorkspace, resolvePhoneNumbers, type PlanWorkspaceOptions, type WorkspacePlan, type PlanReader } from "./plan-workspace.js";
export { applyWorkspace, savedResourcesStillHold, staleResources, type ApplyWork } from "./apply-workspace.js";
export { defaultLabel, type ApplyClient, type ApplyJournalSettings, type ApplySettings } from "./apply-settings.js";
export { openSavedPlan, type OpenSavedPlanOptions, type SavedApplyInput, type SavedApplyPreparation, type SavedPlanOpening, type SavedPlanReader } from "./saved-plan.js";
export { definitionsDigest } from "./digest.js";
export { gitShortSha } from "./git.js";
export { ownershipOf, isToolLabel, newestFirst, PROTECT_MARKER, type Ownership } from "./ownership.js";
export { previewWorkspace, closePreview, assertPreviewName, type PreviewWorkspaceOptions, type PreviewReport, type PreviewClient, type ClosePreviewOptions, type ClosePreviewReport } from "./preview-workspace.js";
