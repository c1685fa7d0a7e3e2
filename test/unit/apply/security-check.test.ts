import { describe, expect, it } from "vitest";
import { SecurityCheckWaiter } from "../../../src/apply/security-check.js";
import { TimeoutError } from "../../../src/errors.js";
import type { VersionInfo } from "../../../src/model/observed.js";

/** A fake clock whose sleep advances time instantly. */
function fakeTime() {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
  };
}

function version(status: string, reason: string | null = null): VersionInfo {
  return {
    id: "v",
    number: 2,
    label: null,
    description: null,
    isActive: false,
    isPinned: false,
    status: "published",
    securityCheck: { status, reason },
    publishedAt: null,
    publishedBy: null,
    activatedAt: null,
    activatedBy: null,
  };
}

/** A check that passes `durationMs` after publish. */
function checkPassingAfter(clock: { now: () => number }, publishedAt: number, durationMs: number) {
  return async () => version(clock.now() - publishedAt >= durationMs ? "passed" : "queued");
}

describe("SecurityCheckWaiter", () => {
  it("a 6 s check is seen passing within 5 polls, right when it passes, when nothing is known yet", async () => {
    const clock = fakeTime();
    const waiter = new SecurityCheckWaiter({ ...clock, timeoutMs: 60_000 });
    const outcome = await waiter.waitFor(0, checkPassingAfter(clock, 0, 6000));
    expect(outcome).toEqual({ status: "passed", polls: 5 });
    expect(clock.now()).toBe(6000);
  });

  it("learns the duration: the next agent polls once, right when checks pass", async () => {
    const clock = fakeTime();
    const waiter = new SecurityCheckWaiter({ ...clock, timeoutMs: 60_000 });
    await waiter.waitFor(0, checkPassingAfter(clock, 0, 5200));
    const start = clock.now();
    const outcome = await waiter.waitFor(start, checkPassingAfter(clock, start, 5200));
    expect(outcome.polls).toBe(1);
    expect(clock.now() - start).toBeLessThanOrEqual(6000);
  });

  it("an instant check (a rehearsal emulator) is seen after a quarter of a second", async () => {
    const clock = fakeTime();
    const waiter = new SecurityCheckWaiter({ ...clock, timeoutMs: 60_000 });
    expect(await waiter.waitFor(0, checkPassingAfter(clock, 0, 0))).toEqual({ status: "passed", polls: 1 });
    expect(clock.now()).toBe(250);
  });

  it("reports a failed check with its reason, without waiting further", async () => {
    const clock = fakeTime();
    const waiter = new SecurityCheckWaiter({ ...clock, timeoutMs: 60_000 });
    const outcome = await waiter.waitFor(0, async () => version("failed", "unsafe tool URL"));
    expect(outcome).toEqual({ status: "failed", reason: "unsafe tool URL", polls: 1 });
  });

  it("treats any status other than queued and passed as a terminal failure", async () => {
    const clock = fakeTime();
    const waiter = new SecurityCheckWaiter({ ...clock, timeoutMs: 60_000 });
    const outcome = await waiter.waitFor(0, async () => version("errored"));
    expect(outcome.status).toBe("failed");
  });

  it("gives up at the deadline with a timeout that says what to raise", async () => {
    const clock = fakeTime();
    const waiter = new SecurityCheckWaiter({ ...clock, timeoutMs: 10_000 });
    const wait = waiter.waitFor(0, async () => version("queued"));
    await expect(wait).rejects.toBeInstanceOf(TimeoutError);
    await expect(waiter.waitFor(0, async () => version("queued"))).rejects.toThrow(/--security-check-timeout/);
    expect(clock.now()).toBeLessThanOrEqual(20_000);
  });

  it("a version without a security check (old data) counts as passed", async () => {
    const clock = fakeTime();
    const waiter = new SecurityCheckWaiter({ ...clock, timeoutMs: 60_000 });
    const v = { ...version("queued"), securityCheck: null };
    expect((await waiter.waitFor(0, async () => v)).status).toBe("passed");
  });
});
