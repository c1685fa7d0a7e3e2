import { ApiError, badRequest, notFound } from "../errors.js";
import { isPlainObject, type JsonRecord } from "../json.js";
import { check, type Schema } from "../schema.js";
import { createAgent, iso } from "../store.js";
import { crossFieldErrors, isConfigField, validateConfigBody } from "../validate.js";
import { activeConfig, agentSummary } from "../views.js";
import { type Ctx, type HandlerResult, changed, intQuery, loadAgent, objectBody, ok, versionIdParam } from "../context.js";
import { deepMerge } from "../json.js";
import { serverDefaults } from "../defaults.js";

const METADATA: Record<string, Schema> = {
  name: { t: "string", min: 1, max: 200 },
  description: { t: "string", max: 2000 },
  avatarUrl: { t: "string" },
  allowInboundCall: { t: "boolean" },
  visibleToEveryone: { t: "boolean" },
};

function checkMetadata(body: JsonRecord, errors: string[]): JsonRecord {
  const out: JsonRecord = {};
  for (const [key, schema] of Object.entries(METADATA)) {
    if (body[key] === undefined) continue;
    const v = check(schema, body[key], key, errors);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** `POST /agent` (§2.2). */
export function createAgentRoute(ctx: Ctx): HandlerResult {
  const body = objectBody(ctx);
  if (isPlainObject(body.language) && body.language.switching === undefined) throw badRequest("Invalid Input: Required");
  const errors: string[] = [];
  if (body.name === undefined) errors.push("name: Required");
  const meta = checkMetadata(body, errors);
  if (body.workflowType !== undefined)
    check({ t: "string", enum: ["single_prompt", "workflow_graph"] }, body.workflowType, "workflowType", errors);
  const config = validateConfigBody(body, "create");
  if (!config.ok) errors.push(...config.errors);
  if (errors.length > 0 || !config.ok) throw badRequest(...errors);
  const workflowType = typeof body.workflowType === "string" ? body.workflowType : "single_prompt";
  if (workflowType === "workflow_graph")
    throw new ApiError(403, ["workflow_graph agents are not available for your organization"]);
  const cross = crossFieldErrors(deepMerge(serverDefaults(), config.patch), workflowType);
  if (cross.length > 0) throw badRequest(...cross);
  // telephonyProductId is accepted and ignored here on purpose (§2.2): numbers are linked only by PATCH.
  const agent = createAgent(
    ctx.data,
    {
      name: meta.name as string,
      description: meta.description as string | undefined,
      avatarUrl: meta.avatarUrl as string | undefined,
      allowInboundCall: meta.allowInboundCall as boolean | undefined,
      visibleToEveryone: meta.visibleToEveryone as boolean | undefined,
      workflowType,
      organization: ctx.org,
      configPatch: config.patch,
    },
    ctx.now,
  );
  return changed(agent._id, 201);
}

const SORT_FIELDS = ["createdAt", "updatedAt", "totalCalls", "name", "workflowType"];

/** `GET /agent` (§2.3): `offset` is the page size, `page` is 1-based. */
export function listAgentsRoute(ctx: Ctx): HandlerResult {
  const page = intQuery(ctx, "page", 1, 1, Number.MAX_SAFE_INTEGER);
  const size = Math.min(intQuery(ctx, "offset", 10, 1, Number.MAX_SAFE_INTEGER), 100);
  const search = ctx.query.get("search");
  const type = ctx.query.get("type");
  const sortField = ctx.query.get("sortField") ?? "createdAt";
  const sortOrder = ctx.query.get("sortOrder") ?? "desc";
  if (!SORT_FIELDS.includes(sortField))
    throw badRequest(`sortField: Invalid enum value. Expected ${SORT_FIELDS.map((f) => `'${f}'`).join(" | ")}, received '${sortField}'`);
  if (sortOrder !== "asc" && sortOrder !== "desc")
    throw badRequest(`sortOrder: Invalid enum value. Expected 'asc' | 'desc', received '${sortOrder}'`);
  const archived = ctx.query.get("archived") === "true";
  let agents = Object.values(ctx.orgState.agents).filter((a) => a.archived === archived);
  if (search) agents = agents.filter((a) => a.name.toLowerCase().includes(search.toLowerCase()));
  if (type) agents = agents.filter((a) => a.workflowType === type);
  const dir = sortOrder === "asc" ? 1 : -1;
  agents.sort((a, b) => {
    const va = (a as unknown as Record<string, string | number>)[sortField] ?? "";
    const vb = (b as unknown as Record<string, string | number>)[sortField] ?? "";
    if (va < vb) return -dir;
    if (va > vb) return dir;
    return a._id < b._id ? -dir : a._id > b._id ? dir : 0;
  });
  const total = agents.length;
  const totalPages = Math.ceil(total / size);
  const items = agents.slice((page - 1) * size, page * size).map((a) => agentSummary(a, ctx.orgState));
  return ok({
    agents: items,
    total,
    totalCount: total,
    totalPages,
    hasMore: page * size < total,
    isSearchResults: Boolean(search),
  });
}

/** `GET /agent/{id}` with `?draftId=` / `?versionId=` (§2.4). */
export function getAgentRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx, "root");
  const draftId = ctx.query.get("draftId");
  const versionId = ctx.query.get("versionId");
  const dto = agentSummary(agent, ctx.orgState);
  if (draftId !== null && draftId !== "") {
    const draft = agent.drafts[draftId];
    if (!draft || draft.status === "archived") throw notFound("Draft");
    const last = draft.revisions[draft.revisions.length - 1];
    dto._resolvedConfig = last ? agent.versions[last]!.config : draft.baseConfig;
    dto._configSource = "draft";
  } else if (versionId !== null && versionId !== "") {
    const id = versionIdParam(versionId);
    const rec = agent.versions[id];
    if (!rec || !agent.versionOrder.includes(id)) throw notFound("Version");
    dto._resolvedConfig = rec.config;
    dto._configSource = "version";
  } else {
    dto._resolvedConfig = activeConfig(agent);
  }
  return ok(dto);
}

/** `PATCH /agent/{id}`: metadata and phone links only (§2.5, §7). */
export function patchAgentRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const body = objectBody(ctx);
  if (Object.keys(body).some(isConfigField))
    throw badRequest("Agent has versioning enabled. Config changes must be made through drafts.");
  const errors: string[] = [];
  const meta = checkMetadata(body, errors);
  let links: string[] | undefined;
  if (body.telephonyProductId !== undefined) {
    const ids = check({ t: "array", items: { t: "string" } }, body.telephonyProductId, "telephonyProductId", errors) as
      | string[]
      | undefined;
    if (ids) {
      ids.forEach((id, i) => {
        if (!ctx.orgState.phoneNumbers.some((p) => p._id === id))
          errors.push(`telephonyProductId.${i}: Phone number ${id} not found in this organization`);
      });
      links = ids;
    }
  }
  if (errors.length > 0) throw badRequest(...errors);
  Object.assign(agent, meta);
  const t = iso(ctx.now);
  if (links) {
    const wanted = new Set(links);
    for (const p of ctx.orgState.phoneNumbers) {
      if (wanted.has(p._id) && p.agentId !== agent._id) {
        p.agentId = agent._id;
        p.updatedAt = t;
      } else if (!wanted.has(p._id) && p.agentId === agent._id) {
        p.agentId = null;
        p.updatedAt = t;
      }
    }
  }
  agent.updatedAt = t;
  return changed(agent._id);
}

/** `DELETE /agent/{id}/archive`, `?on=false` unarchives (§2.6). */
export function archiveAgentRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const on = ctx.query.get("on") !== "false";
  if (on && agent.archived) throw new ApiError(409, ["Agent is already archived"]);
  if (!on && !agent.archived) throw new ApiError(409, ["Agent is already active"]);
  agent.archived = on;
  if (on) agent.archivedAt = iso(ctx.now);
  else delete agent.archivedAt;
  agent.updatedAt = iso(ctx.now);
  return changed({ message: on ? "Agent archived" : "Agent unarchived" });
}

/** `GET /agent/{id}/workflow`: always the active version; `versionId` is ignored (§2.7, §9.10). */
export function getWorkflowRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const config = activeConfig(agent);
  return ok({ prompt: config.prompt ?? "", tools: config.tools ?? [] });
}

/** `PATCH /workflow/{workflowId}`: the legacy bypass that rewrites the active config in place (§2.7, §9.9). */
export function patchWorkflowRoute(ctx: Ctx): HandlerResult {
  const workflowId = ctx.params.workflowId ?? "";
  const agent = Object.values(ctx.orgState.agents).find((a) => a.workflowId === workflowId);
  if (!agent) throw notFound("Agent");
  const body = objectBody(ctx);
  const errors: string[] = [];
  const spc = check(
    {
      t: "object",
      props: { prompt: { t: "string" }, tools: { t: "array", items: { t: "custom", check: (v) => v } } },
      required: ["prompt"],
    },
    body.singlePromptConfig ?? {},
    "singlePromptConfig",
    errors,
  ) as JsonRecord | undefined;
  if (errors.length > 0 || !spc) throw badRequest(...errors);
  const rec = agent.versions[agent.activeVersionId]!;
  rec.config = { ...rec.config, prompt: spc.prompt, tools: spc.tools ?? [] };
  agent.updatedAt = iso(ctx.now);
  return changed("Workflow updated successfully");
}
