import { writeFile, rename } from "node:fs/promises";
import { dirname, resolve, basename, join } from "node:path";
import { Option } from "commander";
import { ExitCode, UserInputError, planHasChanges } from "../../index.js";
import { renderPlanJson, renderPlanMarkdown, renderPlanText, type Plan } from "../../index.js";
import type { CliIo } from "../io.js";
import { sealPlanForFile, sealPlanForOutput, writeSidecarKey } from "../plan-digest-key.js";
import { addConnectionOptions, addDefinitionOptions, collect, finishRate, planForCommand, useColor, type CommonOptions } from "../shared.js";
import type { RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";

interface PlanOptions extends CommonOptions {
  agent?: string[];
  format: "text" | "markdown" | "json";
  out?: string;
  detailedExitcode?: boolean;
  prune?: boolean;
}

export const registerPlan: RegisterCommand = (program, io) => {
  const cmd = program
    .command("plan")
    .description("Show, field by field, what apply would change on each agent. Reads only (GET requests).");
  addDefinitionOptions(cmd);
  cmd
    .option("-a, --agent <name>", "only this agent (repeatable, or comma-separated)", collect)
    .addOption(new Option("-f, --format <format>", "text, markdown (for a PR comment) or json").choices(["text", "markdown", "json"]).default("text"))
    .option("-o, --out <file>", "also save the plan as JSON, for `atoms-gitops apply <file>` (secrets stored as digests only)")
    .option("--detailed-exitcode", "exit 2 when there are changes (0 none, 1 error)")
    .option("--prune", "plan archiving of agents this tool manages that no longer have a definition (never protected ones, never with an empty directory)");
  addConnectionOptions(cmd);
  cmd.addHelpText(
    "after",
    `
Examples:
  $ atoms-gitops plan
  $ atoms-gitops plan --env staging --agent support-bot
  $ atoms-gitops plan --format markdown > plan.md          # for a PR comment
  $ atoms-gitops plan --out plan.json --detailed-exitcode   # CI: exit 2 when changes are present
  $ atoms-gitops plan --prune --out plan.json               # review archives, then: atoms-gitops apply plan.json

Without --agent, agents that exist remotely but have no definition are listed as unmanaged (never touched without --prune).
Exit codes: 0 success (no changes, or any changes without --detailed-exitcode), 1 error, 2 changes present
(with --detailed-exitcode), 3 authentication.`,
  );
  cmd.action(returningExitCode(async (opts: PlanOptions) => {
    const { client, workspace } = await planForCommand(io, opts).catch((err: unknown) => rejectedAsJson(err, opts.format, io));
    const plan = workspace.plan;
    finishRate(io, client, opts);
    // JSON on stdout often lands in a CI log: never plain digests of secrets. With --out it is the saved file's content.
    const sealed = opts.out ? sealPlanForFile(plan, io.env) : undefined;
    const shown = opts.format !== "json" ? plan : (sealed?.plan ?? sealPlanForOutput(plan, io.env, client.webhookHeaderKey));
    io.stdout.write(renderForFormat(shown, opts.format, io));
    if (opts.out && sealed) {
      const path = resolve(io.cwd, opts.out);
      if (sealed.sidecarKey) await writeSidecarKey(path, sealed.sidecarKey);
      await writePlanFile(path, sealed.plan);
      if (opts.format === "text") {
        io.stdout.write(`\nSaved the plan to: ${opts.out}\nTo perform exactly these actions, run: atoms-gitops apply ${opts.out}\n`);
      }
    }
    return opts.detailedExitcode && planHasChanges(plan) ? ExitCode.changes : ExitCode.ok;
  }));
};

/**
 * A script reading `plan --format json` gets JSON on stdout even when there is no plan: the definitions' problems,
 * in validate's shape (`valid: false`, `diagnostics`). The error is rethrown, so stderr and the exit code stay.
 */
function rejectedAsJson(err: unknown, format: PlanOptions["format"], io: CliIo): never {
  if (format === "json" && err instanceof UserInputError && err.diagnostics.length > 0) {
    io.stdout.write(`${JSON.stringify({ valid: false, error: err.message, diagnostics: err.diagnostics }, null, 2)}\n`);
  }
  throw err;
}

export function renderForFormat(plan: Plan, format: "text" | "markdown" | "json", io: CliIo): string {
  if (format === "json") return renderPlanJson(plan);
  if (format === "markdown") return renderPlanMarkdown(plan);
  return renderPlanText(plan, { color: useColor(io) });
}

/** Atomic: a crash mid-write never leaves a truncated plan that a later apply would reject confusingly. */
export async function writePlanFile(path: string, plan: Plan): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(tmp, renderPlanJson(plan), { mode: 0o600 });
  await rename(tmp, path);
}
