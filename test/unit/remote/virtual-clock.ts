/**
 * Discrete-event time for simulations: `sleep` parks the caller until `run` advances the clock to its wake time,
 * and time only moves when every task is waiting. Unlike `fakeClock`, concurrent sleepers overlap as in real time.
 */
export function virtualClock(start = 1_700_000_000_000) {
  let t = start;
  let seq = 0;
  const timers: Array<{ at: number; seq: number; fire: () => void }> = [];
  const clock = {
    now: () => t,
    sleep: (ms: number, signal?: AbortSignal): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer = {
          at: t + Math.max(0, ms),
          seq: seq++,
          fire: () => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          },
        };
        const onAbort = (): void => {
          const i = timers.indexOf(timer);
          if (i >= 0) timers.splice(i, 1);
          reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        timers.push(timer);
      }),
  };
  /** Drives time forward until `work` settles; throws if it waits with no timer left (a deadlock in the code under test). */
  async function run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    let idle = 0;
    while (!settled) {
      await new Promise((r) => setImmediate(r));
      if (settled) break;
      if (timers.length === 0) {
        if (++idle > 50) throw new Error("simulation stalled: nothing is waiting on time");
        continue;
      }
      idle = 0;
      timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = timers.shift()!;
      t = Math.max(t, next.at);
      next.fire();
    }
    return work;
  }
  return { ...clock, clock, run };
}

/**
 * A workspace's rate limit as the API applies it: a sliding one-second window per key; over the limit, 429 with a
 * whole-second `Retry-After` (and the request is not counted). `latencyMs` is the round trip.
 */
export function limitedServer(options: { clock: ReturnType<typeof virtualClock>; limitRps?: number; latencyMs: number; body429?: (retryAfterSec: number) => unknown; header?: boolean }) {
  const { clock, limitRps, latencyMs } = options;
  const arrivals: number[] = [];
  const sent: number[] = [];
  let rejected = 0;
  let accepted = 0;
  const fetch = async (request: Request): Promise<Response> => {
    await clock.sleep(latencyMs / 2);
    const now = clock.now();
    sent.push(now);
    while (arrivals.length > 0 && arrivals[0]! <= now - 1000) arrivals.shift();
    let response: Response;
    if (limitRps !== undefined && arrivals.length >= limitRps) {
      rejected++;
      const wait = Math.max(1, Math.ceil((arrivals[0]! + 1000 - now) / 1000));
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (options.header !== false) headers["retry-after"] = String(wait);
      const body = options.body429 ? options.body429(wait) : { status: false, errors: ["Rate limit exceeded"] };
      response = new Response(JSON.stringify(body), { status: 429, headers });
    } else {
      arrivals.push(now);
      accepted++;
      const id = new URL(request.url).pathname.split("/").pop();
      response = new Response(JSON.stringify({ status: true, data: { _id: id, name: id, _resolvedConfig: {} } }), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    }
    await clock.sleep(latencyMs / 2);
    return response;
  };
  return {
    fetch,
    stats: () => ({ rejected, accepted, total: rejected + accepted }),
    /** Requests the server saw in [from, to). */
    seenBetween: (from: number, to: number) => sent.filter((s) => s >= from && s < to).length,
  };
}
