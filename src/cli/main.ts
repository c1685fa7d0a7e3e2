import { Command, CommanderError } from "commander";
import { AtomsApiError, AtomsGitopsError, ExitCode, UserInputError } from "../index.js";
import { formatDiagnostic } from "../index.js";
import { VERSION } from "../index.js";
import { commands } from "./commands/index.js";
import { exitCodeOf } from "./commands/exit-code.js";
import type { CliIo } from "./io.js";
import { processIo } from "./io.js";
import { keyVariable, runRedactor } from "./redaction.js";

export function buildProgram(io: CliIo): Command {
  const program = new Command();
  program
    .name("atoms-gitops")
    .description(
      "Keep Smallest.ai Atoms voice agents as YAML in git: validate offline, plan field by field, apply through the platform's versioning.",
    )
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  for (const register of commands) register(program, io, main);
  program.addHelpText(
    "after",
    `
Examples:
  $ atoms-gitops validate                              # offline, file:line:col errors
  $ atoms-gitops plan --out plan.json                  # what would change (GET requests only)
  $ atoms-gitops apply plan.json --yes                 # exactly that plan, or nothing if it is stale
  $ atoms-gitops drift --detailed-exitcode             # scheduled job: exit 2 when live agents differ from git
  $ atoms-gitops rollback support-bot --to previous --yes
  $ npm run demo                                       # all of it against an embedded emulator

Run \`atoms-gitops <command> --help\` for a command's flags; docs/troubleshooting.md lists every exit code.`,
  );
  return program;
}

/**
 * The one error boundary: every command resolves to an exit code here. User errors are one clear message
 * (no stack); unexpected errors say so and print the stack only with ATOMS_GITOPS_DEBUG=1.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return exitCodeOf(program);
  } catch (err) {
    return reportError(err, io);
  }
}

export function reportError(err: unknown, io: CliIo): number {
  if (err instanceof CommanderError) {
    // --help and --version end here with code 0; usage errors were already printed by commander.
    return err.exitCode === 0 ? ExitCode.ok : ExitCode.error;
  }
  const redact = runRedactor(io).text;
  if (err instanceof UserInputError) {
    for (const d of err.diagnostics) io.stderr.write(`${redact(formatDiagnostic(d))}\n`);
    io.stderr.write(`error: ${redact(err.message)}\n`);
    return err.exitCode;
  }
  if (err instanceof AtomsGitopsError) {
    io.stderr.write(`error: ${redact(err.message)}\n`);
    const variable = keyVariable(io);
    if (err instanceof AtomsApiError && err.status === 401 && variable) {
      io.stderr.write(`hint: the API key was read from $${variable}; check that it holds a valid key for this workspace\n`);
    }
    return err.exitCode;
  }
  const message = redact(err instanceof Error ? err.message : String(err));
  io.stderr.write(`internal error: ${message}\n`);
  if (process.env.ATOMS_GITOPS_DEBUG === "1" && err instanceof Error && err.stack) io.stderr.write(`${redact(err.stack)}\n`);
  else io.stderr.write("This is a bug in atoms-gitops; rerun with ATOMS_GITOPS_DEBUG=1 for details.\n");
  return ExitCode.error;
}
