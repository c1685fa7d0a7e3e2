// Fault matrix: every step of the per-agent flow × every fault, for one API model (fault-matrix-versions.test.ts and
// fault-matrix-branches.test.ts run one each, so the two halves run side by side). After each fault a re-run of apply
// must converge: empty plan, no open draft, no duplicate version, the active version valid (passed check, matching the
// definition). Prints the table (and writes it to $ATOMS_GITOPS_FAULT_MATRIX_FILE-<model> when set).
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import type { FaultSpec } from "../../src/emulator/index.js";
import type { StepName } from "../../src/index.js";
import { checkConvergence, CHANGED_YAML, KEY, makeRig, spawnCli, totalVersions, type Convergence, type Rig } from "./resilience-harness.js";

type Model = "versions" | "branches";

const ID = "[0-9a-f]{24}";
const AGENT = `^/agent/${ID}`;

/** The request each step is made of (the fault is queued when the step starts, so the next match is this step's). */
const STEP_REQUEST: Record<Model, Partial<Record<StepName, { method: string; path: RegExp }>>> = {
  versions: {
    create: { method: "POST", path: /^\/agent$/ },
    "read-active": { method: "GET", path: new RegExp(`${AGENT}$`) },
    "open-draft": { method: "POST", path: new RegExp(`${AGENT}/drafts$`) },
    "patch-draft": { method: "PATCH", path: new RegExp(`${AGENT}/drafts/${ID}/config$`) },
    "verify-draft": { method: "GET", path: new RegExp(`${AGENT}$`) },
    // The active version is re-checked from the verification read; the step's own request lists drafts (rival runs).
    "recheck-base": { method: "GET", path: new RegExp(`${AGENT}/drafts$`) },
    publish: { method: "POST", path: new RegExp(`${AGENT}/drafts/${ID}/publish$`) },
    // Polled through the newest versions (which also show the active one).
    "await-check": { method: "GET", path: new RegExp(`${AGENT}/versions$`) },
    activate: { method: "PATCH", path: new RegExp(`${AGENT}/versions/${ID}/activate$`) },
    "verify-live": { method: "GET", path: new RegExp(`${AGENT}$`) },
    "update-metadata": { method: "PATCH", path: new RegExp(`${AGENT}$`) },
    "verify-metadata": { method: "GET", path: new RegExp(`${AGENT}$`) },
  },
  branches: {
    create: { method: "POST", path: /^\/agent$/ },
    "read-active": { method: "GET", path: new RegExp(`${AGENT}$`) },
    "open-draft": { method: "GET", path: new RegExp(`${AGENT}/branches$`) },
    "patch-draft": { method: "PUT", path: new RegExp(`${AGENT}/branches/${ID}/draft$`) },
    "verify-draft": { method: "GET", path: new RegExp(`${AGENT}$`) },
    // No request of its own (the verification read re-checks the head): fault the next one, publish's draft check.
    "recheck-base": { method: "GET", path: new RegExp(`${AGENT}/branches/${ID}/draft$`) },
    publish: { method: "POST", path: new RegExp(`${AGENT}/branches/${ID}/draft/publish$`) },
    "await-check": { method: "GET", path: new RegExp(`${AGENT}/branches/${ID}/revisions/${ID}$`) },
    activate: { method: "GET", path: new RegExp(`${AGENT}/branches$`) },
    "verify-live": { method: "GET", path: new RegExp(`${AGENT}$`) },
    "update-metadata": { method: "PATCH", path: new RegExp(`${AGENT}$`) },
    "verify-metadata": { method: "GET", path: new RegExp(`${AGENT}$`) },
  },
};

const STEPS: StepName[] = [
  "create",
  "read-active",
  "open-draft",
  "patch-draft",
  "verify-draft",
  "recheck-base",
  "publish",
  "await-check",
  "activate",
  "verify-live",
  "update-metadata",
  "verify-metadata",
];

const IN_PROCESS_FAULTS: Record<string, FaultSpec> = {
  "500": { status: 500 },
  "503+Retry-After": { status: 503, headers: { "Retry-After": "1" } },
  "429": { status: 429, headers: { "Retry-After": "1" } },
  drop: { drop: true },
  // The server applies the write, the answer never arrives in time (client timeout 250 ms).
  "lost-response": { afterHandling: true, delayMs: 400 },
};
const FAULTS = [...Object.keys(IN_PROCESS_FAULTS), "SIGKILL"];

interface Row {
  model: Model;
  step: StepName;
  fault: string;
  firstRun: string;
  result: Convergence;
}
// Shared by both models when their files run in one worker (modules are shared there): each table picks its own.
const rows: Row[] = [];

/**
 * Fault-free: "create" and "read-active" run in the scenario that starts with no agent (an update reuses the plan's
 * read, so read-active runs right after a create); every other step runs in the update scenario.
 */
const CREATE_STEPS: StepName[] = ["create", "read-active"];
async function scenario(model: Model, step: StepName, virtual = true): Promise<Rig> {
  return makeRig({
    model,
    virtual,
    securityCheckMs: virtual ? 1500 : 100,
    seed: CREATE_STEPS.includes(step) ? [] : ["bot"],
    definitions: { bot: CHANGED_YAML("bot") },
  });
}

const baseline = new Map<string, number>();
async function baselineVersions(model: Model, step: StepName): Promise<number> {
  const key = `${model}/${CREATE_STEPS.includes(step) ? "create" : "update"}`;
  if (!baseline.has(key)) {
    const rig = await scenario(model, step);
    const before = totalVersions(rig);
    const r = await rig.apply();
    expect(r.ok, JSON.stringify(r.agents)).toBe(true);
    baseline.set(key, totalVersions(rig) - before);
    await rig.close();
  }
  return baseline.get(key)!;
}

async function inProcessCase(model: Model, step: StepName, fault: string): Promise<Row> {
  const expected = await baselineVersions(model, step);
  const rig = await scenario(model, step);
  try {
    const before = totalVersions(rig);
    const target = STEP_REQUEST[model][step]!;
    let injected = false;
    const first = await rig.apply({
      hooks: {
        onStep: (e) => {
          if (!injected && e.step === step && e.phase === "start") {
            injected = true;
            rig.emulator.control.queueFault({ method: target.method, path: target.path, fault: IN_PROCESS_FAULTS[fault]! });
          }
        },
      },
    });
    expect(injected, `step ${step} never ran`).toBe(true);
    rig.emulator.control.clearFaults();
    const firstRun = first.ok ? "ok" : `failed at ${first.agents.find((a) => a.error)?.error?.step ?? "?"}`;
    const again = await rig.apply();
    const result = await checkConvergence(rig, ["bot"], expected, before);
    if (!again.ok) result.problems.push(`re-run not ok: ${JSON.stringify(again.agents.map((a) => a.error))}`), (result.converged = false);
    return { model, step, fault, firstRun, result };
  } finally {
    await rig.close();
  }
}

/** The real CLI in a child process, SIGKILLed by itself right after the step's `done` record hits the journal. */
async function killCase(model: Model, step: StepName): Promise<Row> {
  const expected = await baselineVersions(model, step);
  const rig = await scenario(model, step, false);
  try {
    const before = totalVersions(rig);
    const { url } = await rig.emulator.listen({ port: 0 });
    const run = await spawnCli(["apply", "--yes", "--api-model", model], {
      cwd: rig.dir,
      env: { ATOMS_API_KEY: KEY, ATOMS_BASE_URL: url, ATOMS_GITOPS_FAULT_KILL_AFTER_STEP: step },
    }).done;
    const firstRun = run.signal === "SIGKILL" ? "killed" : `exit ${run.code}`;
    expect(run.signal, run.stderr).toBe("SIGKILL");
    rig.goVirtual();
    const again = await rig.apply();
    const result = await checkConvergence(rig, ["bot"], expected, before);
    if (!again.ok) result.problems.push(`re-run not ok: ${JSON.stringify(again.agents.map((a) => a.error))}`), (result.converged = false);
    return { model, step, fault: "SIGKILL", firstRun, result };
  } finally {
    await rig.close();
  }
}

function table(model: Model): string {
  const head = ["model", "step", "fault", "first run", "converged", "drafts leaked", "extra versions", "active valid"];
  const lines = rows
    .filter((r) => r.model === model)
    .sort((a, b) => a.model.localeCompare(b.model) || STEPS.indexOf(a.step) - STEPS.indexOf(b.step) || FAULTS.indexOf(a.fault) - FAULTS.indexOf(b.fault))
    .map((r) => [r.model, r.step, r.fault, r.firstRun, r.result.converged ? "yes" : "NO", String(r.result.openDrafts), String(r.result.extraVersions), r.result.activeValid ? "yes" : "NO"]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  return [fmt(head), fmt(widths.map((w) => "-".repeat(w))), ...lines.map(fmt)].join("\n");
}

/** Registers the matrix of one model: a test per fault, each over every step. */
export function faultMatrix(model: Model): void {
  afterAll(() => {
    if (!rows.some((r) => r.model === model)) return;
    const text = table(model);
    // A copy for a person comparing runs, only when asked: a file in the temp directory would outlive the run.
    const out = process.env.ATOMS_GITOPS_FAULT_MATRIX_FILE;
    if (out) writeFileSync(`${out}-${model}`, `${text}\n`);
    console.log(`\nFault matrix (fault × step, ${model} model):\n${text}\n`);
  });

  describe(`fault matrix, ${model} model`, () => {
    for (const fault of Object.keys(IN_PROCESS_FAULTS)) {
      it(`${fault} at every step: a re-run converges`, async () => {
        const failures: string[] = [];
        for (const step of STEPS) {
          const row = await inProcessCase(model, step, fault);
          rows.push(row);
          if (!row.result.converged) failures.push(`${step}: ${row.result.problems.join("; ")}`);
        }
        expect(failures).toEqual([]);
      });
    }

    it("SIGKILL right after every step: a re-run converges", { timeout: 120_000 }, async () => {
      const failures: string[] = [];
      // Two children at a time: the machine has two cores, and each child spends most of its life starting up.
      const queue = [...STEPS];
      const worker = async () => {
        for (let step = queue.shift(); step; step = queue.shift()) {
          const row = await killCase(model, step);
          rows.push(row);
          if (!row.result.converged) failures.push(`${step}: ${row.result.problems.join("; ")}`);
        }
      };
      await Promise.all([worker(), worker()]);
      expect(failures).toEqual([]);
    });
  });
}
