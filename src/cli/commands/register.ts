import type { Command } from "commander";
import type { CliIo } from "../io.js";

/** Runs the whole CLI on an argv, as `main` does; handed to commands that drive other commands (the demo). */
export type CliRunner = (argv: string[], io: CliIo) => Promise<number>;

/**
 * Each command lives in its own module and registers itself on the program. `runCli` comes from `main`, passed down
 * rather than imported, so no command module depends back on the module that lists the commands.
 */
export type RegisterCommand = (program: Command, io: CliIo, runCli?: CliRunner) => void;
