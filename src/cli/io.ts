import type { Clock, FetchLike } from "../index.js";

/** What a command may touch of the process: injected so tests run the CLI in-process and capture output. */
export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * Where the waits of a run get their time (retry backoff, rate limiting, security-check polls): the system clock
   * unless given. Tests give one that advances when waited on, so they run the waits without waiting.
   */
  clock?: Clock;
  /**
   * Carries the run's API requests: Node's own http/https client unless given. Tests give the emulator's in-process
   * handler, so a CLI run crosses no socket (the loopback and spawned-binary tests keep the real one).
   */
  transport?: FetchLike;
}

/** The waits of a run as the client and the engines take them: `io.clock`'s, or none (the system clock's). */
export function clockOptions(io: CliIo): { now?: () => number; sleep?: Clock["sleep"] } {
  const clock = io.clock;
  return clock ? { now: () => clock.now(), sleep: (ms, signal) => clock.sleep(ms, signal) } : {};
}

/**
 * `apply | head -1`: once the reader is gone, output is lost but the work must go on (an agent created and not yet
 * labelled would stay foreign to `--prune` forever), so write errors of a closed pipe are swallowed.
 */
function surviveClosedPipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE" && err.code !== "ERR_STREAM_DESTROYED") throw err;
  });
  return stream;
}

export function processIo(): CliIo {
  surviveClosedPipe(process.stdout);
  surviveClosedPipe(process.stderr);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}
