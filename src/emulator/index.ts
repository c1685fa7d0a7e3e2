import type { Server } from "node:http";
import { readJsonBody, readRawBody } from "./body.js";
import { type Ctx, type HandlerResult } from "./context.js";
import { dashboardEdit, seedAgent, setModel, type SeedAgent } from "./control.js";
import { DEFAULT_API_KEY, DEFAULT_ORG, DEFAULT_PHONE_NUMBERS } from "./defaults.js";
import { ApiError } from "./errors.js";
import { FaultQueue, type FaultRule, type FaultSpec, RateLimiter, sleep } from "./faults.js";
import { startHttpServer, stopHttpServer, type Outcome } from "./http.js";
import { newRequestId } from "./ids.js";
import { isPlainObject } from "./json.js";
import {
  failNextKbProcessing,
  finishAllKbProcessing,
  seedKnowledgeBase,
  type SeedKnowledgeBase,
  seedWebhook,
  type SeedWebhook,
} from "./kb-control.js";
import { kbProcessingMs, settleKb } from "./knowledge.js";
import { summarizeFormData } from "./multipart.js";
import { loadState, saveState } from "./persist.js";
import { matchRoute } from "./router.js";
import { errorBody, html404, jsonResponse } from "./responses.js";
import { makePhoneNumber } from "./routes/phone-numbers.js";
import {
  type AgentRec,
  emptyStore,
  type KnowledgeBaseRec,
  type OrgState,
  type SubscriptionRec,
  type WebhookRec,
  type ModelName,
  orgOf,
  type PhoneNumberRec,
  settleScans,
  type StoreData,
  type VersionRec,
} from "./store.js";

export type { FaultRule, FaultSpec } from "./faults.js";
export type { SeedAgent } from "./control.js";
export type { SeedKnowledgeBase, SeedWebhook } from "./kb-control.js";
export type {
  AgentRec,
  BranchRec,
  DraftRec,
  PhoneNumberRec,
  StoreData,
  KnowledgeBaseRec,
  KbItemRec,
  ScrapedUrlRec,
  WebhookRec,
  SubscriptionRec,
  VersionDoc,
  VersionRec,
  SecurityCheck,
} from "./store.js";

export interface EmulatorOptions {
  /** Default "branches" (v2 branches/revisions, production's model since 2026-07-23); "versions" for v1 drafts/versions. */
  model?: "versions" | "branches";
  /** Default 6000; 0 = passes immediately (v2 publish then answers 200 committed). */
  securityCheckMs?: number;
  /** How long KB items and scraped URLs take to process (docs/atoms-api.md §11.4); default 500, 0 = final at once. */
  kbProcessingMs?: number;
  /** API key -> organization id. Default { "sk_emulator_local": "org_local" }. */
  apiKeys?: Record<string, string>;
  /** Per-key rate limit (429 + Retry-After); default off. */
  rps?: number;
  /** Each answer leaves this long after its request arrived (handling time included, as on a real API); default 0. */
  latencyMs?: number;
  /** Seeded; default 3 numbers in org_local. */
  phoneNumbers?: Array<{ phoneNumber: string; provider?: string; organization?: string }>;
  /** Persist the store (atomic write); load on start; a corrupt file throws. */
  statePath?: string;
  /** Serve /__emulator (off by default). */
  controlEndpoint?: boolean;
  /** Injectable clock (ms); default Date.now. */
  now?: () => number;
  /** Default "/atoms/v1". */
  basePath?: string;
  /**
   * Random faults for soak tests: each API request fails with probability `probability` with one of `statuses`
   * (429 and 503 carry `Retry-After: 1`), drawn from a seeded generator so runs repeat. Queued faults win.
   */
  faultRate?: { probability: number; statuses?: number[]; seed?: number };
}

export interface RequestLogEntry {
  time: string;
  method: string;
  /** Path without the base path, e.g. "/agent/66a…/drafts". */
  path: string;
  query: Record<string, string>;
  /**
   * Parsed JSON body or undefined. An upload is a summary of its parts (`{parts:[{name, fileName, contentType, size,
   * sha256}]}`); custom webhook header values are masked.
   */
  body: unknown;
  status: number;
  requestId: string;
  /** Never the API key. */
  org?: string;
}

export interface EmulatorControl {
  queueFault(rule: FaultRule): void;
  clearFaults(): void;
  /**
   * Every later draft edit (v1 `PATCH …/config`, v2 `PUT …/draft`) silently ignores this draft-body path (dotted, e.g.
   * `firstMessage`, `synthesizer.speed`) while answering 200, as the live API has done with fields it did not know.
   * Until `clearFaults()` or `reset()`.
   */
  dropDraftField(path: string): void;
  /** The next N security checks (any organization) end "failed" with `reason`. */
  failNextSecurityChecks(count: number, reason?: string): void;
  seedAgent(seed: SeedAgent): string;
  /** A person edits in the dashboard: publishes (check passed) and activates at once; returns the version/revision id. */
  dashboardEdit(agentId: string, config: Record<string, unknown>, options?: { label?: string; by?: string }): string;
  /** Migrate the workspace (existing versions become Main-branch revisions with the same ids). */
  setModel(model: "versions" | "branches"): void;
  setSecurityCheckMs(ms: number): void;
  /** KB processing delay for content that arrives from now on. */
  setKbProcessingMs(ms: number): void;
  /** The next N uploaded items (`items`) or scraped URLs (`urls`), any organization, end "failed". */
  failNextKbProcessing(kind: "items" | "urls", count: number): void;
  /** Every KB item and scraped URL still processing reaches its final state now. */
  finishKbProcessing(): void;
  seedKnowledgeBase(seed: SeedKnowledgeBase): string;
  seedWebhook(seed: SeedWebhook): string;
  /** Turn random faults on, change them, or off (null). */
  setFaultRate(rate: EmulatorOptions["faultRate"] | null): void;
  reset(): void;
}

/**
 * Read-only inspection of the store. Scans due by the clock are settled before each read.
 * Shapes: see `StoreData` / `AgentRec` / `VersionRec` in `store.ts` (configs are kept with resolved keys, §3).
 */
export interface EmulatorStateView {
  readonly model: ModelName;
  readonly securityCheckMs: number;
  readonly kbProcessingMs: number;
  /** The raw store; do not mutate. */
  readonly data: StoreData;
  organizations(): string[];
  /** Every agent of every organization (archived included). */
  readonly agents: AgentRec[];
  agentsOf(org: string): AgentRec[];
  /** Number of open drafts (v1 drafts and v2 branch drafts), of one agent or of all. */
  openDrafts(agentId?: string): number;
  agent(id: string): AgentRec | undefined;
  /** The active version (v1) / live head revision (v2) of an agent. */
  activeVersion(agentId: string): VersionRec | undefined;
  /** Published versions / committed revisions of an agent, oldest first. */
  versions(agentId: string): VersionRec[];
  phoneNumbers(org?: string): PhoneNumberRec[];
  /** Knowledge bases with their items (each with the sha256 of its bytes) and scraped URLs, statuses settled. */
  knowledgeBases(org?: string): KnowledgeBaseRec[];
  /** Webhooks with their secret and custom headers. */
  webhooks(org?: string): WebhookRec[];
  subscriptions(org?: string): SubscriptionRec[];
}

export interface Emulator {
  /** Web-standard handler, no sockets. */
  fetch(request: Request): Promise<Response>;
  /** url = "http://127.0.0.1:<port>/atoms/v1"; port 0 = a free port; host default 127.0.0.1. */
  listen(options?: { port?: number; host?: string }): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
  readonly requests: RequestLogEntry[];
  readonly state: EmulatorStateView;
  readonly control: EmulatorControl;
}

const DEPRECATED_V1 =
  "This endpoint is deprecated under the branch model. Use the /agents/:id/branches APIs — see the versioning v2 migration guide.";

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const now = options.now ?? Date.now;
  const basePath = (options.basePath ?? "/atoms/v1").replace(/\/+$/, "");
  const apiKeys = options.apiKeys ?? { [DEFAULT_API_KEY]: DEFAULT_ORG };
  const latencyMs = options.latencyMs ?? 0;
  const faults = new FaultQueue();
  const limiter = options.rps && options.rps > 0 ? new RateLimiter(options.rps) : null;
  const requests: RequestLogEntry[] = [];
  let server: Server | null = null;
  let persistTimer: NodeJS.Timeout | null = null;

  function freshStore(): StoreData {
    const data = emptyStore(options.model ?? "branches", options.securityCheckMs ?? 6000);
    if (options.kbProcessingMs !== undefined) data.kbProcessingMs = options.kbProcessingMs;
    const t = now();
    const seeds =
      options.phoneNumbers ?? DEFAULT_PHONE_NUMBERS.map((p) => ({ ...p, organization: DEFAULT_ORG }));
    for (const p of seeds)
      orgOf(data, p.organization ?? DEFAULT_ORG).phoneNumbers.push(makePhoneNumber(p.phoneNumber, p.provider ?? "twilio", t));
    for (const org of Object.values(apiKeys)) orgOf(data, org);
    return data;
  }

  let data: StoreData = (options.statePath ? loadState(options.statePath) : null) ?? freshStore();
  if (options.statePath) {
    // Flags given at start-up win over the persisted ones.
    // Switching a persisted v1 workspace to branches migrates it, as the platform did (versions become Main revisions).
    if (options.model && options.model !== data.model) setModel(data, options.model, now());
    if (options.securityCheckMs !== undefined) data.securityCheckMs = options.securityCheckMs;
    if (options.kbProcessingMs !== undefined) data.kbProcessingMs = options.kbProcessingMs;
  }
  if (options.kbProcessingMs !== undefined && !(Number.isFinite(options.kbProcessingMs) && options.kbProcessingMs >= 0))
    throw new Error("kbProcessingMs must be >= 0");

  let faultRate = options.faultRate ?? null;
  let random = seededRandom(faultRate?.seed ?? 1);
  function randomFault(): FaultSpec | null {
    const rate = faultRate;
    if (!rate || !(rate.probability > 0) || random() >= rate.probability) return null;
    const statuses = rate.statuses?.length ? rate.statuses : [500, 503, 429];
    const status = statuses[Math.floor(random() * statuses.length)]!;
    return { status, ...(status === 429 || status === 503 ? { headers: { "Retry-After": "1" } } : {}) };
  }

  function flush(): void {
    if (persistTimer) {
      clearTimeout(persistTimer);
      persistTimer = null;
    }
    if (options.statePath) saveState(options.statePath, data);
  }

  function schedulePersist(): void {
    if (!options.statePath || persistTimer) return;
    persistTimer = setTimeout(() => {
      persistTimer = null;
      flush();
    }, 25);
    persistTimer.unref();
  }

  function settleAll(): void {
    const t = now();
    for (const org of Object.values(data.orgs)) {
      for (const agent of Object.values(org.agents)) settleScans(agent, t);
      for (const kb of Object.values(org.knowledgeBases ?? {})) settleKb(kb, t);
    }
  }

  /** orgOf fills in what state files from before knowledge bases lack. */
  function orgsOf(org?: string): OrgState[] {
    settleAll();
    const names = org ? (data.orgs[org] ? [org] : []) : Object.keys(data.orgs);
    return names.map((name) => orgOf(data, name));
  }

  const control: EmulatorControl = {
    queueFault: (rule) => faults.queue(rule),
    clearFaults: () => {
      faults.clear();
      if (data.droppedDraftFields?.length) {
        data.droppedDraftFields = [];
        schedulePersist();
      }
    },
    dropDraftField(path) {
      if (typeof path !== "string" || !/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(path)) throw new Error("path must be a dotted draft-body path");
      (data.droppedDraftFields ??= []).push(path);
      schedulePersist();
    },
    failNextSecurityChecks(count, reason = "Prompt failed the security review") {
      if (!Number.isInteger(count) || count < 0) throw new Error("count must be a non-negative integer");
      const queue = (data.pendingScanFailures["*"] ??= []);
      for (let i = 0; i < count; i++) queue.push(reason);
      schedulePersist();
    },
    seedAgent(seed) {
      const id = seedAgent(data, seed, now());
      schedulePersist();
      return id;
    },
    dashboardEdit(agentId, config, opts) {
      const id = dashboardEdit(data, agentId, config, now(), opts);
      schedulePersist();
      return id;
    },
    setModel(model) {
      setModel(data, model, now());
      schedulePersist();
    },
    setFaultRate(rate) {
      faultRate = rate ?? null;
      if (rate) random = seededRandom(rate.seed ?? 1);
    },
    setKbProcessingMs(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error("kbProcessingMs must be >= 0");
      data.kbProcessingMs = ms;
      schedulePersist();
    },
    failNextKbProcessing(kind, count) {
      if (kind !== "items" && kind !== "urls") throw new Error('kind must be "items" or "urls"');
      failNextKbProcessing(data, kind, count);
      schedulePersist();
    },
    finishKbProcessing() {
      finishAllKbProcessing(data, now());
      schedulePersist();
    },
    seedKnowledgeBase(seed) {
      const id = seedKnowledgeBase(data, seed, now());
      schedulePersist();
      return id;
    },
    seedWebhook(seed) {
      const id = seedWebhook(data, seed, now());
      schedulePersist();
      return id;
    },
    setSecurityCheckMs(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error("securityCheckMs must be >= 0");
      data.securityCheckMs = ms;
      schedulePersist();
    },
    reset() {
      data = freshStore();
      faults.clear();
      limiter?.reset();
      requests.length = 0;
      schedulePersist();
    },
  };

  const state: EmulatorStateView = {
    get model() {
      return data.model;
    },
    get securityCheckMs() {
      return data.securityCheckMs;
    },
    get kbProcessingMs() {
      return kbProcessingMs(data);
    },
    get data() {
      settleAll();
      return data;
    },
    organizations: () => Object.keys(data.orgs),
    get agents() {
      settleAll();
      return Object.values(data.orgs).flatMap((o) => Object.values(o.agents));
    },
    agentsOf(org) {
      settleAll();
      return Object.values(data.orgs[org]?.agents ?? {});
    },
    openDrafts(agentId) {
      const agents = agentId ? [state.agent(agentId)].filter((a) => a !== undefined) : state.agents;
      return agents.reduce((n, a) => n + Object.values(a.drafts).filter((d) => d.status === "open").length, 0);
    },
    agent(id) {
      settleAll();
      for (const o of Object.values(data.orgs)) if (o.agents[id]) return o.agents[id];
      return undefined;
    },
    activeVersion(agentId) {
      const agent = state.agent(agentId);
      return agent ? agent.versions[agent.activeVersionId] : undefined;
    },
    versions(agentId) {
      const agent = state.agent(agentId);
      return agent ? agent.versionOrder.map((id) => agent.versions[id]!).filter((r) => r.doc.status === "published") : [];
    },
    phoneNumbers(org) {
      const orgs = org ? [data.orgs[org]].filter((o) => o !== undefined) : Object.values(data.orgs);
      return orgs.flatMap((o) => o.phoneNumbers);
    },
    knowledgeBases(org) {
      return orgsOf(org).flatMap((o) => Object.values(o.knowledgeBases));
    },
    webhooks(org) {
      return orgsOf(org).flatMap((o) => Object.values(o.webhooks));
    },
    subscriptions(org) {
      return orgsOf(org).flatMap((o) => o.subscriptions);
    },
  };

  function log(entry: Omit<RequestLogEntry, "time">): void {
    requests.push({ time: new Date(now()).toISOString(), ...entry });
  }

  /** Runs the API itself: auth, rate limit, body, route. Never throws. */
  async function handleApi(request: Request, url: URL, requestId: string, relPath: string): Promise<{ response: Response; body: unknown; org?: string }> {
    const method = request.method.toUpperCase();
    const match = matchRoute(method, relPath);
    const isV2Route = match && (match.route.segments[2] === "branches" || match.route.segments[2] === "diff");
    if (!match || (isV2Route && data.model !== "branches")) {
      await request.body?.cancel().catch(() => {});
      return { response: html404(method, url.pathname, requestId), body: undefined };
    }
    const auth = request.headers.get("authorization") ?? "";
    const key = /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1];
    const org = key !== undefined && Object.prototype.hasOwnProperty.call(apiKeys, key) ? apiKeys[key] : undefined;
    if (!org || !key) {
      await request.body?.cancel().catch(() => {});
      return { response: jsonResponse(401, errorBody(["Unauthorized: User not found"]), requestId), body: undefined };
    }
    if (limiter) {
      const wait = limiter.check(key, now());
      if (wait > 0) {
        await request.body?.cancel().catch(() => {});
        return {
          response: jsonResponse(429, errorBody(["Rate limit exceeded"]), requestId, { "retry-after": String(wait) }),
          body: undefined,
          org,
        };
      }
    }
    if (match.route.multipart) {
      const raw = await readRawBody(request);
      if (raw.kind === "too-large")
        return { response: jsonResponse(413, errorBody(["Request entity too large"]), requestId), body: undefined, org };
      const contentType = request.headers.get("content-type");
      const summary = summarizeFormData(contentType, raw.bytes);
      return { ...runHandler(match, url, requestId, org, method, undefined, { bytes: raw.bytes, contentType }), body: summary, org };
    }
    const parsed = await readJsonBody(request);
    if (parsed.kind === "too-large")
      return { response: jsonResponse(413, errorBody(["request entity too large"]), requestId), body: undefined, org };
    if (parsed.kind === "bad-type")
      return { response: jsonResponse(400, errorBody(["Content-Type must be application/json"]), requestId), body: undefined, org };
    if (parsed.kind === "malformed")
      return { response: jsonResponse(400, errorBody(["Malformed JSON in request body"]), requestId), body: undefined, org };
    const body = parsed.kind === "json" ? parsed.value : undefined;
    if (match.route.v1Only && data.model === "branches") {
      return {
        response: jsonResponse(409, errorBody([DEPRECATED_V1], { errorType: "versioning_v2_migration_required" }), requestId, {
          deprecation: "true",
        }),
        body,
        org,
      };
    }
    return { ...runHandler(match, url, requestId, org, method, body), body: maskForLog(relPath, body), org };
  }

  // Everything from here to the response is synchronous, so concurrent requests never interleave a read-modify-write.
  function runHandler(
    match: NonNullable<ReturnType<typeof matchRoute>>,
    url: URL,
    requestId: string,
    org: string,
    method: string,
    body: unknown,
    raw?: Ctx["raw"],
  ): { response: Response } {
    const ctx: Ctx = {
      data,
      org,
      orgState: orgOf(data, org),
      now: now(),
      params: match.params,
      query: url.searchParams,
      body,
      method,
      fullPath: url.pathname,
      ...(raw ? { raw } : {}),
    };
    let result: HandlerResult;
    try {
      result = match.route.handler(ctx, { securityCheckMs: () => data.securityCheckMs });
    } catch (err) {
      if (err instanceof ApiError) {
        result = {
          status: err.status,
          body: errorBody(err.errors, { errorType: err.extra.errorType, data: err.extra.data }),
          headers: err.extra.headers,
        };
      } else {
        result = { status: 500, body: errorBody(["Internal server error"]) };
      }
    }
    if (result.mutated) schedulePersist();
    return { response: jsonResponse(result.status, result.body, requestId, result.headers) };
  }

  function configOf() {
    return { model: data.model, securityCheckMs: data.securityCheckMs, kbProcessingMs: kbProcessingMs(data) };
  }

  async function handleControl(request: Request, url: URL, requestId: string): Promise<Response> {
    const action = url.pathname.slice("/__emulator".length).replace(/\/+$/, "");
    const method = request.method.toUpperCase();
    const parsed = await readJsonBody(request);
    const body = parsed.kind === "json" && isPlainObject(parsed.value) ? parsed.value : {};
    const okBody = (d: unknown) => jsonResponse(200, { status: true, data: d }, requestId);
    try {
      if (method === "GET" && action === "/requests") return okBody(requests);
      if (method === "GET" && action === "/state") return okBody(state.data);
      if (method === "GET" && action === "/config") return okBody(configOf());
      if (method === "DELETE" && action === "/faults") return (control.clearFaults(), okBody({ cleared: true }));
      if (method === "POST") {
        switch (action) {
          case "/faults": {
            const { pathPattern, fault, ...rest } = body as Record<string, unknown>;
            if (!isPlainObject(fault)) throw new Error("fault: Required");
            const rule: FaultRule = { ...(rest as Omit<FaultRule, "fault">), fault: fault as FaultSpec };
            if (typeof pathPattern === "string") rule.path = new RegExp(pathPattern);
            control.queueFault(rule);
            return okBody({ queued: true });
          }
          case "/drop-draft-field":
            control.dropDraftField(String(body.path));
            return okBody({ dropping: data.droppedDraftFields ?? [] });
          case "/security-check-failures":
            control.failNextSecurityChecks(Number(body.count ?? 1), typeof body.reason === "string" ? body.reason : undefined);
            return okBody({ queued: Number(body.count ?? 1) });
          case "/seed":
            return okBody({ id: control.seedAgent(body as unknown as SeedAgent) });
          case "/dashboard-edit":
            return okBody({
              id: control.dashboardEdit(String(body.agentId), (body.config ?? {}) as Record<string, unknown>, {
                label: body.label as string | undefined,
                by: body.by as string | undefined,
              }),
            });
          case "/model":
            if (body.model !== "versions" && body.model !== "branches") throw new Error("model must be versions or branches");
            control.setModel(body.model);
            return okBody({ model: body.model });
          case "/config": {
            if (body.securityCheckMs !== undefined) control.setSecurityCheckMs(Number(body.securityCheckMs));
            if (body.kbProcessingMs !== undefined) control.setKbProcessingMs(Number(body.kbProcessingMs));
            return okBody(configOf());
          }
          case "/kb-processing-ms":
            control.setKbProcessingMs(Number(body.ms));
            return okBody({ kbProcessingMs: kbProcessingMs(data) });
          case "/kb-failures": {
            const kind = body.kind ?? "items";
            control.failNextKbProcessing(kind as "items" | "urls", Number(body.count ?? 1));
            return okBody({ queued: data.kbFailures });
          }
          case "/kb-finish":
            control.finishKbProcessing();
            return okBody({ finished: true });
          case "/seed-knowledge-base":
            return okBody({ id: control.seedKnowledgeBase(body as unknown as SeedKnowledgeBase) });
          case "/seed-webhook":
            return okBody({ id: control.seedWebhook(body as unknown as SeedWebhook) });
          case "/security-check-ms":
            control.setSecurityCheckMs(Number(body.ms));
            return okBody({ securityCheckMs: data.securityCheckMs });
          case "/reset":
            control.reset();
            return okBody({ reset: true });
        }
      }
      return html404(method, url.pathname, requestId);
    } catch (err) {
      return jsonResponse(400, errorBody([(err as Error).message]), requestId);
    }
  }

  async function handle(request: Request): Promise<Outcome> {
    const arrived = performance.now();
    const requestId = newRequestId();
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return { response: html404(request.method, "/", requestId) };
    }
    const method = request.method.toUpperCase();
    if (url.pathname === "/__emulator" || url.pathname.startsWith("/__emulator/")) {
      if (options.controlEndpoint) return { response: await handleControl(request, url, requestId) };
      return { response: html404(method, url.pathname, requestId) };
    }
    const inBase = url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
    const relPath = inBase ? url.pathname.slice(basePath.length) || "/" : url.pathname;
    const query = Object.fromEntries(url.searchParams);
    if (!inBase) {
      log({ method, path: relPath, query, body: undefined, status: 404, requestId });
      return { response: html404(method, url.pathname, requestId) };
    }
    const fault = faults.take(method, relPath) ?? randomFault();
    if (fault && !fault.afterHandling) {
      await sleep(fault.delayMs ?? 0);
      if (fault.drop) {
        log({ method, path: relPath, query, body: undefined, status: 0, requestId });
        await request.body?.cancel().catch(() => {});
        return { drop: true };
      }
      if (fault.status !== undefined) {
        await request.body?.cancel().catch(() => {});
        const body = fault.body ?? errorBody([`Injected fault: HTTP ${fault.status}`]);
        log({ method, path: relPath, query, body: undefined, status: fault.status, requestId });
        return { response: injected(fault.status, body, requestId, fault.headers) };
      }
    }
    const { response, body, org } = await handleApi(request, url, requestId, relPath);
    // Latency is arrival to answer, as a client sees a real API's: the emulator's own handling time is part of it,
    // not added on top (else a loaded emulator would report its CPU time as the network's).
    await sleep(latencyMs - (performance.now() - arrived));
    if (fault?.afterHandling) {
      await sleep(fault.delayMs ?? 0);
      const status = fault.drop ? 0 : (fault.status ?? response.status);
      log({ method, path: relPath, query, body, status, requestId, ...(org ? { org } : {}) });
      if (fault.drop) return { drop: true };
      if (fault.status !== undefined)
        return { response: injected(fault.status, fault.body ?? errorBody([`Injected fault: HTTP ${fault.status}`]), requestId, fault.headers) };
      return { response };
    }
    log({ method, path: relPath, query, body, status: response.status, requestId, ...(org ? { org } : {}) });
    return { response };
  }

  return {
    async fetch(request: Request): Promise<Response> {
      const outcome = await handle(request);
      if ("drop" in outcome) throw new TypeError("fetch failed");
      return outcome.response;
    },
    async listen(listenOptions = {}) {
      if (server) throw new Error("The emulator is already listening");
      const host = listenOptions.host ?? "127.0.0.1";
      const started = await startHttpServer(handle, listenOptions.port ?? 0, host);
      server = started.server;
      const shownHost = host.includes(":") ? `[${host}]` : host;
      return { url: `http://${shownHost}:${started.port}${basePath}`, port: started.port };
    },
    async close() {
      if (server) {
        const s = server;
        server = null;
        await stopHttpServer(s);
      }
      flush();
    },
    requests,
    state,
    control,
  };
}

/**
 * Custom webhook headers usually hold credentials (docs/atoms-api.md §11.7): the log keeps their names, never the
 * values, so a test that prints the log cannot leak them.
 */
function maskForLog(relPath: string, body: unknown): unknown {
  if (!relPath.startsWith("/webhook") || !isPlainObject(body) || !isPlainObject(body.headers)) return body;
  return { ...body, headers: Object.fromEntries(Object.keys(body.headers).map((k) => [k, "***"])) };
}

/** mulberry32: tiny, seedable, good enough to pick which requests fail. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function injected(status: number, body: unknown, requestId: string, headers: Record<string, string> = {}): Response {
  if (typeof body === "string")
    return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "x-request-id": requestId, ...headers } });
  return jsonResponse(status, body, requestId, headers);
}
