// A multipart/form-data body (RFC 7578) with one file part, built by hand: the transport sends bytes, and Node's
// FormData would need fetch to serialise it (the default exchanger is Node's http client).
import { randomBytes } from "node:crypto";

export interface MultipartBody {
  contentType: string;
  bytes: Uint8Array;
}

/** WHATWG's escapes for a quoted parameter value: what browsers send, and what the API decodes. */
function quoteParam(value: string): string {
  return value.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function fileFormData(field: string, fileName: string, mediaType: string, content: Uint8Array, boundary = defaultBoundary()): MultipartBody {
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="${quoteParam(field)}"; filename="${quoteParam(fileName)}"\r\n` +
    `Content-Type: ${mediaType}\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const bytes = Buffer.concat([Buffer.from(head, "utf8"), Buffer.from(content.buffer, content.byteOffset, content.byteLength), Buffer.from(tail, "utf8")]);
  return { contentType: `multipart/form-data; boundary=${boundary}`, bytes };
}

/** Random enough that no PDF contains it by chance (a delimiter inside the content would cut the part short). */
function defaultBoundary(): string {
  return `----atoms-gitops-${randomBytes(16).toString("hex")}`;
}
