import type { JsonObject } from "../model/json.js";
import type { AgentSummary, ObservedAgent, PhoneNumberProduct } from "../model/observed.js";
import type { AgentsApi, ApiModelName, ListAgentsOptions, VersioningAdapter } from "../model/versioning.js";
import type { PreviewPort } from "../model/preview.js";
import type { KnowledgeBasesApi, WebhooksApi } from "../model/knowledge.js";
import { HttpKnowledgeBasesApi } from "./knowledge-bases-api.js";
import { HttpWebhooksApi } from "./webhooks-api.js";
import { webhookHeaderKey } from "../plan/resource-marker.js";
import { BranchesPreview } from "./preview-branches.js";
import { VersionsPreview } from "./preview-versions.js";
import { MigrationRequiredError, NotFoundError } from "../errors.js";
import { HttpAgentsApi, agentPath } from "./agents-api.js";
import { AutoAdapter } from "./auto-adapter.js";
import type { ModelState } from "./auto-adapter.js";
import { BranchesAdapter } from "./branches-adapter.js";
import type { Clock } from "./clock.js";
import { realSleep } from "./clock.js";
import { DEFAULT_BASE_URL, validateBaseUrl } from "./connection.js";
import { fetchExchanger, nodeExchanger, type FetchLike } from "./exchange.js";
import type { ClientEvent } from "./transport.js";
import { Transport } from "./transport.js";
import type { RememberedRate } from "./rate-limiter.js";
import { VersionsAdapter } from "./versions-adapter.js";

/** Requests in flight at the start of a run, when no `concurrency` is given. */
export const DEFAULT_CONNECTIONS = 8;
/**
 * How far the in-flight cap may rise on its own. Requests/s = in flight / round trip: at 8 in flight a 100 ms round
 * trip (a CI runner far from the API) cannot reach a paid plan's 100 requests/s, and a 15 ms one stops near 530.
 * 32 reaches the probe ceiling (1000/s) at a 30 ms round trip and 320/s at 100 ms; the cap only rises while the
 * limiter has a token ready and every connection is busy, so a workspace's limit is still found by its 429s.
 */
export const CONNECTION_CEILING = 32;

export interface ClientOptions {
  /** Default https://api.smallest.ai/atoms/v1; a trailing slash is tolerated. */
  baseUrl?: string;
  apiKey: string;
  /**
   * Further values never to show in an error, beside the key: an API error may quote what it was sent. Read at each
   * error, so secrets learnt after connecting count too (`createRedactor(runSecrets(…))`).
   */
  redactor?: { readonly secrets: readonly string[] };
  /** Injected (tests/demo pass the emulator's in-process fetch); default Node's own http/https client. */
  fetch?: FetchLike;
  /** Default auto. */
  apiModel?: "auto" | ApiModelName;
  /** Per request, default 30 000. */
  timeoutMs?: number;
  /**
   * Max in-flight requests: a fixed cap when given. Default: 8 at first, rising up to `CONNECTION_CEILING` while
   * every connection is busy and the rate limiter would send more (a long round trip, a workspace with a high limit).
   */
  concurrency?: number;
  /**
   * A hard cap on requests/second. Without it the client discovers the workspace's limit: it starts at a safe rate
   * (or where `rateMemory` says an earlier run ended), probes upward while requests succeed and backs off on 429.
   */
  rps?: number;
  /** Keeps what a run learned about the rate between runs (the CLI keeps it in the cache directory). */
  rateMemory?: RateMemory;
  /** Default 4. */
  maxRetries?: number;
  /** Total time budget of one logical call including retries, default 120 000. */
  operationDeadlineMs?: number;
  /** Cancels waiting/sleeping and in-flight requests. */
  signal?: AbortSignal;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /** request/response/retry/rate-limit/api-model; never carries the key or bodies. */
  onEvent?: (event: ClientEvent) => void;
}

export interface AtomsClient extends AgentsApi {
  readonly baseUrl: string;
  /**
   * The adapter for the workspace's versioning model. In auto mode it starts as "versions" and switches to
   * branches for the rest of the run on the first 409 versioning_v2_migration_required (redoing that call).
   */
  versioning(): VersioningAdapter;
  /** Knowledge bases, their items and scraped URLs: immediate, not versioned. */
  readonly knowledgeBases: KnowledgeBasesApi;
  /** Webhooks and agent subscriptions: immediate, not versioned. */
  readonly webhooks: WebhooksApi;
  /** Keys the digest of webhook header sets (derived from the API key, never the key itself). */
  readonly webhookHeaderKey: Uint8Array;
  /** The pull-request preview calls of a model (`detectModel` tells which one a workspace speaks). */
  previews(model: ApiModelName): PreviewPort;
  /** GET-only detection (for plan), cached; the configured model when not auto. */
  detectModel(probeAgentId?: string): Promise<ApiModelName>;
  readonly currentModel: ApiModelName | "unknown";
  stats(): { requests: number; retries: number; rateLimited: number };
  /** The rate this run is at, the workspace limit a 429 showed (if any), and the 429s absorbed so far. */
  rate(): RateReport;
  /** Stores what this run learned in `rateMemory` (a no-op without one); never throws. */
  rememberRate(): void;
}

export interface RateReport {
  rps: number;
  limitRps?: number;
  rateLimited: number;
}

/** Where a client's learned rate lives between runs. Implementations must not throw on corrupt data. */
export interface RateMemory {
  load(): RememberedRate | undefined;
  save(rate: RememberedRate): void;
}

function safeLoad(memory: RateMemory | undefined): RememberedRate | undefined {
  try {
    return memory?.load();
  } catch {
    return undefined;
  }
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`${name} must be a positive number`);
  return value;
}

class Client implements AtomsClient {
  readonly baseUrl: string;
  private readonly http: Transport;
  private readonly agents: HttpAgentsApi;
  readonly knowledgeBases: KnowledgeBasesApi;
  readonly webhooks: WebhooksApi;
  readonly webhookHeaderKey: Uint8Array;
  private readonly adapter: VersioningAdapter;
  private readonly state: ModelState;
  private detecting: Promise<ApiModelName> | undefined;
  private readonly rateMemory: RateMemory | undefined;

  constructor(options: ClientOptions) {
    if (!options.apiKey) throw new RangeError("apiKey is required");
    this.baseUrl = validateBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
    this.rateMemory = options.rateMemory;
    const clock: Clock = { now: options.now ?? Date.now, sleep: options.sleep ?? realSleep };
    this.http = new Transport({
      baseUrl: this.baseUrl,
      apiKey: options.apiKey,
      redactor: options.redactor,
      exchange: options.fetch ? fetchExchanger(options.fetch) : nodeExchanger(),
      timeoutMs: positive("timeoutMs", options.timeoutMs, 30_000),
      concurrency: Math.floor(positive("concurrency", options.concurrency, DEFAULT_CONNECTIONS)),
      connectionCeiling: options.concurrency === undefined ? CONNECTION_CEILING : undefined,
      rps: options.rps === undefined ? undefined : positive("rps", options.rps, 0),
      rememberedRate: safeLoad(options.rateMemory),
      maxRetries: Math.max(0, Math.floor(options.maxRetries ?? 4)),
      operationDeadlineMs: positive("operationDeadlineMs", options.operationDeadlineMs, 120_000),
      signal: options.signal,
      clock,
      random: options.random ?? Math.random,
      onEvent: options.onEvent,
    });
    this.agents = new HttpAgentsApi(this.http);
    this.knowledgeBases = new HttpKnowledgeBasesApi(this.http);
    this.webhooks = new HttpWebhooksApi(this.http);
    this.webhookHeaderKey = webhookHeaderKey(options.apiKey);
    const configured = options.apiModel ?? "auto";
    const http = this.http;
    this.state = {
      current: configured === "auto" ? "unknown" : configured,
      settle(model, reason) {
        if (this.current === model) return;
        this.current = model;
        http.emit({ type: "api-model", model, reason });
      },
    };
    const v1 = new VersionsAdapter(this.http);
    const v2 = new BranchesAdapter(this.http);
    this.adapter = configured === "versions" ? v1 : configured === "branches" ? v2 : new AutoAdapter(v1, v2, this.state);
    if (configured !== "auto") this.http.emit({ type: "api-model", model: configured, reason: "set by --api-model" });
  }

  get currentModel(): ApiModelName | "unknown" {
    return this.state.current;
  }

  versioning(): VersioningAdapter {
    return this.adapter;
  }

  previews(model: ApiModelName): PreviewPort {
    return model === "branches" ? new BranchesPreview(this.http) : new VersionsPreview(this.http);
  }

  stats(): { requests: number; retries: number; rateLimited: number } {
    return this.http.stats();
  }

  rate(): RateReport {
    return this.http.rate();
  }

  rememberRate(): void {
    // Only traffic teaches anything: a run that sent nothing must not overwrite what an earlier run learned.
    if (!this.rateMemory || this.http.stats().requests === 0) return;
    try {
      this.rateMemory.save(this.http.rememberRate());
    } catch {
      // A cache that cannot be written costs the next run a few seconds of probing, nothing more.
    }
  }

  detectModel(probeAgentId?: string): Promise<ApiModelName> {
    const current = this.state.current;
    if (current !== "unknown") return Promise.resolve(current);
    // Concurrent callers share one probe.
    this.detecting ??= this.probe(probeAgentId).finally(() => {
      this.detecting = undefined;
    });
    return this.detecting;
  }

  private async probe(probeAgentId: string | undefined): Promise<ApiModelName> {
    const agentId = probeAgentId ?? (await this.http.request("GET", "/agent", { query: { page: 1, offset: 1 } }).then((res) => {
      const agents = (res.data as { agents?: unknown } | null)?.agents;
      const first = Array.isArray(agents) ? (agents[0] as { _id?: unknown } | undefined) : undefined;
      return typeof first?._id === "string" ? first._id : undefined;
    }));
    // An empty workspace cannot tell; apply-time auto-switching still covers it, so do not cache a guess.
    if (!agentId) return "versions";
    try {
      await this.http.request("GET", agentPath(agentId, "/versions"), { query: { limit: 1 } });
      this.state.settle("versions", `GET /agent/${agentId}/versions answered 200`);
      return "versions";
    } catch (err) {
      if (err instanceof MigrationRequiredError) {
        this.state.settle("branches", `GET /agent/${agentId}/versions answered 409 versioning_v2_migration_required`);
        return "branches";
      }
      if (err instanceof NotFoundError) return "versions";
      throw err;
    }
  }

  listAgents(options?: ListAgentsOptions): Promise<AgentSummary[]> {
    return this.agents.listAgents(options);
  }
  getAgent(id: string, options?: { draftId?: string; versionId?: string }): Promise<ObservedAgent> {
    return this.agents.getAgent(id, options);
  }
  createAgent(body: JsonObject): Promise<string> {
    return this.agents.createAgent(body);
  }
  updateAgentMetadata(id: string, body: JsonObject): Promise<void> {
    return this.agents.updateAgentMetadata(id, body);
  }
  archiveAgent(id: string, archived: boolean): Promise<void> {
    return this.agents.archiveAgent(id, archived);
  }
  listPhoneNumbers(): Promise<PhoneNumberProduct[]> {
    return this.agents.listPhoneNumbers();
  }
}

export function createClient(options: ClientOptions): AtomsClient {
  return new Client(options);
}
