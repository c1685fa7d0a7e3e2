import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { tempDir } from "../../helpers/temp-dir.js";

export const REPO = resolve(import.meta.dirname, "../../..");
export const CORPUS = join(REPO, "test/fixtures/invalid");

/**
 * A throwaway repository: its own atoms-gitops.yaml marks the root, so nothing leaks in from the real repo. Removed
 * after the calling test file has run.
 */
export function tempRepo(files: Record<string, string | Buffer>, project = "environments: {}\n"): string {
  const root = tempDir("atoms-gitops-load-");
  writeFileSync(join(root, "atoms-gitops.yaml"), project);
  mkdirSync(join(root, "agents"), { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}

export const HEADER = "apiVersion: atoms-gitops/v1\nkind: Agent\n";

export function agentYaml(name: string, spec = ""): string {
  return `${HEADER}metadata:\n  name: ${name}\n${spec ? `spec:\n${spec}` : ""}`;
}
