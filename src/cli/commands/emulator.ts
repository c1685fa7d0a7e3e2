import { InvalidArgumentError } from "commander";
import { AtomsGitopsError } from "../../index.js";
import { createEmulator, EMULATOR_API_KEY, EMULATOR_ORG } from "../../index.js";
import type { RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";
import { ExitCode } from "../../index.js";

function intArg(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer >= ${min}`);
    return n;
  };
}

interface EmulatorFlags {
  port: number;
  host: string;
  model: string;
  securityCheckMs: number;
  kbProcessingMs: number;
  apiKey?: string;
  state?: string;
  rps?: number;
  latencyMs: number;
  control?: boolean;
}

/** `atoms-gitops emulator`: serves a local Atoms API until SIGINT/SIGTERM. */
export const registerEmulator: RegisterCommand = (program, io) => {
  program
    .command("emulator")
    .description("Run a local Atoms API emulator (under /atoms/v1) for demos, tests and CI rehearsals.")
    .option("--port <n>", "TCP port; 0 picks a free one", intArg("--port", 0), 4010)
    .option("--host <host>", "interface to bind", "127.0.0.1")
    .option("--model <model>", "versioning API: branches (v2, production's model) or versions (v1 drafts/versions)", "branches")
    .option("--security-check-ms <ms>", "how long a published version's security check stays queued", intArg("--security-check-ms", 0), 6000)
    .option(
      "--kb-processing-ms <ms>",
      "how long an uploaded knowledge-base file or scraped URL takes to process (half pending, half processing)",
      intArg("--kb-processing-ms", 0),
      500,
    )
    .option("--api-key <key>", `API key to accept (default: the demo key ${EMULATOR_API_KEY})`)
    .option("--state <file>", "persist the emulator's data to this JSON file across restarts")
    .option("--rps <n>", "rate limit per API key in requests per second (429 + Retry-After)", intArg("--rps", 1))
    .option("--latency-ms <ms>", "answer each request this long after it arrives, like network and server time of a real API", intArg("--latency-ms", 0), 0)
    .option("--control", "serve the /__emulator control endpoint (faults, seeding, dashboard edits)")
    .addHelpText(
      "after",
      `
Examples:
  $ atoms-gitops emulator                                   # http://127.0.0.1:4010/atoms/v1, key ${EMULATOR_API_KEY}
  $ atoms-gitops emulator --port 0 --security-check-ms 0    # free port, instant security checks
  $ atoms-gitops emulator --model branches --state .atoms-emulator.json
  $ atoms-gitops emulator --rps 5 --latency-ms 200 --control
  $ atoms-gitops emulator --kb-processing-ms 0               # knowledge-base uploads and URLs final at once

Point the client at it with ATOMS_BASE_URL=<printed URL> and the API key. Stop with Ctrl-C.`,
    )
    .action(returningExitCode(async (flags: EmulatorFlags) => {
      if (flags.model !== "versions" && flags.model !== "branches")
        throw new AtomsGitopsError(`--model must be "versions" or "branches", got "${flags.model}"`);
      const apiKey = flags.apiKey ?? EMULATOR_API_KEY;
      let emulator;
      try {
        emulator = createEmulator({
          model: flags.model,
          securityCheckMs: flags.securityCheckMs,
          kbProcessingMs: flags.kbProcessingMs,
          apiKeys: { [apiKey]: EMULATOR_ORG },
          rps: flags.rps,
          latencyMs: flags.latencyMs,
          statePath: flags.state,
          controlEndpoint: Boolean(flags.control),
        });
      } catch (err) {
        throw new AtomsGitopsError((err as Error).message);
      }
      let address;
      try {
        address = await emulator.listen({ port: flags.port, host: flags.host });
      } catch (err) {
        throw new AtomsGitopsError(`Cannot listen on ${flags.host}:${flags.port}: ${(err as Error).message}`);
      }
      // The key is a secret in general: print it only when it is the built-in demo key.
      const keyText = flags.apiKey === undefined || flags.apiKey === EMULATOR_API_KEY ? apiKey : "(from --api-key)";
      io.stdout.write(`Atoms emulator listening on ${address.url} (model: ${flags.model}, API key: ${keyText})\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          emulator.close().then(resolve, resolve);
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      return ExitCode.ok;
    }));
};
