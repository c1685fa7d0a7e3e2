import { ApiError, badRequest, notFound } from "./errors.js";
import { isObjectId } from "./ids.js";
import { isPlainObject, type JsonRecord } from "./json.js";
import { type AgentRec, type OrgState, type StoreData, settleScans } from "./store.js";

/** What a route handler gets: the caller's organization, the parsed request and the clock. */
export interface Ctx {
  data: StoreData;
  org: string;
  orgState: OrgState;
  now: number;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  method: string;
  /** Full request path, base path included (for the HTML 404 text). */
  fullPath: string;
  /** The unparsed body and its content type, for the one multipart route (§11.3). */
  raw?: { bytes: Buffer; contentType: string | null };
}

export interface HandlerResult {
  status: number;
  /** The whole JSON body (already enveloped). */
  body: unknown;
  headers?: Record<string, string>;
  /** True when the handler changed the store (persistence is scheduled). */
  mutated?: boolean;
}

export function ok(data: unknown, status = 200, mutated = false): HandlerResult {
  return { status, body: { status: true, data }, mutated };
}

export function changed(data: unknown, status = 200): HandlerResult {
  return ok(data, status, true);
}

/**
 * Loads an agent of the caller's organization. `GET /agent/{id}` says 400 "No agent found" for unknown ids, every
 * sub-resource 404 "Agent not found" (§1.5); a malformed id is 400 either way.
 */
export function loadAgent(ctx: Ctx, kind: "root" | "sub" = "sub"): AgentRec {
  const id = ctx.params.id ?? "";
  if (!isObjectId(id)) throw badRequest("Invalid agent id");
  const agent = ctx.orgState.agents[id];
  if (!agent) throw kind === "root" ? badRequest("No agent found") : notFound("Agent");
  settleScans(agent, ctx.now);
  return agent;
}

/** A JSON object body, or `{}` when none was sent. Arrays and scalars are a validation error. */
export function objectBody(ctx: Ctx): JsonRecord {
  if (ctx.body === undefined) return {};
  if (!isPlainObject(ctx.body)) throw badRequest("Expected object, received " + (Array.isArray(ctx.body) ? "array" : typeof ctx.body));
  return ctx.body;
}

export function versionIdParam(value: string | undefined | null): string {
  if (!isObjectId(value)) throw badRequest("Invalid version id");
  return value;
}

export function intQuery(ctx: Ctx, name: string, def: number, min: number, max: number): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw badRequest(`${name}: Number must be an integer greater than or equal to ${min}`);
  if (n > max) throw badRequest(`${name}: Number must be less than or equal to ${max}`);
  return n;
}

export { ApiError };
