import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { registerCiAnnotations, registerCiComment } from "../../../src/cli/commands/ci-comment.js";
import type { CliIo } from "../../../src/cli/io.js";
import { buildProgram } from "../../../src/cli/main.js";
import { ExitCode } from "../../../src/errors.js";
import { JOURNAL_DIR, KEEP_COMPLETED_JOURNALS } from "../../../src/recovery/journal.js";
import { PROBE_CEILING_RPS, SAFE_START_RPS } from "../../../src/remote/rate-limiter.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const DOCS = join(ROOT, "docs");
const pages = readdirSync(DOCS).filter((f) => f.endsWith(".md"));
const text = (page: string) => readFileSync(join(DOCS, page), "utf8");

function program(): Command {
  const io: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: ROOT };
  const p = buildProgram(io);
  // Not in the command registry yet (the lead wires them in); the docs describe them, so check them too.
  if (!p.commands.some((c) => c.name() === "ci-comment")) registerCiComment(p, io);
  if (!p.commands.some((c) => c.name() === "ci-annotations")) registerCiAnnotations(p, io);
  return p;
}

describe("docs/", () => {
  it("has the pages the issue asks for", () => {
    for (const page of ["definition-reference.md", "plan-format.md", "api-quirks.md", "troubleshooting.md", "editor-setup.md", "ci.md", "environments.md"]) {
      expect(pages).toContain(page);
    }
  });

  it("links only to files that exist", () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const m of text(page).matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        if (!existsSync(resolve(dirname(join(DOCS, page)), target))) broken.push(`${page} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("mentions only flags that some command really has", () => {
    const known = new Set<string>(["--help", "--version"]);
    for (const cmd of program().commands) for (const opt of cmd.options) if (opt.long) known.add(opt.long);
    const unknown = new Set<string>();
    for (const page of pages) {
      // Flags in code spans and code blocks: `--rps 5`, `atoms-gitops plan --out plan.json`.
      for (const m of text(page).matchAll(/(?<![\w-])--[a-z][a-z-]*[a-z]/g)) if (!known.has(m[0])) unknown.add(`${page}: ${m[0]}`);
    }
    expect([...unknown]).toEqual([]);
  });

  it("lists every exit code of src/errors.ts in the troubleshooting table", () => {
    const page = text("troubleshooting.md");
    for (const code of Object.values(ExitCode)) expect(page).toMatch(new RegExp(`^\\| \`${code}\` \\|`, "m"));
    const rows = [...page.matchAll(/^\| `(\d+)` \|/gm)].map((m) => Number(m[1]));
    expect(rows.sort((a, b) => a - b)).toEqual(Object.values(ExitCode).sort((a, b) => a - b));
  });

  it("every command's --help names the exit codes it documents consistently with the troubleshooting page", () => {
    for (const cmd of program().commands) {
      let help = "";
      cmd.configureOutput({ writeOut: (s) => (help += s), writeErr: () => {} });
      help = cmd.helpInformation();
      expect(cmd.description(), cmd.name()).not.toBe("");
      for (const m of help.matchAll(/(\d+) (?:stale saved plan|authentication|cancelled|partial)/g)) {
        const code = Number(m[1]);
        expect(Object.values(ExitCode) as number[], `${cmd.name()} --help mentions exit code ${code}`).toContain(code);
      }
    }
  });

  it("tells editors where the schema is, with the modeline the example definitions use", () => {
    const modeline = "# yaml-language-server: $schema=../schemas/agent.schema.json";
    expect(text("editor-setup.md")).toContain(modeline);
    expect(text("editor-setup.md")).toContain('"yaml.schemas"');
    expect(text("editor-setup.md")).toContain("agents/**/*.yaml");
    const examples = readdirSync(join(ROOT, "agents")).filter((f) => f.endsWith(".yaml"));
    for (const f of examples) expect(readFileSync(join(ROOT, "agents", f), "utf8").split("\n")[0]).toBe(modeline);
  });

  it("describes every quirk of the API contract's section 9", () => {
    const page = text("api-quirks.md");
    const numbers = [...page.matchAll(/^- \*\*(\d+)\. /gm)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });
});

/** The command column of README's "Commands and exit codes" table: one code span per command usage. */
function readmeCommandUsages(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Commands and exit codes"), readme.indexOf("| exit code |"));
  const rows = section.split("\n").filter((l) => l.startsWith("| `"));
  return rows.flatMap((row) => {
    const firstCell = row.replace(/\\\|/g, "/").split("|")[1] ?? "";
    return [...firstCell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  });
}

function helpOf(cmd: Command): string {
  let out = "";
  cmd.configureOutput({ writeOut: (s) => (out += s), writeErr: () => {} });
  cmd.outputHelp();
  return out;
}

describe("README and --help agree with the CLI", () => {
  const commands = program().commands;
  const byName = new Map(commands.map((c) => [c.name(), c]));

  it("the README's command table lists every command, and only real ones", () => {
    const usages = readmeCommandUsages();
    const listed = usages.map((u) => u.split(/\s+/)[0]!);
    expect(listed.length).toBeGreaterThan(5);
    for (const name of listed) expect([...byName.keys()], `README lists "${name}"`).toContain(name);
    expect([...new Set(listed)].sort()).toEqual([...byName.keys()].sort());
  });

  it("every flag in the README's command table exists on that command", () => {
    const wrong: string[] = [];
    for (const usage of readmeCommandUsages()) {
      const name = usage.split(/\s+/)[0]!;
      const longs = new Set((byName.get(name)?.options ?? []).map((o) => o.long));
      for (const m of usage.matchAll(/(?<![\w-])--[a-z][a-z-]*[a-z]/g)) if (!longs.has(m[0])) wrong.push(`${name} ${m[0]}`);
    }
    expect(wrong).toEqual([]);
  });

  it("every command's --help explains every flag and shows an example", () => {
    for (const cmd of commands) {
      for (const opt of cmd.options) expect(opt.description.trim(), `${cmd.name()} ${opt.flags}`).not.toBe("");
      const help = helpOf(cmd);
      const examples = help.slice(help.indexOf("Examples:")).split("\n").filter((l) => l.trim().startsWith("$ "));
      expect(help, `${cmd.name()} --help`).toContain("Examples:");
      expect(examples.some((l) => l.includes(`atoms-gitops ${cmd.name()}`) || l.includes(`npm run ${cmd.name()}`)), `${cmd.name()} --help examples`).toBe(true);
    }
  });

  it("the README's exit-code table has every exit code", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const rows = [...readme.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(rows.sort((a, b) => a - b)).toEqual(Object.values(ExitCode).sort((a, b) => a - b));
  });

  it("troubleshooting states the journal location, retention and default rate the code uses", () => {
    const page = text("troubleshooting.md");
    expect(page).toContain(`\`${JOURNAL_DIR}/\``);
    expect(page).toContain(`The last ${KEEP_COMPLETED_JOURNALS} completed journals are kept`);
    expect(page).toContain(`starts at **${SAFE_START_RPS} requests per second**`);
    expect(page).toContain(`up to **${PROBE_CEILING_RPS} requests per second**`);
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain(`discovered from ${SAFE_START_RPS} requests/s upward`);
  });
});
