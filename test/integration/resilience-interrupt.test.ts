// Ctrl-C during a real apply (child process, real signals) against an emulator listening on 127.0.0.1.
import { describe, expect, it } from "vitest";
import { checkConvergence, CHANGED_YAML, KEY, makeRig, spawnCli, totalVersions } from "./resilience-harness.js";

const MODELS = ["versions", "branches"] as const;

describe.each(MODELS)("interrupting apply (%s model)", (model) => {
  it("first SIGINT: no new agent starts, the in-flight one stops at a safe point, no draft is left, exit 8; the next run converges", { timeout: 60_000 }, async () => {
    const names = ["a1", "a2", "a3"];
    const rig = await makeRig({ model, virtual: false, securityCheckMs: 4000, seed: names, definitions: Object.fromEntries(names.map((n) => [n, CHANGED_YAML(n)])) });
    try {
      const before = totalVersions(rig);
      const activeBefore = Object.fromEntries(names.map((n) => [n, rig.emulator.state.activeVersion(rig.ids[n]!)!.doc._id]));
      const { url } = await rig.emulator.listen({ port: 0 });
      let signalled = false;
      const run = spawnCli(["apply", "--yes", "--concurrency", "1", "--format", "json", "--api-model", model], {
        cwd: rig.dir,
        env: { ATOMS_API_KEY: KEY, ATOMS_BASE_URL: url },
        // Interrupt once the first agent is published and sits in its (long) security check.
        onStdout: (chunk, child) => {
          if (!signalled && /"step":"publish","phase":"done"/.test(chunk)) {
            signalled = true;
            child.kill("SIGINT");
          }
        },
      }).done;
      const result = await run;
      expect(signalled, result.stderr).toBe(true);
      expect(result.code, result.stderr).toBe(8);
      expect(result.stderr).toContain("Interrupt received: finishing in-flight agents, discarding unpublished drafts");
      const summary = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as { cancelled: boolean; summary: Record<string, number> };
      expect(summary.cancelled).toBe(true);
      expect(summary.summary.skipped).toBeGreaterThanOrEqual(1);
      expect(rig.emulator.state.openDrafts()).toBe(0);
      // Nothing switched traffic mid-check: every agent still serves its old, valid version.
      for (const n of names) {
        const active = rig.emulator.state.activeVersion(rig.ids[n]!)!;
        expect(active.doc._id).toBe(activeBefore[n]);
        expect(active.doc.securityCheck?.status).toBe("passed");
      }

      // The next run (checks now quick) finishes the job without publishing a duplicate for the interrupted agent.
      rig.emulator.control.setSecurityCheckMs(50);
      // The child is gone: the re-run's waits (the check it recovers, its own) go on in virtual time.
      rig.goVirtual();
      const again = await rig.apply();
      expect(again.ok, JSON.stringify(again.agents)).toBe(true);
      const convergence = await checkConvergence(rig, names, names.length, before);
      // v1: the interrupted agent's version was published; recovery activates it. v2: its publish was cancelled.
      expect(convergence.problems).toEqual([]);
    } finally {
      await rig.close();
    }
  });
});

describe("a second interrupt", () => {
  it("exits at once with code 8 and says the next run cleans up", { timeout: 60_000 }, async () => {
    const rig = await makeRig({ model: "versions", virtual: false, securityCheckMs: 20_000, seed: ["a1"], definitions: { a1: CHANGED_YAML("a1") } });
    try {
      const { url } = await rig.emulator.listen({ port: 0 });
      // Cleaning up after the first interrupt hangs (a slow DELETE of the draft), so only the second one can end it.
      rig.emulator.control.queueFault({ method: "DELETE", path: /\/drafts\/[0-9a-f]{24}$/, fault: { delayMs: 20_000 } });
      let signalled = false;
      const started = Date.now();
      const result = await spawnCli(["apply", "--yes", "--format", "json"], {
        cwd: rig.dir,
        env: { ATOMS_API_KEY: KEY, ATOMS_BASE_URL: url },
        onStdout: (chunk, child) => {
          if (!signalled && /"step":"publish","phase":"done"/.test(chunk)) {
            signalled = true;
            child.kill("SIGINT");
            setTimeout(() => child.kill("SIGINT"), 500);
          }
        },
      }).done;
      expect(result.code).toBe(8);
      expect(result.stderr).toMatch(/Second interrupt: exiting now.*next `atoms-gitops apply` cleans them up/s);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await rig.close();
    }
  });
});
