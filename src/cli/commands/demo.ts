import { Option } from "commander";
import { UserInputError } from "../../index.js";
import { hasErrors } from "../../index.js";
import { createEmulator, loadDefinitions, specToCreateBody, type AgentDefinition, type JsonObject } from "../../index.js";
import type { CliIo } from "../io.js";
import { parseNonNegativeInt } from "../shared.js";
import type { CliRunner, RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";

const DEMO_KEY = "sk_emulator_local";

interface DemoOptions {
  dir: string;
  model: "versions" | "branches";
  securityCheckMs: number;
}

export const registerDemo: RegisterCommand = (program, io, runCli) => {
  program
    .command("demo")
    .description(
      "Rehearse a deploy with no account: start an embedded Atoms emulator seeded with a workspace that differs from your definitions, then run plan, apply --yes and plan again.",
    )
    .option("-d, --dir <path>", "directory of agent definitions", "agents")
    .addOption(new Option("--model <model>", "versioning model the emulated workspace speaks").choices(["versions", "branches"]).default("branches"))
    .option("--security-check-ms <ms>", "emulated security-check duration (the real one takes ~6 s; 0 = instant)", parseNonNegativeInt("--security-check-ms"), 1000)
    .addHelpText(
      "after",
      `
Examples:
  $ npm run demo
  $ atoms-gitops demo --model branches --security-check-ms 6000

Nothing leaves this machine: the emulator listens on 127.0.0.1 and is stopped when the demo ends.`,
    )
    .action(returningExitCode(async (opts: DemoOptions) => {
      if (!runCli) throw new Error("the demo drives the CLI itself: register it through buildProgram()");
      return runDemo(io, opts, runCli);
    }));
};

async function runDemo(io: CliIo, opts: DemoOptions, runCli: CliRunner): Promise<number> {
  const load = await loadDefinitions({ dir: opts.dir, cwd: io.cwd, processEnv: io.env });
  if (hasErrors(load.diagnostics) || load.definitions.length === 0) {
    throw new UserInputError(`the demo needs valid definitions in ${opts.dir}/ (run \`atoms-gitops validate\`)`, load.diagnostics);
  }
  const emulator = createEmulator({ model: opts.model, securityCheckMs: opts.securityCheckMs, apiKeys: { [DEMO_KEY]: "org_demo" } });
  const seeded = seedDifferingWorkspace(load.definitions, (seed) => emulator.control.seedAgent({ ...seed, organization: "org_demo" }));
  const { url } = await emulator.listen({ port: 0, host: "127.0.0.1" });
  const env = { ...io.env, ATOMS_BASE_URL: url, ATOMS_API_KEY: DEMO_KEY };
  const say = (s: string) => io.stdout.write(`${s}\n`);
  const run = (argv: string[]) => runCli(["node", "atoms-gitops", ...argv], { ...io, env });
  try {
    say(`Embedded Atoms emulator on ${url} (model: ${opts.model}, security check ${opts.securityCheckMs} ms).`);
    say(`Seeded workspace: ${seeded.join("; ")}.\n`);
    say("━━ 1/3  atoms-gitops plan ━━");
    const plan = await run(["plan", "--dir", opts.dir, "--detailed-exitcode"]);
    if (plan !== 2) return plan === 0 ? 1 : plan;
    say("\n━━ 2/3  atoms-gitops apply --yes ━━");
    const apply = await run(["apply", "--yes", "--dir", opts.dir]);
    if (apply !== 0) return apply;
    say("\n━━ 3/3  atoms-gitops plan (again: must be empty) ━━");
    const again = await run(["plan", "--dir", opts.dir, "--detailed-exitcode"]);
    if (again !== 0) return again === 2 ? 1 : again;
    const writes = emulator.requests.filter((r) => r.method !== "GET").length;
    say(`\nDone: ${emulator.requests.length} API requests (${writes} writes), no drafts left behind, nothing outside 127.0.0.1.`);
    say("Next: edit a file in agents/ and run `npx atoms-gitops plan` against your workspace (ATOMS_API_KEY=sk_…),");
    say("      or see README.md for CI (PR plan comments, deploy on merge) and `atoms-gitops --help` for every command.");
    return 0;
  } finally {
    await emulator.close();
  }
}

/**
 * A realistic starting point: every agent but the last already exists with an older config (other first message,
 * slower voice), the last one is new, and one agent exists that git does not know.
 */
function seedDifferingWorkspace(definitions: AgentDefinition[], seed: (s: { name: string; description?: string; config: JsonObject }) => string): string[] {
  const sorted = [...definitions].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  const existing = sorted.slice(0, -1);
  for (const def of existing) {
    const body = specToCreateBody(def);
    const { name, description, ...config } = body as JsonObject & { name: string; description?: string };
    delete (config as Record<string, unknown>).allowInboundCall;
    delete (config as Record<string, unknown>).visibleToEveryone;
    delete (config as Record<string, unknown>).avatarUrl;
    if (typeof config.firstMessage === "string") config.firstMessage = `${config.firstMessage} (old greeting)`;
    else config.firstMessage = "Hello! (old greeting)";
    seed({ name, description: typeof description === "string" ? `${description} (outdated)` : undefined, config });
  }
  seed({ name: "legacy-ivr", config: { singlePromptConfig: { prompt: "You are the old IVR menu." }, firstMessage: "Press 1 for sales." } });
  return [
    `${existing.length} agent(s) with an outdated greeting and description`,
    `${sorted.length - existing.length} agent missing (${sorted.at(-1)!.metadata.name})`,
    "1 agent not in git (legacy-ivr)",
  ];
}
