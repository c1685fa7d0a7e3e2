import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { CancelledError } from "../../src/errors.js";
import { sleep } from "../../src/sleep.js";

describe("sleep", () => {
  it("leaves no abort listener behind once it has slept (one stop signal serves hundreds of polls)", async () => {
    const stop = new AbortController();
    for (let i = 0; i < 20; i++) await sleep(0, stop.signal);
    expect(getEventListeners(stop.signal, "abort")).toHaveLength(0);
  });

  it("rejects with CancelledError as soon as the signal aborts", async () => {
    const stop = new AbortController();
    const waiting = sleep(60_000, stop.signal);
    stop.abort();
    await expect(waiting).rejects.toBeInstanceOf(CancelledError);
    await expect(sleep(1, stop.signal)).rejects.toBeInstanceOf(CancelledError);
  });
});
