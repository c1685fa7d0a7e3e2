import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";

describe("a key the API refuses (401)", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("names the variable the key was read from, never its value", async () => {
    ws = await startWorkspace({ model: "versions" });
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC));
    const wrongKey = "sk_wrong_key_1234";
    const plain = await ws.cli(["plan"], { ATOMS_API_KEY: wrongKey });
    expect(plain.code).toBe(3);
    expect(plain.stderr).toMatch(/API key was read from \$ATOMS_API_KEY/);
    expect(plain.stdout + plain.stderr).not.toContain(wrongKey);

    ws.write("atoms-gitops.yaml", `environments:\n  staging:\n    baseUrl: ${ws.baseUrl}\n    apiKeyEnv: STAGING_ATOMS_KEY\n`);
    const named = await ws.cli(["plan", "--env", "staging"], { STAGING_ATOMS_KEY: wrongKey });
    expect(named.code).toBe(3);
    expect(named.stderr).toMatch(/API key was read from \$STAGING_ATOMS_KEY/);
    expect(named.stdout + named.stderr).not.toContain(wrongKey);
  });
});
