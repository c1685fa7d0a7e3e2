import type { AgentResult, ApplyHooks, ApplyResult, StepEvent } from "../index.js";
import type { CliIo } from "./io.js";

const STEP_TEXT: Record<StepEvent["step"], string> = {
  "read-active": "reading active version",
  create: "creating agent",
  "open-draft": "opening draft",
  "patch-draft": "writing changed fields",
  "verify-draft": "verifying draft",
  "recheck-base": "checking nobody else changed it",
  publish: "publishing",
  "await-check": "waiting for security check",
  activate: "activating",
  "verify-live": "verifying live config",
  "update-metadata": "updating metadata",
  "verify-metadata": "verifying metadata",
  archive: "archiving",
  "cancel-publish": "cancelling the pending publish",
  "discard-draft": "discarding draft",
  "label-version": "labelling the first version as this tool's",
  promote: "making the previewed revision live",
  "archive-branch": "archiving the preview branch that stopped serving",
};

/**
 * Two renderings of the step events for people: a live line per agent (TTY), plain timestamped lines (CI logs).
 * `--format json` needs none: the journal records themselves are its event stream.
 */
export function progressHooks(io: CliIo, now: () => Date = () => new Date()): ApplyHooks & { finish(): void } {
  if (io.stderr.isTTY) return liveLines(io);
  const stamp = () => now().toISOString().slice(11, 19);
  return {
    onStep: (e) => {
      if (e.phase === "start") return;
      const took = e.durationMs !== undefined ? ` (${e.durationMs} ms)` : "";
      const detail = e.detail ? `: ${e.detail}` : "";
      io.stderr.write(`[${stamp()}] ${e.agent}: ${STEP_TEXT[e.step]} ${e.phase === "done" ? "✓" : "✗"}${took}${detail}\n`);
    },
    onAgentDone: (r) => io.stderr.write(`[${stamp()}] ${describeResult(r)}\n`),
    finish: () => {},
  };
}

/** One line per agent, rewritten in place as steps advance (ANSI cursor moves; TTY only). */
function liveLines(io: CliIo): ApplyHooks & { finish(): void } {
  const order: string[] = [];
  const lines = new Map<string, string>();
  let drawn = 0;
  const draw = () => {
    let out = drawn > 0 ? `\x1b[${drawn}A` : "";
    for (const name of order) out += `\x1b[2K${lines.get(name)}\n`;
    drawn = order.length;
    io.stderr.write(out);
  };
  const set = (name: string, text: string) => {
    if (!lines.has(name)) order.push(name);
    lines.set(name, text);
    draw();
  };
  return {
    onAgentStart: (p) => set(p.name, `  … ${p.name}: starting`),
    onStep: (e) => {
      if (e.phase === "start") set(e.agent, `  … ${e.agent}: ${STEP_TEXT[e.step]}`);
    },
    onAgentDone: (r) => set(r.name, `  ${describeResult(r)}`),
    finish: () => {},
  };
}

export function describeResult(r: AgentResult): string {
  const secs = (r.durationMs / 1000).toFixed(1);
  switch (r.status) {
    case "applied":
      return `✓ ${r.name}: ${r.action === "archive" ? "archived" : r.action === "create" ? "created" : "updated"}${r.versionId ? `, version ${r.versionId} active` : ""} (${secs} s)`;
    case "failed":
      return `✗ ${r.name}: failed at ${r.error?.step}: ${r.error?.message}`;
    case "skipped":
      return `- ${r.name}: skipped: ${r.error?.message}`;
    case "unchanged":
      return `= ${r.name}: unchanged`;
  }
}

export function summaryLine(result: ApplyResult): string {
  const s = result.summary;
  const head = result.ok ? "Apply complete!" : "Apply finished with problems:";
  return `${head} ${s.applied} applied, ${s.failed} failed, ${s.skipped} skipped, ${s.unchanged} unchanged (${(result.durationMs / 1000).toFixed(1)} s).`;
}
