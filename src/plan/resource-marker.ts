// Ownership and header-change detection without a state file: both ride in the platform's own description field.
import { hexToBytes, hmacSha256Hex } from "./keyed-digest.js";
import { sha256Hex } from "./sha256.js";

const MARKER = /\s?\[managed by atoms-gitops(?: h=([0-9a-f]{12}))?\]$/;

export interface Described {
  /** The description without the marker: what a definition's description compares to. */
  text: string;
  managed: boolean;
  /** Webhooks: the digest of the header set this tool last wrote. */
  headerDigest?: string;
}

export function readMarker(description: string): Described {
  const m = MARKER.exec(description);
  if (!m) return { text: description, managed: false };
  return { text: description.slice(0, m.index), managed: true, ...(m[1] ? { headerDigest: m[1] } : {}) };
}

export function withMarker(text: string, headerDigest?: string): string {
  const marker = headerDigest ? `[managed by atoms-gitops h=${headerDigest}]` : "[managed by atoms-gitops]";
  return text === "" ? marker : `${text} ${marker}`;
}

/** Keyed by the API key, so the digest in a (readable) description tells nothing about the values to anyone else. */
export function webhookHeaderKey(apiKey: string): Uint8Array {
  return hexToBytes(sha256Hex(`atoms-gitops webhook headers\0${apiKey}`));
}

/** HMAC-SHA256 of the header set, names lower-cased and sorted (the platform treats names case-insensitively). */
export function webhookHeaderDigest(headers: Record<string, string>, key: Uint8Array): string {
  const canonical = Object.entries(headers)
    .map(([name, value]): [string, string] => [name.toLowerCase(), value])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return hmacSha256Hex(key, JSON.stringify(canonical)).slice(0, 12);
}

/** `<stem>.<12 hex>.pdf`: a file item this tool uploaded, and which file and content it holds. */
export function parseUploadName(fileName: string): { stem: string; digest: string } | undefined {
  const m = /^(.+)\.([0-9a-f]{12})\.pdf$/.exec(fileName);
  return m ? { stem: m[1]!, digest: m[2]! } : undefined;
}
