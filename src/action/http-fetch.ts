import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

/** What the GitHub client sends: the subset of `fetch`'s options it uses. */
export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  redirect?: "follow" | "manual";
}

/** What the GitHub client reads of an answer: the subset of a `Response` it uses. */
export interface FetchReply {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Node's global `fetch` fits this; so does `httpFetch`. */
export type FetchFn = (url: string, init?: FetchInit) => Promise<FetchReply>;

const MAX_REDIRECTS = 5;

/**
 * A `fetch` over node:http/https, for the Action's few GitHub calls. Node 20's global fetch loads undici on first use
 * and compiles its WebAssembly HTTP parser in the background, which the process then waits for at exit: about 0.2 s
 * of every step that posts a comment or a status, against a few milliseconds here.
 *
 * Redirects are followed as fetch follows them (`redirect: "manual"` hands a 3xx back), except that the
 * authorization header is never sent to another origin.
 */
export const httpFetch: FetchFn = async (url, init = {}) => {
  let target = new URL(url);
  let method = (init.method ?? "GET").toUpperCase();
  let body = init.body;
  let headers = { ...(init.headers ?? {}) };
  for (let hop = 0; ; hop++) {
    const reply = await send(target, method, headers, body);
    const location = reply.headers.get("location");
    if (init.redirect === "manual" || reply.status < 300 || reply.status >= 400 || reply.status === 304 || !location) return reply;
    if (hop >= MAX_REDIRECTS) throw new TypeError(`fetch failed: more than ${MAX_REDIRECTS} redirects from ${url}`);
    const next = new URL(location, target);
    if (next.origin !== target.origin) headers = withoutHeader(headers, "authorization");
    // As fetch does: a 303, or a 301/302 answering a POST, is followed with a GET and no body.
    if (reply.status === 303 || ((reply.status === 301 || reply.status === 302) && method === "POST")) {
      method = "GET";
      body = undefined;
      headers = withoutHeader(headers, "content-type");
    }
    target = next;
  }
};

function withoutHeader(headers: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== name));
}

function send(url: URL, method: string, headers: Record<string, string>, body: string | undefined): Promise<FetchReply> {
  const request = url.protocol === "https:" ? httpsRequest : url.protocol === "http:" ? httpRequest : undefined;
  if (!request) return Promise.reject(new TypeError(`fetch failed: unsupported protocol ${url.protocol}`));
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...headers, ...(body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) }) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const bytes = Buffer.concat(chunks);
        const status = res.statusCode ?? 0;
        resolve({
          ok: status >= 200 && status < 300,
          status,
          headers: {
            get: (name) => {
              const v = res.headers[name.toLowerCase()];
              return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
            },
          },
          text: async () => bytes.toString("utf8"),
          arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        });
      });
    });
    req.on("error", (err) => reject(new TypeError(`fetch failed: ${err.message}`)));
    req.end(body);
  });
}
