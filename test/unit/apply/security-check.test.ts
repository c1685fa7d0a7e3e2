import { describe, expect, it } from "vitest";
import { SecurityCheckWaiter } from "../../../src/apply/security-check.js";
import { TimeoutError } from "../../../src/errors.js";
import type { VersionInfo } from "../../../src/model/observed.js";
import { currentRequestPriority } from "../../../src/request-priority.js";
import { virtualClock } from "../remote/virtual-clock.js";

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

/** Another agent's check, published now and passing `durationMs` later: its outcome and when it looked (ms after publish). */
async function nextCheck(waiter: SecurityCheckWaiter, clock: { now: () => number }, durationMs: number) {
  const start = clock.now();
  const looks: number[] = [];
  const passing = checkPassingAfter(clock, start, durationMs);
  const outcome = await waiter.waitFor(start, async () => {
    looks.push(clock.now() - start);
    return passing();
  });
  return { outcome, looks };
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

describe("SecurityCheckWaiter schedule by time since publish", () => {
  it("a poll that answered late is followed by the next look still ahead, not by the overdue ones at once", async () => {
    const clock = fakeTime();
    const waiter = new SecurityCheckWaiter({ ...clock, timeoutMs: 60_000 });
    const looks: number[] = [];
    const passing = checkPassingAfter(clock, 0, 6000);
    const outcome = await waiter.waitFor(0, async () => {
      looks.push(clock.now());
      const v = await passing();
      await clock.sleep(1500); // the answer took 1.5 s (a queue, a slow server)
      return v;
    });
    expect(looks).toEqual([250, 3000, 6000]);
    expect(outcome).toEqual({ status: "passed", polls: 3 });
  });

  it("a check seen passing late (its poll waited its turn) is narrowed down by the next agent's first look", async () => {
    const clock = fakeTime();
    const waiter = new SecurityCheckWaiter({ ...clock, timeoutMs: 60_000 });
    // The first check: 3 s, but its look due at 3 s only leaves the client 2 s later, behind writes.
    let first = true;
    await waiter.waitFor(0, async () => {
      if (clock.now() >= 3000 && first) {
        first = false;
        await clock.sleep(2000);
        currentRequestPriority().onSent?.(clock.now());
      }
      return version(clock.now() >= 3000 ? "passed" : "queued");
    });
    expect(clock.now()).toBe(5000);
    const { outcome, looks } = await nextCheck(waiter, clock, 3000);
    expect(outcome).toEqual({ status: "passed", polls: 1 });
    expect(looks).toEqual([3000]);
  });

  it("a check that waited for the first one looks at once when checks have passed by now", async () => {
    const clock = fakeTime();
    const waiter = new SecurityCheckWaiter({ ...clock, timeoutMs: 60_000 });
    await waiter.waitFor(0, checkPassingAfter(clock, 0, 3000));
    expect(clock.now()).toBe(3000);
    const looks: number[] = [];
    // Published 3.5 s ago, e.g. while the first check ran: its check has passed; one look, now.
    const outcome = await waiter.waitFor(-500, async () => {
      looks.push(clock.now());
      return version("passed");
    });
    expect(outcome.polls).toBe(1);
    expect(looks).toEqual([3000]);
  });

  it("learns the check time from when the passing poll left the client, not from when its answer came", async () => {
    const clock = fakeTime();
    const waiter = new SecurityCheckWaiter({ ...clock, timeoutMs: 60_000 });
    await waiter.waitFor(0, async () => {
      const v = version(clock.now() >= 3000 ? "passed" : "queued");
      currentRequestPriority().onSent?.(clock.now());
      await clock.sleep(clock.now() >= 3000 ? 1000 : 0); // the passing answer took a second to come back
      return v;
    });
    const { outcome, looks } = await nextCheck(waiter, clock, 3000);
    expect(outcome.status).toBe("passed");
    expect(looks.at(-1)).toBe(3000);
  });

  it("a look planned from an old estimate is moved when another agent's sighting narrows it meanwhile", async () => {
    const v = virtualClock(0);
    const waiter = new SecurityCheckWaiter({ now: v.now, sleep: v.sleep, timeoutMs: 60_000 });
    // The first check (2.9 s) is seen queued at 1 s and passed at 3 s: the next looks go halfway, at 2 s.
    await v.run(waiter.waitFor(0, checkPassingAfter(v, 0, 2900)));
    const looks: Record<string, number[]> = { a: [], b: [] };
    const agent = (name: string, publishedAt: number) => {
      const passing = checkPassingAfter(v, publishedAt, 2900);
      return waiter.waitFor(publishedAt, async () => {
        looks[name]!.push(v.now() - publishedAt);
        return passing();
      });
    };
    const t = v.now();
    await v.run(Promise.all([agent("a", t), agent("b", t + 10)]));
    // a's look at 2 s says "still queued"; b, published just after, does not repeat it: it looks halfway of what is
    // left, at 2.5 s. Each then looks when checks have been passing.
    expect(looks).toEqual({ a: [2000, 3000], b: [2500, 3000] });
  });

  it("a timer that fires late still looks, on the blind schedule and on a learned one", async () => {
    let t = 0;
    const late = { now: () => t, sleep: async (ms: number) => void (t += ms + 3) };
    const waiter = new SecurityCheckWaiter({ ...late, timeoutMs: 60_000 });
    const first = await waiter.waitFor(0, checkPassingAfter(late, 0, 3000));
    expect(first).toEqual({ status: "passed", polls: 3 });
    expect(t).toBeLessThan(3100);
    const start = t;
    const next = await waiter.waitFor(start, checkPassingAfter(late, start, 3000));
    expect(next.status).toBe("passed");
    expect(t - start).toBeLessThan(3100);
  });
});
