import { randomBytes } from "node:crypto";

const OBJECT_ID = /^[a-f\d]{24}$/;

/** Mongo ObjectIds are what the live API hands out; clients sometimes validate the shape, so we mimic it. */
export function isObjectId(value: unknown): value is string {
  return typeof value === "string" && OBJECT_ID.test(value);
}

const processPart = randomBytes(5).toString("hex");
let counter = randomBytes(3).readUIntBE(0, 3);

/** 4-byte seconds + 5-byte process random + 3-byte counter, like a real ObjectId (unique within the process). */
export function newObjectId(nowMs: number = Date.now()): string {
  counter = (counter + 1) % 0xffffff;
  const seconds = Math.floor(nowMs / 1000) >>> 0;
  return seconds.toString(16).padStart(8, "0") + processPart + counter.toString(16).padStart(6, "0");
}

export function newRequestId(): string {
  return randomBytes(12).toString("hex");
}
