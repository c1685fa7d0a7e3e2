import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { registerCiAnnotations, registerCiComment } from "../../../src/cli/commands/ci-comment.js";
import type { CliIo } from "../../../src/cli/io.js";
import { exitCodeOf } from "../../../src/cli/commands/exit-code.js";
import { reportError } from "../../../src/cli/main.js";
import { renderPlanJson } from "../../../src/plan/index.js";
import { bigUpdate, samplePlan } from "./plan-fixture.js";
import { tempDir } from "../../helpers/temp-dir.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the two CI subcommands in-process, the way `main` would once they are registered. */
async function run(args: string[], cwd: string, stdinText?: string): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    ...(stdinText !== undefined ? { stdin: Readable.from([Buffer.from(stdinText)]) as unknown as CliIo["stdin"] } : {}),
    env: {},
    cwd,
  };
  const program = new Command().name("atoms-gitops").exitOverride().configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  registerCiComment(program, io);
  registerCiAnnotations(program, io);
  try {
    await program.parseAsync(["node", "atoms-gitops", ...args]);
    return { code: exitCodeOf(program), stdout, stderr };
  } catch (err) {
    return { code: reportError(err, io), stdout, stderr };
  }
}

function workdir(): string {
  return tempDir("atoms-ci-");
}

describe("atoms-gitops ci-comment", () => {
  it("writes the comment body of a saved plan, with the marker first", async () => {
    const dir = workdir();
    writeFileSync(join(dir, "plan.json"), renderPlanJson(samplePlan()));
    const r = await run(["ci-comment", "--plan", "plan.json", "--run-url", "https://github.com/a/b/actions/runs/1", "--out", "comment.md"], dir);
    expect(r.code).toBe(0);
    const body = readFileSync(join(dir, "comment.md"), "utf8");
    expect(body.split("\n")[0]).toBe("<!-- atoms-gitops:plan env=staging -->");
    expect(body).toContain("- `~` **support-bot** update");
    expect(body).toContain("[workflow run](https://github.com/a/b/actions/runs/1)");
  });

  it("prints to stdout, honours --env, and reports the fallback on stderr", async () => {
    const dir = workdir();
    writeFileSync(join(dir, "plan.json"), renderPlanJson(samplePlan({ agents: [bigUpdate("chatty", 3_000)] })));
    const r = await run(["ci-comment", "--plan", "plan.json", "--env", "production", "--max-length", "5000"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("<!-- atoms-gitops:plan env=production -->\n")).toBe(true);
    expect(r.stdout.length).toBeLessThanOrEqual(5000);
    expect(r.stdout).toContain("is in the `plan.md` / `plan.txt` artifact");
    const toFile = await run(["ci-comment", "--plan", "plan.json", "--max-length", "5000", "--out", "c.md"], dir);
    expect(toFile.stderr).toContain("too large for a comment");
  });

  it("writes a failure comment with --failed", async () => {
    const r = await run(["ci-comment", "--failed", "--env", "staging"], workdir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!-- atoms-gitops:plan env=staging -->\n## ❌ atoms-gitops plan \(staging\) failed/);
  });

  it("refuses a file that is not a plan, and a missing file, with exit code 1", async () => {
    const dir = workdir();
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ formatVersion: "1.0", agents: "nope" }));
    const bad = await run(["ci-comment", "--plan", "bad.json"], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("bad.json is not a usable plan file");
    const missing = await run(["ci-comment", "--plan", "nope.json"], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot read nope.json: ENOENT");
    const neither = await run(["ci-comment"], dir);
    expect(neither.code).toBe(1);
    expect(neither.stderr).toContain("exactly one of --plan <file> or --failed");
  });
});

describe("atoms-gitops ci-annotations", () => {
  const validateJson = JSON.stringify({
    valid: false,
    agents: [],
    diagnostics: [
      { severity: "error", code: "schema/enum", message: "spec.slmModel must be one of electron, gpt-4o", file: "agents/a.yaml", line: 12, column: 5, path: "/spec/slmModel", hint: 'did you mean "gpt-4o"?' },
      { severity: "warning", code: "legacy/voice-model", message: "waves_lightning_v2 is a legacy voice model", file: "agents/b,c.yaml", line: 3 },
    ],
  });

  it("turns validate JSON into ::error and ::warning lines", async () => {
    const dir = workdir();
    writeFileSync(join(dir, "validate.json"), validateJson);
    const r = await run(["ci-annotations", "--file", "validate.json"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '::error file=agents/a.yaml,line=12,col=5,title=schema/enum::spec.slmModel must be one of electron, gpt-4o (did you mean "gpt-4o"?)\n' +
        "::warning file=agents/b%2Cc.yaml,line=3,col=1,title=legacy/voice-model::waves_lightning_v2 is a legacy voice model\n",
    );
  });

  it("reads stdin when no file is given, and prints nothing for a clean run", async () => {
    const r = await run(["ci-annotations"], workdir(), JSON.stringify({ valid: true, agents: [], diagnostics: [] }));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const piped = await run(["ci-annotations"], workdir(), validateJson);
    expect(piped.stdout.split("\n").filter(Boolean)).toHaveLength(2);
  });

  it("rejects input that is not validate output instead of printing nothing", async () => {
    const notJson = await run(["ci-annotations"], workdir(), "✗ 2 errors in 1 file");
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain("stdin is not JSON");
    const wrong = await run(["ci-annotations"], workdir(), JSON.stringify({ diagnostics: [{ oops: true }] }));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("diagnostics[0] is not a diagnostic");
  });

  it("says in its help what it does on bad input, as it does it", async () => {
    const help = await run(["ci-annotations", "--help"], workdir());
    expect(help.stdout).not.toMatch(/always exits 0/i);
    expect(help.stdout).toMatch(/1 when the input is not/);
  });
});
