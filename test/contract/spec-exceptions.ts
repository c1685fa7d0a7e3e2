/**
 * Every place where `docs/atoms-api.md` (the project's API notes) deliberately differs from the official
 * OpenAPI specs, listed once with its reason. The schema validator consults `SPEC_EXCEPTIONS`;
 * anything not excused here must validate. `BEHAVIOURAL_DIFFERENCES` records differences that no
 * schema can see (the body validates, the behaviour differs); the tests named there pin them down.
 */
import type { SpecException } from "../helpers/openapi.js";

export const SPEC_EXCEPTIONS: readonly SpecException[] = [
  // ── Transport (§1) ────────────────────────────────────────────────────────────
  {
    operation: "* *",
    direction: "response",
    status: 429,
    contract: "§1.6",
    reason: "The spec documents no rate-limit response; the contract fixes 429 [\"Rate limit exceeded\"] with Retry-After.",
  },
  {
    operation: "* *",
    direction: "response",
    status: 413,
    contract: "§1.5",
    reason: "Transport-level rejection of an oversized body (emulator only); no operation in the spec declares 413.",
  },
  {
    operation: "* *",
    direction: "response",
    status: 415,
    contract: "§1.1",
    reason: "Transport-level rejection of a non-JSON content type (emulator only); no operation in the spec declares 415.",
  },
  // ── Unknown routes answer Express's HTML 404 (§1.5, §9.6, §9.8) ──────────
  {
    operation: "DELETE /agent/{id}",
    direction: "response",
    status: 404,
    contract: "§2.6, §9.8",
    reason: "There is no hard delete: the route does not exist, so it is not in the spec and answers text/html `Cannot DELETE …`.",
  },
  {
    operation: "GET /agent/{id}/resolved-config",
    direction: "response",
    status: 404,
    contract: "§9.6",
    reason: "The old resolved-config route was removed (the spec only mentions it in a comment); unknown routes answer HTML 404.",
  },
  {
    operation: "GET /no-such-route",
    direction: "response",
    status: 404,
    contract: "§1.5",
    reason: "Unknown route used by the suite to check the HTML 404 and its x-request-id.",
  },
  // ── Agents (§2) ──────────────────────────────────────────────────────────────
  {
    operation: "GET /agent/{id}",
    direction: "response",
    status: 404,
    contract: "§2.4",
    reason: "An unknown ?draftId= answers 404 [\"Draft not found\"]; the spec declares no 404 for GET /agent/{id} (an unknown agent is its 400).",
  },
  {
    operation: "GET /agent/{id}",
    direction: "response",
    status: 200,
    instancePath: "/data/_resolvedConfig/callDispositionConfig",
    contract: "§4.2, §9.20",
    reason: "Types vary on older agents (the v2 draft schema even says object); AgentDTO types the resolved value as a string. Read tolerantly.",
  },
  // ── Knowledge bases (§11.1–§11.3) ─────────────────────────────────────────────
  ...["GET /knowledgebase/{id}/items", "GET /knowledgebase/{id}/scraped-urls", "POST /knowledgebase/{id}/items/upload-media"].map(
    (operation): SpecException => ({
      spec: "2026-08-21",
      operation,
      direction: "response",
      status: 404,
      contract: "§11.1",
      reason: "An unknown KB answers 404 [\"Knowledge base not found\"] on every path naming one; the spec declares no 404 here.",
    }),
  ),
  {
    spec: "2026-08-21",
    operation: "GET /knowledgebase/{id}/scraped-urls",
    direction: "response",
    status: 400,
    contract: "§11.1",
    reason: "A malformed KB id answers 400 [\"Invalid knowledge base id\"]; the spec declares no 400 on this GET.",
  },
  {
    spec: "2026-08-21",
    operation: "DELETE /knowledgebase/{knowledgeBaseId}/items/{knowledgeBaseItemId}",
    direction: "response",
    status: 404,
    contract: "§11.1",
    reason: "An unknown KB or item answers 404; the spec declares none.",
  },
  {
    spec: "2026-08-21",
    operation: "DELETE /knowledgebase/{knowledgeBaseId}/scraped-urls/{knowledgeBaseScrapedUrlsId}",
    direction: "response",
    status: 404,
    contract: "§11.1",
    reason: "An unknown KB or scraped-URL row answers 404; the spec declares none.",
  },
  ...[
    "PATCH /knowledgebase/{id}",
    "GET /knowledgebase/{knowledgeBaseId}/items/{knowledgeBaseItemId}",
    "PUT /knowledgebase/{knowledgeBaseId}/items/{knowledgeBaseItemId}",
    "PATCH /knowledgebase/{knowledgeBaseId}/items/{knowledgeBaseItemId}",
    "POST /knowledgebase/{id}/items/upload-text",
  ].map(
    (operation): SpecException => ({
      operation,
      direction: "response",
      status: 404,
      contract: "§11.1, §11.11",
      reason: "No such route (the KB update is a POST, items have no read or update, text items cannot be created): Express's HTML 404.",
    }),
  ),
  ...["PATCH /knowledgebase/{id}", "PUT /knowledgebase/{knowledgeBaseId}/items/{knowledgeBaseItemId}", "PATCH /knowledgebase/{knowledgeBaseId}/items/{knowledgeBaseItemId}", "POST /knowledgebase/{id}/items/upload-text"].map(
    (operation): SpecException => ({
      operation,
      direction: "request",
      contract: "§11.1, §11.11",
      reason: "The suite sends a body to a route that does not exist, to pin its HTML 404.",
    }),
  ),
  ...["POST /knowledgebase/get-presigned-url", "POST /knowledgebase/compelete-file-upload", "POST /knowledgebase/get-sitemap-urls"].map(
    (operation): SpecException => ({
      operation,
      direction: "response",
      status: 404,
      contract: "§11.1",
      reason: "Live-only helpers the emulator does not serve: unknown routes there (HTML 404). The client uploads through upload-media only.",
    }),
  ),
  // ── Webhooks (§11.7, §11.8) ──────────────────────────────────────────────────
  {
    spec: "2026-08-21",
    operation: "GET /webhook",
    direction: "response",
    status: 404,
    contract: "§11.7",
    reason: "An unknown ?webhookId= answers 404 [\"Webhook not found\"]; the spec declares no 404 on this GET.",
  },
  {
    operation: "GET /webhook/{id}",
    direction: "response",
    status: 404,
    contract: "§11.7, §11.11",
    reason: "There is no read by path id (the single read is GET /webhook?webhookId=): Express's HTML 404.",
  },
  // ── v2 draft body: field types the 2026-08-21 UpdateBranchDraftRequest gets wrong (§4.2) ─────
  {
    spec: "2026-08-21",
    operation: "PUT /agent/{id}/branches/{branchId}/draft",
    direction: "request",
    instancePath: "/timezone",
    contract: "§4.2 timezone",
    reason: "The v2 draft schema types timezone as a string; the contract (and CreateAgentRequest) write {label, offset}.",
  },
  {
    spec: "2026-08-21",
    operation: "PUT /agent/{id}/branches/{branchId}/draft",
    direction: "request",
    instancePath: "/pronunciationDicts",
    contract: "§4.2 pronunciationDicts",
    reason: "The v2 draft schema types pronunciationDicts as an object; it is an array of {word, pronunciation} everywhere else.",
  },
  {
    spec: "2026-08-21",
    operation: "PUT /agent/{id}/branches/{branchId}/draft",
    direction: "request",
    instancePath: "/callDispositionConfig",
    contract: "§4.2 callDispositionConfig",
    reason: "The v2 draft schema types callDispositionConfig as an object; the contract writes the string of CreateAgentRequest.",
  },
  {
    spec: "2026-08-21",
    operation: "PUT /agent/{id}/branches/{branchId}/draft",
    direction: "request",
    instancePath: "/speechFormatting",
    contract: "§4.2 speechFormatting",
    reason: "The v2 draft schema types speechFormatting as an object; the contract writes the boolean of CreateAgentRequest.",
  },
];

export interface BehaviouralDifference {
  operation: string;
  contract: string;
  difference: string;
  /** Name fragment of the test that pins the contract's behaviour. */
  test: string;
}

export const BEHAVIOURAL_DIFFERENCES: readonly BehaviouralDifference[] = [
  {
    operation: "POST /agent",
    contract: "§2.2, §7, §9.15",
    difference: "CreateAgentRequest documents telephonyProductId; the contract says it is accepted and silently ignored.",
    test: "§9.15",
  },
  {
    operation: "GET /agent/{id}",
    contract: "§2.4, §9.19",
    difference: "An unknown agent answers 400 [\"No agent found\"], not 404 (the spec says so in prose only).",
    test: "§9.19",
  },
  {
    operation: "POST /agent/{id}/drafts/{draftId}/publish",
    contract: "§5.3, §9.1",
    difference: "PublishDraftRequest documents `activate`; the API accepts and ignores it (isActive stays false).",
    test: "§9.1",
  },
  {
    operation: "GET /agent/{id}/drafts/{draftId}/diff",
    contract: "§5.3",
    difference: "The spec describes {sections:{before,after,changed}, hasChanges}; the contract answers {hasChanges, unchangedSections, diffs}. Both validate because the spec requires nothing.",
    test: "draft diff",
  },
  {
    operation: "PATCH /workflow/{id}",
    contract: "§2.7, §9.9",
    difference: "The deprecation notices say the live endpoint now rejects with 400; the emulator keeps the bypass (overwrites prompt, wipes tools).",
    test: "§9.9",
  },
  {
    operation: "POST /agent/{id}/branches/{branchId}/draft/publish",
    contract: "§6.2 scanning semantics",
    difference: "The spec says a failed scan leaves the revision `scanning`; the contract marks it securityCheck.status failed with a reason and keeps the draft open.",
    test: "failed scan",
  },
  {
    operation: "POST /knowledgebase/{id}/items/upload-media",
    contract: "§11.3, §11.11",
    difference: "The spec says only \"validated by MIME type and extension\"; the contract also checks the %PDF- magic bytes, in a fixed order of six checks, and answers no item id.",
    test: "quirk 6",
  },
  {
    operation: "POST /webhook",
    contract: "§11.7, §11.11",
    difference: "Custom headers are accepted only by PATCH; a `headers` key on create is ignored, and no response ever returns headers.",
    test: "ignores headers on create",
  },
  {
    operation: "POST /knowledgebase/{id}/scrape-urls",
    contract: "§11.1",
    difference: "The spec's answer is an untyped acknowledgement; the contract fixes {queued, skipped}, and a URL the KB holds is skipped, not re-scraped.",
    test: "skips a URL the KB already holds",
  },
  {
    operation: "DELETE /knowledgebase/{id}",
    contract: "§11.2",
    difference: "Which references block the delete (active config, open drafts, non-archived branch heads of non-archived agents) is not in the spec.",
    test: "the delete guard",
  },
];
