import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { httpFetch } from "../../../src/action/http-fetch.js";

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

/** A loopback server that records what reached it and answers with `answer`. */
async function serve(answer: (req: IncomingMessage, body: string) => { status: number; headers?: Record<string, string>; body?: string }): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), body });
      const a = answer(req, body);
      res.writeHead(a.status, a.headers);
      res.end(a.body ?? "");
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe("httpFetch, the Action's GitHub transport", () => {
  it("sends the method, headers and body, and reads the status, headers and body back", async () => {
    const gh = await serve((_req, body) => ({ status: 201, headers: { "x-thing": "yes", "content-type": "application/json" }, body: JSON.stringify({ echo: JSON.parse(body) }) }));
    const res = await httpFetch(`${gh.url}/repos/a/b/issues/1/comments`, { method: "POST", headers: { authorization: "Bearer t", "content-type": "application/json" }, body: '{"body":"hé"}' });
    expect([res.ok, res.status, res.headers.get("X-Thing"), res.headers.get("absent")]).toEqual([true, 201, "yes", null]);
    expect(JSON.parse(await res.text())).toEqual({ echo: { body: "hé" } });
    expect(gh.seen).toEqual([{ method: "POST", url: "/repos/a/b/issues/1/comments", authorization: "Bearer t", body: '{"body":"hé"}' }]);
  });

  it("follows a redirect to another host without the token, and hands a 3xx back when told to", async () => {
    const storage = await serve(() => ({ status: 200, body: "zip-bytes" }));
    const gh = await serve(() => ({ status: 302, headers: { location: `${storage.url}/blob?sig=1` } }));
    const followed = await httpFetch(`${gh.url}/zip`, { headers: { authorization: "Bearer t" } });
    expect(Buffer.from(await followed.arrayBuffer()).toString()).toBe("zip-bytes");
    expect(storage.seen).toEqual([{ method: "GET", url: "/blob?sig=1", body: "" }]);

    const manual = await httpFetch(`${gh.url}/zip`, { headers: { authorization: "Bearer t" }, redirect: "manual" });
    expect([manual.ok, manual.status, manual.headers.get("location")]).toEqual([false, 302, `${storage.url}/blob?sig=1`]);
    expect(storage.seen).toHaveLength(1);
  });

  it("keeps the token on a redirect within the same host, and turns a 303 into a GET without a body", async () => {
    const gh = await serve((req) => (req.url === "/old" ? { status: 303, headers: { location: "/new" } } : { status: 200, body: "ok" }));
    const res = await httpFetch(`${gh.url}/old`, { method: "POST", headers: { authorization: "Bearer t", "content-type": "application/json" }, body: "{}" });
    expect(await res.text()).toBe("ok");
    expect(gh.seen).toEqual([
      { method: "POST", url: "/old", authorization: "Bearer t", body: "{}" },
      { method: "GET", url: "/new", authorization: "Bearer t", body: "" },
    ]);
  });

  it("gives up on a redirect loop, and fails a refused connection as fetch does (TypeError)", async () => {
    const gh = await serve(() => ({ status: 307, headers: { location: "/again" } }));
    await expect(httpFetch(`${gh.url}/start`)).rejects.toThrow(/more than 5 redirects/);
    expect(gh.seen).toHaveLength(6);
    const closed = await serve(() => ({ status: 200 }));
    await new Promise((done) => servers.pop()!.close(done));
    await expect(httpFetch(`${closed.url}/x`)).rejects.toBeInstanceOf(TypeError);
  });
});
