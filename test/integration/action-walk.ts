import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { FakeGitHubServer, type RunnerContext } from "../helpers/action-runner.js";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { EMULATOR_KEY, startWorkspace, type Workspace } from "../helpers/workspace.js";

/**
 * The pull-request flow end to end, walking action.yml step by step with bash and the committed action-bundle/, as a
 * runner would (the action-preview-* and action-walk-* test files): one agent "support" on the branches model, a fake GitHub API, and
 * a runner temp folder per walk, all removed after each test.
 */
export function useActionWalk() {
  let ws: Workspace | undefined;
  let gh: FakeGitHubServer | undefined;
  let temp: string | undefined;
  afterEach(async () => {
    await ws?.close();
    await gh?.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
    ws = gh = temp = undefined;
  });

  const prEvent = (action: string, merged = false) => ({
    action,
    pull_request: { number: 42, merged, head: { sha: "headsha42", repo: { full_name: "acme/agents" } }, base: { repo: { full_name: "acme/agents" } } },
    repository: { full_name: "acme/agents" },
  });

  return {
    get ws(): Workspace {
      return ws!;
    },
    get gh(): FakeGitHubServer {
      return gh!;
    },
    prEvent,
    async setup(): Promise<string> {
      // Real time: the steps run the CLI in child processes, on the system clock.
      ws = await startWorkspace({ model: "branches", securityCheckMs: 20, realTime: true });
      gh = new FakeGitHubServer();
      await gh.start();
      temp = mkdtempSync(join(tmpdir(), "atoms-runner-"));
      const id = ws.emulator.control.seedAgent({ name: "support", config: BASE_CONFIG });
      ws.write("agents/support.yaml", agentYaml("support", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
      return id;
    },
    context(run: string, over: Partial<RunnerContext> & { inputs: Record<string, string> }): RunnerContext {
      return {
        github: { server_url: "https://github.test", repository: "acme/agents", run_id: run, event_name: "pull_request", token: "ghs_test", api_url: gh!.url },
        env: { ATOMS_BASE_URL: ws!.baseUrl },
        workspace: ws!.dir,
        runnerTemp: join(temp!, run),
        sha: "mergesha",
        event: prEvent("opened"),
        ...over,
        inputs: { "api-key": EMULATOR_KEY, env: "", "plan-digest-key": "shared-by-preview-and-deploy", ...over.inputs },
      };
    },
  };
}
