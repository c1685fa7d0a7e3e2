import { describe, expect, it } from "vitest";
import { createClient } from "../../../src/remote/index.js";
import type { ClientEvent } from "../../../src/remote/index.js";
import { PROBE_CEILING_RPS } from "../../../src/remote/rate-limiter.js";
import { BASE, KEY } from "./helpers.js";
import { limitedServer, virtualClock } from "./virtual-clock.js";

function simulatedClient(vc: ReturnType<typeof virtualClock>, fetch: (r: Request) => Promise<Response>, extra: Record<string, unknown> = {}) {
  const events: ClientEvent[] = [];
  const client = createClient({ baseUrl: BASE, apiKey: KEY, fetch, sleep: vc.sleep, now: vc.now, random: () => 0.5, onEvent: (e) => events.push(e), ...extra });
  return { client, events };
}

async function readMany(client: ReturnType<typeof createClient>, n: number): Promise<void> {
  await Promise.all(Array.from({ length: n }, (_, i) => client.getAgent(`a${i}`)));
}

describe("rate discovery against a simulated workspace limit (sliding window, whole-second Retry-After, 15 ms)", () => {
  it.each([10, 100, 300])("converges on a limit of %i requests/s with default options", async (limit) => {
    const vc = virtualClock();
    const server = limitedServer({ clock: vc, limitRps: limit, latencyMs: 15 });
    const { client } = simulatedClient(vc, server.fetch);
    const n = limit * 12;
    const t0 = vc.now();
    await vc.run(readMany(client, n));
    const seconds = (vc.now() - t0) / 1000;
    // Twelve seconds of work at the limit: within 1.2× of it, start-up included.
    expect(seconds).toBeLessThanOrEqual((n / limit) * 1.2);
    // Converged within three simulated seconds: from then on, every second carries at least 85% of the limit.
    for (let s = 3; s < Math.floor(seconds) - 1; s++) {
      expect(server.seenBetween(t0 + s * 1000, t0 + (s + 1) * 1000)).toBeGreaterThanOrEqual(Math.floor(limit * 0.85));
    }
    expect(server.stats().rejected / server.stats().total).toBeLessThanOrEqual(0.05);
    const rate = client.rate();
    expect(rate.limitRps).toBe(limit);
    expect(rate.rps).toBeGreaterThanOrEqual(limit * 0.9);
    expect(rate.rateLimited).toBe(server.stats().rejected);
  });

  it("with no server limit it probes well past 100 requests/s: the connection cap, not the limiter, bounds the run", async () => {
    const vc = virtualClock();
    const server = limitedServer({ clock: vc, latencyMs: 15 });
    const { client } = simulatedClient(vc, server.fetch);
    const t0 = vc.now();
    await vc.run(readMany(client, 3000));
    const seconds = (vc.now() - t0) / 1000;
    // 8 requests in flight at 15 ms each: at most 533 requests/s.
    const floor = 3000 / (8 / 0.015);
    expect(seconds / floor).toBeLessThanOrEqual(1.3);
    expect(client.rate().rps).toBeGreaterThan(500);
    expect(client.rate().rps).toBeLessThanOrEqual(PROBE_CEILING_RPS);
    expect(server.stats().rejected).toBe(0);
  });

  it("a first run of a plan-sized burst (500 reads, no server limit) is not dominated by slow start", async () => {
    const vc = virtualClock();
    const server = limitedServer({ clock: vc, latencyMs: 15 });
    const { client } = simulatedClient(vc, server.fetch);
    const t0 = vc.now();
    await vc.run(readMany(client, 500));
    const floor = 500 / (8 / 0.015);
    expect((vc.now() - t0) / 1000 / floor).toBeLessThanOrEqual(1.3);
    expect(server.stats().rejected).toBe(0);
  });

  it("a faster slow start still costs a Free workspace at most one in-flight window of 429s on a first run", async () => {
    const vc = virtualClock();
    const server = limitedServer({ clock: vc, limitRps: 10, latencyMs: 15 });
    const { client } = simulatedClient(vc, server.fetch);
    await vc.run(readMany(client, 100));
    // The 429s of the opening overshoot answer requests already in flight: at most the 8 the client allows.
    expect(server.stats().rejected).toBeLessThanOrEqual(8);
    expect(client.rate().limitRps).toBe(10);
  });

  it("--rps stays a hard cap even when the server would take more", async () => {
    const vc = virtualClock();
    const server = limitedServer({ clock: vc, latencyMs: 15 });
    const { client } = simulatedClient(vc, server.fetch, { rps: 40 });
    const t0 = vc.now();
    await vc.run(readMany(client, 400));
    for (let s = 0; s < 9; s++) expect(server.seenBetween(t0 + s * 1000, t0 + (s + 1) * 1000)).toBeLessThanOrEqual(41);
    expect(client.rate().rps).toBe(40);
  });

  it("time spent waiting for the limiter never counts toward a request's deadline", async () => {
    const vc = virtualClock();
    const server = limitedServer({ clock: vc, latencyMs: 15 });
    // 2 requests/s and a 2 s deadline: the 20th request waits ~10 s in line, then gets its full deadline.
    const { client } = simulatedClient(vc, server.fetch, { rps: 2, operationDeadlineMs: 2000, timeoutMs: 1000 });
    const t0 = vc.now();
    await expect(vc.run(readMany(client, 20))).resolves.toBeUndefined();
    expect(vc.now() - t0).toBeGreaterThanOrEqual(9000);
    expect(server.stats()).toEqual({ rejected: 0, accepted: 20, total: 20 });
  });
});

describe("a long queue behind a tight limit", () => {
  it("429 pauses while a request waits in line do not eat its deadline: a 20 s queue with a 3 s deadline completes", async () => {
    const vc = virtualClock();
    const server = limitedServer({ clock: vc, limitRps: 2, latencyMs: 15 });
    const { client } = simulatedClient(vc, server.fetch, { operationDeadlineMs: 3000, timeoutMs: 1000 });
    await expect(vc.run(readMany(client, 40))).resolves.toBeUndefined();
    expect(server.stats().accepted).toBe(40);
  });
});

describe("the three documented 429 shapes", () => {
  const shapes: Array<[string, { header?: boolean; body429?: (s: number) => unknown; headerValue?: (now: number) => string }]> = [
    ["the Retry-After header", {}],
    ["{error, code: RATE_LIMIT_EXCEEDED, retry_after}", { header: false, body429: (s) => ({ error: "Too many requests", code: "RATE_LIMIT_EXCEEDED", retry_after: s }) }],
    ["{message, rateLimit: {routeClass, limit, retryAfterSec}}", { header: false, body429: (s) => ({ message: "Rate limit exceeded", rateLimit: { routeClass: "default", limit: 1, retryAfterSec: s } }) }],
  ];
  it.each(shapes)("%s: the wait it asks for is honoured, and no longer", async (_name, shape) => {
    const vc = virtualClock();
    let first = true;
    const fetch = async (): Promise<Response> => {
      await vc.sleep(10);
      if (first) {
        first = false;
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (shape.header !== false) headers["retry-after"] = "3";
        const body = shape.body429 ? shape.body429(3) : { status: false, errors: ["Rate limit exceeded"] };
        return new Response(JSON.stringify(body), { status: 429, headers });
      }
      return new Response(JSON.stringify({ status: true, data: { _id: "a", name: "a", _resolvedConfig: {} } }), { status: 200, headers: { "content-type": "application/json" } });
    };
    const { client, events } = simulatedClient(vc, fetch);
    const t0 = vc.now();
    await vc.run(client.getAgent("a"));
    // Nothing of ours was in the server's window: the server's word is taken in full (3 s), plus two round trips.
    expect(vc.now() - t0).toBeGreaterThanOrEqual(3000);
    expect(vc.now() - t0).toBeLessThan(3100);
    expect(events.filter((e) => e.type === "retry")).toHaveLength(1);
    expect(client.rate().rateLimited).toBe(1);
  });

  it("the header wins over the body, and an HTTP date works as well as seconds", async () => {
    const vc = virtualClock();
    let first = true;
    const fetch = async (): Promise<Response> => {
      if (first) {
        first = false;
        const headers = { "content-type": "application/json", "retry-after": new Date(vc.now() + 2000).toUTCString() };
        return new Response(JSON.stringify({ error: "x", code: "RATE_LIMIT_EXCEEDED", retry_after: 30 }), { status: 429, headers });
      }
      return new Response(JSON.stringify({ status: true, data: { _id: "a", name: "a", _resolvedConfig: {} } }), { status: 200, headers: { "content-type": "application/json" } });
    };
    const { client } = simulatedClient(vc, fetch);
    const t0 = vc.now();
    await vc.run(client.getAgent("a"));
    // HTTP dates have whole seconds: 1–2 s, never the body's 30.
    expect(vc.now() - t0).toBeGreaterThanOrEqual(1000);
    expect(vc.now() - t0).toBeLessThanOrEqual(2000);
  });
});
