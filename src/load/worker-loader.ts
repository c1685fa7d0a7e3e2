import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileResult } from "./load-file.js";
import type { WorkerJob, WorkerMessage, WorkerRequest } from "./worker-protocol.js";

export interface WorkerRun {
  /** Settles once the worker claims no more files (or died): every file it claimed has been passed to onResult. */
  finished: Promise<void>;
  /** Stops the worker claiming files for this job (results already on their way are ignored). */
  cancel(): void;
}

interface ActiveJob {
  onResult: (index: number, result: FileResult) => void;
  finish: () => void;
}

/**
 * One worker per process, started on first use and kept (unref'd: it never holds the process open), so a second
 * load in the same process skips the worker's start-up and module loading.
 */
class LoadWorker {
  private readonly jobs = new Map<number, ActiveJob>();
  private nextId = 1;
  private dead = false;

  constructor(private readonly worker: Worker) {
    worker.unref();
    worker.on("message", (message: WorkerMessage) => this.onMessage(message));
    worker.on("error", () => this.die());
    worker.on("exit", () => this.die());
  }

  get alive(): boolean {
    return !this.dead;
  }

  run(job: WorkerJob, onResult: (index: number, result: FileResult) => void): WorkerRun {
    const jobId = this.nextId++;
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    this.jobs.set(jobId, { onResult, finish });
    // Keeps the process alive while a job is pending (a load must not be cut short by an empty event loop).
    if (this.jobs.size === 1) this.worker.ref();
    this.worker.postMessage({ type: "load", jobId, job } satisfies WorkerRequest);
    return {
      finished,
      cancel: () => {
        if (!this.jobs.has(jobId)) return;
        this.settle(jobId);
        if (!this.dead) this.worker.postMessage({ type: "cancel", jobId } satisfies WorkerRequest);
      },
    };
  }

  private onMessage(message: WorkerMessage): void {
    const active = this.jobs.get(message.jobId);
    if (!active) return;
    if (message.type === "done") this.settle(message.jobId);
    else active.onResult(message.index, message.result);
  }

  private settle(jobId: number): void {
    const active = this.jobs.get(jobId);
    if (!active) return;
    this.jobs.delete(jobId);
    if (this.jobs.size === 0 && !this.dead) this.worker.unref();
    active.finish();
  }

  /** The worker failed or exited: pending jobs end with what they got; callers load the missing files themselves. */
  private die(): void {
    if (this.dead) return;
    this.dead = true;
    for (const jobId of [...this.jobs.keys()]) this.settle(jobId);
    void this.worker.terminate();
  }
}

let shared: LoadWorker | undefined;

/**
 * Has a worker thread load files of `job` alongside the caller (both claim files from `job.next`), passing each
 * result to `onResult` as it arrives (in arrival order). Undefined when no worker can be started. A worker that dies
 * costs time, never results: the caller loads whatever did not arrive.
 */
export function startWorkerRun(job: WorkerJob, onResult: (index: number, result: FileResult) => void): WorkerRun | undefined {
  if (!shared?.alive) {
    try {
      shared = new LoadWorker(startWorker());
    } catch {
      shared = undefined;
      return undefined;
    }
  }
  return shared.run(job, onResult);
}

// Relative to load/ from either load/ itself or a bundle in a sibling directory (dist/cli/atoms-gitops.js).
const WORKER_URL = new URL(import.meta.url.endsWith(".ts") ? "../load/load-worker.ts" : "../load/load-worker.js", import.meta.url);

function startWorker(): Worker {
  if (!WORKER_URL.pathname.endsWith(".ts")) return new Worker(WORKER_URL);
  // Running from src/ (tests, tsx): the worker needs TypeScript support too. tsx's ESM API registers it inside the
  // worker before the entry is imported (`execArgv: ["--import", "tsx"]` does not reach a worker's entry on Node 20).
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(boot, { eval: true });
}
