import { createInterface } from "node:readline/promises";
import { UserInputError } from "../../index.js";
import { agentHistory, findAgent, followUp, resolveRollbackTarget } from "../../index.js";
import { rollbackAgent } from "../../index.js";
import { clockOptions, type CliIo } from "../io.js";
import { addConnectionOptions, addDefinitionOptions, clientFor, loadForCommand, parsePositiveNumber, type CommonOptions } from "../shared.js";
import type { RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";
import { ExitCode } from "../../index.js";

interface RollbackOptions extends CommonOptions {
  to: string;
  yes?: boolean;
  securityCheckTimeout: number;
}

export const registerRollback: RegisterCommand = (program, io) => {
  const cmd = program
    .command("rollback")
    .argument("<name>", "agent: its definition's metadata.name (pinned id honoured), exact remote name, or 24-hex id")
    .description(
      "Make an earlier version live again (the platform's restore: no config is edited), verify it, and print the git follow-up so the repo matches again.",
    );
  addDefinitionOptions(cmd);
  cmd
    .option("--to <version>", "previous (the newest earlier version whose security check passed), a version id, an exact label, or a number (7, v7)", "previous")
    .option("-y, --yes", "do not ask for confirmation (required when not on a terminal)")
    .option("--security-check-timeout <seconds>", "branches model: how long to wait for the restored revision's check", parsePositiveNumber("--security-check-timeout"), 120);
  addConnectionOptions(cmd);
  cmd.addHelpText(
    "after",
    `
Examples:
  $ atoms-gitops rollback support-bot --yes                       # back to the previous version
  $ atoms-gitops rollback support-bot --to "atoms-gitops 1a2b3c4" --yes
  $ atoms-gitops rollback support-bot --to 66a1f0c2e4b0a1b2c3d4e5f6 --env prod
  $ atoms-gitops versions support-bot                             # to pick a target

Afterwards the live agent no longer matches git: the command prints the \`git revert\` (or the file to update)
that brings the repo back in line. Exit codes: 0 rolled back (or already active), 1 error, 3 authentication, 9 timeout.`,
  );
  cmd.action(returningExitCode(async (name: string, opts: RollbackOptions) => {
    const load = await loadForCommand(io, opts);
    const client = clientFor(io, opts, load);
    const summary = await findAgent(client, name, load.definitions);
    const history = await agentHistory(client, summary.id);
    const target = resolveRollbackTarget(history, opts.to);
    const from = history.versions.find((v) => v.isActive);
    const describe = (v: { number: number | null; id: string; label: string | null }) =>
      `${v.number !== null ? `version ${v.number} ` : ""}${v.id}${v.label ? ` "${v.label}"` : ""}`;
    if (target.isActive) {
      io.stdout.write(`${history.agent.name}: ${describe(target)} is already active. Nothing to do.\n`);
      return ExitCode.ok;
    }
    io.stdout.write(`${history.agent.name} (${history.agent.id}): ${from ? describe(from) : "unknown version"} → ${describe(target)}\n`);
    await confirm(io, opts);
    const result = await rollbackAgent(client, history, target, { securityCheckTimeoutMs: opts.securityCheckTimeout * 1000, ...clockOptions(io) });
    const restored = result.activeVersionId === target.id ? "" : ` (restored as new revision ${result.activeVersionId})`;
    io.stdout.write(`✓ ${history.agent.name}: ${describe(target)} is live${restored}, verified.\n\n`);
    const file = load.definitions.find((d) => d.metadata.id === summary.id || d.metadata.name === summary.name)?.file;
    io.stdout.write(`${followUp(result, file)}\n`);
    return ExitCode.ok;
  }));
};

async function confirm(io: CliIo, opts: RollbackOptions): Promise<void> {
  if (opts.yes) return;
  const stdin = io.stdin;
  if (!stdin?.isTTY) throw new UserInputError("refusing to roll back without confirmation: not on a terminal; pass --yes");
  const rl = createInterface({ input: stdin, output: io.stderr as NodeJS.WritableStream });
  try {
    const answer = await rl.question("Roll back? Only 'yes' will be accepted: ");
    if (answer.trim() !== "yes") throw new UserInputError("rollback cancelled: nothing was written");
  } finally {
    rl.close();
  }
}
