import { describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { loadDefinitions } from "../../../src/load/index.js";
import { agentYaml, tempRepo } from "./helpers.js";

const PROJECT = `environments:
  default:
    vars: { greeting: Hello }
  staging:
    baseUrl: https://staging.example/atoms/v1
    apiKeyEnv: STAGING_KEY
    vars: { greeting: Howdy, speed: 1.5 }
`;

describe("project file and --env", () => {
  const files = { "agents/a.yaml": agentYaml("a-bot", "  firstMessage: ${vars.greeting}\n") };

  it("uses environments.default without --env, and the named one with it", async () => {
    const root = tempRepo(files, PROJECT);
    const dflt = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    const staging = await loadDefinitions({ dir: "agents", cwd: root, env: "staging", processEnv: {} });
    expect(dflt.definitions[0]?.spec.firstMessage).toBe("Hello");
    expect(staging.definitions[0]?.spec.firstMessage).toBe("Howdy");
    expect(staging.project.environments.staging).toEqual({ baseUrl: "https://staging.example/atoms/v1", apiKeyEnv: "STAGING_KEY", vars: { greeting: "Howdy", speed: 1.5 } });
    expect(staging.project.file).toBe("atoms-gitops.yaml");
  });

  it("an unknown --env is a located error with a suggestion", async () => {
    const root = tempRepo(files, PROJECT);
    const r = await loadDefinitions({ dir: "agents", cwd: root, env: "stagin", processEnv: {} });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: "project/unknown-env", file: "atoms-gitops.yaml", line: 1, hint: 'did you mean "staging"?' }));
  });

  it("--env without a project file is an error", async () => {
    const root = tempRepo(files);
    rmSync(join(root, "atoms-gitops.yaml"));
    const r = await loadDefinitions({ dir: "agents", cwd: root, env: "prod", processEnv: {} });
    expect(r.diagnostics.map((d) => d.code)).toContain("project/missing");
  });

  it("validates the project file with located errors", async () => {
    const root = tempRepo(files, "environments:\n  default:\n    baseURL: https://x.example\n    vars: []\n");
    const r = await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: "project/unknown-key", file: "atoms-gitops.yaml", line: 3, column: 5, hint: 'did you mean "baseUrl"?' }));
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: "project/type", line: 4, column: 11 }));
  });

  it("prompt files resolve against the nearest root marker", async () => {
    const root = tempRepo({ "team/agents/a.yaml": agentYaml("a-bot", "  prompt: { file: ../prompts/a.md }\n"), "team/prompts/a.md": "Be nice to ${vars.greeting}.\n" }, PROJECT);
    const r = await loadDefinitions({ dir: "team/agents", cwd: root, processEnv: {} });
    expect(r.diagnostics).toEqual([]);
    expect(r.definitions[0]?.spec.prompt).toBe("Be nice to Hello.\n");
    expect(r.definitions[0]?.promptFile).toBe("team/prompts/a.md");
  });
});
