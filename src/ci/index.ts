// CI glue that stays pure: text for pull-request comments and workflow annotations. The action only moves files.
export { GITHUB_COMMENT_LIMIT, planMarker, renderPrComment, renderPrFailureComment } from "./pr-comment.js";
export type { FailureCommentOptions, PrComment, PrCommentOptions } from "./pr-comment.js";
export { escapeData, escapeProperty, githubAnnotation, githubAnnotations } from "./annotations.js";
export { DEFAULT_SUMMARY_BYTES, GITHUB_SUMMARY_LIMIT_BYTES, renderApplyJobSummary, renderApplyNotStartedSummary, renderPlanJobSummary } from "./job-summary.js";
export type { JobSummaryOptions } from "./job-summary.js";
