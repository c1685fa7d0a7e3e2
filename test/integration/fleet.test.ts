import { afterEach, describe, expect, it } from "vitest";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

const agent = (name: string, extra = "") => `apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata:\n  name: ${name}\n${extra}`;
const base = (speed: number) => `apiVersion: atoms-gitops/v1\nkind: AgentBase\nmetadata:\n  name: voice\nspec:\n  firstMessage: Hello!\n  synthesizer:\n    speed: ${speed}\n  tools:\n    - ref: ../tools/end-call.yaml\n`;
const tool = (description: string) => `apiVersion: atoms-gitops/v1\nkind: Tool\nmetadata:\n  name: end-call\nspec:\n  type: end_call\n  name: end_call\n  description: ${description}\n`;

describe.each(["versions", "branches"] as const)("a fleet with a shared base and tool (%s model)", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("a base or tool change reaches exactly the agents that use it, says where it came from, and converges", async () => {
    ws = await startWorkspace({ model });
    ws.write("bases/voice.yaml", base(1));
    ws.write("tools/end-call.yaml", tool("Ends the call."));
    ws.write("agents/a.yaml", agent("a-bot", "extends: ../bases/voice.yaml\nspec:\n  prompt: You are A.\n"));
    ws.write("agents/b.yaml", agent("b-bot", "extends: ../bases/voice.yaml\nspec:\n  prompt: You are B.\n"));
    ws.write("agents/c.yaml", agent("c-bot", "spec:\n  prompt: You are C.\n  synthesizer:\n    speed: 1\n"));
    const first = await ws.cli(["apply", "--yes"]);
    expect(first.code, first.stdout + first.stderr).toBe(0);

    ws.write("bases/voice.yaml", base(1.2));
    ws.write("tools/end-call.yaml", tool("Ends the call politely."));
    const text = await ws.cli(["plan", "--detailed-exitcode"]);
    expect(text.code, text.stderr).toBe(2);
    expect(text.stdout).toContain("0 to create, 2 to update");
    expect(text.stdout).toContain("/spec/synthesizer/speed (from bases/voice.yaml):");
    expect(text.stdout).toContain("/spec/tools (from tools/end-call.yaml):");
    expect(text.stdout).not.toContain("c-bot will be updated");
    const json = JSON.parse((await ws.cli(["plan", "--format", "json"])).stdout) as { agents: Array<{ name: string; action: string; sources?: string[]; changes: Array<{ path: string; source?: string }> }> };
    const a = json.agents.find((x) => x.name === "a-bot")!;
    // Each agent lists the files it was built from; an agent made of its own file alone needs no list.
    expect(a.sources).toEqual(["agents/a.yaml", "bases/voice.yaml", "tools/end-call.yaml"]);
    expect(json.agents.find((x) => x.name === "c-bot")!.sources).toBeUndefined();
    expect(a.changes.map((c) => [c.path, c.source])).toEqual(expect.arrayContaining([["/spec/synthesizer/speed", "bases/voice.yaml"], ["/spec/tools", "tools/end-call.yaml"]]));
    expect(json.agents.find((x) => x.name === "c-bot")!.action).toBe("noop");

    const apply = await ws.cli(["apply", "--yes"]);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    const after = await ws.cli(["plan", "--detailed-exitcode"]);
    expect(after.code, after.stdout).toBe(0);
  });

  it("a policy deny stops plan and apply before any write", async () => {
    ws = await startWorkspace({ model });
    ws.write("atoms-gitops.yaml", "policies: [builtin:recommended]\n");
    ws.write("agents/a.yaml", agent("a-bot", "spec:\n  prompt: You are A.\n  firstMessage: Hi\n"));
    const plan = await ws.cli(["plan"]);
    expect(plan.code).toBe(1);
    expect(plan.stdout + plan.stderr).toContain("policy/end-call-tool");
    const apply = await ws.cli(["apply", "--yes"]);
    expect(apply.code).toBe(1);
    expect(writesIn(ws.emulator)).toEqual([]);
  });
});
