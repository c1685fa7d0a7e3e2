import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../../src/model/plan.js";
import { PLAN_SCHEMA, parsePlanJson, renderPlanJson, renderPlanMarkdown, renderPlanText } from "../../../src/plan/index.js";
import { definition, observed, oid, plan, PROMPT } from "./builders.js";
import { samplePlan, SECRETS } from "./scenario.js";
import { expectGolden as expectGoldenFile } from "../../helpers/golden.js";

const GOLDEN_DIR = resolve(import.meta.dirname, "../../fixtures/render");

const expectGolden = (name: string, actual: string): void => expectGoldenFile(join(GOLDEN_DIR, name), actual);

function noChangesPlan(): Plan {
  const def = definition("quiet-bot", { prompt: "Shh." });
  return plan({ definitions: [{ definition: def, observed: observed("quiet-bot", { prompt: "Shh." }, { id: oid(1), activeVersionId: oid(2) }) }] });
}

/** `n` agents whose prompts all change on many lines. */
function bigPlan(n: number, lines = 60): Plan {
  const definitions = Array.from({ length: n }, (_, i) => {
    const name = `agent-${String(i).padStart(3, "0")}`;
    const before = Array.from({ length: lines }, (_, j) => `Line ${j} of the ${name} prompt, as it is live today.`).join("\n");
    const after = Array.from({ length: lines }, (_, j) => (j % 2 === 0 ? `Line ${j} of the ${name} prompt, rewritten in git.` : `Line ${j} of the ${name} prompt, as it is live today.`)).join("\n");
    return { definition: definition(name, { prompt: after }), observed: observed(name, { prompt: before }, { id: oid(1000 + i), activeVersionId: oid(5000 + i) }) };
  });
  return plan({ definitions });
}

describe("renderPlanText", () => {
  it("matches the golden plan", async () => {
    expectGolden("sample.txt", renderPlanText(samplePlan()));
  });

  it("says there is nothing to do", async () => {
    const text = renderPlanText(noChangesPlan());
    expect(text).toBe("No changes. Live agents match the definitions.\n");
    expectGolden("no-changes.txt", text);
  });

  it("colours only when asked", async () => {
    expect(renderPlanText(samplePlan())).not.toContain("\u001b[");
    const coloured = renderPlanText(samplePlan(), { color: true });
    expect(coloured).toContain("\u001b[32m+\u001b[39m create");
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(renderPlanText(samplePlan()));
  });
});

describe("renderPlanMarkdown", () => {
  it("matches the golden plan", async () => {
    const md = renderPlanMarkdown(samplePlan());
    expect(md.split("\n")[0]).toBe("<!-- atoms-gitops:plan env=prod -->");
    expect(md.indexOf("\n- `~` **")).toBeGreaterThan(0);
    expect(md.indexOf("\n- `~` **")).toBeLessThan(md.indexOf("<details>"));
    expect(md).toContain("> [!WARNING]");
    expectGolden("sample.md", md);
  });

  it("no changes", async () => {
    const md = renderPlanMarkdown(noChangesPlan(), { marker: "<!-- custom -->", footer: "footer" });
    expect(md).toContain("## ✅ atoms-gitops plan (prod): No changes");
    expectGolden("no-changes.md", md);
  });

  it("stays under the size limit and says what was cut (golden, small limit)", async () => {
    const md = renderPlanMarkdown(bigPlan(6, 30), { maxLength: 6000, maxDiffLines: 40 });
    expect(md.length).toBeLessThanOrEqual(6000);
    expect(md).toMatch(/details omitted: see the plan artifact/);
    expect(md).toMatch(/lines omitted: see the plan artifact/);
    expectGolden("oversized.md", md);
  });

  it("500 agents stay under GitHub's 65,536 characters with every agent in the table or counted", async () => {
    const md = renderPlanMarkdown(bigPlan(500));
    expect(md.length).toBeLessThanOrEqual(65_536);
    const listed = (md.match(/^- `~` \*\*agent-/gm) ?? []).length;
    const more = /… (\d+) more agents not listed/.exec(md);
    expect(listed + Number(more?.[1] ?? 0)).toBe(500);
    expect(md).toMatch(/agents' details omitted: see the plan artifact/);
    // What was cut is said before the first agent's details.
    expect(md.indexOf("details omitted")).toBeLessThan(md.indexOf("<details>"));
    expect(md.indexOf("atoms-gitops show plan.json")).toBeLessThan(md.indexOf("<details>"));
  });

  it("names fields as a reader does, without /spec/, in the list and in the diffs; JSON keeps the pointers", async () => {
    const p = samplePlan();
    const md = renderPlanMarkdown(p);
    expect(md).not.toContain("/spec/");
    expect(md).not.toMatch(/`\/metadata\//);
    expect(md).toContain("update: `prompt`, `tools`, `synthesizer/speed`, `preCallAPI/headers/X-Api-Key`, `metadata/description`");
    expect(md).toContain("<b>@@ synthesizer/speed @@</b>");
    expect(renderPlanJson(p)).toContain('"path": "/spec/synthesizer/speed"');
  });

  it("keeps content that starts with '-' or holds backtick fences from breaking the diff", async () => {
    const def = definition("fence-bot", { prompt: "- a list item\n```js\ncode\n```\n" });
    const md = renderPlanMarkdown(plan({ definitions: [{ definition: def, observed: observed("fence-bot", { prompt: "- a list item\n" }) }] }));
    expect(md).toContain("<pre>");
    expect(md).toContain("\n - a list item\n");
    expect(md).toContain("\n+```js\n");
    // Inside the <pre>, markup is escaped so a prompt cannot close it.
    const prompt = "</pre><script>x</script>";
    const hostile = renderPlanMarkdown(plan({ definitions: [{ definition: definition("html-bot", { prompt }), observed: observed("html-bot", { prompt: "a" }) }] }));
    expect(hostile).not.toContain("</pre><script>");
    expect(hostile).toContain("&lt;/pre&gt;&lt;script&gt;");
  });
});

describe("renderPlanJson", () => {
  const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../schemas/plan.schema.json"), "utf8")));

  it("schemas/plan.schema.json is PLAN_SCHEMA", async () => {
    const onDisk = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../schemas/plan.schema.json"), "utf8"));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(PLAN_SCHEMA)));
  });

  it("validates against the schema and matches the golden", async () => {
    const text = renderPlanJson(samplePlan());
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    expectGolden("sample.json", text);
  });

  it("round-trips through parsePlanJson", async () => {
    const p = samplePlan();
    const parsed = await parsePlanJson(renderPlanJson(p));
    expect(parsed.diagnostics).toEqual([]);
    expect(renderPlanJson(parsed.plan!)).toBe(renderPlanJson(p));
  });
});

describe("sensitive values", () => {
  it("never appear in any format; they show as (sensitive) or a digest", async () => {
    const p = samplePlan();
    const outputs = { text: renderPlanText(p), markdown: renderPlanMarkdown(p), json: renderPlanJson(p) };
    for (const [format, out] of Object.entries(outputs)) {
      for (const secret of SECRETS) expect(out, `${format} leaks ${secret}`).not.toContain(secret);
    }
    expect(outputs.text).toContain("/spec/preCallAPI/headers/X-Api-Key: (sensitive)");
    expect(outputs.markdown).toContain("(sensitive) changed");
    expect(outputs.json).toMatch(/"digest": "sha256:[0-9a-f]{64}",\s+"sensitive": true/);
  });

  it("masks secrets inside a tools list while the tool stays readable", async () => {
    const json = JSON.parse(renderPlanJson(samplePlan())) as Plan;
    const support = json.agents.find((a) => a.name === "support-bot")!;
    const tools = support.changes.find((c) => c.path === "/spec/tools")!.after as Array<Record<string, unknown>>;
    const lookup = tools.find((t) => t["name"] === "lookup_order")!;
    expect(lookup["url"]).toBe("https://api.example.com/orders/{{orderId}}");
    expect((lookup["headers"] as Record<string, unknown>)["Authorization"]).toMatchObject({ sensitive: true });
    // Tool headers are credentials whatever their source.
    expect((lookup["headers"] as Record<string, unknown>)["X-Trace"]).toMatchObject({ sensitive: true });
  });

  it("a new tool shows where it sends the call or the caller, never credentials, query values or header values", async () => {
    const lookup = {
      type: "api_call",
      name: "lookup_order",
      description: "Look up an order.",
      url: "https://orders:hunter2@api.acme.example/v1/orders/{{order_id}}?api_key=QK_live_77",
      method: "POST",
      headers: { Authorization: "Bearer tok_HDR_1" },
      headersArray: [{ key: "X-Tenant", value: "tenant_HDR_2" }],
      queryParams: [{ key: "region", value: "QP_eu_west" }],
      llmParameters: [{ name: "order_id", description: "The order number.", type: "text" }],
    };
    const transfer = { type: "transfer_call", name: "to_billing", description: "Billing disputes.", transferNumber: "+14155550142", transferOption: { type: "warm_transfer" } };
    const def = definition("tool-bot", { prompt: PROMPT, tools: [lookup, transfer] });
    const p = plan({ definitions: [{ definition: def, observed: observed("tool-bot", { prompt: PROMPT, tools: [] }) }] });
    const text = renderPlanText(p);
    const md = renderPlanMarkdown(p);
    for (const out of [text, md]) {
      for (const secret of ["hunter2", "orders:", "QK_live_77", "api_key", "tok_HDR_1", "tenant_HDR_2", "QP_eu_west"]) expect(out).not.toContain(secret);
    }
    expect(text).toContain('          + tool "lookup_order" (api_call)\n          +     description: "Look up an order."\n          +     request: POST https://api.acme.example/v1/orders/{{order_id}}?…\n');
    expect(text).toContain("+     parameters: order_id\n");
    expect(text).toContain("+     query parameters: region (values not shown)\n");
    expect(text).toContain("+     headers: Authorization, X-Tenant (values not shown)\n");
    expect(text).toContain('+     transfer to: "+14155550142"\n          +     transfer type: warm_transfer\n');
    expect(md).toContain("\n+     request: POST https://api.acme.example/v1/orders/{{order_id}}?…\n");
    expect(md).toContain('\n+     transfer to: "+14155550142"\n');
    expectGolden("new-tools.txt", text);
    expectGolden("new-tools.md", md);
  });

  it("a one-line prompt change marks the changed words, in the terminal and in Markdown (golden)", async () => {
    const long = "You are Ava, the support agent of Acme. Greet the caller by name, confirm the account number they give you, and never read a full card number back to them, even when they ask for it.";
    const edited = long.replace("confirm the account number", "confirm the account number and postcode").replace("even when", "not even when");
    const p = plan({ definitions: [{ definition: definition("ava", { prompt: edited }), observed: observed("ava", { prompt: long }) }] });
    const text = renderPlanText(p);
    const md = renderPlanMarkdown(p);
    expect(md).toContain("<ins>and postcode</ins>");
    expect(md).toContain("<ins>not</ins>");
    expectGolden("prompt-word-marks.txt", text);
    expectGolden("prompt-word-marks.md", md);
  });

  it("a changed tool URL shows host and path; a change only in the query string or credentials says so without showing it", async () => {
    const tool = (url: string) => ({ type: "api_call", name: "status", description: "Status.", url, method: "GET" });
    const moved = plan({ definitions: [{ definition: definition("a", { prompt: PROMPT, tools: [tool("https://new.acme.example/v2/status?k=S3CR3T_A")] }), observed: observed("a", { prompt: PROMPT, tools: [tool("https://old.acme.example/v1/status?k=S3CR3T_B")] }) }] });
    expect(renderPlanText(moved)).toContain('~ tool "status": url https://old.acme.example/v1/status?… -> https://new.acme.example/v2/status?…');
    const rekeyed = plan({ definitions: [{ definition: definition("a", { prompt: PROMPT, tools: [tool("https://u:S3CR3T_C@acme.example/s?k=S3CR3T_A")] }), observed: observed("a", { prompt: PROMPT, tools: [tool("https://acme.example/s?k=S3CR3T_B")] }) }] });
    const out = renderPlanText(rekeyed) + renderPlanMarkdown(rekeyed);
    expect(out).toContain('tool "status": url (query string or credentials changed, not shown)');
    expect(out).not.toMatch(/S3CR3T/);
  });

  it("a prompt built from ${env.*} is masked before and after", async () => {
    const def = definition("p", { prompt: `${PROMPT}\nCode: QX9911Z` }, { sensitivePaths: ["/spec/prompt"] });
    const p = plan({ definitions: [{ definition: def, observed: observed("p", { prompt: `${PROMPT}\nCode: QX1234Z` }) }] });
    for (const out of [renderPlanText(p), renderPlanMarkdown(p), renderPlanJson(p)]) {
      expect(out).not.toContain("QX9911Z");
      expect(out).not.toContain("QX1234Z");
    }
  });
});

describe("parsePlanJson", () => {
  const good = () => JSON.parse(renderPlanJson(samplePlan())) as Record<string, unknown>;

  it("rejects an unknown major format version", async () => {
    const r = await parsePlanJson(JSON.stringify({ ...good(), formatVersion: "2.0" }), "plan.json");
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "plan/format-version", file: "plan.json" })]);
  });

  it("accepts a newer minor version", async () => {
    expect((await parsePlanJson(JSON.stringify({ ...good(), formatVersion: "1.7", futureField: 1 }))).plan).toBeDefined();
  });

  it("reports missing fields and bad values, all at once", async () => {
    const doc = good();
    delete doc["summary"];
    (doc["agents"] as Array<Record<string, unknown>>)[0]!["action"] = "explode";
    const r = await parsePlanJson(JSON.stringify(doc));
    expect(r.plan).toBeUndefined();
    const messages = r.diagnostics.map((d) => d.message).join("\n");
    expect(messages).toContain("summary");
    expect(r.diagnostics.some((d) => d.path === "/agents/0/action")).toBe(true);
  });

  it("rejects non-JSON and summaries that disagree with the agents", async () => {
    expect((await parsePlanJson("not json")).diagnostics[0]?.code).toBe("plan/invalid-json");
    const doc = good();
    (doc["summary"] as Record<string, number>)["update"] = 9;
    expect((await parsePlanJson(JSON.stringify(doc))).diagnostics[0]?.code).toBe("plan/summary-mismatch");
  });
});
