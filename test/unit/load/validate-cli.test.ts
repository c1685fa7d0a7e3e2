import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main.js";
import type { CliIo } from "../../../src/cli/io.js";
import { CORPUS, REPO, agentYaml, tempRepo } from "./helpers.js";

function fakeIo(cwd: string, env: Record<string, string> = {}): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env,
    cwd,
    out: () => out,
    err: () => err,
  };
}

async function validate(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  const io = fakeIo(cwd, env);
  const code = await main(["node", "atoms-gitops", "validate", ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe("atoms-gitops validate", () => {
  it("exits 0 on the repository's agents/ with a summary line", async () => {
    const r = await validate(REPO);
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n")).toEqual(["✓ 3 agents valid (agents/)"]);
    expect(r.err).toBe("");
  });

  it("exits 1 and prints one file:line:col line per problem, then a summary", async () => {
    const r = await validate(join(CORPUS, "enum-typos"));
    expect(r.code).toBe(1);
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      'agents/bot.yaml:6:13 error schema/enum: spec.slmModel must be one of electron, electron-kogta, electron-kogta-v2, gpt-4o, gpt-4.1, gpt-5.2, gpt-realtime, gpt-realtime-mini (got "gpt-4oo") (did you mean "gpt-4o"?)',
    );
    for (const line of lines.slice(0, 5)) expect(line).toMatch(/^agents\/bot\.yaml:\d+:\d+ error schema\/enum: /);
    expect(lines[5]).toBe("✗ 5 errors in 1 file");
    expect(r.out + r.err).not.toMatch(/\bat .+\.ts:\d+/); // no stack trace
  });

  it("shows paths relative to the working directory and honours --dir", async () => {
    const r = await validate(CORPUS, ["--dir", "name-collision/agents"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("name-collision/agents/b.yaml:4:9 error load/duplicate-name: agent name \"support-bot\" is also used by name-collision/agents/a.yaml:4:9");
    expect(r.out.trim().split("\n").at(-1)).toBe("✗ 3 errors in 2 files");
  });

  it("--format json gives valid, agents and diagnostics", async () => {
    const ok = await validate(REPO, ["--format", "json"]);
    expect(ok.code).toBe(0);
    const body = JSON.parse(ok.out) as { valid: boolean; agents: Array<{ name: string; file: string }>; diagnostics: unknown[] };
    expect(body.valid).toBe(true);
    expect(body.agents).toContainEqual({ name: "acme-support-desk", file: "agents/support-desk.yaml", sources: ["agents/support-desk.yaml"] });
    expect(body.diagnostics).toEqual([]);

    const bad = await validate(join(CORPUS, "unset-env"), ["--format", "json"]);
    expect(bad.code).toBe(1);
    const badBody = JSON.parse(bad.out) as { valid: boolean; diagnostics: Array<{ code: string; line: number }> };
    expect(badBody.valid).toBe(false);
    expect(badBody.diagnostics).toEqual([expect.objectContaining({ code: "interp/missing-env", line: 13, column: 24 })]);
  });

  it("--format json lists, per agent, the files it was built from, from the repository root whatever the working directory", async () => {
    const root = tempRepo({
      "bases/voice.yaml": "apiVersion: atoms-gitops/v1\nkind: AgentBase\nmetadata: { name: voice }\nspec:\n  tools:\n    - ref: ../tools/end-call.yaml\n",
      "tools/end-call.yaml": "apiVersion: atoms-gitops/v1\nkind: Tool\nmetadata: { name: end-call }\nspec: { type: end_call, name: end_call, description: Ends the call. }\n",
      "prompts/intro.md": "You are Acme support.\n",
      "prompts/rules.md": "Be brief.\n",
      "agents/team/a.yaml": `${agentYaml("a-bot", "  prompt: { files: [../../prompts/intro.md, ../../prompts/rules.md] }\n")}extends: ../../bases/voice.yaml\n`,
      "agents/b.yaml": agentYaml("b-bot", "  prompt: Hi.\n"),
    });
    try {
      const want = [
        { name: "b-bot", file: "b.yaml", sources: ["agents/b.yaml"] },
        { name: "a-bot", file: "team/a.yaml", sources: ["agents/team/a.yaml", "bases/voice.yaml", "tools/end-call.yaml", "prompts/intro.md", "prompts/rules.md"] },
      ];
      const r = await validate(join(root, "agents"), ["--dir", ".", "--format", "json"]);
      expect(r.code, r.out).toBe(0);
      expect((JSON.parse(r.out) as { agents: unknown[] }).agents).toEqual(want);
      const fromRoot = await validate(root, ["--format", "json"]);
      expect((JSON.parse(fromRoot.out) as { agents: Array<{ sources: string[] }> }).agents.map((a) => a.sources)).toEqual(want.map((a) => a.sources));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("warnings alone keep exit 0 and are counted", async () => {
    const root = tempRepo({ "agents/directive.yaml": `%FOO bar\n---\n${agentYaml("directive-bot")}` });
    const r = await validate(root);
    rmSync(root, { recursive: true, force: true });
    expect(r.code).toBe(0);
    expect(r.out).toContain("agents/directive.yaml:1:1 warning yaml/warning: Unknown directive %FOO");
    expect(r.out.trim().split("\n").at(-1)).toBe("✓ 1 agent valid (agents/), 1 warning");
  });

  it("a legacy voice model is an error, as the API refuses it on write", async () => {
    const root = tempRepo({ "agents/legacy.yaml": agentYaml("legacy-bot", "  synthesizer:\n    voiceConfig: { model: waves_lightning_v2 }\n") });
    const r = await validate(root);
    rmSync(root, { recursive: true, force: true });
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'agents/legacy.yaml:7:27 error spec/legacy-voice-model: spec.synthesizer.voiceConfig.model "waves_lightning_v2" is a legacy voice model; the API rejects it on write (must be one of waves_lightning_v3_1, gpt-realtime, gpt-realtime-mini)',
    );
    expect(r.out.trim().split("\n").at(-1)).toBe("✗ 1 error in 1 file");
  });

  it("a missing directory exits 1; an empty one exits 0 with a warning", async () => {
    const root = tempRepo({});
    const missing = await validate(root, ["--dir", "nowhere"]);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain("error load/missing-dir: definitions directory nowhere does not exist");
    const empty = await validate(root);
    expect(empty.code).toBe(0);
    expect(empty.out).toContain("warning load/no-definitions");
  });

  it("--env selects the environment and an unknown one fails", async () => {
    const prod = await validate(REPO, ["--env", "production"]);
    expect(prod.code).toBe(0);
    const typo = await validate(REPO, ["--env", "prod"]);
    expect(typo.code).toBe(1);
    expect(typo.out).toContain('error project/unknown-env: environment "prod" is not defined in atoms-gitops.yaml');
  });

  it("rejects an unknown --format without a stack trace", async () => {
    const r = await validate(REPO, ["--format", "xml"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("xml");
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("--help explains every flag with an example", async () => {
    const r = await validate(REPO, ["--help"]);
    expect(r.code).toBe(0);
    for (const s of ["--dir", "--env", "--format", "Examples:", "atoms-gitops validate --dir"]) expect(r.out).toContain(s);
  });

  it("never prints an env value, even when it breaks a rule", async () => {
    const secret = "sk_test_abcdef0123456789";
    const root = tempRepo({ "agents/a.yaml": agentYaml("a-bot", "  slmModel: ${env.MODEL_SECRET}\n") });
    for (const format of ["text", "json"]) {
      const r = await validate(root, ["--format", format], { MODEL_SECRET: secret });
      expect(r.code).toBe(1);
      expect(r.out + r.err).not.toContain(secret);
    }
  });
});

describe("atoms-gitops plan --format json on invalid definitions", () => {
  it("prints the diagnostics as JSON on stdout and keeps exit 1", async () => {
    const io = fakeIo(join(CORPUS, "unset-env"), { ATOMS_API_KEY: "test-key", ATOMS_BASE_URL: "http://127.0.0.1:9" });
    const code = await main(["node", "atoms-gitops", "plan", "--format", "json"], io);
    expect(code).toBe(1);
    const body = JSON.parse(io.out()) as { valid: boolean; error: string; diagnostics: Array<{ code: string; file: string; line: number; column: number }> };
    expect(body.valid).toBe(false);
    expect(body.error).toContain("1 error in the definitions");
    expect(body.diagnostics).toEqual([expect.objectContaining({ code: "interp/missing-env", file: "agents/bot.yaml", line: 13, column: 24 })]);
    expect(io.err()).toContain("interp/missing-env");
  });

  it("text output on invalid definitions leaves stdout empty", async () => {
    const io = fakeIo(join(CORPUS, "unset-env"), { ATOMS_API_KEY: "test-key", ATOMS_BASE_URL: "http://127.0.0.1:9" });
    expect(await main(["node", "atoms-gitops", "plan"], io)).toBe(1);
    expect(io.out()).toBe("");
  });
});
