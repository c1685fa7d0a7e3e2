import { Option } from "commander";
import { ExitCode } from "../../index.js";
import { gitShortSha } from "../../index.js";
import { detectDrift, driftDetected, renderDriftJson, renderDriftMarkdown, renderDriftText } from "../../index.js";
import { addConnectionOptions, addDefinitionOptions, clientFor, collect, loadForCommand, type CommonOptions } from "../shared.js";
import type { RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";

interface DriftOptions extends CommonOptions {
  agent?: string[];
  format: "text" | "markdown" | "json";
  detailedExitcode?: boolean;
}

export const registerDrift: RegisterCommand = (program, io) => {
  const cmd = program
    .command("drift")
    .description(
      "For scheduled jobs: report agents whose live config differs from git, and how it got there (the active version's label, who published and activated it, whether atoms-gitops did). Reads only.",
    );
  addDefinitionOptions(cmd);
  cmd
    .option("-a, --agent <name>", "only this agent (repeatable, or comma-separated)", collect)
    .addOption(new Option("-f, --format <format>", "text, markdown (issue/chat) or json").choices(["text", "markdown", "json"]).default("text"))
    .option("--detailed-exitcode", "exit 2 when drift is found (0 none, 1 error)");
  addConnectionOptions(cmd);
  cmd.addHelpText(
    "after",
    `
Examples:
  $ atoms-gitops drift
  $ atoms-gitops drift --env prod --detailed-exitcode          # nightly job: exit 2 on drift
  $ atoms-gitops drift --format json | jq '.drifted[].provenance'

Exit codes: 0 no drift (or drift without --detailed-exitcode), 1 error, 2 drift found (with --detailed-exitcode), 3 authentication.`,
  );
  cmd.action(returningExitCode(async (opts: DriftOptions) => {
    const load = await loadForCommand(io, opts);
    const client = clientFor(io, opts, load);
    const report = await detectDrift({
      load,
      client,
      agents: opts.agent,
      environment: opts.env,
      dir: opts.dir,
      gitSha: await gitShortSha(io.cwd),
    });
    const render = opts.format === "json" ? renderDriftJson : opts.format === "markdown" ? renderDriftMarkdown : renderDriftText;
    io.stdout.write(render(report));
    return opts.detailedExitcode && driftDetected(report) ? ExitCode.changes : ExitCode.ok;
  }));
};
