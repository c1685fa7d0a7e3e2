import type { Ctx, HandlerResult } from "./context.js";
import * as agents from "./routes/agents.js";
import * as v1 from "./routes/versions.js";
import * as v2 from "./routes/branches.js";
import { listPhoneNumbersRoute } from "./routes/phone-numbers.js";
import * as kb from "./routes/knowledge-bases.js";
import * as hooks from "./routes/webhooks.js";

export interface RouteOptions {
  securityCheckMs: () => number;
}

export interface Route {
  method: string;
  segments: string[];
  /** v1 endpoints that answer 409 `versioning_v2_migration_required` under the branch model (§6.1). */
  v1Only?: boolean;
  /** v2 endpoints: 404 route under the versions model? No — they answer, but only for migrated agents. */
  handler: (ctx: Ctx, options: RouteOptions) => HandlerResult;
  /** The body is multipart, read raw with its own size limit (§11.3). */
  multipart?: boolean;
  /** Parameter values that are not this route: literal paths the live API has and the emulator does not serve. */
  notParams?: Record<string, readonly string[]>;
}

function route(method: string, path: string, handler: Route["handler"], v1Only = false, extra: Partial<Route> = {}): Route {
  return { method, segments: path.split("/").filter(Boolean), handler, v1Only, ...extra };
}

/** Live-only KB upload helpers (§11.1): unknown routes here, not a malformed KB id. */
const UNSERVED_KB_PATHS = { id: ["get-presigned-url", "compelete-file-upload", "get-sitemap-urls"] } as const;

/** Order matters where a literal competes with a parameter (`/versions/diff` before `/versions/:versionId`). */
export const ROUTES: Route[] = [
  route("POST", "/agent", agents.createAgentRoute),
  route("GET", "/agent", agents.listAgentsRoute),
  route("GET", "/agent/:id", agents.getAgentRoute),
  route("PATCH", "/agent/:id", agents.patchAgentRoute),
  route("DELETE", "/agent/:id/archive", agents.archiveAgentRoute),
  route("GET", "/agent/:id/workflow", agents.getWorkflowRoute),
  route("PATCH", "/workflow/:workflowId", agents.patchWorkflowRoute),
  route("GET", "/product/phone-numbers", listPhoneNumbersRoute),

  route("POST", "/agent/:id/drafts", v1.forkDraftRoute, true),
  route("GET", "/agent/:id/drafts", v1.listDraftsRoute, true),
  route("GET", "/agent/:id/drafts/:draftId", v1.getDraftRoute),
  route("PATCH", "/agent/:id/drafts/:draftId", v1.renameDraftRoute, true),
  route("DELETE", "/agent/:id/drafts/:draftId", v1.discardDraftRoute, true),
  route("PATCH", "/agent/:id/drafts/:draftId/config", v1.editDraftRoute, true),
  route("GET", "/agent/:id/drafts/:draftId/diff", v1.draftDiffRoute),
  route("POST", "/agent/:id/drafts/:draftId/publish", (c, o) => v1.publishDraftRoute(c, o.securityCheckMs()), true),
  route("POST", "/agent/:id/drafts/:draftId/test-call", v1.draftTestCallRoute),
  route("GET", "/agent/:id/versions", v1.listVersionsRoute, true),
  route("GET", "/agent/:id/versions/diff", v1.versionsDiffRoute),
  route("GET", "/agent/:id/versions/:versionId", v1.getVersionRoute),
  route("PATCH", "/agent/:id/versions/:versionId", v1.patchVersionRoute, true),
  route("PATCH", "/agent/:id/versions/:versionId/activate", v1.activateVersionRoute, true),
  route("POST", "/agent/:id/versions/:versionId/test-call", v1.versionTestCallRoute),

  route("GET", "/agent/:id/branches", v2.listBranchesRoute),
  route("POST", "/agent/:id/branches", v2.createBranchRoute),
  route("GET", "/agent/:id/branches/:branchId", v2.getBranchRoute),
  route("PATCH", "/agent/:id/branches/:branchId", v2.renameBranchRoute),
  route("POST", "/agent/:id/branches/:branchId/archive", v2.archiveBranchRoute),
  route("POST", "/agent/:id/branches/:branchId/live", v2.goLiveRoute),
  route("PUT", "/agent/:id/branches/:branchId/draft", v2.putDraftRoute),
  route("GET", "/agent/:id/branches/:branchId/draft", v2.getBranchDraftRoute),
  route("DELETE", "/agent/:id/branches/:branchId/draft", v2.discardBranchDraftRoute),
  route("POST", "/agent/:id/branches/:branchId/draft/publish", (c, o) => v2.publishBranchDraftRoute(c, o.securityCheckMs())),
  route("POST", "/agent/:id/branches/:branchId/draft/publish/cancel", v2.cancelPublishRoute),
  route("GET", "/agent/:id/branches/:branchId/revisions", v2.listRevisionsRoute),
  route("GET", "/agent/:id/branches/:branchId/revisions/:revisionId", v2.getRevisionRoute),
  route("GET", "/agent/:id/branches/:branchId/revisions/:revisionId/history", v2.revisionHistoryRoute),
  route("POST", "/agent/:id/branches/:branchId/revisions/:revisionId/restore", (c, o) =>
    v2.restoreRevisionRoute(c, o.securityCheckMs()),
  ),
  route("POST", "/agent/:id/branches/:branchId/test-call", v2.branchTestCallRoute),
  route("GET", "/agent/:id/diff", v2.refDiffRoute),

  route("GET", "/knowledgebase", kb.listKbsRoute),
  route("POST", "/knowledgebase", kb.createKbRoute),
  route("GET", "/knowledgebase/:id", kb.getKbRoute, false, { notParams: UNSERVED_KB_PATHS }),
  route("POST", "/knowledgebase/:id", kb.updateKbRoute, false, { notParams: UNSERVED_KB_PATHS }),
  route("DELETE", "/knowledgebase/:id", kb.deleteKbRoute, false, { notParams: UNSERVED_KB_PATHS }),
  route("GET", "/knowledgebase/:id/items", kb.listItemsRoute),
  route("POST", "/knowledgebase/:id/items/upload-media", kb.uploadMediaRoute, false, { multipart: true }),
  route("DELETE", "/knowledgebase/:kbId/items/:itemId", kb.deleteItemRoute),
  route("POST", "/knowledgebase/:id/scrape-urls", kb.scrapeUrlsRoute),
  route("GET", "/knowledgebase/:id/scraped-urls", kb.listScrapedUrlsRoute),
  route("DELETE", "/knowledgebase/:kbId/scraped-urls/:rowId", kb.deleteScrapedUrlRoute),

  route("GET", "/webhook", hooks.getWebhooksRoute),
  route("POST", "/webhook", hooks.createWebhookRoute),
  route("PATCH", "/webhook/:id", hooks.patchWebhookRoute),
  route("DELETE", "/webhook/:id", hooks.deleteWebhookRoute),
  route("GET", "/agent/:id/webhook-subscriptions", hooks.listSubscriptionsRoute),
  route("POST", "/agent/:id/webhook-subscriptions", hooks.replaceSubscriptionsRoute),
  route("DELETE", "/agent/:id/webhook-subscriptions", hooks.deleteSubscriptionsRoute),
];

export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | null {
  const parts = path.split("/").filter(Boolean);
  for (const r of ROUTES) {
    if (r.method !== method || r.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let okMatch = true;
    for (let i = 0; i < parts.length; i++) {
      const seg = r.segments[i]!;
      const part = parts[i]!;
      if (seg.startsWith(":")) {
        try {
          params[seg.slice(1)] = decodeURIComponent(part);
        } catch {
          params[seg.slice(1)] = part;
        }
      } else if (seg !== part) {
        okMatch = false;
        break;
      }
    }
    if (okMatch && r.notParams && Object.entries(r.notParams).some(([k, vs]) => vs.includes(params[k] ?? ""))) okMatch = false;
    if (okMatch) return { route: r, params };
  }
  return null;
}
