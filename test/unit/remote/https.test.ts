import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A self-signed certificate for 127.0.0.1, made for these tests only (valid until 2126).
const TLS = resolve(import.meta.dirname, "../../fixtures/tls");
const ROOT = resolve(import.meta.dirname, "../../..");
const A = "66a1f0c2e4b0a1b2c3d4e5f6";
const KEY = "sk_https_test_5e4d3c2b1a";
let server: Server;
let base = "";
const auth: Array<string | undefined> = [];
let connections = 0;

beforeAll(async () => {
  server = createServer({ key: readFileSync(join(TLS, "key.pem")), cert: readFileSync(join(TLS, "cert.pem")) }, (req, res) => {
    auth.push(req.headers.authorization);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: true, data: { _id: A, name: "Over TLS", activeVersionId: "v1", _resolvedConfig: { prompt: "p" } } }));
  });
  server.on("connection", () => connections++);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}/atoms/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

/** The client in a fresh process, so the trusted CAs are exactly those the process starts with. */
function readInChild(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  // Default retry settings: a failure that retries would show as more connections.
  const script = `import { createClient } from "./src/remote/index.ts";
const c = createClient({ baseUrl: ${JSON.stringify(base)}, apiKey: ${JSON.stringify(KEY)} });
try { console.log(JSON.stringify(await c.getAgent(${JSON.stringify(A)}))); } catch (e) { console.log("ERROR " + e.message); process.exitCode = 1; }`;
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => done({ code, out }));
  });
}

describe("https (the real API's scheme) through Node's client", () => {
  it("reads an agent over TLS from a server whose certificate the process trusts", async () => {
    const { code, out } = await readInChild({ NODE_EXTRA_CA_CERTS: join(TLS, "cert.pem") });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ id: A, name: "Over TLS", resolved: { prompt: "p" } });
    expect(auth.at(-1)).toBe(`Bearer ${KEY}`);
  });

  it("refuses a certificate it cannot verify at once, saying what to do, without the key", async () => {
    const before = { auth: auth.length, connections };
    const { code, out } = await readInChild({});
    expect(code).toBe(1);
    expect(out).toMatch(/^ERROR GET \/agent\/\w+ failed: the server's TLS certificate could not be verified \(self[- ]signed certificate/m);
    expect(out).toContain("NODE_EXTRA_CA_CERTS");
    expect(out).not.toContain(KEY);
    // The handshake failed: the request (and its Authorization header) never reached the server, and a certificate
    // that did not verify is not tried again.
    expect(auth.length).toBe(before.auth);
    expect(connections - before.connections).toBe(1);
  });
});
