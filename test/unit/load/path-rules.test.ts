import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main.js";
import type { CliIo } from "../../../src/cli/io.js";
import { loadDefinitions } from "../../../src/load/index.js";
import { agentYaml, tempRepo } from "./helpers.js";

const TOKEN = "ghs_SECRETTOKEN0123456789";
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const root = tempRepo(files);
  roots.push(root);
  return root;
}

const promptRef = (ref: string): string => agentYaml("bot", `  prompt: { file: ${ref} }\n`);

async function run(cwd: string, args: string[]) {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env: { ATOMS_API_KEY: "test-key", ATOMS_BASE_URL: "http://127.0.0.1:9" }, cwd };
  const code = await main(["node", "atoms-gitops", ...args], io);
  return { code, text: out + err };
}

async function diagnostics(root: string) {
  return (await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} })).diagnostics;
}

describe("prompt files that could leak credentials", () => {
  it("refuses ../.git/config at the file: value, and validate and plan print none of it", async () => {
    const root = repo({ "agents/bot.yaml": promptRef("../.git/config"), ".git/config": `[http]\n\textraheader = AUTHORIZATION: basic ${TOKEN}\n` });
    expect(await diagnostics(root)).toEqual([expect.objectContaining({ severity: "error", code: "ref/git-internals", file: "agents/bot.yaml", line: 6, column: 19 })]);
    for (const args of [["validate"], ["validate", "--format", "json"], ["plan"], ["plan", "--format", "markdown"]]) {
      const r = await run(root, args);
      expect(r.code, args.join(" ")).not.toBe(0);
      expect(r.text).toContain("ref/git-internals");
      expect(r.text).not.toContain(TOKEN);
      expect(r.text).not.toContain("extraheader");
    }
  });

  it("refuses .git/ at any depth, hidden paths and dot-files, as written", async () => {
    const root = repo({
      "agents/a.yaml": promptRef("../vendor/lib/.git/config"),
      "agents/b.yaml": promptRef("../.env"),
      "agents/c.yaml": promptRef(".secrets/prompt.md"),
      "agents/d.yaml": promptRef("../.npmrc"),
      "vendor/lib/.git/config": TOKEN,
      ".env": TOKEN,
      "agents/.secrets/prompt.md": TOKEN,
      ".npmrc": TOKEN,
    });
    const ds = await diagnostics(root);
    expect(ds.map((d) => [d.file, d.code, d.line, d.column])).toEqual([
      ["agents/a.yaml", "ref/git-internals", 6, 19],
      ["agents/b.yaml", "ref/hidden-path", 6, 19],
      ["agents/c.yaml", "ref/hidden-path", 6, 19],
      ["agents/d.yaml", "ref/hidden-path", 6, 19],
    ]);
    expect(JSON.stringify(ds)).not.toContain(TOKEN);
  });

  it("refuses a prompt file that is a symlink into .git/ or to a hidden file", async () => {
    const root = repo({ "agents/a.yaml": promptRef("prompts/a.md"), "agents/b.yaml": promptRef("prompts/b.md"), ".git/config": TOKEN, ".env": TOKEN });
    mkdirSync(join(root, "agents/prompts"));
    symlinkSync(join(root, ".git/config"), join(root, "agents/prompts/a.md"));
    symlinkSync("../../.env", join(root, "agents/prompts/b.md"));
    const ds = await diagnostics(root);
    expect(ds.map((d) => [d.file, d.code, d.line, d.column])).toEqual([
      ["agents/a.yaml", "ref/git-internals", 6, 19],
      ["agents/b.yaml", "ref/hidden-path", 6, 19],
    ]);
    expect(ds[0]!.message).toContain("through a symlink");
    const r = await run(root, ["validate"]);
    expect(r.code).toBe(1);
    expect(r.text).not.toContain(TOKEN);
  });

  it("in a git checkout, refuses a prompt file git does not track and accepts a tracked one", async () => {
    const root = repo({ "agents/a.yaml": promptRef("prompts/tracked.md"), "agents/b.yaml": agentYaml("other", "  prompt: { file: prompts/local.md }\n"), "agents/prompts/tracked.md": "Be helpful.", "agents/prompts/local.md": TOKEN });
    execFileSync("git", ["init", "-q"], { cwd: root });
    execFileSync("git", ["add", "atoms-gitops.yaml", "agents/a.yaml", "agents/b.yaml", "agents/prompts/tracked.md"], { cwd: root });
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "ref/untracked-file", file: "agents/b.yaml", line: 6, column: 19 })]);
    expect(result.definitions.map((d) => d.metadata.name)).toEqual(["bot"]);
    expect(result.definitions[0]!.spec.prompt).toBe("Be helpful.");
  });

  it("outside a git checkout, an ordinary prompt file still loads", async () => {
    const root = repo({ "agents/a.yaml": promptRef("prompts/p.md"), "agents/prompts/p.md": "Hello." });
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([]);
    expect(result.definitions[0]!.spec.prompt).toBe("Hello.");
  });
});

describe("definition files that cannot be read or lead outside", () => {
  it("a dangling symlinked definition is an error at its path, not an absence", async () => {
    const root = repo({ "agents/keep.yaml": agentYaml("keep") });
    symlinkSync(join(root, "shared/gone.yaml"), join(root, "agents/linked.yaml"));
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "file/unreadable", file: "agents/linked.yaml", line: 1, column: 1 })]);
    expect(result.diagnostics[0]!.message).toContain("symbolic link");
    const r = await run(root, ["validate"]);
    expect(r.code).toBe(1);
    expect(r.text).toContain("agents/linked.yaml:1:1 error file/unreadable");
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable definition (EACCES) is an error at its path", async () => {
    const root = repo({ "agents/locked.yaml": agentYaml("locked") });
    execFileSync("chmod", ["000", join(root, "agents/locked.yaml")]);
    const ds = await diagnostics(root);
    expect(ds).toEqual([expect.objectContaining({ code: "file/unreadable", file: "agents/locked.yaml" })]);
  });

  it("a definition symlinked to a file outside the repository is refused", async () => {
    const outside = mkdtempSync(join(tmpdir(), "atoms-gitops-outside-"));
    roots.push(outside);
    writeFileSync(join(outside, "bot.yaml"), agentYaml("outsider"));
    const root = repo({});
    symlinkSync(join(outside, "bot.yaml"), join(root, "agents/bot.yaml"));
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.definitions).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "file/outside-repo", file: "agents/bot.yaml", line: 1, column: 1 })]);
  });

  it("a definitions folder of any name (a hidden one too) still loads: only links are judged by their target", async () => {
    const root = repo({ ".atoms/agents/bot.yaml": agentYaml("bot") });
    const result = await loadDefinitions({ dir: ".atoms/agents", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([]);
    expect(result.definitions.map((d) => d.metadata.name)).toEqual(["bot"]);
  });

  it("a definition symlinked into .git/ is refused without being parsed", async () => {
    const root = repo({ ".git/config.yaml": `token: ${TOKEN}\n` });
    symlinkSync(join(root, ".git/config.yaml"), join(root, "agents/bot.yaml"));
    const ds = await diagnostics(root);
    expect(ds).toEqual([expect.objectContaining({ code: "ref/git-internals", file: "agents/bot.yaml" })]);
    expect(JSON.stringify(ds)).not.toContain(TOKEN);
  });
});
