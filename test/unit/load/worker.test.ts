import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findDefinitionFiles } from "../../../src/load/files.js";
import { loadDefinitionsWith } from "../../../src/load/load-definitions.js";
import type { LoadOptions, LoadThreading } from "../../../src/load/load-definitions.js";
import type { FileResult } from "../../../src/load/load-file.js";
import { loadProject } from "../../../src/load/project.js";
import { startWorkerRun } from "../../../src/load/worker-loader.js";
import type { AgentDefinition } from "../../../src/model/definition.js";
import { agentYaml, CORPUS, REPO, tempRepo } from "./helpers.js";

/** Loads with the given threading and records what `onDefinition` saw, in order. */
async function loadRecording(options: LoadOptions, threading: LoadThreading) {
  const streamed: AgentDefinition[] = [];
  const result = await loadDefinitionsWith({ ...options, onDefinition: (d) => streamed.push(d) }, threading);
  return { result, streamed };
}

async function expectSameEveryWay(options: LoadOptions): Promise<void> {
  const inThread = await loadRecording(options, "main");
  for (const threading of ["worker", "shared"] as const) {
    const other = await loadRecording(options, threading);
    expect(other.result).toEqual(inThread.result);
    expect(other.streamed).toEqual(inThread.streamed);
  }
}

describe("loading in a worker thread", () => {
  it("the worker starts from src/ and, left alone, loads every file", async () => {
    const dir = join(REPO, "agents");
    const files = await findDefinitionFiles(dir);
    const seen: Array<{ index: number; result: FileResult }> = [];
    const project = await loadProject({ root: REPO, cwd: REPO });
    const interpolation = { env: {}, vars: project.vars, varsSource: project.varsSource };
    const run = startWorkerRun({ files, cwd: REPO, rootReal: REPO, root: REPO, interpolation, next: new SharedArrayBuffer(4) }, (index, result) => seen.push({ index, result }));
    expect(run).toBeDefined();
    await run!.finished;
    // Nobody else claimed files: a worker that silently failed would deliver nothing here.
    expect(seen.map((s) => s.index)).toEqual(files.map((_, i) => i));
    expect(seen.every((s) => s.result.definition !== undefined)).toBe(true);
  });

  it("gives the same LoadResult and the same streamed definitions as in-thread loading for agents/ (worker alone, and worker and main thread together)", async () => {
    await expectSameEveryWay({ dir: "agents", cwd: REPO, processEnv: { ACME_CRM_TOKEN: "tok-123" } });
  });

  it.each(readdirSync(CORPUS).filter((c) => !c.startsWith(".")).sort())("gives the same diagnostics for the invalid corpus: %s", async (c) => {
    await expectSameEveryWay({ dir: "agents", cwd: join(CORPUS, c), processEnv: {} });
  });

  it("splits a large directory between both threads with env values, vars and cross-file checks intact", async () => {
    const files: Record<string, string> = {};
    const count = 120;
    for (let i = 0; i < count; i++) {
      const name = i === 7 ? "agent-0003" : `agent-${String(i).padStart(4, "0")}`; // one duplicate name
      files[`agents/a${String(i).padStart(3, "0")}.yaml`] = agentYaml(
        name,
        `  prompt: "Call \${vars.team} with \${env.TOKEN}"\n  slmModel: gpt-4o\n  language: { default: en, supported: [en], switching: { isEnabled: false } }\n`,
      );
    }
    const root = tempRepo(files, "environments:\n  default:\n    vars: { team: support }\n");
    const options: LoadOptions = { dir: "agents", cwd: root, processEnv: { TOKEN: "s3cret" } };
    const shared = await loadRecording(options, "shared");
    const main = await loadRecording(options, "main");
    expect(shared.result).toEqual(main.result);
    // Every file streamed, in file order, whichever thread loaded it (the duplicate is caught after streaming).
    expect(shared.streamed.map((d) => d.file)).toEqual(Object.keys(files).sort());
    expect(shared.result.fileCount).toBe(count);
    expect(shared.result.definitions[0]?.spec.prompt).toBe("Call support with s3cret");
    expect(shared.result.definitions[0]?.sensitivePaths).toEqual(["/spec/prompt"]);
    expect(shared.result.diagnostics.map((d) => d.code)).toEqual(["load/duplicate-name"]);
    // Without a streaming caller, a directory this large is shared with a worker by default: same result.
    const big = await loadDefinitionsWith(options, "auto");
    expect(big).toEqual(main.result);
  });

  it("a failing onDefinition fails the load, as it does in-thread", async () => {
    const load = loadDefinitionsWith(
      {
        dir: "agents",
        cwd: REPO,
        processEnv: {},
        onDefinition: () => {
          throw new Error("listener broke");
        },
      },
      "worker",
    );
    await expect(load).rejects.toThrow("listener broke");
  });
});
