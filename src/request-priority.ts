import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Which requests may wait when the rate limit is tight. Security-check polls only ask "done yet?": the writes that
 * start other agents' checks go first, so every agent reaches its publish as early as the limit allows. Carried
 * through async context so the engine marks a poll without every layer between it and the transport passing a flag.
 */
export type RequestPriority = "normal" | "background";

const storage = new AsyncLocalStorage<RequestPriority>();

export function inBackground<T>(work: () => Promise<T>): Promise<T> {
  return storage.run("background", work);
}

export function currentRequestPriority(): RequestPriority {
  return storage.getStore() ?? "normal";
}
