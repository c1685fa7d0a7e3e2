import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { loadDefinitions } from "../../../src/load/index.js";
import { formatDiagnostic } from "../../../src/model/diagnostic.js";
import { agentYaml, tempRepo } from "./helpers.js";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
function repo(files: Record<string, string | Buffer>): string {
  const root = tempRepo(files);
  roots.push(root);
  return root;
}
const SECRET = "hdr-secret-value-42";
const load = (root: string) => loadDefinitions({ dir: "agents", cwd: root, processEnv: { CRM_TOKEN: SECRET } });
const shown = (ds: { diagnostics: Parameters<typeof formatDiagnostic>[0][] }) => ds.diagnostics.map(formatDiagnostic).join("\n");

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
const KB = `apiVersion: atoms-gitops/v1
kind: KnowledgeBase
metadata:
  name: manuals
  description: Router docs
spec:
  files: [docs/handbook.pdf]
  urls: [https://example.com/pricing]
`;
const HOOK = (headers = "    Authorization: Bearer ${env.CRM_TOKEN}\n") => `apiVersion: atoms-gitops/v1
kind: Webhook
metadata:
  name: crm
spec:
  endpoint: https://hooks.example.com/atoms
  description: CRM sync
  headers:
${headers}`;
const AGENT = agentYaml(
  "support",
  "  knowledgeBase: manuals\n  tools:\n    - { type: knowledge_base_search, name: search, description: Search., knowledgeBase: manuals }\n",
).replace("  name: support\n", "  name: support\n  webhook: { name: crm, events: [post-conversation] }\n");

describe("KnowledgeBase and Webhook kinds", () => {
  it("loads them beside the agents, never as agents, with the file digest and the header values kept out of diagnostics", async () => {
    const root = repo({ "agents/kb/manuals.yaml": KB, "agents/kb/docs/handbook.pdf": PDF, "agents/hooks/crm.yaml": HOOK(), "agents/support.yaml": AGENT });
    const r = await load(root);
    expect(shown(r)).toBe("");
    expect(r.definitions.map((d) => d.metadata.name)).toEqual(["support"]);
    expect(r.fileCount).toBe(1);
    expect(r.knowledgeBases?.map((k) => [k.name, k.description, k.urls])).toEqual([["manuals", "Router docs", ["https://example.com/pricing"]]]);
    const file = r.knowledgeBases![0]!.files[0]!;
    expect(file.uploadName).toMatch(/^handbook\.[0-9a-f]{12}\.pdf$/);
    expect(file.size).toBe(PDF.length);
    expect(r.webhooks?.[0]).toMatchObject({ name: "crm", endpoint: "https://hooks.example.com/atoms", headers: { Authorization: `Bearer ${SECRET}` } });
    expect(r.definitions[0]!.metadata.webhook).toEqual({ name: "crm", events: ["post-conversation"] });
  });

  const cases: Array<[string, Record<string, string | Buffer>, RegExp]> = [
    ["a .txt source", { "agents/kb.yaml": KB.replace("docs/handbook.pdf", "docs/notes.txt"), "agents/docs/notes.txt": "hello" }, /agents\/kb\.yaml:7:\d+ error kb\/not-pdf: .*not a PDF.*cannot create text items/],
    ["a text source", { "agents/kb.yaml": KB.replace("  urls:", "  text: hello\n  urls:"), "agents/docs/handbook.pdf": PDF }, /agents\/kb\.yaml:\d+:\d+ error kb\/text-source: .*cannot create text items/],
    ["a file with no PDF content", { "agents/kb.yaml": KB, "agents/docs/handbook.pdf": "plain text" }, /error kb\/not-pdf: .*does not start with %PDF-/],
    ["a path outside the repository", { "agents/kb.yaml": KB.replace("docs/handbook.pdf", "../../outside.pdf") }, /agents\/kb\.yaml:7:\d+ error ref\/outside-repo: knowledge-base file/],
    ["a reserved header", { "agents/h.yaml": HOOK("    Content-Type: text/plain\n") }, /agents\/h\.yaml:9:5 error webhook\/reserved-header: .*"Content-Type" is a reserved header name/],
    ["a reserved host header", { "agents/h.yaml": HOOK("    host: x\n") }, /error webhook\/reserved-header/],
    [
      "more than 10 headers",
      { "agents/h.yaml": HOOK(Array.from({ length: 11 }, (_, i) => `    X-H${i}: v\n`).join("")) },
      /error webhook\/too-many-headers: spec\.headers: 11 headers; the API allows at most 10/,
    ],
    ["an unknown knowledge base", { "agents/a.yaml": agentYaml("a", "  knowledgeBase: manualz\n"), "agents/kb.yaml": KB, "agents/docs/handbook.pdf": PDF }, /agents\/a\.yaml:6:\d+ error ref\/unknown-knowledge-base: no knowledge base named "manualz".*did you mean "manuals"/],
    [
      "an unknown webhook",
      { "agents/a.yaml": agentYaml("a").replace("  name: a\n", "  name: a\n  webhook: { name: nope, events: [pre-conversation] }\n") },
      /agents\/a\.yaml:5:\d+ error ref\/unknown-webhook: no webhook named "nope"/,
    ],
    [
      "an invalid event type",
      { "agents/a.yaml": agentYaml("a").replace("  name: a\n", "  name: a\n  webhook: { name: crm, events: [mid-conversation] }\n"), "agents/h.yaml": HOOK() },
      /agents\/a\.yaml:5:\d+ error .*(pre-conversation|must be equal)/,
    ],
  ];
  for (const [what, files, expected] of cases) {
    it(`refuses ${what} with a located error`, async () => {
      const r = await load(repo(files));
      const text = shown(r);
      expect(text).toMatch(expected);
      expect(text).not.toContain(SECRET);
    });
  }
});
