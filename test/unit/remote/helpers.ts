import type { AtomsClient, ClientEvent, ClientOptions } from "../../../src/remote/index.js";
import { createClient } from "../../../src/remote/index.js";

export const BASE = "https://api.test.invalid/atoms/v1";
export const KEY = "sk_test_9f8e7d6c5b4a_SECRET";

export interface Recorded {
  method: string;
  /** Relative to BASE, query included. */
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export type Handler = (req: Recorded) => Response | Promise<Response>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "x-request-id": `req-${status}`, ...headers },
  });
}

export function ok(data: unknown, status = 200): Response {
  return json(status, { status: true, data });
}

export function fail(status: number, errors: string[], extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return json(status, { status: false, errors, ...extra }, headers);
}

/** A scripted API: each route matches `METHOD path-without-query` exactly or by RegExp; unmatched → HTML 404. */
export function fakeApi(routes: Array<[string, string | RegExp, Handler]>) {
  const log: Recorded[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const path = url.pathname.slice(new URL(BASE).pathname.length) + url.search;
    const text = request.body ? await request.text() : "";
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => (headers[k] = v));
    const rec: Recorded = { method: request.method, path, headers, body: text ? (JSON.parse(text) as unknown) : undefined };
    log.push(rec);
    const bare = path.split("?")[0] ?? path;
    for (const [m, p, h] of routes) {
      if (m !== request.method) continue;
      if (typeof p === "string" ? p === bare : p.test(bare)) return h(rec);
    }
    return new Response(`<!DOCTYPE html><html><body><pre>Cannot ${request.method} /atoms/v1${bare}</pre></body></html>`, {
      status: 404,
      headers: { "content-type": "text/html; charset=utf-8", "x-request-id": "req-html" },
    });
  };
  return { fetch, log, calls: () => log.map((r) => `${r.method} ${r.path}`) };
}

/** Fake time: `sleep` advances `now` instantly and records the delay. */
export function fakeClock(start = 1_700_000_000_000) {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      t += ms;
      await Promise.resolve();
    },
    advance: (ms: number) => {
      t += ms;
    },
    sleeps,
  };
}

export function makeClient(
  fetch: (r: Request) => Promise<Response>,
  extra: Partial<ClientOptions> = {},
): { client: AtomsClient; events: ClientEvent[]; clock: ReturnType<typeof fakeClock> } {
  const clock = fakeClock();
  const events: ClientEvent[] = [];
  const client = createClient({
    baseUrl: BASE,
    apiKey: KEY,
    fetch,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5,
    rps: 1000,
    onEvent: (e) => events.push(e),
    ...extra,
  });
  return { client, events, clock };
}

/** Asserts the key appears nowhere a user or log could see it. */
export function expectNoKey(value: unknown, key = KEY): void {
  const texts: string[] = [];
  if (value instanceof Error) {
    texts.push(value.message, String(value), value.stack ?? "");
  }
  texts.push(JSON.stringify(value) ?? "");
  for (const t of texts) {
    if (t.includes(key)) throw new Error(`secret leaked in: ${t.slice(0, 200)}`);
  }
}

export async function catchErr(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a rejection");
}
