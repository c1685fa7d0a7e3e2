// Webhooks and agent subscriptions (docs/atoms-api.md §11). The reader keeps no field it does not know, so the
// signing secret (`decryptedSecretKey`, plain text on every GET) never leaves this module.
import type { ObservedWebhook, ObservedWebhookSubscription, WebhooksApi } from "../model/knowledge.js";
import { unexpectedShape } from "./envelope.js";
import { agentPath } from "./agents-api.js";
import { isRecord, optionalFields, requireArray, requireObject, str } from "./reader.js";
import type { Transport } from "./transport.js";

export class HttpWebhooksApi implements WebhooksApi {
  constructor(private readonly http: Transport) {}

  async listWebhooks(): Promise<ObservedWebhook[]> {
    const res = await this.http.request("GET", "/webhook");
    return requireArray(res, res.data, "data").flatMap((item) => toWebhook(item) ?? []);
  }

  async getWebhook(id: string): Promise<ObservedWebhook> {
    // By query, and answered with one object: `/webhook/{id}` is an unknown route.
    const res = await this.http.request("GET", "/webhook", { query: { webhookId: id } });
    const hook = toWebhook(requireObject(res, res.data, "data"));
    if (!hook) throw unexpectedShape(res, "expected the webhook to have an _id");
    return hook;
  }

  async createWebhook(body: { endpoint: string; description: string; events?: { agentId: string; eventType: string }[] }): Promise<string> {
    const res = await this.http.request("POST", "/webhook", {
      body: { endpoint: body.endpoint, description: body.description, events: (body.events ?? []).map((e) => ({ ...e })) },
    });
    const d = res.data;
    const id = typeof d === "string" ? d : isRecord(d) ? (str(d._id) ?? str(d.id)) : undefined;
    if (!id) throw unexpectedShape(res, "expected data to be the new webhook id");
    return id;
  }

  async updateWebhook(id: string, body: { endpoint?: string; description?: string; headers?: Record<string, string> }): Promise<void> {
    const out: Record<string, string | Record<string, string>> = {};
    if (body.endpoint !== undefined) out.endpoint = body.endpoint;
    if (body.description !== undefined) out.description = body.description;
    if (body.headers !== undefined) out.headers = { ...body.headers };
    await this.http.request("PATCH", `/webhook/${encodeURIComponent(id)}`, { body: out });
  }

  async deleteWebhook(id: string): Promise<void> {
    await this.http.request("DELETE", `/webhook/${encodeURIComponent(id)}`);
  }

  async listAgentSubscriptions(agentId: string): Promise<ObservedWebhookSubscription[]> {
    const res = await this.http.request("GET", agentPath(agentId, "/webhook-subscriptions"));
    return requireArray(res, res.data, "data").flatMap((item) => toSubscription(item, "") ?? []);
  }

  async setAgentSubscriptions(agentId: string, webhookId: string, eventTypes: string[]): Promise<void> {
    // Replace-all: a replay writes the same set again.
    await this.http.request("POST", agentPath(agentId, "/webhook-subscriptions"), { body: { webhookId, eventTypes: [...eventTypes] }, idempotent: true });
  }

  async deleteAgentSubscriptions(agentId: string): Promise<void> {
    await this.http.request("DELETE", agentPath(agentId, "/webhook-subscriptions"));
  }
}

export function toWebhook(v: unknown): ObservedWebhook | undefined {
  if (!isRecord(v)) return undefined;
  const id = str(v._id) ?? str(v.id);
  if (!id) return undefined;
  const subs = Array.isArray(v.subscriptions) ? v.subscriptions : [];
  const hook: ObservedWebhook = {
    id,
    endpoint: str(v.url) ?? str(v.endpoint) ?? "",
    description: str(v.description) ?? "",
    subscriptions: subs.flatMap((s) => toSubscription(s, id) ?? []),
    ...optionalFields(v, { status: str, createdAt: str, updatedAt: str }),
  };
  return hook;
}

/** `agentId` is a populated agent inside a webhook and a plain id in the agent's own list. */
export function toSubscription(v: unknown, webhookId: string): ObservedWebhookSubscription | undefined {
  if (!isRecord(v)) return undefined;
  const eventType = str(v.eventType);
  if (eventType === undefined) return undefined;
  const agent = v.agentId;
  const agentId = typeof agent === "string" ? agent : isRecord(agent) ? (str(agent._id) ?? null) : null;
  const sub: ObservedWebhookSubscription = { id: str(v._id) ?? "", webhookId: str(v.webhookId) ?? webhookId, agentId, eventType };
  if (isRecord(agent)) {
    const name = str(agent.name);
    if (name !== undefined) sub.agentName = name;
  }
  return sub;
}
