import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

describe.each(["versions", "branches"] as const)("versions and rollback against the %s model", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  /** V1 from create, a tool apply labelled with commit abc1234, then a second tool apply with def5678. */
  async function agentWithHistory() {
    ws = await startWorkspace({ model });
    const id = ws.emulator.control.seedAgent({ name: "support-bot", config: BASE_CONFIG });
    ws.write("agents/support-bot.yaml", agentYaml("support-bot", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    expect((await ws.cli(["apply", "--yes", "--label", "atoms-gitops abc1234"])).code).toBe(0);
    ws.write("agents/support-bot.yaml", agentYaml("support-bot", BASE_SPEC.replace("speed: 1.1", "speed: 1.5")));
    expect((await ws.cli(["apply", "--yes", "--label", "atoms-gitops def5678"])).code).toBe(0);
    return id;
  }

  const liveSpeed = (id: string) => {
    const v = ws.emulator.state.activeVersion(id)!;
    return (v.config as { synthesizer: { speed: number } }).synthesizer.speed;
  };

  it("versions lists number, id, label, active, check and publisher, newest first; json too", async () => {
    const id = await agentWithHistory();
    const writes = writesIn(ws.emulator).length;
    const run = await ws.cli(["versions", "support-bot"]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    const header = lines.findIndex((l) => l.startsWith("#"));
    expect(lines[header]).toMatch(/^#\s+ID\s+LABEL\s+ACTIVE\s+PINNED\s+CHECK\s+PUBLISHED BY\s+PUBLISHED AT$/);
    expect(lines[header + 1]).toContain("atoms-gitops def5678");
    expect(lines[header + 1]).toContain("✓");
    expect(lines[header + 1]).toContain("passed");
    expect(lines[header + 2]).toContain("atoms-gitops abc1234");
    expect(lines[header + 2]).not.toContain("✓");

    const json = await ws.cli(["versions", id, "--format", "json"]);
    const doc = JSON.parse(json.stdout) as { agent: { id: string }; versions: Array<{ label: string; isActive: boolean }> };
    expect(doc.agent.id).toBe(id);
    expect(doc.versions.map((v) => v.label).slice(0, 2)).toEqual(["atoms-gitops def5678", "atoms-gitops abc1234"]);
    expect(doc.versions.filter((v) => v.isActive)).toHaveLength(1);
    expect(writesIn(ws.emulator)).toHaveLength(writes);
  });

  it("rollback --to previous makes the earlier config live, verifies it, and prints the git revert", async () => {
    const id = await agentWithHistory();
    expect(liveSpeed(id)).toBe(1.5);
    const writesBefore = writesIn(ws.emulator).length;

    const run = await ws.cli(["rollback", "support-bot", "--to", "previous", "--yes"]);
    expect(run.code, run.stderr).toBe(0);
    expect(liveSpeed(id)).toBe(1.3);
    expect(run.stdout).toContain("is live");
    expect(run.stdout).toContain("verified");
    expect(run.stdout).toContain("run `git revert def5678`");
    expect(run.stdout).toContain("agents/support-bot.yaml");
    // The platform's restore, not a config edit: no draft, no patch.
    const writes = writesIn(ws.emulator).slice(writesBefore);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(model === "versions" ? /^PATCH \/agent\/[0-9a-f]+\/versions\/[0-9a-f]+\/activate$/ : /^POST .*\/revisions\/[0-9a-f]+\/restore$/);
    // The repo now differs from live, as the follow-up says.
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(2);
  });

  it("rollback --to a label picks the version with that label; unknown labels list candidates", async () => {
    const id = await agentWithHistory();
    ws.emulator.control.dashboardEdit(id, { synthesizer: { speed: 0.9 } }, { label: "late night fix", by: "Jane" });
    expect(liveSpeed(id)).toBe(0.9);

    const missing = await ws.cli(["rollback", "support-bot", "--to", "atoms-gitops nope", "--yes"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no version with id or label "atoms-gitops nope"');
    expect(missing.stderr).toContain("atoms-gitops abc1234");

    const run = await ws.cli(["rollback", "support-bot", "--to", "atoms-gitops abc1234", "--yes"]);
    expect(run.code, run.stderr).toBe(0);
    expect(liveSpeed(id)).toBe(1.3);
    // Rolled back from a dashboard version: no commit to revert, so the file to update is named.
    expect(run.stdout).toContain("update agents/support-bot.yaml");
  });

  it("refuses to write without --yes off a terminal, and a target that is already active is a no-op", async () => {
    const id = await agentWithHistory();
    const writes = writesIn(ws.emulator).length;
    const noYes = await ws.cli(["rollback", "support-bot"]);
    expect(noYes.code).toBe(1);
    expect(noYes.stderr).toContain("pass --yes");
    const same = await ws.cli(["rollback", "support-bot", "--to", "atoms-gitops def5678", "--yes"]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("already active");
    expect(writesIn(ws.emulator)).toHaveLength(writes);
    expect(liveSpeed(id)).toBe(1.5);
    const unknown = await ws.cli(["rollback", "no-such-bot", "--yes"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no agent named "no-such-bot"');
  });
});
