import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadDefinitions } from "../../../src/load/index.js";
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
