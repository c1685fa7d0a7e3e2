export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult =
  | { kind: "none" }
  | { kind: "json"; value: unknown }
  | { kind: "too-large" }
  | { kind: "bad-type" }
  | { kind: "malformed" };

/** Reads a request body with a hard cap, so a huge upload is refused without being buffered. */
export async function readJsonBody(request: Request): Promise<BodyResult> {
  const read = await readRawBody(request, MAX_BODY_BYTES);
  if (read.kind === "too-large") return read;
  const size = read.bytes.byteLength;
  if (size === 0) return { kind: "none" };
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!/^application\/([\w.+-]+\+)?json\b/.test(type)) return { kind: "bad-type" };
  const text = new TextDecoder().decode(read.bytes);
  if (text.trim() === "") return { kind: "none" };
  try {
    return { kind: "json", value: JSON.parse(text) };
  } catch {
    return { kind: "malformed" };
  }
}

/** The upload limit of docs/atoms-api.md §11.3; JSON bodies keep theirs. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** Reads a body as bytes with a hard cap, for the multipart route. */
export async function readRawBody(request: Request, limit = MAX_UPLOAD_BYTES): Promise<{ kind: "bytes"; bytes: Buffer } | { kind: "too-large" }> {
  if (!request.body) return { kind: "bytes", bytes: Buffer.alloc(0) };
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) {
    await request.body.cancel().catch(() => {});
    return { kind: "too-large" };
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { kind: "too-large" };
    }
    chunks.push(value);
  }
  return { kind: "bytes", bytes: Buffer.concat(chunks) };
}
