import { describe, expect, it } from "vitest";
import { AtomsApiError, CancelledError, ConflictError, TimeoutError } from "../../../src/errors.js";
import { RETRY_POLICY, parseRetryAfter, retryDelayMs, shouldRetry } from "../../../src/remote/index.js";
import { catchErr, fail, fakeApi, makeClient, ok } from "./helpers.js";

const AGENT = "66a1f0c2e4b0a1b2c3d4e5f6";
const AGENT_DTO = { _id: AGENT, name: "A", activeVersionId: "v1", _resolvedConfig: {} };

/** Answers with the scripted responses in order, then keeps answering with the last one. */
function sequence(...responses: Array<() => Response>) {
  let i = 0;
  return () => responses[Math.min(i++, responses.length - 1)]!();
}

describe("retry policy (data)", () => {
  it("retries 429 on any method, 5xx/408/network only when idempotent, never 409 or other 4xx", () => {
    expect(shouldRetry({ kind: "status", status: 429 }, false)).toBe(true);
    for (const s of [408, 500, 502, 503, 504]) {
      expect(shouldRetry({ kind: "status", status: s }, true)).toBe(true);
      expect(shouldRetry({ kind: "status", status: s }, false)).toBe(false);
    }
    for (const s of [400, 401, 403, 404, 409, 422, 423]) expect(shouldRetry({ kind: "status", status: s }, true)).toBe(false);
    expect(shouldRetry({ kind: "network" }, true)).toBe(true);
    expect(shouldRetry({ kind: "network" }, false)).toBe(false);
    expect(shouldRetry({ kind: "certificate" }, true)).toBe(false);
    expect(RETRY_POLICY.maxDelayMs).toBe(60_000);
  });

  it("backs off 1s·2ⁿ with full jitter, capped at 60 s; Retry-After wins", () => {
    expect(retryDelayMs({ kind: "network" }, 1, () => 0.999)).toBe(999);
    expect(retryDelayMs({ kind: "network" }, 3, () => 0.5)).toBe(2000);
    expect(retryDelayMs({ kind: "network" }, 12, () => 0.999)).toBe(59_940);
    expect(retryDelayMs({ kind: "status", status: 429, retryAfterMs: 7000 }, 5, () => 0.1)).toBe(7000);
    expect(parseRetryAfter("3", 0)).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });
});

describe("retries through the client", () => {
  it("429 with Retry-After on a POST waits exactly that long and succeeds (rejected before processing)", async () => {
    const api = fakeApi([["POST", "/agent", sequence(() => fail(429, ["Rate limit exceeded"], {}, { "retry-after": "3" }), () => ok("new-id", 201))]]);
    const { client, clock, events } = makeClient(api.fetch);
    await expect(client.createAgent({ name: "x" })).resolves.toBe("new-id");
    expect(api.log).toHaveLength(2);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(3000);
    expect(events).toContainEqual(expect.objectContaining({ type: "retry", method: "POST", status: 429, delayMs: 3000, attempt: 1 }));
    expect(client.stats()).toEqual({ requests: 2, retries: 1, rateLimited: 1 });
  });

  it("429 without Retry-After on a GET backs off exponentially with jitter", async () => {
    const api = fakeApi([["GET", `/agent/${AGENT}`, sequence(() => fail(429, ["Rate limit exceeded"]), () => fail(429, ["Rate limit exceeded"]), () => ok(AGENT_DTO))]]);
    const { client, events } = makeClient(api.fetch, { random: () => 0.5 });
    const a = await client.getAgent(AGENT);
    expect(a.id).toBe(AGENT);
    const delays = events.flatMap((e) => (e.type === "retry" ? [e.delayMs] : []));
    expect(delays).toEqual([500, 1000]);
  });

  it("503 is retried on GET but not on POST", async () => {
    const api = fakeApi([
      ["GET", `/agent/${AGENT}`, sequence(() => fail(503, ["unavailable"]), () => ok(AGENT_DTO))],
      ["POST", "/agent", () => fail(503, ["unavailable"])],
    ]);
    const { client } = makeClient(api.fetch);
    await expect(client.getAgent(AGENT)).resolves.toMatchObject({ id: AGENT });
    const err = (await catchErr(client.createAgent({ name: "x" }))) as AtomsApiError;
    expect(err.status).toBe(503);
    expect(api.calls().filter((c) => c.startsWith("POST"))).toHaveLength(1);
  });

  it("never retries a 409 or a 400, even on GET", async () => {
    const api = fakeApi([
      ["GET", `/agent/${AGENT}/versions`, () => fail(409, ["deprecated"], { error_type: "versioning_v2_migration_required" })],
      ["GET", `/agent/${AGENT}`, () => fail(400, ["Bad thing"])],
    ]);
    const { client } = makeClient(api.fetch, { apiModel: "versions" });
    await expect(client.versioning().listVersions(AGENT)).rejects.toBeInstanceOf(ConflictError);
    await expect(client.getAgent(AGENT)).rejects.toBeInstanceOf(AtomsApiError);
    expect(api.log).toHaveLength(2);
    expect(client.stats().retries).toBe(0);
  });

  it("stops after maxRetries and says so", async () => {
    const api = fakeApi([["GET", `/agent/${AGENT}`, () => fail(502, ["bad gateway"])]]);
    const { client } = makeClient(api.fetch, { maxRetries: 2 });
    const err = (await catchErr(client.getAgent(AGENT))) as AtomsApiError;
    expect(err.status).toBe(502);
    expect(api.log).toHaveLength(3);
    expect(err.message).toContain("gave up after 3 attempts");
  });

  it("stops when the next wait would pass the operation deadline", async () => {
    const api = fakeApi([["GET", `/agent/${AGENT}`, () => fail(429, ["Rate limit exceeded"], {}, { "retry-after": "50" })]]);
    const { client } = makeClient(api.fetch, { operationDeadlineMs: 120_000, maxRetries: 10 });
    const err = (await catchErr(client.getAgent(AGENT))) as AtomsApiError;
    expect(err.status).toBe(429);
    // 0 s, 50 s, 100 s; a fourth attempt at 150 s would be past the 120 s deadline.
    expect(api.log).toHaveLength(3);
    expect(err.message).toMatch(/deadline/);
  });

  it("retries network errors on GET, not on POST", async () => {
    let n = 0;
    const { client } = makeClient(async (req) => {
      n++;
      if (req.method === "GET" && n === 1) throw new TypeError("fetch failed", { cause: { code: "ECONNRESET", message: "socket hang up" } });
      if (req.method === "POST") throw new TypeError("fetch failed", { cause: { code: "ECONNRESET", message: "socket hang up" } });
      return ok(AGENT_DTO);
    });
    await expect(client.getAgent(AGENT)).resolves.toMatchObject({ id: AGENT });
    const err = (await catchErr(client.createAgent({ name: "x" }))) as AtomsApiError;
    expect(err.status).toBe(0);
    expect(err.message).toContain("may or may not have been processed");
    expect(n).toBe(3);
  });

  it("times out a request that never answers and retries it when idempotent", async () => {
    let n = 0;
    const { client } = makeClient(
      (req) => {
        n++;
        if (n === 1) return new Promise<Response>(() => undefined); // hangs, ignores the signal
        return Promise.resolve(ok({ ...AGENT_DTO, _id: req.url.split("/").pop() }));
      },
      { timeoutMs: 30 },
    );
    await expect(client.getAgent(AGENT)).resolves.toMatchObject({ id: AGENT });
    expect(n).toBe(2);
  });

  it("a POST that times out is a TimeoutError and is not replayed", async () => {
    let n = 0;
    const { client } = makeClient(() => {
      n++;
      return new Promise<Response>(() => undefined);
    }, { timeoutMs: 20 });
    const err = await catchErr(client.createAgent({ name: "x" }));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toContain("POST /agent timed out after 20 ms");
    expect(n).toBe(1);
  });

  it("an aborted signal cancels a pending retry sleep and in-flight requests", async () => {
    const controller = new AbortController();
    const api = fakeApi([["GET", `/agent/${AGENT}`, () => {
      controller.abort();
      return fail(503, ["unavailable"]);
    }]]);
    const { client } = makeClient(api.fetch, { signal: controller.signal });
    await expect(client.getAgent(AGENT)).rejects.toBeInstanceOf(CancelledError);
    expect(api.log).toHaveLength(1);

    const c2 = new AbortController();
    const { client: hanging } = makeClient(() => new Promise<Response>(() => undefined), { signal: c2.signal, timeoutMs: 10_000 });
    const p = hanging.getAgent(AGENT);
    setTimeout(() => c2.abort(), 5);
    await expect(p).rejects.toBeInstanceOf(CancelledError);
  });
});
