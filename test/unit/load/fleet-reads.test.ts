import fs, { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { agentFile, writeFleet } from "../../../bench/fleet-fixture.js";
import { loadDefinitionsWith } from "../../../src/load/load-definitions.js";

/** Counts every file the loader reads (it reads through fs.readFileSync only), by path from `root`. */
function countReads(root: string): { counts: Map<string, number>; restore: () => void } {
  const counts = new Map<string, number>();
  const original = fs.readFileSync;
  const rootReal = realpathSync(root);
  fs.readFileSync = ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (typeof path === "string") {
      const rel = relative(path.startsWith(rootReal) ? rootReal : root, path);
      counts.set(rel, (counts.get(rel) ?? 0) + 1);
    }
    return (original as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  syncBuiltinESMExports();
  return {
    counts,
    restore: () => {
      fs.readFileSync = original;
      syncBuiltinESMExports();
    },
  };
}

describe("a fleet's shared files are read and parsed once per run", () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  it("62 agents over 6 bases (one among the agents), 20 tool files and 10 prompt fragments: each file read exactly once", async () => {
    root = mkdtempSync(join(tmpdir(), "atoms-gitops-fleet-reads-"));
    const { shared } = writeFleet(root, { agents: 60, bases: 5, tools: 20, prompts: 10 });
    // A base among the agents: the walk meets it after an agent has read it, and must not read it again.
    writeFileSync(join(root, "agents/local-base.yaml"), "apiVersion: atoms-gitops/v1\nkind: AgentBase\nmetadata: { name: local }\nextends: ../bases/base-1.yaml\nspec:\n  firstMessage: Hello from the local base.\n");
    writeFileSync(join(root, "agents/zz-local.yaml"), "apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata: { name: zz-local }\nextends: local-base.yaml\nspec:\n  prompt: Hi.\n");
    writeFileSync(join(root, "agents/aa-local.yaml"), "apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata: { name: aa-local }\nextends: local-base.yaml\nspec:\n  prompt: Hi.\n");
    shared.push("agents/local-base.yaml");
    const spy = countReads(root);
    let result;
    try {
      result = await loadDefinitionsWith({ dir: "agents", cwd: root, processEnv: {} }, "main");
    } finally {
      spy.restore();
    }
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.definitions).toHaveLength(62);
    // Every agent reaches its shared files (so a cache that skipped them would not pass for reading them once).
    expect(new Set(result.definitions.flatMap((d) => d.sources ?? []))).toEqual(new Set([...Array.from({ length: 60 }, (_, i) => agentFile(i)), "agents/aa-local.yaml", "agents/zz-local.yaml", ...shared.filter((f) => !f.startsWith("policies/"))]));
    for (const file of shared) expect(spy.counts.get(file), file).toBe(1);
    for (let i = 0; i < 60; i++) expect(spy.counts.get(agentFile(i)), agentFile(i)).toBe(1);
  });
});
