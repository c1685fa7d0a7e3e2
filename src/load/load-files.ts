import type { AgentDefinition } from "../model/definition.js";
import type { FileContext, FileResult } from "./load-file.js";
import { loadDefinitionFile } from "./load-file.js";
import { claimNext } from "./worker-protocol.js";
import type { WorkerJob } from "./worker-protocol.js";
import { startWorkerRun } from "./worker-loader.js";

/**
 * Below this many files a worker does not pay: it is a second cold isolate (its own module loading and JIT warm-up
 * of the YAML parser), which on 500 files costs what it saves (measured with bench/validate.ts; ~10% faster at 1000
 * files, ~20% at 2000).
 */
export const WORKER_MIN_FILES = 800;

/**
 * Where definition files are parsed: `main` on this thread only; `shared` on this thread and a worker thread, both
 * taking files from a shared counter; `worker` in the worker alone (this thread only if none can start); `auto`
 * shares with a worker for large directories when nobody streams the results. A streaming caller (onDefinition)
 * overlaps parsing with its network waits already, and a worker competes with it for CPU (slower in bench/plan.ts).
 */
export type LoadThreading = "auto" | "main" | "shared" | "worker";

type FileBase = Omit<FileContext, "absPath" | "file">;

/**
 * Loads every file, reporting each file's definition to `onDefinition` in file order as soon as it and every file
 * before it are loaded. Results are in `files` order whichever thread loaded them.
 */
export async function loadFiles(
  files: string[],
  base: FileBase,
  workerJob: Omit<WorkerJob, "files" | "next">,
  threading: LoadThreading,
  onDefinition: ((definition: AgentDefinition) => void) | undefined,
): Promise<FileResult[]> {
  const total = files.length;
  const results: Array<FileResult | undefined> = new Array<FileResult | undefined>(total);
  let reported = 0;
  const accept = (index: number, result: FileResult): void => {
    results[index] = result;
    while (reported < total && results[reported] !== undefined) {
      const definition = results[reported++]!.definition;
      if (definition && onDefinition) onDefinition(definition);
    }
  };
  const loadHere = async (index: number): Promise<void> => {
    // One file per event-loop turn: reading and parsing are synchronous and CPU-bound, so running files "in
    // parallel" here gains nothing, while yielding lets a caller's requests (see onDefinition) and worker results in.
    await new Promise<void>((r) => setImmediate(r));
    if (failure !== undefined) throw failure;
    const absPath = files[index]!;
    accept(index, await loadDefinitionFile({ ...base, absPath, file: base.display(absPath) }));
  };

  const next = new SharedArrayBuffer(4);
  let failure: unknown;
  const mode = threading === "auto" ? (!onDefinition && total >= WORKER_MIN_FILES ? "shared" : "main") : threading;
  const useWorker = total > 0 && mode !== "main";
  const run = useWorker
    ? startWorkerRun({ ...workerJob, files, next }, (index, result) => {
        try {
          accept(index, result);
        } catch (err) {
          // onDefinition failed: the load fails with its error, as it would in-thread.
          failure ??= err;
          run?.cancel();
        }
      })
    : undefined;
  try {
    if (mode !== "worker" || !run) {
      for (let i = claimNext(next, total); i !== undefined; i = claimNext(next, total)) await loadHere(i);
    }
    // Wait for the worker only while it holds files (it may still be starting when this thread has done them all).
    if (run && results.includes(undefined)) await run.finished;
    if (failure !== undefined) throw failure;
    // Files a worker claimed but never delivered (it died): load them here.
    for (let i = 0; i < total; i++) if (results[i] === undefined) await loadHere(i);
  } finally {
    run?.cancel();
  }
  return results as FileResult[];
}
