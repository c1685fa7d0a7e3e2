import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { webhookHeaderDigest, webhookHeaderKey } from "../../src/plan/index.js";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

const HANDBOOK = Buffer.from("%PDF-1.4\n% handbook v1\n%%EOF\n");
const NEWER = Buffer.from("%PDF-1.4\n% handbook v2, uploaded in the dashboard\n%%EOF\n");
const digest = (b: Buffer) => createHash("sha256").update(b).digest("hex").slice(0, 12);
const HEADER_VALUE = "drift-header-value";
/** What apply leaves in the description for this header set under the test key. */
const HEADER_DIGEST = webhookHeaderDigest({ "X-Api-Key": HEADER_VALUE }, webhookHeaderKey("sk_emulator_local"));

describe.each(["versions", "branches"] as const)("drift of knowledge bases and webhooks (%s model)", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  /** Live state as the tool leaves it (markers, digest file names) and git saying the same. */
  async function inSync() {
    ws = await startWorkspace({ model });
    const agent = ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    const kb = ws.emulator.control.seedKnowledgeBase({
      name: "Manuals",
      description: "Router docs [managed by atoms-gitops]",
      items: [{ fileName: `handbook.${digest(HANDBOOK)}.pdf`, contentBase64: HANDBOOK.toString("base64") }],
      urls: ["https://example.com/pricing"],
    });
    const hook = ws.emulator.control.seedWebhook({
      url: "https://hooks.example.com/crm",
      description: `CRM sync [managed by atoms-gitops h=${HEADER_DIGEST}]`,
      headers: { "X-Api-Key": HEADER_VALUE },
      subscriptions: [{ agentId: agent, eventType: "post-conversation" }],
    });
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC, "webhook: {name: crm, events: [post-conversation]}"));
    ws.write("agents/kb/manuals.yaml", "apiVersion: atoms-gitops/v1\nkind: KnowledgeBase\nmetadata: {name: Manuals, description: Router docs}\nspec:\n  files: [handbook.pdf]\n  urls: [https://example.com/pricing]\n");
    ws.write("agents/kb/handbook.pdf", HANDBOOK.toString("latin1"));
    ws.write("agents/hooks/crm.yaml", 'apiVersion: atoms-gitops/v1\nkind: Webhook\nmetadata: {name: crm}\nspec:\n  endpoint: https://hooks.example.com/crm\n  description: CRM sync\n  headers: {X-Api-Key: "${env.CRM_KEY}"}\n');
    return { agent, kb, hook };
  }
  async function uploadPdf(kbId: string, fileName: string, bytes: Buffer): Promise<void> {
    const body = Buffer.concat([
      Buffer.from(`--b0undary\r\nContent-Disposition: form-data; name="media"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
      bytes,
      Buffer.from("\r\n--b0undary--\r\n"),
    ]);
    const res = await fetch(`${ws.baseUrl}/knowledgebase/${kbId}/items/upload-media`, {
      method: "POST",
      headers: { authorization: "Bearer sk_emulator_local", "content-type": "multipart/form-data; boundary=b0undary" },
      body: new Uint8Array(body),
    });
    expect(res.status).toBe(201);
  }
  const drift = (args: string[] = [], crmKey = HEADER_VALUE) => ws.cli(["drift", "--detailed-exitcode", ...args], { CRM_KEY: crmKey });

  it("reports nothing when the live KB, webhook and subscriptions match git", async () => {
    await inSync();
    const run = await drift();
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toContain("Knowledge bases and webhooks:");
    expect(JSON.parse((await drift(["--format", "json"])).stdout)).toMatchObject({ formatVersion: "1.1", resources: [], resourcesInSync: 2 });
  });

  it("reports dashboard changes to a KB: description, a replaced file, a deleted file, the URL set; reads only", async () => {
    const { kb } = await inSync();
    const writes = writesIn(ws.emulator).length;
    const kbPath = `/knowledgebase/${kb}`;
    const api = (method: string, path: string, body?: unknown) =>
      fetch(`${ws.baseUrl}${path}`, { method, headers: { authorization: "Bearer sk_emulator_local", "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    // Someone edits in the dashboard: a new description, the handbook replaced by a newer upload, a URL added.
    await api("POST", kbPath, { name: "Manuals", description: "Edited by hand [managed by atoms-gitops]" });
    const items = (await (await api("GET", `${kbPath}/items`)).json()) as { data: Array<{ _id: string }> };
    await api("DELETE", `${kbPath}/items/${items.data[0]!._id}`);
    await api("POST", `${kbPath}/scrape-urls`, { urls: ["https://example.com/blog"] });
    const after = writesIn(ws.emulator).length;

    const run = await drift();
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout).toContain(`~ knowledge base Manuals (${kb}) agents/kb/manuals.yaml: changed outside git (immediate, not versioned)`);
    expect(run.stdout).toContain('/metadata/description: live "Edited by hand", git "Router docs"');
    expect(run.stdout).toContain(`/spec/files/handbook.pdf: live (none), git "sha256 ${digest(HANDBOOK)}…"`);
    expect(run.stdout).toContain('/spec/urls: live ["https://example.com/blog","https://example.com/pricing"], git ["https://example.com/pricing"]');
    expect(run.stdout).toContain("Knowledge bases and webhooks: 1 change made outside git, 1 in sync.");
    expect(writesIn(ws.emulator).length).toBe(after);
    expect(after).toBeGreaterThan(writes);
  });

  it("tells a file replaced with other content apart from one deleted, and lists dashboard uploads as left alone", async () => {
    const { kb } = await inSync();
    const [old] = ws.emulator.state.knowledgeBases().find((k) => k._id === kb)!.items;
    // The same stem with other bytes (a replace someone finished by hand), and a dashboard upload without a digest.
    await uploadPdf(kb, `handbook.${digest(NEWER)}.pdf`, NEWER);
    await uploadPdf(kb, "price-list.pdf", NEWER);
    await fetch(`${ws.baseUrl}/knowledgebase/${kb}/items/${old!.doc._id}`, { method: "DELETE", headers: { authorization: "Bearer sk_emulator_local" } });
    const json = JSON.parse((await drift(["--format", "json"])).stdout) as { resources: Array<{ name: string; changes: unknown[]; leftAlone: string[] }> };
    expect(json.resources).toEqual([
      expect.objectContaining({
        name: "Manuals",
        changes: [{ path: "/spec/files/handbook.pdf", live: `sha256 ${digest(NEWER)}…`, git: `sha256 ${digest(HANDBOOK)}…` }],
        leftAlone: ["file price-list.pdf"],
      }),
    ]);
  });

  it("reports a changed webhook endpoint and description, and subscriptions changed or removed, never a header value", async () => {
    const { agent, hook } = await inSync();
    const api = (method: string, path: string, body?: unknown) =>
      fetch(`${ws.baseUrl}${path}`, { method, headers: { authorization: "Bearer sk_emulator_local", "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    await api("PATCH", `/webhook/${hook}`, { endpoint: "https://hooks.example.com/crm-v2" });
    await api("POST", `/agent/${agent}/webhook-subscriptions`, { webhookId: hook, eventTypes: ["pre-conversation", "post-conversation"] });
    const run = await drift();
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout).toContain(`~ webhook crm (${hook}) agents/hooks/crm.yaml: changed outside git`);
    expect(run.stdout).toContain('/spec/endpoint: live "https://hooks.example.com/crm-v2", git "https://hooks.example.com/crm"');
    expect(run.stdout).toContain("its endpoint was probably changed outside git");
    expect(run.stdout).toContain(`~ webhook subscriptions of alpha (${agent}) agents/alpha.yaml: changed outside git`);
    expect(run.stdout).toContain('/metadata/webhook: live "https://hooks.example.com/crm-v2 [post-conversation, pre-conversation]", git "crm [post-conversation]"');
    const md = (await drift(["--format", "markdown"])).stdout;
    expect(md).toContain("| webhook crm | changed | `/spec/endpoint` |");
    expect(md).toContain("| webhook subscriptions of alpha | changed | `/metadata/webhook` |");

    await api("DELETE", `/agent/${agent}/webhook-subscriptions`);
    const removed = await drift();
    expect(removed.stdout).toContain('/metadata/webhook: live "none", git "crm [post-conversation]"');
    // A header value changed in git (or, equally, the set rewritten elsewhere): told by the digest, never by value.
    await api("PATCH", `/webhook/${hook}`, { endpoint: "https://hooks.example.com/crm" });
    const headers = await drift([], "rotated-header-value");
    expect(headers.stdout).toContain('/spec/headers: live "a different set (or none written by atoms-gitops)", git "1 header(s), values hidden"');
    for (const text of [run.stdout, run.stderr, md, removed.stdout, headers.stdout, headers.stderr]) {
      expect(text).not.toContain("rotated-header-value");
      expect(text).not.toContain(HEADER_VALUE);
      expect(text).not.toContain(ws.emulator.state.webhooks()[0]!.secret);
    }
  });

  it("says a KB or webhook defined in git is missing live", async () => {
    const { hook, agent } = await inSync();
    ws.emulator.control.reset();
    ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG, id: agent });
    const run = await drift();
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("! knowledge base Manuals (agents/kb/manuals.yaml): defined in git but not in this workspace");
    expect(run.stdout).toContain("! webhook crm (agents/hooks/crm.yaml): defined in git but not in this workspace");
    expect(run.stdout).toContain('/metadata/webhook: live "none", git "crm [post-conversation]"');
    expect(run.stdout).not.toContain(hook);
  });
});
