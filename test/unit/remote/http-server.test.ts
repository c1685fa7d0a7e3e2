import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AtomsApiError, TimeoutError } from "../../../src/errors.js";
import { RequestTimeoutError, createClient } from "../../../src/remote/index.js";
import { KEY, catchErr, expectNoKey, fakeClock } from "./helpers.js";

const A = "66a1f0c2e4b0a1b2c3d4e5f6";
let server: Server;
let base = "";
let hugeChunksSent = 0;
const seen: Array<{ method: string; url: string; auth: string | undefined }> = [];
let dropNext = 0;
let truncateNext = 0;
let connections = 0;

function handler(req: IncomingMessage, res: ServerResponse): void {
  seen.push({ method: req.method ?? "", url: req.url ?? "", auth: req.headers.authorization });
  const path = (req.url ?? "").replace(/^\/atoms\/v1/, "");
  if (path.startsWith("/agent/slow")) {
    setTimeout(() => {
      if (!res.destroyed) res.end(JSON.stringify({ status: true, data: { _id: "slow", name: "s" } }));
    }, 2000);
    return;
  }
  if (path.startsWith("/agent/huge-declared")) {
    // Says 30 MB up front: refused on the header, before any of it is read.
    res.writeHead(200, { "content-type": "application/json", "content-length": String(30 * 1024 * 1024) });
    res.write("{");
    return;
  }
  if (path.startsWith("/agent/huge-streamed")) {
    // No length given: 1 MB chunks until the client hangs up.
    res.writeHead(200, { "content-type": "application/json", "x-request-id": "rid-huge" });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (!res.destroyed && sent < 100) {
        sent++;
        hugeChunksSent = sent;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
    return;
  }
  if (path.startsWith("/agent/bom")) {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ status: true, data: { _id: A, name: "Bom" } }))]));
    return;
  }
  if (path.startsWith(`/agent/${A}`) && truncateNext > 0) {
    // Headers promise 400 bytes, 20 arrive, then the connection is cut.
    truncateNext--;
    res.writeHead(200, { "content-type": "application/json", "content-length": "400" });
    res.write('{"status":true,"data"');
    setTimeout(() => req.socket.destroy(), 10);
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
  server.on("connection", () => connections++);
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
  });

  it("an unknown route's HTML 404 is reported as a route problem", async () => {
    const err = (await catchErr(client().archiveAgent(A.replace("6", "7"), true))) as AtomsApiError;
    expect(err.status).toBe(404);
    expect(err.requestId).toBe("rid-404");
    expect(err.message).toContain("no such route");
  });
});

describe("Node's http client as the transport (the default, no fetch injected)", () => {
  it("keeps connections alive: sequential reads share one socket", async () => {
    const c = client();
    const before = connections;
    for (let i = 0; i < 5; i++) await c.getAgent(A);
    expect(connections - before).toBe(1);
  });

  it("refuses a body whose declared length is over the cap, without reading it", async () => {
    const err = (await catchErr(client({ maxRetries: 0 }).getAgent("huge-declared"))) as AtomsApiError;
    expect(err).toBeInstanceOf(AtomsApiError);
    expect(err.message).toContain("larger than 20 MB");
  });

  it("stops reading a streamed body once it passes the cap", async () => {
    const err = (await catchErr(client({ maxRetries: 0 }).getAgent("huge-streamed"))) as AtomsApiError;
    expect(err.message).toContain("larger than 20 MB");
    expect(err.requestId).toBe("rid-huge");
    await new Promise((r) => setTimeout(r, 50));
    expect(hugeChunksSent).toBeLessThan(40);
  });

  it("never takes a body cut short for the response: the GET is retried", async () => {
    truncateNext = 1;
    const before = seen.length;
    const c = client();
    await expect(c.getAgent(A)).resolves.toMatchObject({ id: A, name: "Real" });
    expect(seen.length - before).toBe(2);
    expect(c.stats().retries).toBe(1);
  });

  it("drops a UTF-8 byte-order mark, as fetch does", async () => {
    await expect(client().getAgent("bom")).resolves.toMatchObject({ name: "Bom" });
  });

  it("names a refused connection, without the key", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const err = (await catchErr(client({ baseUrl: `http://127.0.0.1:${port}/atoms/v1`, maxRetries: 1 }).listAgents())) as AtomsApiError;
    expect(err.status).toBe(0);
    expect(err.message).toContain("ECONNREFUSED");
    expectNoKey(err);
  });

  it("idle pooled connections never keep a finished process alive", async () => {
    // The server keeps idle connections for 5 s; a CLI run must still exit as soon as its work is done.
    server.keepAliveTimeout = 5000;
    const script = `import { createClient } from "./src/remote/index.ts";
const c = createClient({ baseUrl: ${JSON.stringify(base)}, apiKey: "sk_x_1234567890" });
await c.getAgent(${JSON.stringify(A)});
console.log("read");`;
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((r) => child.on("exit", r));
    expect(code).toBe(0);
    expect(out).toContain("read");
    expect(performance.now() - started).toBeLessThan(4500);
  });
});
