// The only HTTP code of atoms-gitops: client, retries, rate limits, errors, paging, tolerant reading,
// and the two versioning adapters (drafts/versions and branches/revisions).
export { createClient } from "./client.js";
export type { AtomsClient, ClientOptions, RateMemory, RateReport } from "./client.js";
export { defaultCacheDir, fileRateMemory } from "./rate-cache.js";
export { SAFE_START_RPS, PROBE_CEILING_RPS, type RememberedRate } from "./rate-limiter.js";
export type { ClientEvent, FetchLike } from "./transport.js";
export type { Clock } from "./clock.js";
export { RequestTimeoutError } from "./transport.js";
export { DEFAULT_BASE_URL, resolveConnection, validateBaseUrl } from "./connection.js";
export { RETRY_POLICY, shouldRetry, retryDelayMs, parseRetryAfter } from "./retry-policy.js";
export { AGENT_PAGE_SIZE } from "./agents-api.js";
export { MAX_BODY_BYTES, MAX_JSON_DEPTH } from "./envelope.js";
export { HttpKnowledgeBasesApi } from "./knowledge-bases-api.js";
export { HttpWebhooksApi } from "./webhooks-api.js";
export { fileFormData } from "./multipart.js";
