import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadDefinitions, MAX_FILE_BYTES } from "../../../src/load/index.js";
import { agentYaml, tempRepo } from "./helpers.js";

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

async function promptOf(content: string): Promise<unknown> {
  const root = tempRepo({ "agents/bot.yaml": agentYaml("bot", "  prompt: { file: prompts/p.md }\n"), "agents/prompts/p.md": content });
  roots.push(root);
  const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
  expect(result.diagnostics).toEqual([]);
  return result.definitions[0]!.spec.prompt;
}

describe("prompt file text", () => {
  it("CRLF and CR line endings read as LF, so a line-ending switch plans no change", async () => {
    const lf = await promptOf("You are a helpful agent.\nBe brief.\n");
    expect(await promptOf("You are a helpful agent.\r\nBe brief.\r\n")).toBe(lf);
    expect(await promptOf("You are a helpful agent.\rBe brief.\r")).toBe(lf);
  });
});

describe("file size limit", () => {
  it("a prompt file one byte over the limit says by how much, in bytes", async () => {
    const root = tempRepo({ "agents/bot.yaml": agentYaml("bot", "  prompt: { file: prompts/p.md }\n"), "agents/prompts/p.md": "x".repeat(MAX_FILE_BYTES + 1) });
    roots.push(root);
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "file/too-large", file: "agents/prompts/p.md", message: "file is 1,048,577 bytes (1.0 MiB); the limit is 1,048,576 bytes (1.0 MiB)" }),
    ]);
  });
});

describe("a prompt file shared by several definitions", () => {
  it("reports its problem once, not once per definition", async () => {
    const root = tempRepo({
      "agents/a.yaml": agentYaml("a", "  prompt: { file: prompts/p.md }\n"),
      "agents/b.yaml": agentYaml("b", "  prompt: { file: prompts/p.md }\n"),
      "agents/prompts/p.md": "Hi ${vars.missing}\n",
    });
    roots.push(root);
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "interp/missing-var", file: "agents/prompts/p.md", line: 1, column: 4 })]);
  });
});
