import { describe, expect, it } from "vitest";
import { loadDefinitions } from "../../../src/load/index.js";
import { formatDiagnostic } from "../../../src/model/diagnostic.js";
import { agentYaml, tempRepo } from "./helpers.js";

const SECRET = "sk_live_9f8e7d6c5b4a-DO-NOT-PRINT";

describe("env values never reach diagnostics", () => {
  it("keeps the value out of every message and hint, whatever rule it breaks", async () => {
    const root = tempRepo({
      "agents/leaky.yaml": agentYaml(
        "leaky-bot",
        [
          "  slmModel: ${env.SECRET_VALUE}", // enum: would normally echo the value and suggest
          "  firstMessage: ${env.SECRET_VALUE}${env.SECRET_VALUE}", // fine
          "  customLLMWebSocketUrl: ${env.SECRET_VALUE}", // pattern: would normally echo the value
          "  synthesizer: { speed: '${env.SECRET_VALUE}' }", // type
          "  transcriberType: x${env.UNSET_ONE}", // missing env
          "",
        ].join("\n"),
      ),
      "agents/prompts/p.md": "Use ${env.SECRET_VALUE} and ${env.OTHER_UNSET}\n",
      "agents/second.yaml": agentYaml("leaky-2", "  prompt: { file: prompts/p.md }\n  tools:\n    - { type: transfer_call, name: t, description: d, transferNumber: '${env.SECRET_VALUE}', transferOption: {} }\n"),
    });
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: { SECRET_VALUE: SECRET } });
    const codes = result.diagnostics.map((d) => d.code).sort();
    expect(codes).toEqual(["interp/missing-env", "interp/missing-env", "schema/enum", "schema/pattern", "schema/pattern", "schema/type"]);
    const everything = JSON.stringify(result.diagnostics) + result.diagnostics.map(formatDiagnostic).join("\n");
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain("sk_live");
  });

  it("records every env-derived pointer as sensitive, prompt files included", async () => {
    const root = tempRepo({
      "agents/ok.yaml": agentYaml("ok-bot", "  prompt: { file: prompts/p.md }\n  firstMessage: Hi ${vars.who}\n  preCallAPI:\n    url: https://x.example/pre\n    method: GET\n    headers: { X-Key: '${env.SECRET_VALUE}' }\n"),
      "agents/prompts/p.md": "Token ${env.SECRET_VALUE}\n",
    }, "environments:\n  default:\n    vars: { who: there }\n");
    const result = await loadDefinitions({ dir: "agents", cwd: root, processEnv: { SECRET_VALUE: SECRET } });
    expect(result.diagnostics).toEqual([]);
    expect(result.definitions[0]?.sensitivePaths).toEqual(["/spec/preCallAPI/headers/X-Key", "/spec/prompt"]);
    expect(result.definitions[0]?.spec.firstMessage).toBe("Hi there");
  });
});
