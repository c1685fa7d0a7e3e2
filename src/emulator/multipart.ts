import { createHash } from "node:crypto";

/**
 * A small multipart/form-data reader (RFC 7578 over RFC 2046), enough for the one upload the API takes
 * (docs/atoms-api.md §11.3). Strict where a sloppy reader would hide a client bug: CRLF only, a closing
 * delimiter, `Content-Disposition: form-data` with a `name` on every part.
 */
export interface FormPart {
  name: string;
  /** Undefined when the part has no `filename`/`filename*` parameter (a plain field). */
  fileName: string | undefined;
  /** The part's `Content-Type`, as sent; undefined when absent. */
  contentType: string | undefined;
  content: Buffer;
}

/** RFC 2046 bchars, 1–70 of them, not ending in a space. */
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/;

/** The boundary of a `multipart/form-data` content type, or null when the type is anything else. */
export function formDataBoundary(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const [type, ...params] = splitParams(contentType);
  if (type?.trim().toLowerCase() !== "multipart/form-data") return null;
  const boundary = paramsOf(params).get("boundary");
  return boundary !== undefined && BOUNDARY.test(boundary) ? boundary : null;
}

/** Parses a whole body; null when it is not well-formed. Preamble and epilogue are ignored. */
export function parseFormData(body: Buffer, boundary: string): FormPart[] | null {
  const delimiter = Buffer.from(`--${boundary}`);
  // The first delimiter opens the body or follows the preamble's CRLF.
  let start: number;
  if (body.subarray(0, delimiter.length).equals(delimiter)) start = 0;
  else {
    const at = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]));
    if (at < 0) return null;
    start = at + 2;
  }
  const next = Buffer.concat([Buffer.from("\r\n"), delimiter]);
  const parts: FormPart[] = [];
  let pos = start + delimiter.length;
  for (;;) {
    if (body.subarray(pos, pos + 2).toString("latin1") === "--") return parts;
    // Transport padding (linear whitespace) may follow a delimiter before its CRLF.
    while (body[pos] === 0x20 || body[pos] === 0x09) pos++;
    if (body.subarray(pos, pos + 2).toString("latin1") !== "\r\n") return null;
    pos += 2;
    const end = body.indexOf(next, pos);
    if (end < 0) return null;
    const part = parsePart(body.subarray(pos, end));
    if (!part) return null;
    parts.push(part);
    pos = end + next.length;
  }
}

function parsePart(raw: Buffer): FormPart | null {
  const headerEnd = raw.indexOf("\r\n\r\n");
  // A part with no headers at all starts with the blank line.
  const noHeaders = raw.subarray(0, 2).toString("latin1") === "\r\n";
  if (headerEnd < 0 && !noHeaders) return null;
  const headerText = noHeaders ? "" : raw.subarray(0, headerEnd).toString("utf8");
  const content = noHeaders ? raw.subarray(2) : raw.subarray(headerEnd + 4);
  const headers = new Map<string, string>();
  if (headerText !== "") {
    for (const line of headerText.split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon <= 0 || /[\r\n]/.test(line)) return null;
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  const disposition = headers.get("content-disposition");
  if (disposition === undefined) return null;
  const [kind, ...rest] = splitParams(disposition);
  if (kind?.trim().toLowerCase() !== "form-data") return null;
  const params = paramsOf(rest);
  const name = params.get("name");
  if (name === undefined) return null;
  const extended = params.get("filename*");
  const plain = params.get("filename");
  let fileName: string | undefined;
  if (extended !== undefined) fileName = decodeExtended(extended) ?? plain;
  else fileName = plain;
  return {
    name: decodeWhatwg(name),
    fileName: fileName === undefined ? undefined : baseName(decodeWhatwg(fileName)),
    contentType: headers.get("content-type"),
    content: Buffer.from(content),
  };
}

/** Splits `type; a=b; c="d;e"` at the semicolons outside quotes. */
function splitParams(value: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quoted && c === "\\" && i + 1 < value.length) {
      current += c + value[++i];
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ";" && !quoted) {
      out.push(current);
      current = "";
    } else current += c;
  }
  out.push(current);
  return out;
}

function paramsOf(raw: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of raw) {
    const eq = p.indexOf("=");
    if (eq < 0) continue;
    const key = p.slice(0, eq).trim().toLowerCase();
    let value = p.slice(eq + 1).trim();
    // Only `\"` is unescaped: browsers send Windows paths with bare backslashes, which are not quoted-pairs.
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1).replace(/\\"/g, '"');
    if (!out.has(key)) out.set(key, value);
  }
  return out;
}

/** RFC 5987 `UTF-8''a%20b.pdf`; null when it does not decode. */
function decodeExtended(value: string): string | null {
  const m = /^([\w!#$%&+^`{}~-]+)'[^']*'(.*)$/.exec(value);
  if (!m || m[1]!.toLowerCase() !== "utf-8") return null;
  try {
    return decodeURIComponent(m[2]!);
  } catch {
    return null;
  }
}

/** Browsers escape these three in form-data names and file names (WHATWG HTML, "multipart/form-data encoding"). */
function decodeWhatwg(value: string): string {
  return value.replace(/%22/g, '"').replace(/%0D/gi, "\r").replace(/%0A/gi, "\n");
}

/** `C:\docs\a.pdf` and `docs/a.pdf` both name `a.pdf`: the client's directories are none of the server's business. */
function baseName(value: string): string {
  const cut = Math.max(value.lastIndexOf("/"), value.lastIndexOf("\\"));
  return cut < 0 ? value : value.slice(cut + 1);
}

export interface PartSummary {
  name: string;
  fileName?: string;
  contentType?: string;
  size: number;
  sha256: string;
}

/** What the request log keeps of an upload: the shape of each part, never its bytes. */
export function summarizeFormData(contentType: string | null, body: Buffer): { parts: PartSummary[] } | { malformed: true; size: number } {
  const boundary = formDataBoundary(contentType);
  const parts = boundary === null ? null : parseFormData(body, boundary);
  if (!parts) return { malformed: true, size: body.length };
  return {
    parts: parts.map((p) => ({
      name: p.name,
      ...(p.fileName === undefined ? {} : { fileName: p.fileName }),
      ...(p.contentType === undefined ? {} : { contentType: p.contentType }),
      size: p.content.length,
      sha256: createHash("sha256").update(p.content).digest("hex"),
    })),
  };
}
