import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

const HANDBOOK = Buffer.from("%PDF-1.4\n% the router handbook\n%%EOF\n");
const DIGEST = createHash("sha256").update(HANDBOOK).digest("hex").slice(0, 12);
const HEADER_VALUE = "crm-header-value-never-printed";
const SECRET = "5e".repeat(32);
const PROMPT = "You help with routers.";

function allWritten(dir: string): string {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [readFileSync(join(d, e.name), "utf8")]));
  return walk(dir).join("\n");
}

/** A workspace shaped in the dashboard: one KB (a file this tool uploaded, one it did not, a URL), one webhook, two agents. */
function seedDashboardWorkspace(ws: Workspace) {
  const kb = ws.emulator.control.seedKnowledgeBase({
    name: "Manuals",
    description: "Router docs [managed by atoms-gitops]",
    items: [
      { fileName: `handbook.${DIGEST}.pdf`, contentBase64: HANDBOOK.toString("base64") },
      { fileName: "legacy.pdf", contentBase64: HANDBOOK.toString("base64") },
    ],
    urls: ["https://example.com/pricing"],
  });
  const direct = ws.emulator.control.seedAgent({ name: "Router help", config: { singlePromptConfig: { prompt: PROMPT }, globalKnowledgeBaseId: kb } });
  const viaTool = ws.emulator.control.seedAgent({
    name: "Router search",
    config: { singlePromptConfig: { prompt: PROMPT, tools: [{ type: "knowledge_base_search", name: "search_docs", description: "Search the manuals", knowledgeBaseId: kb }] } },
  });
  const hook = ws.emulator.control.seedWebhook({
    url: "https://hooks.example.com/crm",
    description: "CRM sync [managed by atoms-gitops h=0123456789ab]",
    headers: { "X-Api-Key": HEADER_VALUE },
    secret: SECRET,
    subscriptions: [
      { agentId: direct, eventType: "post-conversation" },
      { agentId: direct, eventType: "pre-conversation" },
    ],
  });
  return { kb, direct, viaTool, hook };
}

describe.each(["versions", "branches"] as const)("import of knowledge bases and webhooks (%s model)", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("writes KnowledgeBase and Webhook definitions, agents reference them by name, and says which PDFs to provide", async () => {
    ws = await startWorkspace({ model });
    const { kb, hook } = seedDashboardWorkspace(ws);
    const run = await ws.cli(["import", "--all"]);
    expect(run.code, run.stderr).toBe(0);
    expect(writesIn(ws.emulator)).toEqual([]);

    const kbDoc = parse(readFileSync(join(ws.dir, "agents/knowledge-bases/manuals.yaml"), "utf8"));
    expect(kbDoc).toEqual({
      apiVersion: "atoms-gitops/v1",
      kind: "KnowledgeBase",
      metadata: { name: "Manuals", description: "Router docs" },
      spec: { files: ["manuals/handbook.pdf"], urls: ["https://example.com/pricing"] },
    });
    expect(run.stdout).toContain(`wrote agents/knowledge-bases/manuals.yaml (knowledge base ${kb})`);
    expect(run.stdout).toContain(`provide agents/knowledge-bases/manuals/handbook.pdf: the API has no download; put the PDF stored as handbook.${DIGEST}.pdf there (sha256 starting ${DIGEST}, ${HANDBOOK.length} bytes)`);
    expect(run.stdout).toContain("1 PDF file to provide before plan");
    // A file the tool did not upload has no digest in its name: it is listed as left alone, not as a definition file.
    expect(run.stderr).toContain("file legacy.pdf left alone: not uploaded by atoms-gitops");

    const hookDoc = parse(readFileSync(join(ws.dir, "agents/webhooks/hooks-example-com-crm.yaml"), "utf8"));
    expect(hookDoc).toEqual({
      apiVersion: "atoms-gitops/v1",
      kind: "Webhook",
      metadata: { name: "hooks-example-com-crm" },
      spec: { endpoint: "https://hooks.example.com/crm", description: "CRM sync" },
    });
    expect(run.stdout).toContain(`(webhook ${hook})`);
    expect(run.stderr).toContain("custom headers are write-only, so the import cannot tell whether it has any");

    const direct = parse(readFileSync(join(ws.dir, "agents/router-help.yaml"), "utf8"));
    expect(direct.spec.knowledgeBase).toBe("Manuals");
    expect(direct.spec.globalKnowledgeBaseId).toBeUndefined();
    expect(direct.metadata.webhook).toEqual({ name: "hooks-example-com-crm", events: ["post-conversation", "pre-conversation"] });
    const viaTool = parse(readFileSync(join(ws.dir, "agents/router-search.yaml"), "utf8"));
    expect(viaTool.spec.tools).toEqual([{ type: "knowledge_base_search", name: "search_docs", description: "Search the manuals", knowledgeBase: "Manuals" }]);
    expect(viaTool.metadata.webhook).toBeUndefined();

    // Neither the signing secret nor a header value reaches output or files.
    for (const text of [run.stdout, run.stderr, allWritten(join(ws.dir, "agents"))]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(HEADER_VALUE);
    }

    // Until the PDF is provided the definitions do not load, and the error names the file; with it, they validate.
    const missing = await ws.cli(["validate"]);
    expect(missing.code).toBe(1);
    expect(missing.stdout + missing.stderr).toContain("handbook.pdf");
    ws.write("agents/knowledge-bases/manuals/handbook.pdf", HANDBOOK.toString("latin1"));
    const valid = await ws.cli(["validate"]);
    expect(valid.code, valid.stdout + valid.stderr).toBe(0);
    // And the next plan is empty: the KB, the webhook, both agents' references and the subscriptions all match.
    const plan = await ws.cli(["plan", "--detailed-exitcode"]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(writesIn(ws.emulator)).toEqual([]);
  });

  it("lists no file to provide when the PDF is already in place with the right bytes, and keeps header names as placeholders on re-import", async () => {
    ws = await startWorkspace({ model });
    seedDashboardWorkspace(ws);
    expect((await ws.cli(["import", "--all"])).code).toBe(0);
    ws.write("agents/knowledge-bases/manuals/handbook.pdf", HANDBOOK.toString("latin1"));
    ws.write(
      "agents/webhooks/hooks-example-com-crm.yaml",
      'apiVersion: atoms-gitops/v1\nkind: Webhook\nmetadata: {name: hooks-example-com-crm}\nspec:\n  endpoint: https://hooks.example.com/crm\n  description: CRM sync\n  headers: {X-Api-Key: "${env.CRM_KEY}"}\n',
    );
    const again = await ws.cli(["import", "--all", "--force"], { CRM_KEY: HEADER_VALUE, X_API_KEY: HEADER_VALUE });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toContain("provide ");
    const hookText = readFileSync(join(ws.dir, "agents/webhooks/hooks-example-com-crm.yaml"), "utf8");
    expect(parse(hookText).spec.headers).toEqual({ "X-Api-Key": "${env.X_API_KEY}" });
    expect(again.stderr).toContain("header values are write-only and never imported; set X_API_KEY in the environment");
    for (const text of [again.stdout, again.stderr, hookText]) expect(text).not.toContain(HEADER_VALUE);
    expect(existsSync(join(ws.dir, "agents/webhooks/hooks-example-com-crm-2.yaml"))).toBe(false);
  });

  it("with --agent, writes only the knowledge bases and webhooks the selected agents use", async () => {
    ws = await startWorkspace({ model });
    seedDashboardWorkspace(ws);
    ws.emulator.control.seedKnowledgeBase({ name: "Unused" });
    ws.emulator.control.seedWebhook({ url: "https://hooks.example.com/other" });
    const run = await ws.cli(["import", "--agent", "Router search"]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(ws.dir, "agents/knowledge-bases")).filter((f) => f.endsWith(".yaml"))).toEqual(["manuals.yaml"]);
    // Router search has no subscriptions, so no webhook is needed.
    expect(existsSync(join(ws.dir, "agents/webhooks"))).toBe(false);
    const withHook = await ws.cli(["import", "--agent", "Router help"]);
    expect(withHook.code, withHook.stderr).toBe(0);
    expect(withHook.stdout).toContain("skipped Manuals: already defined in agents/knowledge-bases/manuals.yaml");
    expect(readdirSync(join(ws.dir, "agents/webhooks"))).toEqual(["hooks-example-com-crm.yaml"]);
  });

  it("refuses two knowledge bases of one name, and keeps the agent's literal id", async () => {
    ws = await startWorkspace({ model });
    const a = ws.emulator.control.seedKnowledgeBase({ name: "Twins" });
    const b = ws.emulator.control.seedKnowledgeBase({ name: "Twins" });
    ws.emulator.control.seedAgent({ name: "Uses twin", config: { singlePromptConfig: { prompt: PROMPT }, globalKnowledgeBaseId: a } });
    const run = await ws.cli(["import", "--all"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot import knowledge base "Twins" (${a}): 2 knowledge bases share that name (${a}, ${b})`);
    expect(parse(readFileSync(join(ws.dir, "agents/uses-twin.yaml"), "utf8")).spec.globalKnowledgeBaseId).toBe(a);
    expect(existsSync(join(ws.dir, "agents/knowledge-bases"))).toBe(false);
  });
});
