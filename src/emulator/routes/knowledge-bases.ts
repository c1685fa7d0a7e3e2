import { changed, type Ctx, type HandlerResult, objectBody, ok } from "../context.js";
import { ApiError, badRequest } from "../errors.js";
import { userIdFor } from "../identity.js";
import { isObjectId, newObjectId } from "../ids.js";
import { agentsUsingKb, kbView, newItem, newScrapedUrl, settleKb, startClock } from "../knowledge.js";
import { formDataBoundary, parseFormData } from "../multipart.js";
import { iso, type KnowledgeBaseRec } from "../store.js";
import { isWebUrl, typeName } from "./field-checks.js";

const KB_IN_USE = "This knowledge base is connected to an agent. Please detach it from the agent before deleting.";

/** Every path naming a KB checks the id first: malformed 400, unknown (or another organization's) 404 (§11.1). */
function loadKb(ctx: Ctx, param = "id"): KnowledgeBaseRec {
  const id = ctx.params[param] ?? "";
  if (!isObjectId(id)) throw badRequest("Invalid knowledge base id");
  const kb = ctx.orgState.knowledgeBases[id];
  if (!kb) throw new ApiError(404, ["Knowledge base not found"]);
  settleKb(kb, ctx.now);
  return kb;
}

function nameErrors(value: unknown, errors: string[]): string | undefined {
  if (value === undefined) return void errors.push("name: Required");
  if (typeof value !== "string") return void errors.push(`name: Expected string, received ${typeName(value)}`);
  const name = value.trim();
  if (name.length < 1) errors.push("name: String must contain at least 1 character(s)");
  if (name.length > 40) errors.push("name: String must contain at most 40 character(s)");
  return name;
}

function metadataBody(ctx: Ctx): { name: string; description: string | undefined } {
  const body = objectBody(ctx);
  const errors: string[] = [];
  const name = nameErrors(body.name, errors);
  if (body.description !== undefined && typeof body.description !== "string")
    errors.push(`description: Expected string, received ${typeName(body.description)}`);
  if (errors.length > 0) throw badRequest(...errors);
  return { name: name!, description: body.description as string | undefined };
}

/** `GET /knowledgebase`: oldest first, not paged. */
export function listKbsRoute(ctx: Ctx): HandlerResult {
  const kbs = Object.values(ctx.orgState.knowledgeBases);
  for (const kb of kbs) settleKb(kb, ctx.now);
  return ok(kbs.map(kbView));
}

/** `POST /knowledgebase`: names are not unique (§11.11, quirk 2); the answer is the bare id. */
export function createKbRoute(ctx: Ctx): HandlerResult {
  const { name, description } = metadataBody(ctx);
  const t = iso(ctx.now);
  const kb: KnowledgeBaseRec = {
    _id: newObjectId(ctx.now),
    name,
    description: description ?? "",
    organization: ctx.org,
    createdBy: userIdFor(ctx.org),
    createdAt: t,
    updatedAt: t,
    items: [],
    urls: [],
  };
  ctx.orgState.knowledgeBases[kb._id] = kb;
  return changed(kb._id, 201);
}

export function getKbRoute(ctx: Ctx): HandlerResult {
  return ok(kbView(loadKb(ctx)));
}

/** `POST /knowledgebase/{id}`: the update is a POST and does not echo (§11.11, quirk 1). */
export function updateKbRoute(ctx: Ctx): HandlerResult {
  const kb = loadKb(ctx);
  const { name, description } = metadataBody(ctx);
  kb.name = name;
  if (description !== undefined) kb.description = description;
  kb.updatedAt = iso(ctx.now);
  return changed(null);
}

export function deleteKbRoute(ctx: Ctx): HandlerResult {
  const kb = loadKb(ctx);
  if (agentsUsingKb(Object.values(ctx.orgState.agents), kb._id).length > 0) throw badRequest(KB_IN_USE);
  delete ctx.orgState.knowledgeBases[kb._id];
  return changed(null);
}

export function listItemsRoute(ctx: Ctx): HandlerResult {
  return ok(loadKb(ctx).items.map((i) => i.doc));
}

export function deleteItemRoute(ctx: Ctx): HandlerResult {
  const kb = loadKb(ctx, "kbId");
  const itemId = ctx.params.itemId ?? "";
  if (!isObjectId(itemId)) throw badRequest("Invalid knowledge base item id");
  const index = kb.items.findIndex((i) => i.doc._id === itemId);
  if (index < 0) throw new ApiError(404, ["Knowledge base item not found"]);
  kb.items.splice(index, 1);
  return changed(null);
}

const isPdfType = (type: string | undefined) => (type ?? "application/octet-stream").split(";")[0]!.trim().toLowerCase() === "application/pdf";

/** `POST …/items/upload-media`: the checks of §11.3, in order, first failure wins. No id in the answer. */
export function uploadMediaRoute(ctx: Ctx): HandlerResult {
  const kb = loadKb(ctx);
  const raw = ctx.raw ?? { bytes: Buffer.alloc(0), contentType: null };
  const boundary = formDataBoundary(raw.contentType);
  if (boundary === null) throw badRequest("Content-Type must be multipart/form-data");
  const parts = parseFormData(raw.bytes, boundary);
  if (!parts) throw badRequest("Malformed multipart/form-data body");
  // A browser sends an empty file input as filename="" with no content: that is no file.
  const files = parts.filter((p) => p.name === "media" && p.fileName !== undefined && !(p.fileName === "" && p.content.length === 0));
  if (files.length === 0) throw badRequest("media: Required");
  if (files.length > 1) throw badRequest("media: Only one file may be uploaded per request");
  const file = files[0]!;
  if (!isPdfType(file.contentType) || !/\.pdf$/i.test(file.fileName!)) throw badRequest("Only PDF files are allowed");
  if (file.content.subarray(0, 5).toString("latin1") !== "%PDF-") throw badRequest("File content is not a valid PDF");
  kb.items.push(newItem(kb, { fileName: file.fileName!, bytes: file.content }, startClock(ctx.data, "items", ctx.now), ctx.now));
  settleKb(kb, ctx.now);
  return changed(null, 201);
}

/** `POST …/scrape-urls`: a URL the KB already holds is skipped, its row untouched (§11.1). */
export function scrapeUrlsRoute(ctx: Ctx): HandlerResult {
  const kb = loadKb(ctx);
  const body = objectBody(ctx);
  const urls = body.urls;
  if (urls === undefined) throw badRequest("urls: Required");
  if (!Array.isArray(urls)) throw badRequest(`urls: Expected array, received ${typeName(urls)}`);
  if (urls.length === 0) throw badRequest("urls: Array must contain at least 1 element(s)");
  const errors: string[] = [];
  urls.forEach((u, i) => {
    if (typeof u !== "string") errors.push(`urls.${i}: Expected string, received ${typeName(u)}`);
    else if (!isWebUrl(u)) errors.push(`urls.${i}: Invalid url`);
  });
  if (errors.length > 0) throw badRequest(...errors);
  const queued: string[] = [];
  const skipped: string[] = [];
  for (const url of new Set(urls as string[])) {
    if (kb.urls.some((r) => r.doc.url === url)) {
      skipped.push(url);
      continue;
    }
    kb.urls.push(newScrapedUrl(kb, url, startClock(ctx.data, "urls", ctx.now), ctx.now));
    queued.push(url);
  }
  settleKb(kb, ctx.now);
  return changed({ queued, skipped });
}

export function listScrapedUrlsRoute(ctx: Ctx): HandlerResult {
  return ok(loadKb(ctx).urls.map((u) => u.doc));
}

export function deleteScrapedUrlRoute(ctx: Ctx): HandlerResult {
  const kb = loadKb(ctx, "kbId");
  const rowId = ctx.params.rowId ?? "";
  if (!isObjectId(rowId)) throw badRequest("Invalid scraped URL id");
  const index = kb.urls.findIndex((u) => u.doc._id === rowId);
  if (index < 0) throw new ApiError(404, ["Scraped URL not found"]);
  kb.urls.splice(index, 1);
  return changed(null);
}
