// Public library API: re-exports only. The CLI is built on exactly this surface.
export * from "./model/index.js";
export * from "./errors.js";
export { TOOL_NAME, VERSION } from "./version.js";
export { loadDefinitions, loadProject, findRepositoryRoot, type LoadedProject } from "./load/index.js";
export {
  createClient,
  resolveConnection,
  defaultCacheDir,
  fileRateMemory,
  SAFE_START_RPS,
  PROBE_CEILING_RPS,
  type AtomsClient,
  type ClientEvent,
  type Clock,
  type ClientOptions,
  type FetchLike,
  type RateMemory,
  type RateReport,
  type RememberedRate,
} from "./remote/index.js";
export {
  buildPlan,
  diffAgent,
  matchAgents,
  mismatchedFields,
  parsePlanJson,
  planHasChanges,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanText,
  renderPreviewText,
  renderPreviewMarkdown,
  specToCreateBody,
  summarize as summarizePlan,
  FIELD_MAP,
  digestKeyCheck,
  hmacSha256Hex,
  keyPlanDigests,
} from "./plan/index.js";
export {
  looksLikeApplyRecords,
  parseApplyRecords,
  selectApplyAgents,
  renderApplyMarkdown,
  renderApplyText,
  type AgentResult,
  type ApplyHooks,
  type ApplyReport,
  type ApplyResult,
  type StepEvent,
  type StepName,
} from "./apply/index.js";
// The two I/O verbs of the library, the same calls the CLI's plan and apply make: planWorkspace reads (GET only),
// applyWorkspace writes, with the CLI's journal, recovery pre-pass and default label.
export {
  planWorkspace,
  applyWorkspace,
  defaultLabel,
  type PlanWorkspaceOptions,
  type WorkspacePlan,
  type ApplyWork,
  type ApplySettings,
  type ApplyClient,
  type ApplyJournalSettings,
} from "./workspace/index.js";
export type { ApplyClock, ApplyLimits, RunSettings } from "./apply/index.js";
export { resolvePhoneNumbers, gitShortSha, ownershipOf, PROTECT_MARKER, savedResourcesStillHold, openSavedPlan, type OpenSavedPlanOptions, type SavedApplyInput, type SavedApplyPreparation, type SavedPlanOpening } from "./workspace/index.js";
export { previewWorkspace, closePreview, type PreviewReport, type ClosePreviewReport, type PreviewWorkspaceOptions, type ClosePreviewOptions } from "./workspace/index.js";
export type { PreviewOutcome } from "./apply/index.js";
export {
  importAgents,
  detectDrift,
  driftDetected,
  renderDriftText,
  renderDriftMarkdown,
  renderDriftJson,
  agentHistory,
  findAgent,
  resolveRollbackTarget,
  rollbackAgent,
  followUp,
  type ImportOptions,
  type ImportResult,
  type DriftReport,
  type AgentHistory,
  type RollbackResult,
} from "./day2/index.js";
export { inspectJournals, journalDirFor, type JournalView } from "./recovery/index.js";
export { createEmulator, type Emulator, type EmulatorOptions, type SeedAgent } from "./emulator/index.js";
export { DEFAULT_API_KEY as EMULATOR_API_KEY, DEFAULT_ORG as EMULATOR_ORG } from "./emulator/defaults.js";
export { createRedactor, runSecrets, REDACTED, type Redactor } from "./redact.js";
export {
  renderPrComment,
  renderPrFailureComment,
  planMarker,
  githubAnnotations,
  GITHUB_COMMENT_LIMIT,
  DEFAULT_SUMMARY_BYTES,
  renderApplyJobSummary,
  renderApplyNotStartedSummary,
  renderPlanJobSummary,
} from "./ci/index.js";
