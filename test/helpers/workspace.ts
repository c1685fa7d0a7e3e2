import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createEmulator, type EmulatorOptions, type Emulator } from "../../src/emulator/index.js";
import { runCli, type CliRun } from "./cli.js";
import { virtualClock, type VirtualClock } from "./virtual-time.js";

export const EMULATOR_KEY = "sk_emulator_local";

export interface Workspace {
  emulator: Emulator;
  baseUrl: string;
  /** The time emulator and CLI share; undefined with `realTime`. */
  clock: VirtualClock | undefined;
  /** A temporary repository directory holding `agents/` (and whatever the test writes). */
  dir: string;
  cli(argv: string[], env?: Record<string, string | undefined>): Promise<CliRun>;
  write(relPath: string, text: string): void;
  remove(relPath: string): void;
  close(): Promise<void>;
}

/**
 * An emulator on 127.0.0.1 (random port) plus a scratch repo; the CLI runs in-process against both, on one virtual
 * clock (waits are instant: security checks, polls, backoff and rate windows cost no wall time). `realTime` keeps the
 * system clock, for tests that race a wait against something outside the clock (a signal, a child process).
 */
export async function startWorkspace(options: EmulatorOptions & { agentsFrom?: string; realTime?: boolean } = {}): Promise<Workspace> {
  const { realTime, agentsFrom, ...emulatorOptions } = options;
  const clock = realTime ? undefined : virtualClock();
  const emulator = createEmulator({ securityCheckMs: 0, model: "versions", ...(clock ? { now: clock.now } : {}), ...emulatorOptions });
  const { url } = await emulator.listen({ port: 0 });
  const dir = mkdtempSync(join(tmpdir(), "atoms-gitops-test-"));
  mkdirSync(join(dir, "agents"), { recursive: true });
  if (agentsFrom) cpSync(agentsFrom, join(dir, "agents"), { recursive: true });
  return {
    emulator,
    baseUrl: url,
    clock,
    dir,
    cli: (argv, env = {}) => runCli(argv, { cwd: dir, env: { ATOMS_API_KEY: EMULATOR_KEY, ATOMS_BASE_URL: url, ...env }, ...(clock ? { clock } : {}), ...(realTime ? {} : { transport: (r: Request) => emulator.fetch(r) }) }),
    write(relPath, text) {
      const p = join(dir, relPath);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
    },
    remove(relPath) {
      rmSync(join(dir, relPath), { force: true });
    },
    async close() {
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Write requests (anything but GET/HEAD) in the emulator's log, as `METHOD path` lines. */
export function writesIn(emulator: Emulator): string[] {
  return emulator.requests.filter((r) => r.method !== "GET" && r.method !== "HEAD").map((r) => `${r.method} ${r.path}`);
}
