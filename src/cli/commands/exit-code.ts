import type { Command } from "commander";
import { ExitCode } from "../../index.js";

/**
 * Commander drops what an action returns, so the code is kept per program (not per process: the demo runs nested
 * programs) until `main`, the one place that turns a run into an exit code, collects it.
 */
const codes = new WeakMap<Command, number>();

function rootOf(cmd: Command): Command {
  let root = cmd;
  while (root.parent) root = root.parent;
  return root;
}

/** Adapts an action that answers with its exit code to commander, which calls it with the command last. */
export function returningExitCode<A extends unknown[]>(action: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const code = await action(...args);
    codes.set(rootOf(args[args.length - 1] as Command), code);
  };
}

/** The exit code the command that ran returned; ok when none ran (`--help`, `--version`). */
export function exitCodeOf(program: Command): number {
  return codes.get(program) ?? ExitCode.ok;
}
