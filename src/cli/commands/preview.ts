import { resolve } from "node:path";
import { Option } from "commander";
import { CancelledError, ExitCode } from "../../index.js";
import { closePreview, previewWorkspace, renderPlanJson, renderPreviewMarkdown, renderPreviewText, type PreviewReport } from "../../index.js";
import { clockOptions, type CliIo } from "../io.js";
import {
  addConnectionOptions,
  addDefinitionOptions,
  clientFor,
  collect,
  finishRate,
  parsePositiveInt,
  parsePositiveNumber,
  planForCommand,
  projectFor,
  type CommonOptions,
} from "../shared.js";
import { sealPlanForFile, sealPlanForOutput, writeSidecarKey } from "../plan-digest-key.js";
import { renderForFormat, writePlanFile } from "./plan.js";
import type { RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";

interface PreviewOptions extends CommonOptions {
  name: string;
  agent?: string[];
  out?: string;
  format: "text" | "markdown" | "json";
  close?: boolean;
  /** Unset: 8 agents, and the client's own in-flight cap (which may rise). */
  concurrency?: number;
  securityCheckTimeout: number;
}

export const registerPreview: RegisterCommand = (program, io) => {
  const cmd = program
    .command("preview")
    .description(
      "Plan, then let the platform itself verify each change without serving it: stored as planned, the server's own diff, the security check passed.",
    )
    .requiredOption("-n, --name <name>", "the preview's name, e.g. pr-42 (one per pull request)");
  addDefinitionOptions(cmd);
  cmd
    .option("-a, --agent <name>", "only this agent (repeatable, or comma-separated)", collect)
    .option("-o, --out <file>", "save the plan with what each agent's preview stored: `atoms-gitops apply <file>` then promotes exactly that")
    .addOption(new Option("-f, --format <format>", "text, markdown (for a PR comment) or json").choices(["text", "markdown", "json"]).default("text"))
    .option("--close", "end the preview: archive its branches that are not live (branches model) and discard any draft it left")
    .option("-c, --concurrency <n>", "agents previewed at once (security-check waits do not count); also caps requests in flight (default: 8)", parsePositiveInt("--concurrency"))
    .option("--security-check-timeout <seconds>", "give up on an agent whose security check has not ended after this long", parsePositiveNumber("--security-check-timeout"), 120);
  addConnectionOptions(cmd);
  cmd.addHelpText(
    "after",
    `
How it works, per agent with config changes:
  branches model (production): a non-live branch named NAME is forked from the live branch's head (reused on the
    next push while it still descends from the live head, forked anew when not); the changed fields go to its draft,
    the draft is re-read and every managed field compared, the server's diff (GET /agent/{id}/diff) is fetched, and
    the draft is published on that branch: the security check runs, nothing serves it.
  drafts/versions model: a draft is forked from the active version, patched, re-read and diffed by the server
    (GET /drafts/{id}/diff), then published as an inactive version labelled for the preview; the check runs.
Preview never changes what serves calls: no write to the live branch or its draft, no POST …/live, no activation,
no metadata or phone-number change. New agents are planned as usual and marked "not previewed: created on apply".
Run it again on every push: unchanged definitions publish nothing new and report the same ids.

\`apply <file>\` of the saved plan then promotes each previewed agent (branches: POST …/branches/{b}/live;
versions: PATCH …/versions/{id}/activate): no new draft, publish or security-check wait. If anything moved since the
preview, nothing is written and apply exits 6.

Examples:
  $ atoms-gitops preview --name pr-42 --out plan.json
  $ atoms-gitops preview --name pr-42 --env staging --format markdown > comment.md
  $ atoms-gitops apply plan.json --yes           # after merge: promote what was reviewed
  $ atoms-gitops preview --close --name pr-42    # the pull request was closed

Exit codes: 0 every previewed agent confirmed; 1 the platform disagrees with the plan for an agent (a field dropped
or rewritten, a section in the server's diff the plan lacks, a failed security check) or an error; 3 authentication;
8 interrupted (nothing left open, live untouched).`,
  );
  cmd.action(returningExitCode(async (opts: PreviewOptions) => {
    if (opts.close) return closeCommand(io, opts);
    const { client, workspace } = await planForCommand(io, opts, { concurrency: opts.concurrency });
    const stop = new AbortController();
    const onSignal = () => stop.abort(new CancelledError("Interrupted."));
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    let report: PreviewReport;
    try {
      report = await previewWorkspace({
        planned: workspace,
        client,
        name: opts.name,
        message: workspace.plan.source.gitSha,
        concurrency: opts.concurrency,
        securityCheckTimeoutMs: opts.securityCheckTimeout * 1000,
        stopSignal: stop.signal,
        ...clockOptions(io),
      });
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
    finishRate(io, client, opts);
    // As for plan: the JSON a CI log shows carries keyed digests (the saved file's, with --out), never plain ones.
    const sealed = opts.out ? sealPlanForFile(report.plan, io.env) : undefined;
    if (opts.format === "json") {
      const shown = sealed?.plan ?? sealPlanForOutput(report.plan, io.env, client.webhookHeaderKey);
      io.stdout.write(`${JSON.stringify({ name: report.name, model: report.model, ok: report.ok, agents: report.agents, plan: JSON.parse(renderPlanJson(shown)) }, null, 2)}\n`);
    } else {
      io.stdout.write(renderForFormat(report.plan, opts.format, io));
      io.stdout.write(`\n${opts.format === "markdown" ? renderPreviewMarkdown(report) : renderPreviewText(report)}`);
    }
    if (opts.out && sealed) {
      // A preview plan is uploaded like any saved plan, so its secret digests are keyed the same way.
      const path = resolve(io.cwd, opts.out);
      if (sealed.sidecarKey) await writeSidecarKey(path, sealed.sidecarKey);
      await writePlanFile(path, sealed.plan);
      if (opts.format === "text") io.stdout.write(`\nSaved the plan to: ${opts.out}\nTo promote exactly what was previewed, run: atoms-gitops apply ${opts.out}\n`);
    }
    return report.cancelled ? ExitCode.cancelled : report.ok ? ExitCode.ok : ExitCode.error;
  }));
};

async function closeCommand(io: CliIo, opts: PreviewOptions): Promise<number> {
  const client = clientFor(io, opts, await projectFor(io, opts), { concurrency: opts.concurrency });
  const first = (await client.listAgents())[0];
  const model = await client.detectModel(first?.id);
  const report = await closePreview({ client, model, name: opts.name, agents: opts.agent, concurrency: opts.concurrency });
  finishRate(io, client, opts);
  if (opts.format === "json") {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return ExitCode.ok;
  }
  if (report.agents.length === 0) io.stdout.write(`Preview "${opts.name}": nothing left to close.\n`);
  for (const a of report.agents) {
    const parts = [
      a.archivedBranches.length ? `archived ${a.archivedBranches.length} branch(es)` : "",
      a.discardedDrafts.length ? `discarded ${a.discardedDrafts.length} draft(s)` : "",
    ].filter(Boolean);
    io.stdout.write(`${a.name}: ${parts.join(", ")}\n`);
  }
  return ExitCode.ok;
}
