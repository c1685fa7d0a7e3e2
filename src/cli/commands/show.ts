import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Option } from "commander";
import { UserInputError } from "../../index.js";
import {
  looksLikeApplyRecords,
  parseApplyRecords,
  parsePlanJson,
  renderApplyMarkdown,
  renderApplyText,
  renderPlanMarkdown,
  renderPlanText,
  selectApplyAgents,
  summarizePlan,
  type Plan,
} from "../../index.js";
import type { CliIo } from "../io.js";
import { collect, useColor } from "../shared.js";
import type { RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";
import { ExitCode } from "../../index.js";

interface ShowOptions {
  format: "text" | "markdown";
  agent?: string[];
}

/** `atoms-gitops show`: a saved plan or an apply result, for people (the artifact a CI run leaves behind). */
export const registerShow: RegisterCommand = (program, io) => {
  program
    .command("show")
    .argument("<file>", "a plan saved by `plan --out`, or the records of `apply --format json` / `apply --result-file`")
    .description("Print a saved plan or an apply result for people: the same text or Markdown plan and apply would print, in full.")
    .addOption(new Option("-f, --format <format>", "text (terminal) or markdown (a comment, a plan.md artifact)").choices(["text", "markdown"]).default("text"))
    .option("-a, --agent <name>", "only this agent (repeatable, or comma-separated); the counts are those of the agents shown", collect)
    .addHelpText(
      "after",
      `
The kind of file is recognised from its content. Nothing is read from the API and nothing is written: show works
offline, on any machine, with a file downloaded from a CI run. Values that were secret when the plan was made are
stored as digests and show as (sensitive).

Unlike a pull-request comment, the output is never shortened: every agent and every diff line is printed.

Exit codes: 0 printed; 1 the file is missing, unreadable, neither a plan nor an apply result, or --agent names an
agent it does not list.

Examples:
  $ atoms-gitops show plan.json                           # the plan, as \`plan\` prints it
  $ atoms-gitops show plan.json --format markdown > plan.md
  $ atoms-gitops show plan.json --agent support-bot
  $ atoms-gitops apply plan.json --yes --format json > apply.ndjson; atoms-gitops show apply.ndjson`,
    )
    .action(returningExitCode(async (file: string, opts: ShowOptions) => {
      const text = await readText(io, file);
      const agents = opts.agent && opts.agent.length > 0 ? new Set(opts.agent) : undefined;
      if (looksLikeApplyRecords(text)) {
        const parsed = parseApplyRecords(text, file);
        if (!parsed.report) throw new UserInputError(`${file} is not a readable apply result`, parsed.diagnostics);
        let report = parsed.report;
        if (agents) {
          requireKnown(agents, report.agents.map((a) => a.name), file);
          report = selectApplyAgents(report, agents);
        }
        io.stdout.write(opts.format === "markdown" ? renderApplyMarkdown(report) : renderApplyText(report));
        return ExitCode.ok;
      }
      const parsed = await parsePlanJson(text, file);
      if (!parsed.plan) {
        throw new UserInputError(`${file} is not a usable saved plan (nor an apply result)`, parsed.diagnostics);
      }
      let plan: Plan = parsed.plan;
      if (agents) {
        requireKnown(agents, plan.agents.map((a) => a.name), file);
        const kept = plan.agents.filter((a) => agents.has(a.name));
        // Diagnostics that name another agent's file belong to that agent, not to this view.
        const files = new Set(kept.map((a) => a.file).filter((f): f is string => f !== undefined));
        plan = { ...plan, agents: kept, summary: summarizePlan(kept), diagnostics: plan.diagnostics.filter((d) => d.file === undefined || files.has(d.file)) };
      }
      io.stdout.write(
        opts.format === "markdown"
          ? renderPlanMarkdown(plan, { marker: "", maxLength: Number.POSITIVE_INFINITY, maxDiffLines: Number.POSITIVE_INFINITY })
          : renderPlanText(plan, { color: useColor(io) }),
      );
      return ExitCode.ok;
    }));
};

function requireKnown(wanted: ReadonlySet<string>, listed: readonly string[], file: string): void {
  const known = new Set(listed);
  const missing = [...wanted].filter((n) => !known.has(n));
  if (missing.length === 0) return;
  const sample = listed.slice(0, 10).join(", ") + (listed.length > 10 ? `, … (${listed.length} in all)` : "");
  throw new UserInputError(`${file} lists no agent named ${missing.map((n) => `"${n}"`).join(", ")}${listed.length > 0 ? `; it lists: ${sample}` : "; it lists no agents"}`);
}

async function readText(io: CliIo, file: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), "utf8");
  } catch (err) {
    throw new UserInputError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}
