import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

/** Internal outcome of one request: a response, or a connection to drop. */
export type Outcome = { response: Response } | { drop: true };

/** Adapts node:http to the web-standard handler; a dropped outcome destroys the socket without answering. */
export async function startHttpServer(
  handle: (request: Request) => Promise<Outcome>,
  port: number,
  host: string,
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    void serve(handle, req, res, host);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("Emulator server has no TCP address");
  return { server, port: address.port };
}

async function serve(handle: (r: Request) => Promise<Outcome>, req: IncomingMessage, res: ServerResponse, host: string) {
  try {
    const url = `http://${req.headers.host ?? host}${req.url ?? "/"}`;
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) {
      if (Array.isArray(v)) for (const item of v) headers.append(k, item);
      else if (v !== undefined) headers.set(k, v);
    }
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(url, {
      method: req.method,
      headers,
      body: hasBody ? toWebStream(req) : undefined,
      // Required by undici for streamed request bodies.
      duplex: "half",
    } as RequestInit);
    const outcome = await handle(request);
    if ("drop" in outcome) {
      req.socket.destroy();
      return;
    }
    const { response } = outcome;
    const outHeaders: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      outHeaders[key] = value;
    });
    // A body we refused to read (413) leaves bytes on the socket: close it rather than reuse it.
    if (!req.complete) outHeaders.connection = "close";
    const payload = Buffer.from(await response.arrayBuffer());
    outHeaders["content-length"] = String(payload.length);
    res.writeHead(response.status, outHeaders);
    res.end(payload);
  } catch {
    if (!res.headersSent) {
      res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ status: false, errors: ["Internal server error"] }));
    } else res.destroy();
  }
}

export async function stopHttpServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * node request → web stream with back-pressure. Node's `Readable.toWeb` throws on data arriving after a cancel
 * (which we do on oversized bodies), so this guards every controller call.
 */
function toWebStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        if (done) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.on("end", () => {
        if (done) return;
        done = true;
        controller.close();
      });
      req.on("error", (err) => {
        if (done) return;
        done = true;
        controller.error(err);
      });
    },
    pull() {
      req.resume();
    },
    cancel() {
      // Discard (not buffer) whatever is still coming so the client can finish sending and read our answer.
      done = true;
      req.resume();
    },
  });
}
