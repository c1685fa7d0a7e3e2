// Knowledge bases and webhooks as the tool sees them (docs/atoms-api.md §11): account-level, immediate, not versioned.
// The webhook's signing secret is deliberately absent: the reader drops it, so nothing downstream can print it.

export type KbItemStatus = "pending" | "processing" | "completed" | "failed" | (string & {});
export type ScrapedUrlStatus = "pending" | "scraping" | "indexed" | "failed" | (string & {});
export type WebhookEventType = "pre-conversation" | "post-conversation" | "analytics-completed";

export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = ["pre-conversation", "post-conversation", "analytics-completed"];

export interface ObservedKnowledgeBase {
  id: string;
  name: string;
  description: string;
  processingStatus?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface ObservedKbItem {
  id: string;
  knowledgeBaseId: string;
  /** "file" for uploads; dashboard-made text items are "text" and cannot be created through the API. */
  itemType: string;
  fileName?: string;
  title?: string;
  size?: number;
  processingStatus: KbItemStatus;
  createdAt?: string;
}

export interface ObservedScrapedUrl {
  id: string;
  url: string;
  status: ScrapedUrlStatus;
  createdAt?: string;
}

export interface ObservedWebhookSubscription {
  id: string;
  webhookId: string;
  /** Null when the subscribed agent no longer exists. */
  agentId: string | null;
  agentName?: string;
  eventType: string;
}

export interface ObservedWebhook {
  id: string;
  /** The document's `url` (the create/patch body calls it `endpoint`). */
  endpoint: string;
  description: string;
  status?: string;
  subscriptions: ObservedWebhookSubscription[];
  createdAt?: string;
  updatedAt?: string;
}

export interface KbUpload {
  /** The file name the API stores (the item's `fileName`). */
  fileName: string;
  bytes: Uint8Array;
}

/** Every method throws `AtomsApiError` (or a subclass) on failure. */
export interface KnowledgeBasesApi {
  listKnowledgeBases(): Promise<ObservedKnowledgeBase[]>;
  getKnowledgeBase(id: string): Promise<ObservedKnowledgeBase>;
  createKnowledgeBase(body: { name: string; description?: string }): Promise<string>;
  /** `POST /knowledgebase/{id}`: name is required on every update. */
  updateKnowledgeBase(id: string, body: { name: string; description?: string }): Promise<void>;
  deleteKnowledgeBase(id: string): Promise<void>;
  listKbItems(kbId: string): Promise<ObservedKbItem[]>;
  /** The API answers without an id; `uploadKbFile` finds the new item by listing. */
  uploadKbMedia(kbId: string, file: KbUpload): Promise<void>;
  /** Upload, then list: the item whose id was not there before and whose fileName matches. */
  uploadKbFile(kbId: string, file: KbUpload): Promise<ObservedKbItem>;
  deleteKbItem(kbId: string, itemId: string): Promise<void>;
  listScrapedUrls(kbId: string): Promise<ObservedScrapedUrl[]>;
  scrapeUrls(kbId: string, urls: string[]): Promise<{ queued: string[]; skipped: string[] }>;
  deleteScrapedUrl(kbId: string, id: string): Promise<void>;
}

export interface WebhooksApi {
  listWebhooks(): Promise<ObservedWebhook[]>;
  getWebhook(id: string): Promise<ObservedWebhook>;
  createWebhook(body: { endpoint: string; description: string; events?: { agentId: string; eventType: string }[] }): Promise<string>;
  /** `headers` replaces the whole custom set; `{}` clears it. At least one field. */
  updateWebhook(id: string, body: { endpoint?: string; description?: string; headers?: Record<string, string> }): Promise<void>;
  deleteWebhook(id: string): Promise<void>;
  listAgentSubscriptions(agentId: string): Promise<ObservedWebhookSubscription[]>;
  /** Replaces ALL of the agent's subscriptions, on every webhook. */
  setAgentSubscriptions(agentId: string, webhookId: string, eventTypes: string[]): Promise<void>;
  /** Removes all of the agent's subscriptions. */
  deleteAgentSubscriptions(agentId: string): Promise<void>;
}
