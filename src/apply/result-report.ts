import type { Diagnostic } from "../model/diagnostic.js";
import type { AgentResult, AgentStatus, RecoveryAction } from "./types.js";

/** What one apply run did, read back from the records `apply --format json` (or `apply --result-file`) writes. */
export interface ApplyReport {
  label?: string;
  apiModel?: string;
  /** Agents the run set out to apply. */
  plannedAgents?: number;
  /** One result per agent, in the order they finished. */
  agents: AgentResult[];
  recovery: RecoveryAction[];
  summary: Record<AgentStatus, number>;
  ok: boolean;
  cancelled: boolean;
  durationMs?: number;
  /** False when the records stop before the run's end (the process was killed): the counts are what was seen. */
  complete: boolean;
}

const RECORD_TYPES = new Set(["run-start", "recovery", "step", "agent", "run-end", "summary"]);
const STATUSES: readonly AgentStatus[] = ["applied", "failed", "skipped", "unchanged"];

/** True when the text looks like apply records rather than a saved plan: NDJSON objects with a record `type`. */
export function looksLikeApplyRecords(text: string): boolean {
  const first = text.split("\n").find((l) => l.trim() !== "");
  if (!first) return false;
  try {
    const value: unknown = JSON.parse(first);
    return isRecord(value) && typeof value["type"] === "string" && RECORD_TYPES.has(value["type"]);
  } catch {
    return false;
  }
}

/** Reads apply records line by line; every line that is not a record is a diagnostic with its line number. */
export function parseApplyRecords(text: string, file?: string): { report?: ApplyReport; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const diag = (line: number, message: string) => {
    const d: Diagnostic = { severity: "error", code: "apply-result/invalid", message, line };
    if (file !== undefined) d.file = file;
    diagnostics.push(d);
  };
  const byName = new Map<string, AgentResult>();
  const report: ApplyReport = { agents: [], recovery: [], summary: emptySummary(), ok: false, cancelled: false, complete: false };
  let seenSummary = false;
  let records = 0;
  text.split("\n").forEach((raw, i) => {
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      diag(i + 1, "not a JSON line (expected the output of `atoms-gitops apply --format json`)");
      return;
    }
    if (!isRecord(value) || typeof value["type"] !== "string" || !RECORD_TYPES.has(value["type"])) {
      diag(i + 1, "not an apply record (no known \"type\")");
      return;
    }
    records++;
    switch (value["type"]) {
      case "run-start":
        if (typeof value["label"] === "string") report.label = value["label"];
        if (typeof value["model"] === "string") report.apiModel = value["model"];
        if (typeof value["agents"] === "number") report.plannedAgents = value["agents"];
        break;
      case "recovery":
        if (typeof value["agent"] === "string" && typeof value["kind"] === "string" && value["kind"] !== "checked") {
          report.recovery.push(value as unknown as RecoveryAction);
        }
        break;
      case "agent": {
        const result = agentResult(value);
        if (!result) {
          diag(i + 1, "an agent record needs a name and a status");
          break;
        }
        // A later record of the same agent supersedes the earlier one.
        byName.delete(result.name);
        byName.set(result.name, result);
        break;
      }
      case "run-end":
      case "summary": {
        const summary = summaryOf(value["summary"]);
        if (!summary) {
          diag(i + 1, `a ${value["type"]} record needs a summary of applied, failed, skipped and unchanged counts`);
          break;
        }
        report.summary = summary;
        // The run's own calls settle the model; the start record may carry the plan's guess.
        if (typeof value["model"] === "string") report.apiModel = value["model"];
        report.ok = value["ok"] === true;
        report.cancelled = value["cancelled"] === true;
        if (typeof value["durationMs"] === "number") report.durationMs = value["durationMs"];
        report.complete = true;
        seenSummary = true;
        break;
      }
    }
  });
  if (records === 0 && diagnostics.length === 0) diag(1, "no apply records (the file is empty)");
  if (diagnostics.length > 0) return { diagnostics };
  report.agents = [...byName.values()];
  if (!seenSummary) {
    report.summary = countStatuses(report.agents);
    report.ok = false;
  }
  return { report, diagnostics };
}

/** The report restricted to some agents, counts recomputed, so a `--agent` view never shows the fleet's totals. */
export function selectApplyAgents(report: ApplyReport, names: ReadonlySet<string>): ApplyReport {
  const agents = report.agents.filter((a) => names.has(a.name));
  return {
    ...report,
    agents,
    recovery: report.recovery.filter((r) => names.has(r.agent)),
    summary: countStatuses(agents),
    ok: agents.every((a) => a.status === "applied" || a.status === "unchanged"),
  };
}

export function countStatuses(agents: readonly AgentResult[]): Record<AgentStatus, number> {
  const out = emptySummary();
  for (const a of agents) out[a.status]++;
  return out;
}

function emptySummary(): Record<AgentStatus, number> {
  return { applied: 0, failed: 0, skipped: 0, unchanged: 0 };
}

function summaryOf(value: unknown): Record<AgentStatus, number> | undefined {
  if (!isRecord(value)) return undefined;
  const out = emptySummary();
  for (const s of STATUSES) {
    const n = value[s];
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0) return undefined;
    out[s] = n;
  }
  return out;
}

function agentResult(value: Record<string, unknown>): AgentResult | undefined {
  const { name, status } = value;
  if (typeof name !== "string" || typeof status !== "string" || !(STATUSES as readonly string[]).includes(status)) return undefined;
  const error = isRecord(value["error"]) && typeof value["error"]["message"] === "string" ? (value["error"] as unknown as AgentResult["error"]) : undefined;
  return {
    name,
    id: typeof value["id"] === "string" ? value["id"] : null,
    action: (typeof value["action"] === "string" ? value["action"] : "update") as AgentResult["action"],
    status: status as AgentStatus,
    ...(typeof value["versionId"] === "string" ? { versionId: value["versionId"] } : {}),
    ...(error ? { error } : {}),
    changedPaths: Array.isArray(value["changedPaths"]) ? value["changedPaths"].filter((p): p is string => typeof p === "string") : [],
    durationMs: typeof value["durationMs"] === "number" ? value["durationMs"] : 0,
    polls: typeof value["polls"] === "number" ? value["polls"] : 0,
    ...(typeof value["recovered"] === "string" ? { recovered: value["recovered"] } : {}),
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
