import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { EMULATOR_KEY, startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

const TOKEN = "crm-token-9f8e7d6c5b4a";
const TOKEN2 = "crm-token-rotated-1a2b3c";
const pdf = (text: string) => `%PDF-1.4\n% ${text}\n%%EOF\n`;

const KB = (urls: string[] = ["https://example.com/pricing"]) =>
  [
    "apiVersion: atoms-gitops/v1",
    "kind: KnowledgeBase",
    "metadata:",
    "  name: manuals",
    "  description: Router docs",
    "spec:",
    "  files: [docs/handbook.pdf, docs/faq.pdf]",
    `  urls: [${urls.join(", ")}]`,
    "",
  ].join("\n");
const HOOK = [
  "apiVersion: atoms-gitops/v1",
  "kind: Webhook",
  "metadata:",
  "  name: crm",
  "spec:",
  "  endpoint: https://hooks.example.com/atoms",
  "  description: CRM sync",
  "  headers:",
  "    Authorization: Bearer ${env.CRM_TOKEN}",
  "",
].join("\n");
const agent = (name: string, metadata: string, spec: string) =>
  `apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata:\n  name: ${name}\n${metadata}spec:\n  prompt: You are ${name}.\n  firstMessage: Hi\n${spec}`;
const SUPPORT = (webhook = true) => agent("support", webhook ? "  webhook: { name: crm, events: [post-conversation, pre-conversation] }\n" : "", "  knowledgeBase: manuals\n");
const SALES = agent("sales", "", "  tools:\n    - { type: knowledge_base_search, name: search_manuals, description: Search the manuals., knowledgeBase: manuals }\n");

function writeFleet(ws: Workspace): void {
  ws.write("agents/kb/manuals.yaml", KB());
  ws.write("agents/kb/docs/handbook.pdf", pdf("handbook v1"));
  ws.write("agents/kb/docs/faq.pdf", pdf("faq v1"));
  ws.write("agents/hooks/crm.yaml", HOOK);
  ws.write("agents/support.yaml", SUPPORT());
  ws.write("agents/sales.yaml", SALES);
}

function liveConfig(ws: Workspace, name: string): Record<string, unknown> {
  const a = ws.emulator.state.agents.find((x) => x.name === name)!;
  return ws.emulator.state.activeVersion(a._id)!.config as Record<string, unknown>;
}

describe.each(["versions", "branches"] as const)("knowledge bases and webhooks as code (%s model)", (model) => {
  let ws: Workspace;
  const dirs: string[] = [];
  afterEach(async () => {
    await ws?.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const env = { CRM_TOKEN: TOKEN };

  it("converges a fleet with one knowledge base and one webhook, also from a fresh clone, and applies each kind of change", async () => {
    ws = await startWorkspace({ model, kbProcessingMs: 40 });
    writeFleet(ws);
    const plan = await ws.cli(["plan"], env);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain("immediate — not versioned, no platform rollback");
    expect(plan.stdout).toContain("reaches every agent that uses it, at once: sales, support");
    expect(plan.stdout).toContain("(known after apply: knowledge base manuals)");

    const first = await ws.cli(["apply", "--yes", "--format", "json"], env);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout.trim().split("\n").at(-1)!) as { type: string; resources: Array<{ kind: string; name: string; status: string }> };
    expect(summary.resources.map((r) => [r.kind, r.name, r.status])).toEqual([
      ["knowledgeBase", "manuals", "applied"],
      ["subscriptions", "support", "applied"],
      ["webhook", "crm", "applied"],
    ]);
    const [kb] = ws.emulator.state.knowledgeBases();
    expect(kb!.description).toBe("Router docs [managed by atoms-gitops]");
    expect(kb!.items.map((i) => [i.doc.fileName.replace(/\.[0-9a-f]{12}\.pdf$/, ""), i.doc.processingStatus]).sort()).toEqual([["faq", "completed"], ["handbook", "completed"]]);
    expect(kb!.urls.map((u) => [u.doc.url, u.doc.status])).toEqual([["https://example.com/pricing", "indexed"]]);
    const [hook] = ws.emulator.state.webhooks();
    expect(hook!.headers).toEqual({ Authorization: `Bearer ${TOKEN}` });
    expect(liveConfig(ws, "support").globalKnowledgeBaseId).toBe(kb!._id);
    expect(JSON.stringify(liveConfig(ws, "sales").tools)).toContain(kb!._id);
    const supportId = ws.emulator.state.agents.find((a) => a.name === "support")!._id;
    expect(ws.emulator.state.subscriptions().map((s) => [s.agentId, s.webhookId, s.eventType]).sort()).toEqual([
      [supportId, hook!._id, "post-conversation"],
      [supportId, hook!._id, "pre-conversation"],
    ]);
    for (const out of [plan.stdout, plan.stderr, first.stdout, first.stderr]) {
      expect(out).not.toContain(TOKEN);
      expect(out).not.toContain(hook!.secret);
    }

    const again = await ws.cli(["plan", "--detailed-exitcode"], env);
    expect(again.code, again.stdout).toBe(0);
    // A fresh clone: nothing but the repository, no journal, no cache.
    const clone = mkdtempSync(join(tmpdir(), "atoms-gitops-clone-"));
    const cache = mkdtempSync(join(tmpdir(), "atoms-gitops-cache-"));
    dirs.push(clone, cache);
    cpSync(join(ws.dir, "agents"), join(clone, "agents"), { recursive: true });
    const fresh = await runCli(["plan", "--detailed-exitcode"], { cwd: clone, env: { ATOMS_API_KEY: EMULATOR_KEY, ATOMS_BASE_URL: ws.baseUrl, XDG_CACHE_HOME: cache, ...env } });
    expect(fresh.code, fresh.stdout + fresh.stderr).toBe(0);

    // A changed PDF replaces exactly its own item; the other one stays.
    const faqBefore = kb!.items.find((i) => i.doc.fileName.startsWith("faq."))!.doc._id;
    const handbookBefore = kb!.items.find((i) => i.doc.fileName.startsWith("handbook."))!.doc._id;
    ws.write("agents/kb/docs/handbook.pdf", pdf("handbook v2"));
    const replacePlan = await ws.cli(["plan", "--format", "json"], env);
    const doc = JSON.parse(replacePlan.stdout) as { resources: Array<{ kind: string; action: string; changes: Array<{ op: string; itemId?: string }> }> };
    expect(doc.resources.filter((r) => r.action !== "noop").map((r) => [r.kind, r.changes.map((c) => c.op)])).toEqual([["knowledgeBase", ["replace-file"]]]);
    expect(doc.resources[0]!.changes[0]!.itemId).toBe(handbookBefore);
    const replaced = await ws.cli(["apply", "--yes"], env);
    expect(replaced.code, replaced.stdout + replaced.stderr).toBe(0);
    const items = ws.emulator.state.knowledgeBases()[0]!.items;
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.doc._id)).toContain(faqBefore);
    expect(items.map((i) => i.doc._id)).not.toContain(handbookBefore);

    // A removed URL deletes its scraped row.
    ws.write("agents/kb/manuals.yaml", KB([]));
    expect((await ws.cli(["apply", "--yes"], env)).code).toBe(0);
    expect(ws.emulator.state.knowledgeBases()[0]!.urls).toEqual([]);

    // A header change re-sends the whole set, without ever printing it.
    const rotated = { CRM_TOKEN: TOKEN2 };
    const headerPlan = await ws.cli(["plan"], rotated);
    expect(headerPlan.stdout).toContain("the whole set of 1 header(s) is sent again (values hidden)");
    expect(headerPlan.stdout).not.toContain(TOKEN2);
    const resent = await ws.cli(["apply", "--yes"], rotated);
    expect(resent.code, resent.stdout + resent.stderr).toBe(0);
    expect(ws.emulator.state.webhooks()[0]!.headers).toEqual({ Authorization: `Bearer ${TOKEN2}` });
    expect((await ws.cli(["plan", "--detailed-exitcode"], rotated)).code).toBe(0);

    // Removing the webhook from an agent deletes its subscriptions.
    ws.write("agents/support.yaml", SUPPORT(false));
    const unsub = await ws.cli(["apply", "--yes"], rotated);
    expect(unsub.code, unsub.stdout + unsub.stderr).toBe(0);
    expect(ws.emulator.state.subscriptions()).toEqual([]);
    expect((await ws.cli(["plan", "--detailed-exitcode"], rotated)).code).toBe(0);
  });

  it("an apply of a knowledge base alone reports the time it took, its processing wait included", async () => {
    ws = await startWorkspace({ model, kbProcessingMs: 4000 });
    writeFleet(ws);
    expect((await ws.cli(["apply", "--yes"], env)).code).toBe(0);
    ws.write("agents/kb/docs/handbook.pdf", pdf("handbook v3"));
    const replaced = await ws.cli(["apply", "--yes", "--format", "json"], env);
    expect(replaced.code, replaced.stdout + replaced.stderr).toBe(0);
    const summary = JSON.parse(replaced.stdout.trim().split("\n").at(-1)!) as { summary: Record<string, number>; durationMs: number };
    expect(summary.summary.applied).toBe(0);
    // On the workspace's virtual clock: the upload's processing (4 s on the emulator) is waited out within the run.
    expect(summary.durationMs).toBeGreaterThanOrEqual(4000);
  });

  it("--prune deletes an unreferenced knowledge base the tool created and refuses one an agent still uses", async () => {
    ws = await startWorkspace({ model, kbProcessingMs: 0 });
    const kbFile = (name: string) => `apiVersion: atoms-gitops/v1\nkind: KnowledgeBase\nmetadata:\n  name: ${name}\nspec:\n  urls: [https://example.com/${name}]\n`;
    ws.write("agents/old.yaml", kbFile("old"));
    ws.write("agents/kept.yaml", kbFile("kept"));
    ws.write("agents/a.yaml", agent("a", "", "  knowledgeBase: kept\n"));
    expect((await ws.cli(["apply", "--yes"])).code).toBe(0);
    const keptId = ws.emulator.state.knowledgeBases().find((k) => k.name === "kept")!._id;
    const foreign = ws.emulator.control.seedKnowledgeBase({ name: "dashboard-made" });
    ws.remove("agents/old.yaml");
    ws.remove("agents/kept.yaml");
    // The agent now points at the knowledge base by its id: it still uses it.
    ws.write("agents/a.yaml", agent("a", "", `  globalKnowledgeBaseId: "${keptId}"\n`));
    const plan = await ws.cli(["plan", "--prune"]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('knowledge base "old" will be DELETED');
    expect(plan.stdout).toMatch(/knowledge base "kept" .*not deleted: still used by a/);
    expect(plan.stdout).not.toContain("dashboard-made");
    const apply = await ws.cli(["apply", "--yes", "--prune"]);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(ws.emulator.state.knowledgeBases().map((k) => k._id).sort()).toEqual([foreign, keptId].sort());
  });

  it("--prune stops with the platform's refusal when an agent outside the definitions still uses the knowledge base", async () => {
    ws = await startWorkspace({ model, kbProcessingMs: 0 });
    ws.write("agents/kb.yaml", "apiVersion: atoms-gitops/v1\nkind: KnowledgeBase\nmetadata:\n  name: old\nspec:\n  urls: [https://example.com/old]\n");
    ws.write("agents/a.yaml", agent("a", "", ""));
    expect((await ws.cli(["apply", "--yes"])).code).toBe(0);
    const kbId = ws.emulator.state.knowledgeBases()[0]!._id;
    // Made in the dashboard, pointing at the knowledge base: not this tool's agent, so the plan cannot see its config.
    ws.emulator.control.seedAgent({ name: "dashboard-bot", config: { globalKnowledgeBaseId: kbId } });
    ws.remove("agents/kb.yaml");
    const r = await ws.cli(["apply", "--yes", "--prune"]);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain("knowledgeBase old: failed: refused by the platform: an agent still uses this knowledge base");
    expect(ws.emulator.state.knowledgeBases().map((k) => k._id)).toEqual([kbId]);
  });

  it("refuses bad input with located errors, exit 1 and nothing written", async () => {
    ws = await startWorkspace({ model });
    const cases: Array<[string, string, string]> = [
      ["agents/kb.yaml", KB().replace("docs/faq.pdf", "docs/notes.txt"), "kb/not-pdf"],
      ["agents/kb.yaml", KB().replace("docs/faq.pdf", "../../../outside.pdf"), "ref/outside-repo"],
      ["agents/a.yaml", agent("a", "", "  knowledgeBase: nope\n"), "ref/unknown-knowledge-base"],
      ["agents/a.yaml", agent("a", "  webhook: { name: nope, events: [pre-conversation] }\n", ""), "ref/unknown-webhook"],
      ["agents/a.yaml", agent("a", "  webhook: { name: crm, events: [mid-call] }\n", ""), "metadata.webhook.events[0] must be one of pre-conversation, post-conversation, analytics-completed"],
      ["agents/h.yaml", HOOK.replace("Authorization:", "Content-Length:"), "webhook/reserved-header"],
    ];
    for (const [file, text, code] of cases) {
      ws.write("agents/kb/docs/handbook.pdf", pdf("h"));
      ws.write("agents/kb/docs/faq.pdf", pdf("f"));
      ws.write("agents/hooks/crm.yaml", HOOK);
      ws.write(file, text);
      const r = await ws.cli(["apply", "--yes"], env);
      expect(r.code, `${file}: ${r.stdout}${r.stderr}`).toBe(1);
      expect(r.stdout + r.stderr).toContain(code);
      expect(r.stdout + r.stderr).not.toContain(TOKEN);
      expect(writesIn(ws.emulator)).toEqual([]);
      ws.remove(file);
    }
  });

  it("--agent resolves names to existing knowledge bases and never sends a placeholder for a missing one", async () => {
    ws = await startWorkspace({ model, kbProcessingMs: 0 });
    writeFleet(ws);
    const early = await ws.cli(["apply", "--yes", "--agent", "sales"], env);
    expect(early.code).not.toBe(0);
    expect(early.stdout + early.stderr).toContain('knowledge base "manuals" does not exist yet');
    expect(ws.emulator.state.agents.filter((a) => a.name === "sales")).toEqual([]);
    expect((await ws.cli(["apply", "--yes"], env)).code).toBe(0);
    const kbId = ws.emulator.state.knowledgeBases()[0]!._id;
    ws.write("agents/sales.yaml", SALES.replace("Search the manuals.", "Search the router manuals."));
    const subset = await ws.cli(["apply", "--yes", "--agent", "sales"], env);
    expect(subset.code, subset.stdout + subset.stderr).toBe(0);
    expect(JSON.stringify(liveConfig(ws, "sales").tools)).toContain(kbId);
  });

  it("applies a saved plan exactly as reviewed, and refuses it when a knowledge base or webhook moved since", async () => {
    ws = await startWorkspace({ model, kbProcessingMs: 0 });
    writeFleet(ws);
    const saved = await ws.cli(["plan", "--out", "plan.json"], env);
    expect(saved.code, saved.stderr).toBe(0);
    const applied = await ws.cli(["apply", "plan.json", "--yes"], env);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(liveConfig(ws, "support").globalKnowledgeBaseId).toBe(ws.emulator.state.knowledgeBases()[0]!._id);
    expect((await ws.cli(["plan", "--detailed-exitcode"], env)).code).toBe(0);

    ws.write("agents/kb/docs/faq.pdf", pdf("faq v2"));
    expect((await ws.cli(["plan", "--out", "plan2.json"], env)).code).toBe(0);
    // Someone edits the knowledge base in the dashboard between review and deploy.
    const kbId = ws.emulator.state.knowledgeBases()[0]!._id;
    const res = await fetch(`${ws.baseUrl}/knowledgebase/${kbId}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${EMULATOR_KEY}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "manuals", description: "edited by hand [managed by atoms-gitops]" }),
    });
    expect(res.status).toBe(200);
    const writes = writesIn(ws.emulator).length;
    const stale = await ws.cli(["apply", "plan2.json", "--yes"], env);
    expect(stale.code, stale.stdout + stale.stderr).toBe(6);
    expect(stale.stdout + stale.stderr).toContain("knowledgeBase manuals changed since the plan was made");
    expect(writesIn(ws.emulator)).toHaveLength(writes);
  });

  it("stops waiting for processing at --kb-processing-timeout and applies none of the agents that depend on it", async () => {
    ws = await startWorkspace({ model, kbProcessingMs: 60_000 });
    writeFleet(ws);
    const r = await ws.cli(["apply", "--yes", "--kb-processing-timeout", "1"], env);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('knowledge base "manuals": 3 file(s)/URL(s) still processing after 1 s');
    expect(ws.emulator.state.agents.map((a) => a.name)).toEqual([]);
  });

  it("a failed processing stops the agents that depend on it, leaves their live versions alone and names the file", async () => {
    ws = await startWorkspace({ model, kbProcessingMs: 20 });
    ws.write("agents/support.yaml", agent("support", "", ""));
    expect((await ws.cli(["apply", "--yes"])).code).toBe(0);
    const id = ws.emulator.state.agents.find((a) => a.name === "support")!._id;
    const live = ws.emulator.state.activeVersion(id)!.doc._id;
    ws.write("agents/kb/manuals.yaml", KB([]));
    ws.write("agents/kb/docs/handbook.pdf", pdf("h"));
    ws.write("agents/kb/docs/faq.pdf", pdf("f"));
    ws.write("agents/support.yaml", agent("support", "", "  knowledgeBase: manuals\n"));
    ws.emulator.control.failNextKbProcessing("items", 1);
    const r = await ws.cli(["apply", "--yes"]);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/processing of file agents\/kb\/docs\/handbook\.pdf failed/);
    expect(r.stdout + r.stderr).toMatch(/support.*knowledge base "manuals" is not ready/);
    expect(ws.emulator.state.activeVersion(id)!.doc._id).toBe(live);
    expect(ws.emulator.state.versions(id)).toHaveLength(1);
  });
});
