import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AtomsApiError, TimeoutError } from "../../../src/errors.js";
import { RequestTimeoutError, createClient, isRetryableError } from "../../../src/remote/index.js";
import { KEY, catchErr, expectNoKey, fakeClock } from "./helpers.js";

const A = "66a1f0c2e4b0a1b2c3d4e5f6";
let server: Server;
let base = "";
const seen: Array<{ method: string; url: string; auth: string | undefined }> = [];
let dropNext = 0;

function handler(req: IncomingMessage, res: ServerResponse): void {
  seen.push({ method: req.method ?? "", url: req.url ?? "", auth: req.headers.authorization });
  const path = (req.url ?? "").replace(/^\/atoms\/v1/, "");
  if (path.startsWith("/agent/slow")) {
    setTimeout(() => {
      if (!res.destroyed) res.end(JSON.stringify({ status: true, data: { _id: "slow", name: "s" } }));
    }, 2000);
    return;
  }
  if (path.startsWith(`/agent/${A}`) && dropNext > 0) {
    dropNext--;
    req.socket.destroy();
    return;
  }
  if (path.startsWith(`/agent/${A}`)) {
    res.writeHead(200, { "content-type": "application/json", "x-request-id": "rid-real" });
    res.end(JSON.stringify({ status: true, data: { _id: A, name: "Real", activeVersionId: "v1", _resolvedConfig: { prompt: "p" } } }));
    return;
  }
  res.writeHead(404, { "content-type": "text/html", "x-request-id": "rid-404" });
  res.end(`<pre>Cannot ${req.method} ${req.url}</pre>`);
}

beforeAll(async () => {
  server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/atoms/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

function client(extra: Partial<Parameters<typeof createClient>[0]> = {}) {
  const clock = fakeClock();
  return createClient({ baseUrl: base, apiKey: KEY, sleep: clock.sleep, now: clock.now, ...extra });
}

describe("against a real node:http server on 127.0.0.1", () => {
  it("reads an agent over real HTTP with the bearer key", async () => {
    const a = await client().getAgent(A);
    expect(a).toMatchObject({ id: A, name: "Real", resolved: { prompt: "p" } });
    expect(seen.at(-1)).toEqual({ method: "GET", url: `/atoms/v1/agent/${A}`, auth: `Bearer ${KEY}` });
  });

  it("retries a GET whose connection was dropped", async () => {
    dropNext = 1;
    const before = seen.length;
    const c = client();
    await expect(c.getAgent(A)).resolves.toMatchObject({ id: A });
    expect(seen.length - before).toBe(2);
    expect(c.stats().retries).toBe(1);
  });

  it("a connection dropped every time ends in a network AtomsApiError (status 0) without the key", async () => {
    dropNext = 10;
    const err = (await catchErr(client({ maxRetries: 2 }).getAgent(A))) as AtomsApiError;
    dropNext = 0;
    expect(err).toBeInstanceOf(AtomsApiError);
    expect(err.status).toBe(0);
    expect(err.message).toMatch(/network error/);
    expectNoKey(err);
  });

  it("a slow response hits the per-request timeout", async () => {
    const err = await catchErr(client({ timeoutMs: 150, maxRetries: 1 }).getAgent("slow"));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toContain("GET /agent/slow timed out after 150 ms");
    expect(err.message).toContain("gave up after 2 attempts");
    expect(err).toBeInstanceOf(RequestTimeoutError);
    expect((err as RequestTimeoutError).path).toBe("/agent/slow");
    expect(isRetryableError(err)).toBe(true);
    expect(isRetryableError(new TimeoutError("security check still queued"))).toBe(false);
  });

  it("an unknown route's HTML 404 is reported as a route problem", async () => {
    const err = (await catchErr(client().archiveAgent(A.replace("6", "7"), true))) as AtomsApiError;
    expect(err.status).toBe(404);
    expect(err.requestId).toBe("rid-404");
    expect(err.message).toContain("no such route");
  });
});
