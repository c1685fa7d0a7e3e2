import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { InvalidArgumentError } from "commander";
import { UserInputError } from "../../index.js";
import { DEFAULT_SUMMARY_BYTES, parseApplyRecords, parsePlanJson, renderApplyJobSummary, renderApplyNotStartedSummary, renderPlanJobSummary } from "../../index.js";
import type { CliIo } from "../io.js";
import { parsePositiveInt } from "../shared.js";
import type { RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";
import { ExitCode } from "../../index.js";

interface CiSummaryOptions {
  plan?: string;
  apply?: string;
  env?: string;
  runUrl?: string;
  maxBytes: number;
  exitCode?: number;
}

/** `atoms-gitops ci-summary`: the Markdown for $GITHUB_STEP_SUMMARY, from a saved plan or an apply's records. */
export const registerCiSummary: RegisterCommand = (program, io) => {
  program
    .command("ci-summary")
    .description("Write a job summary (Markdown, capped in bytes) for a saved plan or for what an apply did.")
    .option("-p, --plan <file>", "a plan saved by `atoms-gitops plan --out`")
    .option("--apply <file>", "the records of `apply --result-file` (or `apply --format json`)")
    .option("-e, --env <name>", "environment named in the title (default: the plan's)")
    .option("--run-url <url>", "link to the CI run with the artifacts and step logs")
    .option("--exit-code <n>", "with --apply: the apply's exit code; when it recorded nothing (missing or empty file), the summary says why from it", parseExitCode)
    .option("--max-bytes <n>", "size limit in UTF-8 bytes (GitHub rejects a step's summary over 1 MiB)", parsePositiveInt("--max-bytes"), DEFAULT_SUMMARY_BYTES)
    .addHelpText(
      "after",
      `
The first line is the outcome: for a plan, what would change; for an apply, how many agents were applied, failed
and skipped. Then as many details as fit in --max-bytes (failures before successes); when something is left out,
a note under the title says what and where the rest is (the plan artifact, the step log).
An apply that stopped before its first agent (a stale plan, a refused key) records nothing: with --exit-code, a
missing or empty --apply file gives a summary that says nothing was applied, and why.
Exit codes: 0 written; 1 the file is missing (without --exit-code), unreadable or not what the flag expects.

Examples:
  $ atoms-gitops ci-summary --plan plan.json >> "$GITHUB_STEP_SUMMARY"
  $ atoms-gitops apply plan.json --yes --result-file apply.ndjson || code=$?
  $ atoms-gitops ci-summary --apply apply.ndjson --exit-code "\${code:-0}" --env production --run-url "$RUN_URL" >> "$GITHUB_STEP_SUMMARY"`,
    )
    .action(returningExitCode(async (opts: CiSummaryOptions) => {
      if (Boolean(opts.plan) === Boolean(opts.apply)) throw new UserInputError("ci-summary needs exactly one of --plan <file> or --apply <file>");
      const options = { maxBytes: opts.maxBytes, environment: opts.env, runUrl: opts.runUrl };
      if (opts.plan) {
        const parsed = await parsePlanJson(await readText(io, opts.plan), opts.plan);
        if (!parsed.plan) throw new UserInputError(`${opts.plan} is not a usable plan file`, parsed.diagnostics);
        io.stdout.write(renderPlanJobSummary(parsed.plan, options));
        return ExitCode.ok;
      }
      const file = opts.apply!;
      const text = opts.exitCode !== undefined ? await readIfPresent(io, file) : await readText(io, file);
      if (opts.exitCode !== undefined && text.trim() === "") {
        io.stdout.write(renderApplyNotStartedSummary(opts.exitCode, options));
        return ExitCode.ok;
      }
      const parsed = parseApplyRecords(text, file);
      if (!parsed.report) throw new UserInputError(`${file} is not a readable apply result`, parsed.diagnostics);
      io.stdout.write(renderApplyJobSummary(parsed.report, options));
      return ExitCode.ok;
    }));
};

function parseExitCode(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 255) throw new InvalidArgumentError("--exit-code must be a process exit code (0-255)");
  return n;
}

async function readIfPresent(io: CliIo, file: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return "";
    throw new UserInputError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

async function readText(io: CliIo, file: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), "utf8");
  } catch (err) {
    throw new UserInputError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}
