import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDefinitions } from "../../../src/load/index.js";
import { formatDiagnostic, hasErrors } from "../../../src/model/diagnostic.js";
import { agentYaml, CORPUS, HEADER, tempRepo } from "./helpers.js";

interface Expected {
  description: string;
  diagnostics: Array<{ code: string; file: string; line: number; column: number; messageIncludes: string; hintIncludes?: string }>;
}

const cases = readdirSync(CORPUS).filter((c) => !c.startsWith(".")).sort();

describe("invalid-input corpus (test/fixtures/invalid)", () => {
  it("has the cases the issue lists", () => {
    for (const c of ["malformed-yaml", "multiple-documents", "duplicate-keys", "wrong-type-deep", "unknown-keys", "enum-typos", "out-of-range", "language-without-switching", "missing-name", "name-collision", "prompt-outside-repo", "prompt-missing", "empty-file", "alias-bomb", "prototype-keys", "unset-env", "extends-cycle", "extends-missing-base", "extends-wrong-kind", "shared-outside-repo", "ref-not-a-tool", "duplicate-tool-via-ref", "policy-bad-schema", "policy-unknown-severity"]) {
      expect(cases).toContain(c);
    }
  });

  it.each(cases)("%s: every expected diagnostic, located, and no definition from a broken file", async (c) => {
    const expected = JSON.parse(readFileSync(join(CORPUS, c, "expected.json"), "utf8")) as Expected;
    const result = await loadDefinitions({ dir: "agents", cwd: join(CORPUS, c), processEnv: {} });
    expect(hasErrors(result.diagnostics)).toBe(true);
    expect(expected.diagnostics.length).toBeGreaterThan(0);
    for (const want of expected.diagnostics) {
      const match = result.diagnostics.find(
        (d) => d.code === want.code && d.file === want.file && d.line === want.line && d.column === want.column && d.message.includes(want.messageIncludes) && (want.hintIncludes === undefined || (d.hint ?? "").includes(want.hintIncludes)),
      );
      expect(match, `${c}: expected ${JSON.stringify(want)}\nactual:\n${result.diagnostics.map(formatDiagnostic).join("\n")}`).toBeDefined();
    }
    // Nothing unexpected either: the corpus pins the complete output.
    expect(result.diagnostics).toHaveLength(expected.diagnostics.length);
    const broken = new Set(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
    expect(result.definitions.filter((d) => broken.has(d.file))).toEqual([]);
  });
});

describe("generated hostile inputs", () => {
  it("rejects a 5 MB file before parsing it", async () => {
    const big = `${agentYaml("big-bot", "  prompt: |\n")}${"    lorem ipsum dolor sit amet\n".repeat(180_000)}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    const root = tempRepo({ "agents/big.yaml": big });
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "file/too-large", file: "agents/big.yaml", line: 1, column: 1 })]);
  });

  it("rejects a binary file (NUL bytes) at the first NUL", async () => {
    const root = tempRepo({ "agents/bin.yaml": Buffer.concat([Buffer.from(`${HEADER}metadata:\n  na`), Buffer.from([0, 1, 2, 0xff, 0xd8]), Buffer.from("me: x\n")]) });
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "file/binary", file: "agents/bin.yaml", line: 4, column: 5 })]);
  });

  it("rejects non-UTF-8 text (Latin-1) at the offending byte", async () => {
    const root = tempRepo({ "agents/latin1.yaml": Buffer.concat([Buffer.from(`${HEADER}metadata:\n  name: caf`), Buffer.from([0xe9]), Buffer.from("-bot\n")]) });
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "file/encoding", line: 4, column: 12 })]);
  });

  it.each([100, 5000])("survives nesting %i levels deep without a stack overflow", async (depth) => {
    const deep = `${agentYaml("deep-bot", "  defaultVariables:\n    x: ")}${"[".repeat(depth)}${"]".repeat(depth)}\n`;
    const root = tempRepo({ "agents/deep.yaml": deep });
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "yaml/too-deep", file: "agents/deep.yaml", line: 7 })]);
    expect(result.definitions).toEqual([]);
  });

  it("__proto__ keys never pollute Object.prototype", async () => {
    const result = await loadDefinitions({ dir: "agents", cwd: join(CORPUS, "prototype-keys"), processEnv: {} });
    expect(result.diagnostics.map((d) => d.code)).toContain("yaml/forbidden-key");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });

  it("reports problems in every file, not just the first", async () => {
    const root = tempRepo({
      "agents/a.yaml": agentYaml("a-bot", "  slmModel: gpt4\n"),
      "agents/b.yaml": agentYaml("b-bot", "  synthesizer: { speed: 9 }\n"),
      "agents/c.yaml": agentYaml("c-bot"),
    });
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(["agents/a.yaml schema/enum", "agents/b.yaml schema/range"]);
    expect(result.definitions.map((d) => d.metadata.name)).toEqual(["c-bot"]);
  });

  it("refuses a prompt file that escapes the root through a symlink", async () => {
    const { symlinkSync } = await import("node:fs");
    const root = tempRepo({ "agents/bot.yaml": agentYaml("link-bot", "  prompt: { file: prompts/p.md }\n") });
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(root, "agents/prompts"));
    symlinkSync("/etc/hostname", join(root, "agents/prompts/p.md"));
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "ref/outside-repo", line: 6, column: 19 })]);
  });
});

describe("directories", () => {
  it("a missing --dir is an error", async () => {
    const root = tempRepo({});
    const result = await loadDefinitions({ dir: "nope", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "load/missing-dir" })]);
    expect(result.fileCount).toBe(0);
  });

  it("an empty directory yields no definitions and a warning", async () => {
    const root = tempRepo({ "agents/prompts/readme.md": "not a definition" });
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.definitions).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: "warning", code: "load/no-definitions" })]);
  });

  it("loads .yml files in subdirectories, in sorted order", async () => {
    const root = tempRepo({ "agents/z.yaml": agentYaml("z-bot"), "agents/team/a.yml": agentYaml("a-bot"), "agents/b.YAML": agentYaml("b-bot") });
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([]);
    expect(result.definitions.map((d) => d.file)).toEqual(["agents/b.YAML", "agents/team/a.yml", "agents/z.yaml"]);
  });
});
