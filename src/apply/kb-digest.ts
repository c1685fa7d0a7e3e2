import { createHash } from "node:crypto";

/** First 12 hex of sha256, as the loader computed it: a file edited between plan and apply is refused. */
export function kbFileDigestOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 12);
}
