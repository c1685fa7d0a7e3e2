// The apply journal: one NDJSON file per run under `.atoms-gitops/journal/`, written before and after every step so a
// later run (or a person) can tell what a killed run was doing. Records carry ids, step names and field paths only:
// never the API key, never definition values.
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import type { AgentResult, ApplyResult, RecoveryAction, StepEvent } from "../apply/types.js";

export const JOURNAL_DIR = join(".atoms-gitops", "journal");
/** Completed journals kept; older ones are deleted at the start of a run. */
export const KEEP_COMPLETED_JOURNALS = 20;
/** Hard cap on journal files, unfinished ones included (the oldest go first). */
const MAX_JOURNAL_FILES = 60;

export type JournalRecord =
  | { type: "run-start"; time: string; runId: string; pid: number; host: string; label: string; model: string; agents: number }
  | ({ type: "recovery"; time: string; runId: string } & RecoveryAction)
  | ({ type: "step"; time: string; runId: string } & StepEvent)
  | ({ type: "agent"; time: string; runId: string } & Omit<AgentResult, "error"> & { error?: AgentResult["error"] })
  | { type: "run-end"; time: string; runId: string; ok: boolean; cancelled: boolean; summary: ApplyResult["summary"]; durationMs: number; model: string };

/** A record before the writer stamps it with time and run id. */
export type JournalEntry = JournalRecord extends infer R ? (R extends JournalRecord ? Omit<R, "time" | "runId"> : never) : never;

/** The CLI passes its working directory: the checkout it applies, so the journal sits next to the definitions. */
export function journalDirFor(repoRoot: string): string {
  return join(repoRoot, JOURNAL_DIR);
}

export function newRunId(): string {
  return randomBytes(4).toString("hex");
}

/** Runs of this process that have not ended: their journals are live, not leftovers (two applies in one process). */
const activeRuns = new Set<string>();

export interface JournalWriter {
  readonly runId: string;
  /** Absent when journaling to disk is off. */
  readonly file?: string;
  write(entry: JournalEntry): void;
  close(): void;
}

export interface OpenJournalOptions {
  /** Directory of journal files; absent = no file (records still go to `onRecord`). */
  dir?: string;
  runId?: string;
  /** Every record, as written (the CLI prints them as NDJSON with `--format json`). */
  onRecord?: (record: JournalRecord) => void;
  now?: () => Date;
  /** Hides the run's secrets in each line (an error detail may quote one the API echoed). */
  redact?: (text: string) => string;
}

/** Records after which the disk copy must survive a power cut, not just a killed process. */
const DURABLE = new Set(["publish", "activate", "cancel-publish", "discard-draft"]);

export function openJournal(options: OpenJournalOptions): JournalWriter {
  const runId = options.runId ?? newRunId();
  const now = options.now ?? (() => new Date());
  let fd: number | undefined;
  let file: string | undefined;
  if (options.dir) {
    mkdirSync(options.dir, { recursive: true });
    const stamp = now().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
    file = join(options.dir, `${stamp}-${runId}.ndjson`);
    // O_APPEND + one write() per line: a SIGKILL right after a step still leaves every line before it intact.
    fd = openSync(file, "a", 0o600);
  }
  activeRuns.add(runId);
  return {
    runId,
    file,
    write(entry) {
      const raw = JSON.stringify({ ...entry, time: now().toISOString(), runId });
      const line = options.redact ? options.redact(raw) : raw;
      const record = (line === raw ? JSON.parse(raw) : JSON.parse(line)) as JournalRecord;
      if (fd !== undefined) {
        writeSync(fd, `${line}\n`);
        const durable = record.type === "run-end" || (record.type === "step" && record.phase === "done" && DURABLE.has(record.step));
        if (durable) fsyncSync(fd);
      }
      options.onRecord?.(record);
    },
    close() {
      activeRuns.delete(runId);
      if (fd !== undefined) {
        closeSync(fd);
        fd = undefined;
      }
    },
  };
}

interface JournalFile {
  path: string;
  name: string;
  records: JournalRecord[];
  complete: boolean;
  live: boolean;
}

function parseLines(text: string): JournalRecord[] {
  const out: JournalRecord[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (value && typeof value === "object" && typeof (value as { type?: unknown }).type === "string") out.push(value as JournalRecord);
    } catch {
      // A line cut short by a crash mid-write: everything before it is still good.
    }
  }
  return out;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A run without an end record is live when its process still runs (same host), dead otherwise. */
function isLive(records: JournalRecord[]): boolean {
  const start = records.find((r) => r.type === "run-start");
  if (!start || start.type !== "run-start") return false;
  if (start.host !== hostname()) return false;
  if (start.pid === process.pid) return activeRuns.has(start.runId);
  return processAlive(start.pid);
}

export function readJournals(dir: string): JournalFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".ndjson")).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const path = join(dir, name);
    let records: JournalRecord[] = [];
    try {
      records = parseLines(readFileSync(path, "utf8"));
    } catch {
      records = [];
    }
    const complete = records.some((r) => r.type === "run-end");
    return { path, name, records, complete, live: !complete && isLive(records) };
  });
}

/** What dead (killed, crashed) runs left unfinished on one agent, as far as their journals say. */
export interface AgentTrace {
  agentId: string;
  agent: string;
  /** Drafts those runs opened or wrote (v1 draftId / v2 branch draftId). */
  draftIds: Set<string>;
  /** A draft write began but its id never came back (v2: the draft may be open under an unknown id). */
  unknownDraft: boolean;
  runIds: Set<string>;
  /** Versions / revisions those runs published and did not cancel: what may have gone live after they stopped. */
  publishedIds: Set<string>;
}

/** Run ids of live runs (ours in this process, or other processes on this host): their drafts are not leftovers. */
export interface JournalView {
  dead: Map<string, AgentTrace>;
  liveRunIds: Set<string>;
  unfinishedRuns: number;
}

export function inspectJournals(dir: string | undefined): JournalView {
  const view: JournalView = { dead: new Map(), liveRunIds: new Set(), unfinishedRuns: 0 };
  if (!dir) return view;
  // Oldest first: a later run that checked or applied an agent retires what earlier runs said about it.
  for (const j of readJournals(dir)) {
    const runId = j.records.find((r) => r.type === "run-start")?.runId;
    if (j.live) {
      if (runId) view.liveRunIds.add(runId);
      continue;
    }
    if (!j.complete) view.unfinishedRuns++;
    const state = new Map<string, { agent: string; draftIds: Set<string>; publishedIds: Set<string>; unknown: boolean; drafting: boolean }>();
    for (const r of j.records) {
      if (r.type === "recovery" && r.kind !== "failed") view.dead.delete(r.agentId);
      if (r.type === "agent" && r.id && r.status === "applied") {
        state.delete(r.id);
        view.dead.delete(r.id);
      }
      if (r.type !== "step") continue;
      const agentId = r.ids?.agentId;
      if (!agentId) continue;
      const t = state.get(agentId) ?? { agent: r.agent, draftIds: new Set<string>(), publishedIds: new Set<string>(), unknown: false, drafting: false };
      state.set(agentId, t);
      if (r.ids?.draftId) t.draftIds.add(r.ids.draftId);
      if (r.step === "publish" && r.phase === "done" && r.ids?.versionId) t.publishedIds.add(r.ids.versionId);
      if (r.step === "cancel-publish" && r.phase === "done" && r.ids?.versionId) t.publishedIds.delete(r.ids.versionId);
      if (r.step === "open-draft" || r.step === "patch-draft") t.drafting = true;
      if (r.step === "patch-draft" && r.phase === "start" && !r.ids?.draftId) t.unknown = true;
      if (r.step === "patch-draft" && r.phase === "done" && r.ids?.draftId) t.unknown = false;
      if (r.step === "discard-draft" && r.phase === "done") {
        t.drafting = false;
        t.unknown = false;
      }
    }
    for (const [agentId, t] of state) {
      // A run that ended normally closed its drafts unless a write's answer was lost (unknown) or discarding failed.
      if (!t.drafting && !t.unknown) continue;
      const trace = view.dead.get(agentId) ?? { agentId, agent: t.agent, draftIds: new Set<string>(), unknownDraft: false, runIds: new Set<string>(), publishedIds: new Set<string>() };
      for (const d of t.draftIds) trace.draftIds.add(d);
      for (const v of t.publishedIds) trace.publishedIds.add(v);
      trace.unknownDraft ||= t.unknown;
      if (runId) trace.runIds.add(runId);
      view.dead.set(agentId, trace);
    }
  }
  return view;
}

/** Keeps the newest `keep` completed journals (and never more than a hard cap of files overall). */
export function pruneJournals(dir: string, keep = KEEP_COMPLETED_JOURNALS): number {
  const all = readJournals(dir);
  const doomed = new Set<string>();
  const completed = all.filter((j) => j.complete);
  for (const j of completed.slice(0, Math.max(0, completed.length - keep))) doomed.add(j.path);
  const remaining = all.filter((j) => !doomed.has(j.path) && !j.live);
  for (const j of remaining.slice(0, Math.max(0, remaining.length - MAX_JOURNAL_FILES))) doomed.add(j.path);
  for (const path of doomed) {
    try {
      if (statSync(path).isFile()) rmSync(path);
    } catch {
      // Another run pruned it first.
    }
  }
  return doomed.size;
}
