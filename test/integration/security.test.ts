// Security properties a user relies on, checked end to end through the real CLI (in-process) and the emulator.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { runCli } from "../helpers/cli.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";

const SECRET_KEY = "sk_live_DISTINCTIVE_7f3a9c1e5b2d4680";
const CRM_TOKEN = "crm-token-ULTRA-SECRET-42";
const FIXTURES = resolve(import.meta.dirname, "../fixtures");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe("secrets never leak", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it.each(["versions", "branches"] as const)(
    "%s: the API key and ${env.*} values appear in no output, journal, plan file or error, even when requests fail",
    async (model) => {
      ws = await startWorkspace({ model, securityCheckMs: 0, apiKeys: { [SECRET_KEY]: "org_local" } });
      const env = { ATOMS_API_KEY: SECRET_KEY, ACME_CRM_TOKEN: CRM_TOKEN };
      ws.emulator.control.seedAgent({ name: "bot", config: BASE_CONFIG });
      const tool = `
  - type: api_call
    name: lookup_order
    description: Look up an order by its number.
    url: https://api.acme.example/orders
    method: POST
    headers:
      Authorization: Bearer \${env.ACME_CRM_TOKEN}`;
      ws.write("agents/bot.yaml", agentYaml("bot", `${BASE_SPEC.replace("speed: 1.1", "speed: 1.3")}${tool}`));
      ws.write("agents/other.yaml", agentYaml("other", BASE_SPEC));

      const outputs: string[] = [];
      const errors: string[] = [];
      const record = (run: { stdout: string; stderr: string }) => outputs.push(run.stdout, run.stderr);
      record(await ws.cli(["validate"], env));
      record(await ws.cli(["plan", "--out", "plan.json", "--format", "json"], env));
      record(await ws.cli(["plan", "--format", "markdown"], env));
      // Failures on the way: a 500 on the draft write, a 401-shaped rejection, a dropped connection; then a clean run.
      ws.emulator.control.queueFault({ method: "POST", path: "/agent", fault: { status: 500 } });
      ws.emulator.control.queueFault({ method: model === "versions" ? "PATCH" : "PUT", path: /draft/, fault: { drop: true }, times: 10 });
      record(await ws.cli(["apply", "--yes", "--verbose"], env));
      ws.emulator.control.clearFaults();
      ws.emulator.control.queueFault({ method: "GET", path: "/agent", fault: { status: 401, body: { status: false, errors: ["Unauthorized: User not found"] } } });
      record(await ws.cli(["apply", "plan.json", "--yes", "--format", "json"], env));
      record(await ws.cli(["apply", "--yes", "--format", "json", "--verbose"], env));
      // A wrong key: the error names no key.
      const wrong = await ws.cli(["plan"], { ...env, ATOMS_API_KEY: `${SECRET_KEY}x` });
      expect(wrong.code).toBe(3);
      record(wrong);

      // Thrown errors of the library, too.
      const { createClient } = await import("../../src/index.js");
      const client = createClient({ baseUrl: ws.baseUrl, apiKey: SECRET_KEY, maxRetries: 0 });
      ws.emulator.control.queueFault({ method: "GET", path: /^\/agent\//, fault: { status: 503 } });
      await client.getAgent("0".repeat(24)).catch((e: Error) => errors.push(e.message, e.stack ?? "", JSON.stringify(e)));
      expect(errors.length).toBeGreaterThan(0);

      const files = filesUnder(ws.dir).filter((f) => !f.includes(`${join("agents", "")}`));
      expect(files.some((f) => f.includes(join(".atoms-gitops", "journal")))).toBe(true);
      expect(files.some((f) => f.endsWith("plan.json"))).toBe(true);
      const everything = [...outputs, ...errors, ...files.map((f) => readFileSync(f, "utf8"))].join("\n");
      expect(everything).toContain("lookup_order");
      expect(everything).not.toContain(SECRET_KEY);
      expect(everything).not.toContain(CRM_TOKEN);
      // The emulator's request log keeps no key either (it is what a proxy log would look like).
      expect(JSON.stringify(ws.emulator.requests)).not.toContain(SECRET_KEY);
    },
  );
});

describe("transport and input safety", () => {
  let ws: Workspace;
  afterEach(async () => {
    vi.restoreAllMocks();
    await ws?.close();
  });

  it("refuses plain http:// to a non-loopback host before any request is made", async () => {
    ws = await startWorkspace({ securityCheckMs: 0 });
    ws.write("agents/bot.yaml", agentYaml("bot", BASE_SPEC));
    const spy = vi.spyOn(globalThis, "fetch");
    for (const cmd of [["plan"], ["apply", "--yes"]]) {
      const run = await ws.cli(cmd, { ATOMS_BASE_URL: "http://10.0.0.1/atoms/v1" });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/Refusing plain http:\/\/ to 10\.0\.0\.1/);
    }
    expect(spy).not.toHaveBeenCalled();
    expect(ws.emulator.requests).toEqual([]);
  });

  it("prompt file: references cannot leave the repository, and __proto__ keys pollute nothing (see also test/unit/load)", async () => {
    for (const fixture of ["prompt-outside-repo", "prototype-keys"]) {
      const dir = join(FIXTURES, "invalid", fixture);
      const run = await runCli(["validate"], { cwd: dir });
      expect(run.code, `${fixture}: ${run.stdout}${run.stderr}`).toBe(1);
      expect(run.stderr + run.stdout).not.toMatch(/internal error/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });

  const HOSTILE: Array<[string, { body: unknown }]> = [
    ["a 30 MB body", { body: `{"status":true,"data":"${"x".repeat(30 * 1024 * 1024)}"}` }],
    ["10 000-deep nesting", { body: `{"status":true,"data":${"[".repeat(10_000)}${"]".repeat(10_000)}}` }],
    ["wrong types (_resolvedConfig: \"x\")", { body: { status: true, data: { _id: "6a0000000000000000000001", name: "bot", _resolvedConfig: "x", activeVersionId: 7 } } }],
    ["a list that is not a list", { body: { status: true, data: { agents: "nope" } } }],
  ];

  it.each(HOSTILE)("a hostile API response (%s) is a clear error with exit 1, not a crash", async (_name, { body }) => {
    ws = await startWorkspace({ securityCheckMs: 0 });
    const id = ws.emulator.control.seedAgent({ name: "bot", config: BASE_CONFIG, id: "6a0000000000000000000001" });
    ws.write("agents/bot.yaml", agentYaml("bot", BASE_SPEC));
    const path = _name.startsWith("a list") ? "/agent" : `/agent/${id}`;
    ws.emulator.control.queueFault({ method: "GET", path, fault: { status: 200, body } });
    const run = await ws.cli(["plan"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: /m);
    expect(run.stderr).not.toMatch(/internal error|RangeError|Maximum call stack/);
    expect(run.stderr.length).toBeLessThan(5000);
  });
});

describe.each(["versions", "branches"] as const)("webhook secrets in failing requests (%s)", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());
  const SIGNING = "abad1dea".repeat(8);
  const HEADER = "hdr-credential-ULTRA-77";

  it("neither the signing secret an error body quotes nor a header value the API echoes reaches any output", async () => {
    ws = await startWorkspace({ model });
    ws.emulator.control.seedWebhook({ url: "https://hooks.example.com/atoms", secret: SIGNING });
    ws.write(
      "agents/crm.yaml",
      "apiVersion: atoms-gitops/v1\nkind: Webhook\nmetadata:\n  name: crm\nspec:\n  endpoint: https://hooks.example.com/atoms\n  description: CRM\n  headers:\n    X-Api-Key: ${env.CRM_KEY}\n",
    );
    ws.write("agents/bot.yaml", agentYaml("bot", BASE_SPEC, "webhook: { name: crm, events: [pre-conversation] }"));
    const env = { CRM_KEY: HEADER };
    const outputs: string[] = [];
    // A proxy's error page that carries the webhook document, secret included (not the API's envelope: quoted as is).
    ws.emulator.control.queueFault({ method: "GET", path: "/webhook", fault: { status: 400, body: { message: "upstream", data: [{ url: "x", decryptedSecretKey: SIGNING }] } } });
    const failedPlan = await ws.cli(["plan"], env);
    expect(failedPlan.code).toBe(1);
    outputs.push(failedPlan.stdout, failedPlan.stderr);
    // The API refuses the header and quotes its value back.
    ws.emulator.control.queueFault({ method: "PATCH", path: "/webhook/*", fault: { status: 400, body: { status: false, errors: [`headers.X-Api-Key: value ${HEADER} is not allowed`] } } });
    const failedApply = await ws.cli(["apply", "--yes"], env);
    expect(failedApply.code).not.toBe(0);
    expect(failedApply.stdout + failedApply.stderr).toContain("headers.X-Api-Key: value [REDACTED] is not allowed");
    outputs.push(failedApply.stdout, failedApply.stderr);
    // The library's error objects carry the body excerpt: the secret field is blanked there too.
    const { createClient } = await import("../../src/index.js");
    const client = createClient({ baseUrl: ws.baseUrl, apiKey: "sk_emulator_local", maxRetries: 0 });
    ws.emulator.control.queueFault({ method: "GET", path: "/webhook", fault: { status: 400, body: { message: "upstream", decryptedSecretKey: SIGNING } } });
    const err = await client.webhooks.listWebhooks().then(() => undefined, (e: Error) => e);
    expect(err).toBeDefined();
    outputs.push(err!.message, err!.stack ?? "", JSON.stringify(err));
    expect(JSON.stringify(err)).toContain("[REDACTED]");
    const files = filesUnder(ws.dir).filter((f) => !f.includes(`${join("agents", "")}`));
    const everything = [...outputs, ...files.map((f) => readFileSync(f, "utf8"))].join("\n");
    expect(everything).not.toContain(SIGNING);
    expect(everything).not.toContain(HEADER);
  });
});
