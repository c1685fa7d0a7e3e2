/**
 * Caps in-flight requests. The rate limiter decides who goes next and takes a slot with each token (`tryAcquire`),
 * waiting for `freed` when none is free; release is separate so a retry can sleep without holding a slot.
 *
 * The cap may rise from `capacity` up to `ceiling` (`grow`): the limiter raises it only when a request is ready to go
 * (a token is there) and every connection is busy, i.e. when the round trip, not the workspace's limit, bounds the run.
 */
export class Semaphore {
  private inUse = 0;
  private freedListeners: Array<() => void> = [];
  private cap: number;

  constructor(
    capacity: number,
    private readonly ceiling: number = capacity,
  ) {
    if (!(capacity >= 1)) throw new RangeError("concurrency must be at least 1");
    if (!(ceiling >= capacity)) throw new RangeError("the connection ceiling must be at least the starting capacity");
    this.cap = capacity;
  }

  get capacity(): number {
    return this.cap;
  }

  /** Takes a slot if one is free, without queueing: the caller keeps its own order of who goes next. */
  tryAcquire(): boolean {
    if (this.inUse >= this.cap) return false;
    this.inUse++;
    return true;
  }

  /** Resolves at the next release or rise of the cap (a slot may then be free for `tryAcquire`). */
  freed(): Promise<void> {
    return new Promise((resolve) => this.freedListeners.push(resolve));
  }

  release(): void {
    this.inUse--;
    this.notify();
  }

  /** Raises the cap by a quarter (at least one), up to the ceiling; false when it is already there. */
  grow(): boolean {
    if (this.cap >= this.ceiling) return false;
    this.cap = Math.min(this.ceiling, this.cap + Math.max(1, Math.ceil(this.cap / 4)));
    this.notify();
    return true;
  }

  private notify(): void {
    const listeners = this.freedListeners;
    this.freedListeners = [];
    for (const l of listeners) l();
  }
}
