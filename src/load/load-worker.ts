// Worker entry: loads definition files off the main thread and posts each result as soon as it is ready.
import { parentPort } from "node:worker_threads";
import { displayFile } from "./files.js";
import { loadDefinitionFile } from "./load-file.js";
import { SharedFiles } from "./shared-files.js";
import { claimNext } from "./worker-protocol.js";
import type { WorkerJob, WorkerMessage, WorkerRequest } from "./worker-protocol.js";

const cancelled = new Set<number>();

async function run(jobId: number, job: WorkerJob): Promise<void> {
  const display = (abs: string): string => displayFile(abs, job.cwd);
  const tracked = job.tracked ? new Set(job.tracked) : undefined;
  // This thread's own cache: a shared file used by agents on both threads is parsed once on each.
  const shared = new SharedFiles({ rootReal: job.rootReal, display, ...(tracked ? { tracked } : {}) });
  for (let index = claimNext(job.next, job.files.length); index !== undefined; index = claimNext(job.next, job.files.length)) {
    if (cancelled.has(jobId)) break;
    const absPath = job.files[index]!;
    const result = await loadDefinitionFile({ absPath, file: display(absPath), rootReal: job.rootReal, root: job.root, cwd: job.cwd, interpolation: job.interpolation, display, shared, ...(tracked ? { tracked } : {}) });
    parentPort?.postMessage({ type: "file", jobId, index, result } satisfies WorkerMessage);
  }
  cancelled.delete(jobId);
  parentPort?.postMessage({ type: "done", jobId } satisfies WorkerMessage);
}

// Jobs run one after another: they are CPU-bound, so interleaving them would only delay each one's first results.
let queue: Promise<void> = Promise.resolve();
parentPort?.on("message", (request: WorkerRequest) => {
  if (request.type === "cancel") cancelled.add(request.jobId);
  else queue = queue.then(() => run(request.jobId, request.job));
});
