import { createHash } from "node:crypto";

/** A stable synthetic user id per organization: every write is "by" the key's user. */
export function userIdFor(org: string): string {
  return createHash("sha1").update(`user:${org}`).digest("hex").slice(0, 24);
}

export const USER_NAME = "Emulator User";
