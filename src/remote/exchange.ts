// How one HTTP request/response pair is carried: Node's own http/https client by default, or an injected fetch
// (tests and the demo pass the emulator's in-process fetch). The transport above adds auth, retries and limits.
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

export type FetchLike = (input: Request) => Promise<Response>;

export interface ExchangeRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** JSON text, or raw bytes (a multipart upload). */
  body?: string | Uint8Array;
  signal: AbortSignal;
  /** A longer body is refused (BodyTooLarge) without being read to the end. */
  maxBodyBytes: number;
}

export interface Exchange {
  status: number;
  /** A response header by case-insensitive name; null when absent. */
  header(name: string): string | null;
  text: string;
}

export type Exchanger = (request: ExchangeRequest) => Promise<Exchange>;

export class BodyTooLarge extends Error {
  constructor(
    readonly status: number,
    readonly requestId: string | undefined,
  ) {
    super("response body too large");
  }
}

/**
 * Node's http/https client with keep-alive pools. Not fetch: in Node 20 fetch costs about three times the CPU per
 * request (web streams, Request/Response objects), and a plan of 500 agents is hundreds of reads on one thread
 * that also parses YAML (bench/plan.ts). Idle pooled sockets are unref'd by Node, so they never hold a process open.
 */
export function nodeExchanger(): Exchanger {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  return (req) =>
    new Promise<Exchange>((resolve, reject) => {
      const url = new URL(req.url);
      const secure = url.protocol === "https:";
      const headers: Record<string, string> = { ...req.headers };
      if (req.body !== undefined) headers["Content-Length"] = String(Buffer.byteLength(req.body));
      const send = secure ? httpsRequest : httpRequest;
      const outgoing = send(url, { method: req.method, headers, agent: secure ? agents.https : agents.http, signal: req.signal }, (res) =>
        readResponse(res, req.maxBodyBytes, resolve, reject),
      );
      outgoing.on("error", reject);
      outgoing.end(req.body);
    });
}

function readResponse(res: IncomingMessage, cap: number, resolve: (e: Exchange) => void, reject: (err: unknown) => void): void {
  const status = res.statusCode ?? 0;
  const header = (name: string): string | null => headerValue(res.headers, name);
  const tooLarge = (): void => {
    res.destroy();
    reject(new BodyTooLarge(status, header("x-request-id") ?? undefined));
  };
  const declared = Number(res.headers["content-length"] ?? "");
  if (Number.isFinite(declared) && declared > cap) return tooLarge();
  const chunks: Buffer[] = [];
  let total = 0;
  res.on("data", (chunk: Buffer) => {
    total += chunk.length;
    if (total > cap) return tooLarge();
    chunks.push(chunk);
  });
  res.on("end", () => resolve({ status, header, text: stripBom(Buffer.concat(chunks, total).toString("utf8")) }));
  res.on("error", reject);
  // A connection cut mid-body must fail the exchange, never pass off a truncated body as the response.
  res.on("close", () => {
    if (!res.complete) reject(new Error("connection closed before the response was complete"));
  });
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name.toLowerCase()];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}

/** As fetch's text decoding does: a UTF-8 byte-order mark is not part of the body. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Carries the exchange over a fetch function (the emulator's in-process one, or any the caller injects). */
export function fetchExchanger(fetchFn: FetchLike): Exchanger {
  return async (req) => {
    const body = typeof req.body === "string" || req.body === undefined ? req.body : new Blob([req.body as Uint8Array<ArrayBuffer>]);
    const request = new Request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal });
    const res = await fetchFn(request);
    const text = await readCapped(res, req.maxBodyBytes);
    return { status: res.status, header: (name) => res.headers.get(name), text };
  };
}

async function readCapped(res: Response, cap: number): Promise<string> {
  const tooLarge = (): BodyTooLarge => new BodyTooLarge(res.status, res.headers.get("x-request-id") ?? undefined);
  const declared = Number(res.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > cap) throw tooLarge();
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}
