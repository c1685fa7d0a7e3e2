import { Option } from "commander";
import { ExitCode, formatDiagnostic, loadDefinitions, type Diagnostic } from "../../index.js";
import type { RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";

interface ValidateFlags {
  dir: string;
  env?: string;
  format: "text" | "json";
}

/** `atoms-gitops validate`: offline check of every definition; all problems, one line each. */
export const registerValidate: RegisterCommand = (program, io) => {
  program
    .command("validate")
    .description("Check every agent definition offline (schema, interpolation, prompt files, cross-file rules). No API calls.")
    .option("-d, --dir <path>", "directory of agent definitions (*.yaml, *.yml, searched recursively)", "agents")
    .option("-e, --env <name>", 'environment of atoms-gitops.yaml whose vars fill ${vars.*} (default: "default" when defined)')
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addHelpText(
      "after",
      `
Each problem is one line: file:line:col severity code: message (hint).
Exit code: 0 when every definition is valid (warnings allowed), 1 otherwise.

Examples:
  $ atoms-gitops validate
  $ atoms-gitops validate --dir deploy/agents --env production
  $ atoms-gitops validate --format json | jq '.diagnostics[] | select(.severity == "error")'`,
    )
    .action(returningExitCode(async (flags: ValidateFlags) => {
      const result = await loadDefinitions({
        dir: flags.dir,
        cwd: io.cwd,
        processEnv: io.env,
        ...(flags.env !== undefined ? { env: flags.env } : {}),
      });
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      const valid = errors.length === 0;
      if (flags.format === "json") {
        const agents = result.definitions.map((d) => ({ name: d.metadata.name, file: d.file, sources: d.sources ?? [] }));
        io.stdout.write(`${JSON.stringify({ valid, agents, diagnostics: result.diagnostics }, null, 2)}\n`);
      } else {
        for (const d of result.diagnostics) io.stdout.write(`${formatDiagnostic(d)}\n`);
        io.stdout.write(`${summaryLine(result.diagnostics, result.definitions.length, flags.dir)}\n`);
      }
      return valid ? ExitCode.ok : ExitCode.error;
    }));
};

function summaryLine(diagnostics: Diagnostic[], agentCount: number, dir: string): string {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const warnings = diagnostics.length - errors.length;
  const warningText = warnings > 0 ? `${warnings} ${plural(warnings, "warning")}` : "";
  const shownDir = dir.endsWith("/") ? dir : `${dir}/`;
  if (errors.length === 0) {
    return `✓ ${agentCount} ${plural(agentCount, "agent")} valid (${shownDir})${warningText ? `, ${warningText}` : ""}`;
  }
  const files = new Set(errors.map((d) => d.file ?? "")).size;
  return `✗ ${errors.length} ${plural(errors.length, "error")}${warningText ? `, ${warningText}` : ""} in ${files} ${plural(files, "file")}`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
