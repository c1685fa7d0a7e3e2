import { runRedactor } from "../redaction.js";
import { appendFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { Option } from "commander";
import { CancelledError, ExitCode, UserInputError } from "../../index.js";
import { applyWorkspace, inspectJournals, journalDirFor, gitShortSha, planHasChanges, openSavedPlan, renderPlanText, StalePlanError, type ApplyResult, type ApplySettings, type ApplyWork, type AtomsClient, defaultLabel } from "../../index.js";
import { clockOptions, type CliIo } from "../io.js";
import { digestKeyForPlan } from "../plan-digest-key.js";
import { describeResult, progressHooks, summaryLine } from "../progress.js";
import {
  addConnectionOptions,
  addDefinitionOptions,
  clientFor,
  collect,
  loadForCommand,
  parsePositiveInt,
  parsePositiveNumber,
  planForCommand,
  useColor,
  type CommonOptions,
  describeRate,
  finishRate,
} from "../shared.js";
import type { RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";

interface ApplyOptions extends CommonOptions {
  agent?: string[];
  yes?: boolean;
  /** Unset: 8 agents, and the client's own in-flight cap (which may rise). */
  concurrency?: number;
  label?: string;
  message?: string;
  securityCheckTimeout: number;
  kbProcessingTimeout: number;
  format: "text" | "json";
  prune?: boolean;
  resultFile?: string;
}

export const registerApply: RegisterCommand = (program, io) => {
  const cmd = program
    .command("apply")
    .argument("[plan-file]", "a plan saved by `atoms-gitops plan --out`: apply exactly that plan, or nothing if it is stale")
    .description(
      "Bring the live agents to the definitions through the platform's versioning: draft, patch the changed fields, verify, publish, wait for the security check, activate, verify.",
    );
  addDefinitionOptions(cmd);
  cmd
    .option("-a, --agent <name>", "only this agent (repeatable, or comma-separated; ignored with a plan file)", collect)
    .option("-y, --yes", "do not ask for confirmation (required when not on a terminal)")
    .option("-c, --concurrency <n>", "agents in flight at once (security-check waits do not count); also caps requests in flight (default: 8)", parsePositiveInt("--concurrency"))
    .option("--label <text>", "version label (default: atoms-gitops <git short sha>)")
    .option("--message <text>", "version description (default: the list of changed fields)")
    .option("--prune", "also archive agents this tool manages that no longer have a definition (never protected ones, never with an empty directory)")
    .option("--kb-processing-timeout <seconds>", "give up on a knowledge base whose new files or URLs are not processed after this long (the agents that use it are not applied)", parsePositiveNumber("--kb-processing-timeout"), 600)
    .option("--security-check-timeout <seconds>", "give up on an agent whose security check has not passed after this long (that agent fails; its live version is unchanged)", parsePositiveNumber("--security-check-timeout"), 120)
    .addOption(new Option("-f, --format <format>", "progress as text; json prints the journal records as NDJSON on stdout (the plan goes to stderr)").choices(["text", "json"]).default("text"))
    .option("--result-file <file>", "also write the records --format json prints to this file (for `atoms-gitops show` and `ci-summary`), whatever --format is");
  addConnectionOptions(cmd);
  cmd.addHelpText(
    "after",
    `
Examples:
  $ atoms-gitops apply                       # plan, show it, ask, apply
  $ atoms-gitops apply --yes --env prod      # CI deploy job
  $ atoms-gitops plan --out plan.json && atoms-gitops apply plan.json
  $ atoms-gitops apply --prune --yes         # also archive managed agents whose definition was deleted
  $ atoms-gitops apply --yes --format json | jq -c 'select(.type == "recovery")'
  $ atoms-gitops apply --yes --result-file apply.ndjson; atoms-gitops show apply.ndjson

Every step is journaled in .atoms-gitops/journal/ (ids and step names, no secrets). Each apply first finishes or
cleans up what an interrupted earlier run left (activates its matching published version, discards its drafts),
then does only what is still missing: after a failure or an interrupt, run the same apply again.
Ctrl-C once: no new agent starts, agents in flight stop at a safe point (unpublished drafts discarded, nothing
activated mid-check), exit 8. Ctrl-C twice: exit at once; the next apply cleans up.

Exit codes: 0 every agent applied or unchanged; 1 error (nothing or not everything applied, or confirmation not given);
3 authentication; 6 stale saved plan (nothing written); 8 cancelled (interrupted); 10 partial (some agents applied,
some failed or skipped).`,
  );
  cmd.action(returningExitCode(async (planFile: string | undefined, opts: ApplyOptions) => {
    const outcome = planFile ? await applySavedPlan(io, planFile, opts) : await planThenApply(io, opts);
    return outcome ? exitCodeFor(outcome) : ExitCode.ok;
  }));
};

async function planThenApply(io: CliIo, opts: ApplyOptions): Promise<ApplyResult | undefined> {
  const { client, workspace } = await planForCommand(io, opts, { concurrency: opts.concurrency });
  const out = opts.format === "json" ? io.stderr : io.stdout;
  out.write(renderPlanText(workspace.plan, { color: useColor(io) }));
  // Nothing to change, unless an earlier run stopped part-way: its recovery pre-pass still runs, so a publish that went
  // live after that run was killed, or a draft it left, is reported (and cleaned) instead of passing unseen.
  if (!planHasChanges(workspace.plan)) {
    if (inspectJournals(journalDirFor(io.cwd)).dead.size === 0) return undefined;
  } else {
    await confirm(io, opts);
  }
  const work: ApplyWork = {
    plan: workspace.plan,
    definitions: workspace.definitions,
    saved: false,
    phoneNumberIds: workspace.phoneNumberIds,
    observed: workspace.observed,
    ...(workspace.resources ? { resources: workspace.resources } : {}),
  };
  // The plan just read HEAD (planForCommand); asking git again would give the same answer a process later.
  return run(io, opts, client, work, workspace.plan.source.gitSha);
}

async function applySavedPlan(io: CliIo, planFile: string, opts: ApplyOptions): Promise<ApplyResult | undefined> {
  const path = resolve(io.cwd, planFile);
  const { plan, client, preparation: prepared } = await openSavedPlan({
    path,
    shownAs: planFile,
    environment: opts.env,
    digestKey: (saved) => digestKeyForPlan(saved, path, planFile, io.env),
    load: (dir, env) => loadForCommand(io, { dir, env }),
    connect: (load, env) => clientFor(io, { ...opts, env }, load, { concurrency: opts.concurrency }),
  });
  switch (prepared.status) {
    case "other-workspace":
      throw new UserInputError(`${planFile} was made against ${prepared.planned}, but this run targets ${prepared.now}; plan again against this workspace`);
    case "no-changes":
      io.stdout.write("The plan has no changes. Nothing to apply.\n");
      return undefined;
    case "stale":
      throw new StalePlanError(prepared.reasons);
    case "ready":
      break;
  }
  // The digest the pull-request comment shows: a reviewer matches the deploy to the plan they read by it.
  (opts.format === "json" ? io.stderr : io.stdout).write(`Applying ${planFile}, plan digest ${plan.source.configDigest}\n`);
  await confirm(io, opts);
  return run(io, opts, client, prepared.apply, await gitShortSha(io.cwd));
}

async function confirm(io: CliIo, opts: ApplyOptions): Promise<void> {
  if (opts.yes) return;
  const stdin = io.stdin;
  if (!stdin?.isTTY) {
    throw new UserInputError("refusing to apply without confirmation: not on a terminal; pass --yes to apply non-interactively");
  }
  const rl = createInterface({ input: stdin, output: io.stderr as NodeJS.WritableStream });
  try {
    const answer = await rl.question("\nDo you want to apply these changes? Only 'yes' will be accepted: ");
    if (answer.trim() !== "yes") throw new UserInputError("apply cancelled: nothing was written");
  } finally {
    rl.close();
  }
}

type JournalRecordOf = Parameters<NonNullable<NonNullable<ApplySettings["journal"]>["onRecord"]>>[0];

/**
 * Fault injection for the crash tests (test/integration/fault-matrix.ts): the process kills itself with SIGKILL
 * right after the named step's `done` record reached the journal, the way a CI runner dies mid-deploy.
 */
const KILL_AFTER_ENV = "ATOMS_GITOPS_FAULT_KILL_AFTER_STEP";

/** `gitSha`: HEAD of the checkout being applied, for the default label; absent outside git. */
async function run(io: CliIo, opts: ApplyOptions, client: AtomsClient, work: ApplyWork, gitSha: string | undefined): Promise<ApplyResult> {
  const json = opts.format === "json";
  // With --format json the journal records themselves are the event stream.
  const hooks = json ? undefined : progressHooks(io);
  const killAfter = io.env[KILL_AFTER_ENV];
  // Truncated up front: a result file left by an earlier run must never pass for this run's.
  const writeResult = opts.resultFile ? resultWriter(io, resolve(io.cwd, opts.resultFile)) : undefined;
  const onRecord = (record: JournalRecordOf) => {
    writeResult?.(record);
    if (json) io.stdout.write(`${JSON.stringify(record)}\n`);
    else if (record.type === "recovery" && record.kind !== "checked") io.stderr.write(`recovery: ${record.agent}: ${record.detail}\n`);
    if (killAfter && record.type === "step" && record.phase === "done" && record.step === killAfter) process.kill(process.pid, "SIGKILL");
  };
  const stop = new AbortController();
  const settings: ApplySettings = {
    client,
    label: opts.label ?? defaultLabel(gitSha),
    message: opts.message,
    limits: { concurrency: opts.concurrency, securityCheckTimeoutMs: opts.securityCheckTimeout * 1000, kbProcessingTimeoutMs: opts.kbProcessingTimeout * 1000 },
    hooks,
    stopSignal: stop.signal,
    clock: clockOptions(io),
    journal: { dir: journalDirFor(io.cwd), onRecord, redact: runRedactor(io).text },
  };
  const interrupts = installInterruptHandlers(io, stop);
  let result: ApplyResult;
  try {
    result = await applyWorkspace(work, settings);
  } finally {
    interrupts.remove();
  }
  hooks?.finish();
  const rate = finishRate(io, client, opts);
  const resources = result.resources?.map((r) => ({ ...r, ...(r.error !== undefined ? { error: runRedactor(io).text(r.error) } : {}) }));
  const summaryRecord = { type: "summary", ok: result.ok, cancelled: result.cancelled, summary: result.summary, durationMs: result.durationMs, rate, ...(resources ? { resources } : {}) };
  writeResult?.(summaryRecord);
  if (json) {
    io.stdout.write(`${JSON.stringify(summaryRecord)}\n`);
  } else {
    io.stdout.write("\n");
    for (const r of result.resources ?? []) {
      if (r.status === "applied") io.stdout.write(`✓ ${r.kind} ${r.name}: ${r.action} (immediate)\n`);
      else if (r.status !== "unchanged") io.stdout.write(`${r.status === "failed" ? "✗" : "-"} ${r.kind} ${r.name}: ${r.status}: ${runRedactor(io).text(r.error ?? "")}\n`);
    }
    for (const r of result.agents.filter((a) => a.status === "failed" || a.status === "skipped")) io.stdout.write(`${describeResult(r)}\n`);
    for (const r of result.agents.filter((a) => a.recovered)) io.stdout.write(`↺ ${r.name}: ${r.recovered}\n`);
    if (result.cancelled) {
      io.stdout.write("Interrupted: agents not started or not yet published were left as they were; no draft of this run is left open.\n");
    }
    io.stdout.write(`${summaryLine(result)}\n`);
    io.stdout.write(`Rate: ${describeRate(rate)}\n`);
  }
  return result;
}

/**
 * First SIGINT/SIGTERM: stop starting agents, let in-flight ones reach a safe point (published and activated, or
 * draft discarded). Second: leave at once; whatever is left open is cleaned by the next run's recovery pre-pass.
 */
function installInterruptHandlers(io: CliIo, stop: AbortController): { remove(): void } {
  let count = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    count++;
    if (count === 1) {
      io.stderr.write(
        `\n${signal === "SIGTERM" ? "Termination" : "Interrupt"} received: finishing in-flight agents, discarding unpublished drafts… (press Ctrl-C again to exit immediately)\n`,
      );
      stop.abort(new CancelledError("Interrupted."));
      return;
    }
    io.stderr.write("\nSecond interrupt: exiting now. Drafts of this run may be left open; the next `atoms-gitops apply` cleans them up.\n");
    process.exit(ExitCode.cancelled);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    remove() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

export function exitCodeFor(result: ApplyResult): number {
  if (result.cancelled) return ExitCode.cancelled;
  if (result.ok) return ExitCode.ok;
  return result.summary.applied > 0 ? ExitCode.partial : ExitCode.error;
}

/**
 * One NDJSON line per call, synchronously: a run killed mid-apply still leaves every record before it. The file is
 * created before anything is written to the API, so an unwritable path fails the run up front; later write errors
 * are reported once and never stop an apply in flight.
 */
function resultWriter(io: CliIo, file: string): (record: object) => void {
  try {
    writeFileSync(file, "", { mode: 0o600 });
  } catch (err) {
    throw new UserInputError(`cannot write --result-file ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}; nothing was applied`);
  }
  let warned = false;
  return (record) => {
    try {
      appendFileSync(file, `${JSON.stringify(record)}\n`);
    } catch (err) {
      if (!warned) io.stderr.write(`warning: cannot write --result-file ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)}); the apply goes on\n`);
      warned = true;
    }
  };
}
