import { describe, expect, it } from "vitest";
import { AdaptiveRateLimiter, PROBE_CEILING_RPS, SAFE_START_RPS } from "../../../src/remote/rate-limiter.js";
import { inAgentOrder, inBackground } from "../../../src/request-priority.js";
import { fail, fakeApi, fakeClock, makeClient, ok } from "./helpers.js";

describe("adaptive rate limiter", () => {
  it("slow start: doubles every 250 ms while it is what holds requests back, up to the probe ceiling", async () => {
    const clock = fakeClock();
    const changes: number[] = [];
    const limiter = new AdaptiveRateLimiter({ clock, onChange: (r) => changes.push(r) });
    expect(limiter.currentRps).toBe(SAFE_START_RPS);
    for (let i = 0; i < 4000 && limiter.currentRps < PROBE_CEILING_RPS; i++) await limiter.acquire();
    expect(changes.slice(0, 4)).toEqual([20, 40, 80, 160]);
    expect(limiter.currentRps).toBe(PROBE_CEILING_RPS);
  });

  it("demand below the rate teaches nothing: the rate does not rise", async () => {
    const clock = fakeClock();
    const limiter = new AdaptiveRateLimiter({ clock });
    for (let i = 0; i < 20; i++) {
      await limiter.acquire();
      clock.advance(500); // two requests a second against a rate of ten
    }
    expect(limiter.currentRps).toBe(SAFE_START_RPS);
  });

  it("a 429 sets the rate just under what the server accepted in its window, once per burst", () => {
    const clock = fakeClock();
    const changes: Array<[number, string]> = [];
    const limiter = new AdaptiveRateLimiter({ clock, remembered: { rps: 160 }, onChange: (r, why) => changes.push([r, why]) });
    for (let i = 0; i < 100; i++) {
      limiter.onAccepted();
      clock.advance(9);
    }
    limiter.onRateLimited(1000);
    expect(limiter.measuredLimitRps).toBe(100);
    expect(limiter.currentRps).toBe(95);
    // The rest of the burst (requests sent at the old rate) is one signal, not more decreases.
    limiter.onRateLimited(1000);
    limiter.onRateLimited(1000);
    expect(limiter.currentRps).toBe(95);
    expect(changes).toEqual([[95, "429"]]);
    expect(limiter.rateLimitedCount).toBe(3);
  });

  it("without a measured limit (nothing of ours was accepted) it halves, once a second, down to a floor", () => {
    const clock = fakeClock();
    const limiter = new AdaptiveRateLimiter({ clock, remembered: { rps: 40 } });
    limiter.onRateLimited(undefined);
    expect(limiter.currentRps).toBe(20);
    for (const expected of [10, 5, 2.5, 1.25, 0.625, 0.5, 0.5]) {
      clock.advance(1000);
      limiter.onRateLimited(undefined);
      expect(limiter.currentRps).toBe(expected);
    }
  });

  it("after a 429, waits until the server's window reopens: never longer than Retry-After, and Retry-After in full without evidence", async () => {
    const clock = fakeClock();
    const limiter = new AdaptiveRateLimiter({ clock, remembered: { rps: 100 } });
    const t0 = clock.now();
    limiter.onRateLimited(4000); // nothing of ours in the window: the server's word
    await limiter.acquire();
    expect(clock.now() - t0).toBeGreaterThanOrEqual(4000);

    const t1 = clock.now();
    limiter.onAccepted(); // our oldest request in the window leaves it 1 s from now
    clock.advance(300);
    limiter.onRateLimited(3000);
    await limiter.acquire();
    expect(clock.now() - t1).toBeGreaterThanOrEqual(1000);
    expect(clock.now() - t1).toBeLessThan(1400);
  });

  it("--rps is a hard cap: probing never passes it, and a remembered higher rate does not either", async () => {
    const clock = fakeClock();
    const limiter = new AdaptiveRateLimiter({ clock, maxRps: 25, remembered: { rps: 400 } });
    expect(limiter.currentRps).toBe(25);
    const t0 = clock.now();
    for (let i = 0; i < 251; i++) await limiter.acquire();
    expect(limiter.currentRps).toBe(25);
    expect(clock.now() - t0).toBeGreaterThanOrEqual(9_800);
  });

  it("serves waiters first in, first out, and a security-check poll behind writes unless it has waited 2 s", async () => {
    const clock = fakeClock();
    const limiter = new AdaptiveRateLimiter({ clock, maxRps: 1 });
    await limiter.acquire(); // the one token up front
    const order: string[] = [];
    const take = (name: string, kind: "normal" | "background") => limiter.acquire(undefined, { rank: 0, background: kind === "background" }).then(() => order.push(name));
    await Promise.all([take("poll-1", "background"), take("write-1", "normal"), take("write-2", "normal"), take("write-3", "normal")]);
    // The write goes first; at the next token the poll has waited 2 s: overdue, it goes before the later writes.
    expect(order).toEqual(["write-1", "poll-1", "write-2", "write-3"]);
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

  it("with no cap given, requests in flight start at 8 and rise to 32 while every connection is busy and the rate allows more", async () => {
    let inFlight = 0;
    const peaks: number[] = [];
    let peak = 0;
    const { client, clock } = makeClient(async (req: Request): Promise<Response> => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      // A 5 ms round trip on the client's clock: the connections, not the 10 000/s cap, bound the run.
      clock.advance(5);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return ok({ _id: req.url.split("/").pop(), name: "x", _resolvedConfig: {} });
    }, { rps: 10_000 });
    for (let round = 0; round < 6; round++) {
      peak = 0;
      await Promise.all(Array.from({ length: 80 }, (_, i) => client.getAgent(`agent${round}-${i}`)));
      peaks.push(peak);
    }
    expect(peaks[0]).toBeGreaterThan(8);
    expect(Math.max(...peaks)).toBe(32);
    expect(peaks.every((p) => p <= 32)).toBe(true);
  });

  it("the in-flight cap does not rise within a second of a 429: the server just said the rate is the limit", async () => {
    const clock = fakeClock();
    let inUse = 0;
    let cap = 1;
    let grows = 0;
    const freed: Array<() => void> = [];
    const connections = {
      tryAcquire: () => (inUse < cap ? (inUse++, true) : false),
      release: () => {
        inUse--;
        freed.splice(0).forEach((f) => f());
      },
      freed: () => new Promise<void>((r) => freed.push(r)),
      grow: () => {
        grows++;
        cap++;
        freed.splice(0).forEach((f) => f());
        return true;
      },
    };
    const limiter = new AdaptiveRateLimiter({ clock, remembered: { rps: 1000 }, connections });
    await limiter.acquire(); // holds the only connection
    limiter.onRateLimited(undefined);
    clock.advance(100);
    let granted = false;
    const second = limiter.acquire().then(() => (granted = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(granted).toBe(false);
    expect(grows).toBe(0);
    connections.release(); // the first request ends: the second goes out on the freed connection
    await second;
    expect(grows).toBe(0);
    clock.advance(1000);
    await limiter.acquire(); // a second later, the only connection busy again: the cap rises for this one
    expect(grows).toBe(1);
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
        // Only the retry's back-off (500 ms at random 0.5) is held; the limiter's millisecond waits pass.
        if (ms >= 500) await sleeping;
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

describe("request order under a tight limit", () => {
  it("an earlier agent's requests go first, so agents reach their publish one after another", async () => {
    const clock = fakeClock();
    const limiter = new AdaptiveRateLimiter({ clock, maxRps: 1 });
    await limiter.acquire();
    const order: string[] = [];
    const take = (name: string, rank: number) => limiter.acquire(undefined, { rank, background: false }).then(() => order.push(name));
    await Promise.all([take("agent2-a", 2), take("agent0-a", 0), take("agent1-a", 1), take("agent0-b", 0)]);
    expect(order).toEqual(["agent0-a", "agent0-b", "agent1-a", "agent2-a"]);
  });
});

describe("work after a publish", () => {
  it("waits behind other agents' pre-publish writes, ahead of polls, and goes once it has waited 2 s", async () => {
    const clock = fakeClock();
    const limiter = new AdaptiveRateLimiter({ clock, maxRps: 1 });
    await limiter.acquire();
    const order: string[] = [];
    const take = (name: string, p: { rank: number; published?: boolean; background: boolean }) => limiter.acquire(undefined, p).then(() => order.push(name));
    await Promise.all([
      take("poll-0", { rank: 0, published: true, background: true }),
      take("activate-0", { rank: 0, published: true, background: false }),
      take("write-5", { rank: 5, background: false }),
      take("write-6", { rank: 6, background: false }),
      take("write-7", { rank: 7, background: false }),
    ]);
    // write-5 at 1 s; at 2 s the poll (first in line of the deferred) is overdue, then activate-0, then the rest.
    expect(order).toEqual(["write-5", "poll-0", "activate-0", "write-6", "write-7"]);
  });
});

describe("waiting for a connection", () => {
  it("a write waiting for the only connection goes before a poll that queued earlier", async () => {
    const sent: string[] = [];
    let unblock: () => void = () => undefined;
    const blocked = new Promise<void>((r) => (unblock = r));
    const fetch = async (req: Request): Promise<Response> => {
      const id = req.url.split("/").pop()!;
      sent.push(id);
      if (id === "busy") await blocked;
      return ok({ _id: id, name: id, _resolvedConfig: {} });
    };
    const { client } = makeClient(fetch, { concurrency: 1, rps: 10_000 });
    const busy = client.getAgent("busy");
    await new Promise((r) => setTimeout(r, 5));
    const poll = inAgentOrder(0, () => inBackground(() => client.getAgent("poll")));
    await new Promise((r) => setTimeout(r, 5));
    const write = inAgentOrder(5, () => client.getAgent("write"));
    await new Promise((r) => setTimeout(r, 5));
    expect(sent).toEqual(["busy"]);
    unblock();
    await Promise.all([busy, poll, write]);
    expect(sent).toEqual(["busy", "write", "poll"]);
  });

  it("tells a poll when its request left the client, after its wait for the connection", async () => {
    let unblock: () => void = () => undefined;
    const blocked = new Promise<void>((r) => (unblock = r));
    const fetch = async (req: Request): Promise<Response> => {
      const id = req.url.split("/").pop()!;
      if (id === "busy") await blocked;
      return ok({ _id: id, name: id, _resolvedConfig: {} });
    };
    const { client, clock } = makeClient(fetch, { concurrency: 1, rps: 10_000 });
    const busy = client.getAgent("busy");
    await new Promise((r) => setTimeout(r, 5));
    const sentAt: number[] = [];
    const asked = clock.now();
    const poll = inBackground(() => client.getAgent("poll"), (at) => sentAt.push(at));
    await new Promise((r) => setTimeout(r, 5));
    clock.advance(1500);
    unblock();
    await Promise.all([busy, poll]);
    expect(sentAt).toHaveLength(1);
    // The limiter's own token wait (a millisecond at this rate) comes on top.
    expect(sentAt[0]! - asked).toBeGreaterThanOrEqual(1500);
    expect(sentAt[0]! - asked).toBeLessThan(1510);
  });
});
