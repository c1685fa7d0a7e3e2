import { randomBytes } from "node:crypto";
import { changed, type Ctx, type HandlerResult, loadAgent, objectBody, ok } from "../context.js";
import { ApiError, badRequest } from "../errors.js";
import { userIdFor } from "../identity.js";
import { isObjectId, newObjectId } from "../ids.js";
import type { JsonRecord } from "../json.js";
import { type EventType, iso, type OrgState, type SubscriptionRec, type WebhookRec } from "../store.js";
import { isWebUrl, typeName } from "./field-checks.js";

export const EVENT_TYPES: readonly EventType[] = ["pre-conversation", "post-conversation", "analytics-completed"];
const INVALID_ID = "The provided Webhook ID is invalid.";
const TAKEN = "A webhook with this URL has already been registered";
const STILL_ASSIGNED = "Cannot delete webhook: It is currently assigned to one or more agents. Please remove all agent assignments first.";
const MAX_HEADERS = 10;
const MAX_HEADER_VALUE = 1024;
/** RFC 7230 token. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const RESERVED = new Set(["x-signature", "host", "connection", "transfer-encoding"]);

const isReserved = (name: string) => {
  const lower = name.toLowerCase();
  return RESERVED.has(lower) || lower.startsWith("content-");
};

function enumError(path: string, value: unknown): string {
  if (typeof value !== "string") return `${path}: Expected string, received ${typeName(value)}`;
  return `${path}: Invalid enum value. Expected ${EVENT_TYPES.map((e) => `'${e}'`).join(" | ")}, received '${value}'`;
}

const isEventType = (v: unknown): v is EventType => typeof v === "string" && (EVENT_TYPES as readonly string[]).includes(v);

function webhookIdOf(value: string | null | undefined): string {
  if (!isObjectId(value)) throw badRequest(INVALID_ID);
  return value;
}

function loadWebhook(ctx: Ctx, id: string): WebhookRec {
  const hook = ctx.orgState.webhooks[id];
  if (!hook) throw new ApiError(404, ["Webhook not found"]);
  return hook;
}

/** The Webhook document (§11.9): `url`, the populated agents of its subscriptions, the secret in plain text, no headers. */
export function webhookView(orgState: OrgState, hook: WebhookRec): JsonRecord {
  return {
    _id: hook._id,
    url: hook.url,
    description: hook.description,
    status: hook.status,
    organizationId: hook.organizationId,
    createdBy: hook.createdBy,
    subscriptions: orgState.subscriptions
      .filter((s) => s.webhookId === hook._id)
      .map((s) => {
        const agent = orgState.agents[s.agentId];
        return {
          _id: s._id,
          webhookId: s.webhookId,
          agentId: agent ? { _id: agent._id, name: agent.name, description: agent.description ?? "" } : null,
          eventType: s.eventType,
          createdAt: s.createdAt,
          updatedAt: s.updatedAt,
        };
      }),
    decryptedSecretKey: hook.secret,
    createdAt: hook.createdAt,
    updatedAt: hook.updatedAt,
  };
}

export function newSecret(): string {
  return randomBytes(32).toString("hex");
}

/** Checks `endpoint` as create and PATCH share it; returns the trimmed URL. */
function endpointOf(value: unknown, errors: string[]): string | undefined {
  if (value === undefined) return void errors.push("endpoint: Required");
  if (typeof value !== "string") return void errors.push(`endpoint: Expected string, received ${typeName(value)}`);
  const url = value.trim();
  if (!isWebUrl(url)) return void errors.push("endpoint: Invalid url");
  return url;
}

function descriptionOf(value: unknown, errors: string[]): string | undefined {
  if (value === undefined) return void errors.push("description: Required");
  if (typeof value !== "string") return void errors.push(`description: Expected string, received ${typeName(value)}`);
  return value;
}

function urlTaken(orgState: OrgState, url: string, except?: string): boolean {
  return Object.values(orgState.webhooks).some((h) => h._id !== except && h.url === url);
}

function subscribe(orgState: OrgState, webhookId: string, agentId: string, eventType: EventType, now: number): void {
  if (orgState.subscriptions.some((s) => s.webhookId === webhookId && s.agentId === agentId && s.eventType === eventType)) return;
  const t = iso(now);
  orgState.subscriptions.push({ _id: newObjectId(now), webhookId, agentId, eventType, createdAt: t, updatedAt: t });
}

/** `GET /webhook`: an array; with `?webhookId=` one object (§11.11, quirk 13). */
export function getWebhooksRoute(ctx: Ctx): HandlerResult {
  if (ctx.query.has("webhookId")) {
    const hook = loadWebhook(ctx, webhookIdOf(ctx.query.get("webhookId")));
    return ok(webhookView(ctx.orgState, hook));
  }
  return ok(Object.values(ctx.orgState.webhooks).map((h) => webhookView(ctx.orgState, h)));
}

/** `POST /webhook`: `headers` is not a create field and is ignored; events add subscriptions, never replace. */
export function createWebhookRoute(ctx: Ctx): HandlerResult {
  const body = objectBody(ctx);
  const errors: string[] = [];
  const url = endpointOf(body.endpoint, errors);
  const description = descriptionOf(body.description, errors);
  const events: Array<{ agentId: string; eventType: EventType }> = [];
  if (body.events === undefined) errors.push("events: Required");
  else if (!Array.isArray(body.events)) errors.push(`events: Expected array, received ${typeName(body.events)}`);
  else
    body.events.forEach((e, i) => {
      if (typeof e !== "object" || e === null || Array.isArray(e)) return void errors.push(`events.${i}: Expected object, received ${typeName(e)}`);
      const { agentId, eventType } = e as JsonRecord;
      let valid = true;
      if (agentId === undefined) (errors.push(`events.${i}.agentId: Required`), (valid = false));
      else if (typeof agentId !== "string") (errors.push(`events.${i}.agentId: Expected string, received ${typeName(agentId)}`), (valid = false));
      else if (!ctx.orgState.agents[agentId]) (errors.push(`events.${i}.agentId: Agent ${agentId} not found`), (valid = false));
      if (eventType === undefined) (errors.push(`events.${i}.eventType: Required`), (valid = false));
      else if (!isEventType(eventType)) (errors.push(enumError(`events.${i}.eventType`, eventType)), (valid = false));
      if (valid) events.push({ agentId: agentId as string, eventType: eventType as EventType });
    });
  if (errors.length > 0) throw badRequest(...errors);
  if (urlTaken(ctx.orgState, url!)) throw badRequest(TAKEN);
  const t = iso(ctx.now);
  const hook: WebhookRec = {
    _id: newObjectId(ctx.now),
    url: url!,
    description: description!,
    status: "enabled",
    organizationId: ctx.org,
    createdBy: userIdFor(ctx.org),
    secret: newSecret(),
    headers: {},
    createdAt: t,
    updatedAt: t,
  };
  ctx.orgState.webhooks[hook._id] = hook;
  for (const e of events) subscribe(ctx.orgState, hook._id, e.agentId, e.eventType, ctx.now);
  return changed(hook._id, 201);
}

/** The header rules of §11.7; every problem is reported, names as sent. */
export function headerErrors(value: unknown): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [`headers: Expected object, received ${typeName(value)}`];
  const errors: string[] = [];
  const entries = Object.entries(value as JsonRecord);
  if (entries.length > MAX_HEADERS) errors.push(`headers: At most ${MAX_HEADERS} custom headers are allowed`);
  const seen = new Set<string>();
  for (const [name, v] of entries) {
    const at = `headers.${name}`;
    if (!TOKEN.test(name)) errors.push(`${at}: Invalid header name`);
    else if (isReserved(name)) errors.push(`${at}: Reserved header name`);
    else if (seen.has(name.toLowerCase())) errors.push(`${at}: Duplicate header name`);
    seen.add(name.toLowerCase());
    if (typeof v !== "string") errors.push(`${at}: Expected string, received ${typeName(v)}`);
    else if (v.length > MAX_HEADER_VALUE) errors.push(`${at}: String must contain at most ${MAX_HEADER_VALUE} character(s)`);
    else if (/[\r\n\0]/.test(v)) errors.push(`${at}: Invalid header value`);
  }
  return errors;
}

/** `PATCH /webhook/{id}`: endpoint, description, and the write-only, replace-all headers. Subscriptions never change here. */
export function patchWebhookRoute(ctx: Ctx): HandlerResult {
  const hook = loadWebhook(ctx, webhookIdOf(ctx.params.id));
  const body = objectBody(ctx);
  if (body.endpoint === undefined && body.description === undefined && body.headers === undefined)
    throw badRequest("At least one of endpoint, description or headers is required");
  const errors: string[] = [];
  const url = body.endpoint === undefined ? undefined : endpointOf(body.endpoint, errors);
  const description = body.description === undefined ? undefined : descriptionOf(body.description, errors);
  if (body.headers !== undefined) errors.push(...headerErrors(body.headers));
  if (errors.length > 0) throw badRequest(...errors);
  if (url !== undefined && urlTaken(ctx.orgState, url, hook._id)) throw badRequest(TAKEN);
  if (url !== undefined) hook.url = url;
  if (description !== undefined) hook.description = description;
  if (body.headers !== undefined) hook.headers = { ...(body.headers as Record<string, string>) };
  hook.updatedAt = iso(ctx.now);
  return changed(hook._id);
}

export function deleteWebhookRoute(ctx: Ctx): HandlerResult {
  const hook = loadWebhook(ctx, webhookIdOf(ctx.params.id));
  // Any subscription blocks, an archived agent's included.
  if (ctx.orgState.subscriptions.some((s) => s.webhookId === hook._id)) throw badRequest(STILL_ASSIGNED);
  delete ctx.orgState.webhooks[hook._id];
  return changed("Webhook deleted successfully");
}

function subscriptionView(s: SubscriptionRec): JsonRecord {
  return { ...s };
}

export function listSubscriptionsRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  return ok(ctx.orgState.subscriptions.filter((s) => s.agentId === agent._id).map(subscriptionView));
}

/** `POST /agent/{id}/webhook-subscriptions`: replaces all of the agent's subscriptions, on every webhook (§11.8). */
export function replaceSubscriptionsRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const body = objectBody(ctx);
  const errors: string[] = [];
  if (body.webhookId === undefined) errors.push("webhookId: Required");
  else if (typeof body.webhookId !== "string") errors.push(`webhookId: Expected string, received ${typeName(body.webhookId)}`);
  const types = body.eventTypes;
  if (types === undefined) errors.push("eventTypes: Required");
  else if (!Array.isArray(types)) errors.push(`eventTypes: Expected array, received ${typeName(types)}`);
  else if (types.length === 0) errors.push("eventTypes: Array must contain at least 1 element(s)");
  else types.forEach((v, i) => void (isEventType(v) || errors.push(enumError(`eventTypes.${i}`, v))));
  if (errors.length > 0) throw badRequest(...errors);
  const hook = loadWebhook(ctx, webhookIdOf(body.webhookId as string));
  ctx.orgState.subscriptions = ctx.orgState.subscriptions.filter((s) => s.agentId !== agent._id);
  for (const eventType of new Set(types as EventType[])) subscribe(ctx.orgState, hook._id, agent._id, eventType, ctx.now);
  return changed("Subscriptions created successfully", 201);
}

export function deleteSubscriptionsRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const before = ctx.orgState.subscriptions.length;
  ctx.orgState.subscriptions = ctx.orgState.subscriptions.filter((s) => s.agentId !== agent._id);
  return { ...ok("Subscriptions deleted successfully"), mutated: ctx.orgState.subscriptions.length !== before };
}
