import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

describe.each(["versions", "branches"] as const)("unmanaged agents and --prune against the %s model", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  /** keep (defined), owned (the tool published for it, then its file was deleted), foreign (never touched), guarded (protected). */
  async function workspace() {
    ws = await startWorkspace({ model });
    const owned = ws.emulator.control.seedAgent({ name: "owned", config: BASE_CONFIG });
    ws.write("agents/keep.yaml", agentYaml("keep", BASE_SPEC));
    ws.write("agents/owned.yaml", agentYaml("owned", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    expect((await ws.cli(["apply", "--yes", "--label", "atoms-gitops abc1234"])).code).toBe(0);
    rmSync(join(ws.dir, "agents/owned.yaml"));
    const ids = {
      keep: ws.emulator.state.agents.find((a) => a.name === "keep")!._id,
      owned,
      foreign: ws.emulator.control.seedAgent({ name: "foreign", config: BASE_CONFIG }),
      // What the engine records for `metadata.protect: true` (see docs/operations.md): the marker in its label.
      guarded: ws.emulator.control.seedAgent({
        name: "guarded",
        config: BASE_CONFIG,
        versions: [{ config: { firstMessage: "Hello" }, label: "atoms-gitops 1a2b3c4 [protect]", activate: true }],
      }),
    };
    return ids;
  }

  const archived = (id: string) => ws.emulator.state.agent(id)!.archived;

  it("without --prune every agent without a definition is shown as unmanaged and nothing is archived", async () => {
    await workspace();
    const run = await ws.cli(["plan"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Unmanaged agents (exist remotely, no definition): 3");
    for (const n of ["owned", "foreign", "guarded"]) expect(run.stdout).toContain(n);
    expect(run.stdout).not.toContain("ARCHIVED");
  });

  it("--prune archives only what the tool manages, skips protected and foreign agents, and warns loudly", async () => {
    const ids = await workspace();
    const text = await ws.cli(["plan", "--prune"]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain("owned will be archived");
    expect(text.stdout).toContain("WARNING: 1 agent will be ARCHIVED (--prune).");
    expect(text.stdout).toMatch(/foreign.*not archived: not created or imported by atoms-gitops/);
    expect(text.stdout).toMatch(/guarded.*not archived: protected/);

    const md = await ws.cli(["plan", "--prune", "--format", "markdown"]);
    expect(md.stdout).toContain("**1 agent will be ARCHIVED**");
    const json = JSON.parse((await ws.cli(["plan", "--prune", "--format", "json"])).stdout) as { summary: { archive: number }; agents: Array<{ name: string; action: string; blockedReason?: string; warnings?: string[] }> };
    expect(json.summary.archive).toBe(1);
    expect(json.agents.find((a) => a.name === "owned")).toMatchObject({ action: "archive" });
    expect(json.agents.find((a) => a.name === "owned")!.warnings![0]).toContain("ARCHIVED");
    expect(json.agents.find((a) => a.name === "foreign")).toMatchObject({ action: "unmanaged", blockedReason: "foreign" });
    expect(json.agents.find((a) => a.name === "guarded")).toMatchObject({ action: "unmanaged", blockedReason: "protected" });

    // Planning stays read-only; applying the reviewed plan archives exactly the owned agent.
    const writes = writesIn(ws.emulator).length;
    expect((await ws.cli(["plan", "--prune", "--out", "plan.json"])).code).toBe(0);
    expect(writesIn(ws.emulator)).toHaveLength(writes);
    const apply = await ws.cli(["apply", "plan.json", "--yes"]);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(writesIn(ws.emulator).slice(writes)).toEqual([`DELETE /agent/${ids.owned}/archive`]);
    expect(archived(ids.owned)).toBe(true);
    expect(archived(ids.foreign)).toBe(false);
    expect(archived(ids.guarded)).toBe(false);
    expect(archived(ids.keep)).toBe(false);
  });

  it("--prune refuses with an empty definitions directory", async () => {
    const ids = await workspace();
    rmSync(join(ws.dir, "agents/keep.yaml"));
    const run = await ws.cli(["plan", "--prune", "--out", "plan.json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toContain("--prune ignored: the definitions directory is empty");
    expect(run.stdout).not.toContain("will be archived");
    await ws.cli(["apply", "plan.json", "--yes"]);
    for (const id of Object.values(ids)) expect(archived(id)).toBe(false);
    // A directory that does not exist is treated the same way.
    const missing = await ws.cli(["plan", "--prune", "--dir", "no-such-dir"]);
    expect(missing.stdout).not.toContain("will be archived");
  });

  it("protection is lifted when the tool's newest version no longer carries the marker", async () => {
    const ids = await workspace();
    ws.emulator.control.dashboardEdit(ids.guarded, { firstMessage: "Dashboard edits keep protection" });
    let json = JSON.parse((await ws.cli(["plan", "--prune", "--format", "json"])).stdout) as { agents: Array<{ name: string; action: string; blockedReason?: string }> };
    expect(json.agents.find((a) => a.name === "guarded")).toMatchObject({ blockedReason: "protected" });
    // The definition comes back without protect and is applied; then deleted again.
    ws.write("agents/guarded.yaml", agentYaml("guarded", BASE_SPEC.replace("speed: 1.1", "speed: 1.4")));
    expect((await ws.cli(["apply", "--yes", "--label", "atoms-gitops 9f9f9f9"])).code).toBe(0);
    rmSync(join(ws.dir, "agents/guarded.yaml"));
    json = JSON.parse((await ws.cli(["plan", "--prune", "--format", "json"])).stdout) as typeof json;
    expect(json.agents.find((a) => a.name === "guarded")).toMatchObject({ action: "archive" });
  });

  it("an agent the tool created with nothing left to publish: owned through its relabelled V1 (v1); unrecognisable under branches (documented limit)", async () => {
    await workspace();
    const keep = ws.emulator.state.agents.find((a) => a.name === "keep")!._id;
    rmSync(join(ws.dir, "agents/keep.yaml"));
    ws.write("agents/other.yaml", agentYaml("other", BASE_SPEC));
    const json = JSON.parse((await ws.cli(["plan", "--prune", "--format", "json"])).stdout) as { agents: Array<{ id: string; action: string; blockedReason?: string }> };
    if (model === "versions") expect(json.agents.find((a) => a.id === keep)).toMatchObject({ action: "archive" });
    else expect(json.agents.find((a) => a.id === keep)).toMatchObject({ action: "unmanaged", blockedReason: "foreign" });
  });

  it("metadata.protect: true is recorded by apply and still forbids archiving after the definition is deleted", async () => {
    ws = await startWorkspace({ model });
    const vault = ws.emulator.control.seedAgent({ name: "vault", config: BASE_CONFIG });
    ws.write("agents/keep.yaml", agentYaml("keep", BASE_SPEC));
    ws.write("agents/vault.yaml", agentYaml("vault", BASE_SPEC.replace("speed: 1.1", "speed: 1.3"), "protect: true"));
    const first = await ws.cli(["apply", "--yes", "--label", "atoms-gitops 5e5e5e5"]);
    expect(first.code, first.stderr).toBe(0);
    const labels = ws.emulator.requests.filter((r) => r.method === "POST" && r.path.endsWith("/publish")).map((r) => (r.body as { label?: string }).label);
    expect(labels).toContain("atoms-gitops 5e5e5e5 [protect]");

    rmSync(join(ws.dir, "agents/vault.yaml"));
    const plan = JSON.parse((await ws.cli(["plan", "--prune", "--format", "json"])).stdout) as { agents: Array<{ id: string; action: string; blockedReason?: string }> };
    expect(plan.agents.find((a) => a.id === vault)).toMatchObject({ action: "unmanaged", blockedReason: "protected" });
    const pruned = await ws.cli(["apply", "--prune", "--yes"]);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(ws.emulator.state.agent(vault)!.archived).toBe(false);
    expect(ws.emulator.requests.some((r) => r.path.endsWith("/archive"))).toBe(false);
  });

  it("plan warns when protect: true is not recorded remotely yet (no version published since it was added)", async () => {
    ws = await startWorkspace({ model });
    ws.emulator.control.seedAgent({ name: "vault", config: BASE_CONFIG });
    ws.write("agents/vault.yaml", agentYaml("vault", BASE_SPEC, "protect: true"));
    const plan = await ws.cli(["plan"]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/agents\/vault\.yaml:\d+:\d+ warning protect\/not-recorded: vault: protect: true is not recorded/);
    // Once apply publishes a version for it (any config change), the marker is there and the warning goes.
    ws.write("agents/vault.yaml", agentYaml("vault", BASE_SPEC.replace("speed: 1.1", "speed: 1.2"), "protect: true"));
    expect((await ws.cli(["apply", "--yes"])).code).toBe(0);
    expect((await ws.cli(["plan"])).stdout).not.toContain("protect/not-recorded");
  });

  it("apply --prune archives a managed agent whose definition was deleted, and nothing else", async () => {
    const ids = await workspace();
    const run = await ws.cli(["apply", "--prune", "--yes"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(archived(ids.owned)).toBe(true);
    expect(archived(ids.foreign)).toBe(false);
    expect(archived(ids.guarded)).toBe(false);
    expect(archived(ids.keep)).toBe(false);
    expect(ws.emulator.requests.filter((r) => r.path.endsWith("/archive")).map((r) => r.path)).toEqual([`/agent/${ids.owned}/archive`]);
  });
});
