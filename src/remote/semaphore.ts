import { cancelledError } from "./clock.js";

/** Caps in-flight requests. Acquire/release are separate so a retry can sleep without holding a slot. */
export class Semaphore {
  private inUse = 0;
  private readonly waiters: Array<{ grant: () => void }> = [];

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError("concurrency must be at least 1");
  }

  get inFlight(): number {
    return this.inUse;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelledError(signal));
    if (this.inUse < this.capacity) {
      this.inUse++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: (): void => {
          signal?.removeEventListener("abort", onAbort);
          this.inUse++;
          resolve();
        },
      };
      const onAbort = (): void => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(cancelledError(signal));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  release(): void {
    this.inUse--;
    const next = this.waiters.shift();
    if (next) next.grant();
  }
}
