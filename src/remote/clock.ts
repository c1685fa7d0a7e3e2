/** Time is injected so retry, rate-limit and polling tests run in milliseconds. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export { cancelledError, sleep as realSleep } from "../sleep.js";
