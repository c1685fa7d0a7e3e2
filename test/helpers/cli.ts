import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";
import type { FetchLike } from "../../src/index.js";
import type { VirtualClock } from "./virtual-time.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in-process with captured output and a controlled environment (no inherited secrets). */
export async function runCli(argv: string[], options: { cwd: string; env?: Record<string, string | undefined>; tty?: boolean; clock?: VirtualClock; transport?: FetchLike }): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: options.tty ?? false },
    env: { PATH: process.env.PATH, NO_COLOR: "1", ...options.env },
    cwd: options.cwd,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.transport ? { transport: options.transport } : {}),
  };
  const code = await main(["node", "atoms-gitops", ...argv], io);
  return { code, stdout, stderr };
}
