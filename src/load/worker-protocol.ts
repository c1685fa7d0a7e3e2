import type { InterpolationContext } from "./interpolate.js";
import type { FileResult } from "./load-file.js";

/** One directory's files for the load worker (structured-clone friendly: plain data only). */
export interface WorkerJob {
  files: string[];
  cwd: string;
  rootReal: string;
  /** Repository root as found (not realpath'd): definitions list their `sources` relative to it. */
  root: string;
  /** Files git tracks below rootReal (absent outside a git checkout). */
  tracked?: string[];
  interpolation: InterpolationContext;
  /**
   * One Int32: the index of the next file nobody has claimed yet. The main thread and the worker both take files
   * from it (Atomics.add), so work splits by speed without any coordination messages.
   */
  next: SharedArrayBuffer;
}

/** Main thread -> worker. */
export type WorkerRequest = { type: "load"; jobId: number; job: WorkerJob } | { type: "cancel"; jobId: number };

/** Worker -> main thread: one loaded file; `done` once the worker found nothing left to claim. */
export type WorkerMessage = { type: "file"; jobId: number; index: number; result: FileResult } | { type: "done"; jobId: number };

/** Claims the next unloaded file's index, or undefined when every file is taken. */
export function claimNext(next: SharedArrayBuffer, total: number): number | undefined {
  const index = Atomics.add(new Int32Array(next), 0, 1);
  return index < total ? index : undefined;
}
