/**
 * Caps in-flight requests. The rate limiter decides who goes next and takes a slot with each token (`tryAcquire`),
 * waiting for `freed` when none is free; release is separate so a retry can sleep without holding a slot.
 */
export class Semaphore {
  private inUse = 0;
  private freedListeners: Array<() => void> = [];

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError("concurrency must be at least 1");
  }

  /** Takes a slot if one is free, without queueing: the caller keeps its own order of who goes next. */
  tryAcquire(): boolean {
    if (this.inUse >= this.capacity) return false;
    this.inUse++;
    return true;
  }

  /** Resolves at the next release (a slot may then be free for `tryAcquire`). */
  freed(): Promise<void> {
    return new Promise((resolve) => this.freedListeners.push(resolve));
  }

  release(): void {
    this.inUse--;
    const listeners = this.freedListeners;
    this.freedListeners = [];
    for (const l of listeners) l();
  }
}
