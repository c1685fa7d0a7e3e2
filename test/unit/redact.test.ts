import { describe, expect, it } from "vitest";
import { createRedactor, runSecrets } from "../../src/redact.js";
import type { AgentDefinition } from "../../src/model/definition.js";

const definition = {
  file: "agents/a.yaml",
  metadata: { name: "a" },
  spec: {
    tools: [{ type: "api_call", name: "t", description: "d", url: "https://x.example", method: "GET", headers: { Authorization: "Bearer tok_abc123\n" } }],
    preCallAPI: { url: "https://x.example", method: "GET", headers: { "X-Static": "static-header-value" } },
    firstMessage: "Hello from sekrit-value-9",
  },
  sensitivePaths: ["/spec/firstMessage", "/spec/tools/0/headers/Authorization"],
  positions: {},
} as unknown as AgentDefinition;

describe("the run's redactor", () => {
  const secrets = runSecrets({ apiKey: "sk_live_key", definitions: [definition], env: { ACME_TOKEN: "tok_abc123\n", FM: "sekrit-value-9", HOME: "/root" } });
  const r = createRedactor(secrets);

  it("hides the key, interpolated env values alone or inside their field, and every header value", () => {
    const text = 'Bearer sk_live_key; "Bearer tok_abc123\\n" is not allowed; tok_abc123; sekrit-value-9; static-header-value';
    expect(r.text(text)).toBe("Bearer [REDACTED]; \"[REDACTED]\" is not allowed; [REDACTED]; [REDACTED]; [REDACTED]");
  });

  it("leaves environment values that no sensitive field uses", () => {
    expect(r.text("cwd /root")).toBe("cwd /root");
  });

  it("learns secrets added later in the run", () => {
    const late = createRedactor(["sk_live_key"]);
    late.add(["late-secret"]);
    expect(late.text("late-secret sk_live_key")).toBe("[REDACTED] [REDACTED]");
  });
});
