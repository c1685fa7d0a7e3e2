import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";

// A secret read from a file keeps its trailing newline; the API refuses the header and quotes it back.
const TOKEN = "tok_9f2c71d4e8a0b5";
const TOOL = `tools:
  - type: api_call
    name: lookup_order
    description: Look up an order.
    url: https://api.acme.example/orders
    method: POST
    headers: { Authorization: "Bearer \${env.ACME_TOKEN}" }`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe.each(["versions", "branches"] as const)("a secret the API echoes back in an error (%s)", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("is redacted from the terminal, the JSON output and the journal", async () => {
    ws = await startWorkspace({ model });
    ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace(/tools:[\s\S]*$/, TOOL)));
    for (const format of ["text", "json"]) {
      const run = await ws.cli(["apply", "--yes", "--format", format], { ACME_TOKEN: `${TOKEN}\n` });
      expect(run.code).toBe(1);
      const output = run.stdout + run.stderr;
      // The API's reason still reaches the user, without the value.
      expect(output).toMatch(/is not allowed: header values cannot start or end with whitespace/);
      expect(output).not.toContain(TOKEN);
    }
    const written = filesUnder(ws.dir).filter((f) => !f.includes(`${join("agents", "")}`));
    expect(written.some((f) => f.includes("journal"))).toBe(true);
    for (const file of written) expect(readFileSync(file, "utf8"), file).not.toContain(TOKEN);
  });
});
