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

describe.each(["versions", "branches"] as const)("webhook secrets: the signing secret and header values (%s)", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());
  const SIGNING = "5ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7";
  const HEADER = "hdr_credential_71d4e8a0b5";
  const OLD_HEADER = "hdr_dashboard_set_c0ffee";
  const HOOK = [
    "apiVersion: atoms-gitops/v1",
    "kind: Webhook",
    "metadata:",
    "  name: crm",
    "spec:",
    "  endpoint: https://hooks.example.com/atoms",
    "  description: CRM sync",
    "  headers:",
    "    X-Api-Key: ${env.CRM_KEY}",
    "    X-Static: literal-header-value-42",
    "",
  ].join("\n");

  it("appear in no plan, plan file, apply output, result file or journal", async () => {
    ws = await startWorkspace({ model });
    // Made in the dashboard: the tool adopts it, and every GET returns its secret in plain text.
    ws.emulator.control.seedWebhook({ url: "https://hooks.example.com/atoms", description: "old", secret: SIGNING, headers: { "X-Api-Key": OLD_HEADER } });
    ws.write("agents/hooks/crm.yaml", HOOK);
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC, "webhook: { name: crm, events: [post-conversation] }"));
    const env = { CRM_KEY: HEADER };
    const outputs: string[] = [];
    for (const format of ["text", "markdown", "json"]) {
      const plan = await ws.cli(["plan", "--format", format, "--out", `plan-${format}.json`], env);
      expect(plan.code, plan.stderr).toBe(0);
      outputs.push(plan.stdout, plan.stderr);
    }
    const apply = await ws.cli(["apply", "--yes", "--format", "json", "--result-file", "result.ndjson"], env);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    outputs.push(apply.stdout, apply.stderr);
    const drift = await ws.cli(["plan", "--detailed-exitcode"], env);
    expect(drift.code, drift.stdout).toBe(0);
    outputs.push(drift.stdout, drift.stderr);
    // The values did reach the platform.
    expect(ws.emulator.state.webhooks()[0]!.headers).toEqual({ "X-Api-Key": HEADER, "X-Static": "literal-header-value-42" });
    for (const out of outputs) for (const secret of [SIGNING, HEADER, OLD_HEADER, "literal-header-value-42"]) expect(out).not.toContain(secret);
    const written = filesUnder(ws.dir).filter((f) => !f.includes(`${join("agents", "")}`));
    expect(written.some((f) => f.includes("journal"))).toBe(true);
    expect(written.some((f) => f.endsWith("result.ndjson"))).toBe(true);
    for (const file of written) for (const secret of [SIGNING, HEADER, OLD_HEADER, "literal-header-value-42"]) expect(readFileSync(file, "utf8"), file).not.toContain(secret);
  });
});
