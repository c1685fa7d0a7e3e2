import { cancelledError } from "./clock.js";

/** Caps in-flight requests. Acquire/release are separate so a retry can sleep without holding a slot. */
export class Semaphore {
  private inUse = 0;
  private readonly waiters: Array<{ grant: () => void }> = [];
  private freedListeners: Array<() => void> = [];

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

  /** Takes a slot if one is free, without queueing: for a caller that keeps its own order of who goes next. */
  tryAcquire(): boolean {
    if (this.inUse >= this.capacity || this.waiters.length > 0) return false;
    this.inUse++;
    return true;
  }

  /** Resolves at the next release (a slot may then be free for `tryAcquire`). */
  freed(): Promise<void> {
    return new Promise((resolve) => this.freedListeners.push(resolve));
  }

  release(): void {
    this.inUse--;
    const next = this.waiters.shift();
    if (next) next.grant();
    const listeners = this.freedListeners;
    this.freedListeners = [];
    for (const l of listeners) l();
  }
}
