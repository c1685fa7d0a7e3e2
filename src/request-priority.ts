import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Which requests go first when the rate limit is tight, carried through async context so the engine marks them
 * without every layer between it and the transport passing a flag.
 * - `rank`: the agent's place in the apply. The earlier agent's requests go first, so agents reach their publish one
 *   after another as early as the limit allows, instead of all of them inching forward together and every security
 *   check starting late.
 * - `published`: once an agent's check has started, what is left (activate, verify) can wait for the writes that start
 *   other agents' checks: the whole run ends sooner when every check starts early.
 * - `background`: a security-check poll only asks "done yet?": it waits behind everything else.
 * Waiting behind is bounded (the limiter promotes a request that waited too long), so nothing starves.
 */
export interface RequestPriority {
  rank: number;
  published: boolean;
  background: boolean;
  /** Told when a request of this context leaves the client (after any wait for the limit or a connection). */
  onSent?: (at: number) => void;
}

const NORMAL: RequestPriority = { rank: 0, published: false, background: false };
const storage = new AsyncLocalStorage<RequestPriority>();

export function inAgentOrder<T>(rank: number, work: () => Promise<T>): Promise<T> {
  return storage.run({ ...currentRequestPriority(), rank }, work);
}

/** From now on, the current agent's requests come after other agents' pre-publish work (see `RequestPriority`). */
export function markPublished(): void {
  // The store is this agent's own object (made by inAgentOrder), so the mark reaches every later request of it.
  const store = storage.getStore();
  if (store) store.published = true;
}

/**
 * `onSent` hears when each request of `work` actually leaves the client: a poll that waited its turn behind writes
 * saw the server's state at that moment, not when it was asked for.
 */
export function inBackground<T>(work: () => Promise<T>, onSent?: (at: number) => void): Promise<T> {
  return storage.run({ ...currentRequestPriority(), background: true, ...(onSent ? { onSent } : {}) }, work);
}

export function currentRequestPriority(): RequestPriority {
  return storage.getStore() ?? NORMAL;
}
