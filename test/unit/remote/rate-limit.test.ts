import { describe, expect, it } from "vitest";
import { AdaptiveRateLimiter } from "../../../src/remote/rate-limiter.js";
import { fail, fakeApi, fakeClock, makeClient, ok } from "./helpers.js";

describe("adaptive rate limiter", () => {
  it("halves the rate once per burst of 429s, down to a floor, and recovers +10% of the cap per successful second", () => {
    const clock = fakeClock();
    const changes: Array<[number, string]> = [];
    const limiter = new AdaptiveRateLimiter({ maxRps: 10, clock, onChange: (r, why) => changes.push([r, why]) });
    limiter.onRateLimited(undefined);
    expect(limiter.currentRps).toBe(5);
    // Requests already in flight at the old rate come back 429 together: one congestion signal, one halving.
    limiter.onRateLimited(undefined);
    limiter.onRateLimited(undefined);
    expect(limiter.currentRps).toBe(5);
    // 429s that keep coming, second after second, keep halving it to the floor.
    for (const expected of [2.5, 1.25, 0.625, 0.5, 0.5]) {
      clock.advance(1000);
      limiter.onRateLimited(undefined);
      expect(limiter.currentRps).toBe(expected);
    }
    // Successes within the same second do not recover yet.
    limiter.onSuccess();
    expect(limiter.currentRps).toBe(0.5);
    for (let i = 0; i < 20; i++) {
      clock.advance(1000);
      limiter.onSuccess();
    }
    expect(limiter.currentRps).toBe(10);
    expect(changes[0]).toEqual([5, "429"]);
    expect(changes.at(-1)).toEqual([10, "recover"]);
    // 0.5 → 10 at +1 per step takes 10 steps (the last one capped).
    expect(changes.filter(([, why]) => why === "recover")).toHaveLength(10);
  });

  it("spaces requests to the cap: 25 acquisitions at 10 rps take ≥ 1.5 s of (fake) time after the initial burst", async () => {
    const clock = fakeClock();
    const limiter = new AdaptiveRateLimiter({ maxRps: 10, clock });
    const start = clock.now();
    for (let i = 0; i < 25; i++) await limiter.acquire();
    expect(clock.now() - start).toBeGreaterThanOrEqual(1500);
    expect(clock.now() - start).toBeLessThan(1700);
  });

  it("a Retry-After pauses every request of the client until that time", async () => {
    const clock = fakeClock();
    const limiter = new AdaptiveRateLimiter({ maxRps: 100, clock });
    const t0 = clock.now();
    limiter.onRateLimited(4000);
    await limiter.acquire();
    expect(clock.now() - t0).toBeGreaterThanOrEqual(4000);
  });
});

describe("rate limit and concurrency through the client", () => {
  it("one 429 with Retry-After delays the other requests too and halves the rate", async () => {
    let first = true;
    const api = fakeApi([
      ["GET", /^\/agent\/\w+$/, (r) => {
        if (first) {
          first = false;
          return fail(429, ["Rate limit exceeded"], {}, { "retry-after": "2" });
        }
        return ok({ _id: r.path.split("/")[2], name: "n", _resolvedConfig: {} });
      }],
    ]);
    const { client, clock, events } = makeClient(api.fetch, { rps: 10 });
    const t0 = clock.now();
    await client.getAgent("a1");
    expect(clock.now() - t0).toBeGreaterThanOrEqual(2000);
    expect(events).toContainEqual({ type: "rate-limit", rps: 5, reason: "429" });
    await client.getAgent("a2");
    expect(client.stats()).toEqual({ requests: 3, retries: 1, rateLimited: 1 });
  });

  it("never has more requests in flight than the concurrency cap", async () => {
    let inFlight = 0;
    let peak = 0;
    const fetch = async (req: Request): Promise<Response> => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      return ok({ _id: req.url.split("/").pop(), name: "x", _resolvedConfig: {} });
    };
    const { client } = makeClient(fetch, { concurrency: 3, rps: 10_000 });
    const ids = Array.from({ length: 20 }, (_, i) => `agent${i}`);
    const agents = await Promise.all(ids.map((id) => client.getAgent(id)));
    expect(agents.map((a) => a.id)).toEqual(ids);
    expect(peak).toBe(3);
  });

  it("does not hold a concurrency slot while sleeping before a retry", async () => {
    let calls = 0;
    let releaseSleep: () => void = () => undefined;
    const sleeping = new Promise<void>((r) => (releaseSleep = r));
    const clock = fakeClock();
    const fetch = async (req: Request): Promise<Response> => {
      calls++;
      if (req.url.endsWith("/slow") && calls === 1) return fail(503, ["unavailable"]);
      return ok({ _id: "x", name: "x", _resolvedConfig: {} });
    };
    const { client } = makeClient(fetch, {
      concurrency: 1,
      sleep: async (ms) => {
        if (ms > 0) await sleeping;
        clock.advance(ms);
      },
      now: clock.now,
    });
    const slow = client.getAgent("slow");
    await new Promise((r) => setTimeout(r, 5));
    // While "slow" sleeps before its retry, another request gets the only slot.
    await expect(client.getAgent("other")).resolves.toMatchObject({ id: "x" });
    releaseSleep();
    await expect(slow).resolves.toMatchObject({ id: "x" });
  });
});
