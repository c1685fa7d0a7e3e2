import { afterEach, describe, expect, it } from "vitest";
import { applyWorkspace, createClient, journalDirFor, loadDefinitions, planWorkspace } from "../../src/index.js";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { EMULATOR_KEY, startWorkspace, type Workspace } from "../helpers/workspace.js";
import { join } from "node:path";

describe("working on both versioning models", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("a workspace migrated from versions to branches between two applies keeps working, no flag changed", async () => {
    ws = await startWorkspace({ model: "versions" });
    const id = ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    const first = await ws.cli(["apply", "--yes", "--verbose"]);
    expect(first.code, first.stderr).toBe(0);
    expect(ws.emulator.requests.some((r) => r.method === "POST" && r.path.endsWith("/drafts"))).toBe(true);

    ws.emulator.control.setModel("branches");
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.5")));
    const plan = await ws.cli(["plan", "--format", "json"]);
    expect(JSON.parse(plan.stdout).target.apiModel).toBe("branches");
    const second = await ws.cli(["apply", "--yes", "--verbose"]);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stderr).toMatch(/api model: branches/);
    expect(ws.emulator.requests.some((r) => r.method === "PUT" && r.path.includes("/branches/"))).toBe(true);
    const agent = ws.emulator.state.agent(id)!;
    expect(agent.activeVersionId).toBeTruthy();
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(0);
    expect(ws.emulator.state.openDrafts()).toBe(0);
  });

  it("branches: an edit of the branch draft by someone else between our patch and publish is reported; nothing is overwritten or published", async () => {
    ws = await startWorkspace({ model: "branches" });
    const id = ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    const headBefore = ws.emulator.state.agent(id)!.activeVersionId;

    // Someone edits the same branch draft in the dashboard right after our write is verified.
    let interfered = false;
    let verified = false;
    const fetchWithColleague = async (req: Request): Promise<Response> => {
      const url = new URL(req.url);
      if (req.method === "GET" && url.searchParams.has("draftId")) verified = true;
      // The last read before publishing (publish's own check of the draft): the narrowest window there is.
      if (!interfered && verified && req.method === "GET" && url.pathname.endsWith("/draft")) {
        interfered = true;
        const branches = (await (await ws.emulator.fetch(authed(`${ws.baseUrl}/agent/${id}/branches`))).json()) as {
          data: { branches: Array<{ branch: { _id: string }; isLive: boolean }> };
        };
        const live = branches.data.branches.find((b) => b.isLive)!.branch._id;
        const res = await ws.emulator.fetch(
          authed(`${ws.baseUrl}/agent/${id}/branches/${live}/draft`, "PUT", { firstMessage: "Edited by a colleague" }),
        );
        expect(res.status).toBe(200);
      }
      return ws.emulator.fetch(req);
    };
    const load = await loadDefinitions({ dir: join(ws.dir, "agents"), cwd: ws.dir, processEnv: {} });
    const client = createClient({ baseUrl: ws.baseUrl, apiKey: EMULATOR_KEY, fetch: fetchWithColleague });
    const { plan, definitions } = await planWorkspace({ load, client, dir: "agents" });
    const result = await applyWorkspace({ plan, definitions, saved: false }, { client, label: "atoms-gitops test", journal: { dir: journalDirFor(ws.dir) } });

    expect(interfered).toBe(true);
    expect(result.ok).toBe(false);
    const agent = result.agents.find((a) => a.name === "alpha")!;
    expect(agent.status).toBe("failed");
    expect(agent.error?.message).toMatch(/edited by someone else/);
    expect(ws.emulator.requests.some((r) => r.path.endsWith("/draft/publish"))).toBe(false);
    expect(ws.emulator.state.agent(id)!.activeVersionId).toBe(headBefore);
    // The colleague's draft is still there: we did not discard their work.
    expect(ws.emulator.state.openDrafts(id)).toBe(1);
  });

  function authed(url: string, method = "GET", body?: unknown): Request {
    return new Request(url, {
      method,
      headers: { authorization: `Bearer ${EMULATOR_KEY}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
});
