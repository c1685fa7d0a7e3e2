import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Option } from "commander";
import { UserInputError } from "../../index.js";
import { githubAnnotations, parsePlanJson, renderPrComment, renderPrFailureComment, GITHUB_COMMENT_LIMIT, type Diagnostic } from "../../index.js";
import type { CliIo } from "../io.js";
import { parsePositiveInt } from "../shared.js";
import type { RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";
import { ExitCode } from "../../index.js";

interface CiCommentOptions {
  plan?: string;
  failed?: boolean;
  env?: string;
  runUrl?: string;
  out?: string;
  maxLength: number;
  stage?: string;
  step?: string;
  diagnostics?: string;
}

const STAGES = ["validation", "authentication", "api", "policy"] as const;

/** `atoms-gitops ci-comment`: the body of the sticky PR comment, from a saved plan. What the GitHub Action calls. */
export const registerCiComment: RegisterCommand = (program, io) => {
  program
    .command("ci-comment")
    .description("Write the pull-request comment for a saved plan: Markdown with a hidden marker, or a short fallback when it is too large.")
    .option("-p, --plan <file>", "a plan saved by `atoms-gitops plan --out`")
    .option("--failed", "no plan could be made: write a short failure comment instead (replaces an outdated plan comment)")
    .option("-e, --env <name>", "environment named in the comment and its marker (default: the plan's environment, else \"default\")")
    .option("--run-url <url>", "link to the CI run with the job summary and the plan artifact")
    .option("--stage <stage>", `with --failed: where the run stopped (${STAGES.join(", ")}), so the comment says what to do`)
    .addOption(new Option("--step <command>", "with --failed: the command that failed, named in the title").choices(["plan", "preview"]).default("plan"))
    .option("--diagnostics <file>", "with --failed: JSON of `validate --format json`; its first diagnostics are listed in the comment")
    .option("-o, --out <file>", "write the body to this file instead of stdout")
    .option("--max-length <n>", "comment size limit in characters", parsePositiveInt("--max-length"), GITHUB_COMMENT_LIMIT)
    .addHelpText(
      "after",
      `
The first line of the body is a hidden marker, <!-- atoms-gitops:plan env=NAME -->: CI updates the comment that
starts with it instead of adding a new one on every push. One comment per environment.
Exit codes: 0 written; 1 the plan file is missing, unreadable or not a plan.

Examples:
  $ atoms-gitops plan --out plan.json && atoms-gitops ci-comment --plan plan.json --out comment.md
  $ atoms-gitops ci-comment --plan plan.json --env staging --run-url "$RUN_URL"
  $ atoms-gitops ci-comment --failed --env staging --run-url "$RUN_URL"
  $ atoms-gitops ci-comment --failed --stage validation --diagnostics validate.json`,
    )
    .action(returningExitCode(async (opts: CiCommentOptions) => {
      if (Boolean(opts.plan) === Boolean(opts.failed)) throw new UserInputError("ci-comment needs exactly one of --plan <file> or --failed");
      if (opts.stage !== undefined && !(STAGES as readonly string[]).includes(opts.stage)) throw new UserInputError(`--stage must be one of ${STAGES.join(", ")}`);
      const stage = opts.stage as (typeof STAGES)[number] | undefined;
      const diagnostics = opts.diagnostics ? diagnosticsFrom(await readText(io, opts.diagnostics), opts.diagnostics) : undefined;
      const comment = opts.plan
        ? renderPrComment(await readPlan(io, opts.plan), { environment: opts.env, runUrl: opts.runUrl, maxLength: opts.maxLength })
        : renderPrFailureComment({ environment: opts.env, runUrl: opts.runUrl, step: opts.step ?? "plan", ...(stage ? { stage } : {}), ...(diagnostics ? { diagnostics } : {}) });
      if (opts.out) {
        await writeFile(resolve(io.cwd, opts.out), comment.body);
        if (comment.truncated) io.stderr.write(`The plan is too large for a comment: wrote the short version to ${opts.out}.\n`);
      } else {
        io.stdout.write(comment.body);
      }
      return ExitCode.ok;
    }));
};

/** `atoms-gitops ci-annotations`: `::error file=…,line=…::` lines from `validate --format json` (or a saved plan). */
export const registerCiAnnotations: RegisterCommand = (program, io) => {
  program
    .command("ci-annotations")
    .description("Print GitHub workflow annotations (::error / ::warning) for the diagnostics of `validate --format json` or of a saved plan.")
    .option("-f, --file <file>", "JSON written by `validate --format json` or `plan --out` (default: stdin)")
    .addHelpText(
      "after",
      `
Each diagnostic becomes one line such as
  ::error file=agents/support.yaml,line=12,col=5,title=schema/enum::spec.slmModel must be one of …
which GitHub shows on that line of the pull request. Exit codes: 0 whenever the input is validate or plan JSON,
whatever problems it lists (the exit code of validate is what fails a job); 1 when the input is not (a crashed or
plain-text validate), so a broken pipeline never passes for a clean one with no annotations.

Examples:
  $ atoms-gitops validate --format json > validate.json; atoms-gitops ci-annotations --file validate.json
  $ atoms-gitops validate --format json | atoms-gitops ci-annotations`,
    )
    .action(returningExitCode(async (opts: { file?: string }) => {
      const source = opts.file ?? "stdin";
      const text = opts.file ? await readText(io, opts.file) : await readStdin(io);
      io.stdout.write(githubAnnotations(diagnosticsFrom(text, source)));
      return ExitCode.ok;
    }));
};

async function readPlan(io: CliIo, file: string) {
  const parsed = await parsePlanJson(await readText(io, file));
  if (!parsed.plan) throw new UserInputError(`${file} is not a usable plan file`, parsed.diagnostics.map((d) => ({ ...d, file: d.file ?? file })));
  return parsed.plan;
}

async function readText(io: CliIo, file: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), "utf8");
  } catch (err) {
    throw new UserInputError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

async function readStdin(io: CliIo): Promise<string> {
  const stdin = io.stdin;
  if (!stdin || stdin.isTTY) throw new UserInputError("ci-annotations reads JSON from --file or from a pipe; got a terminal");
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** Accepts `{diagnostics: [...]}` (validate and plan JSON) or a bare array; rejects anything else loudly. */
export function diagnosticsFrom(text: string, source: string): Diagnostic[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UserInputError(`${source} is not JSON (expected the output of \`atoms-gitops validate --format json\`)`);
  }
  const list = Array.isArray(doc) ? doc : doc && typeof doc === "object" ? (doc as { diagnostics?: unknown }).diagnostics : undefined;
  if (!Array.isArray(list)) throw new UserInputError(`${source} has no "diagnostics" list (expected the output of \`atoms-gitops validate --format json\`)`);
  return list.map((item, i) => {
    const d = item as Partial<Diagnostic> | null;
    if (!d || typeof d !== "object" || typeof d.message !== "string" || typeof d.code !== "string" || (d.severity !== "error" && d.severity !== "warning")) {
      throw new UserInputError(`${source}: diagnostics[${i}] is not a diagnostic (needs severity, code and message)`);
    }
    return {
      severity: d.severity,
      code: d.code,
      message: d.message,
      ...(typeof d.file === "string" ? { file: d.file } : {}),
      ...(Number.isInteger(d.line) && (d.line as number) > 0 ? { line: d.line } : {}),
      ...(Number.isInteger(d.column) && (d.column as number) > 0 ? { column: d.column } : {}),
      ...(typeof d.path === "string" ? { path: d.path } : {}),
      ...(typeof d.hint === "string" ? { hint: d.hint } : {}),
    };
  });
}
