/** Small YAML definitions for integration tests. */
export function agentYaml(name: string, spec: string, metadata = ""): string {
  return [
    "apiVersion: atoms-gitops/v1",
    "kind: Agent",
    "metadata:",
    `  name: ${name}`,
    ...(metadata ? metadata.split("\n").map((l) => `  ${l}`) : []),
    "spec:",
    ...spec.split("\n").map((l) => `  ${l}`),
    "",
  ].join("\n");
}

export const BASE_SPEC = `prompt: |
  You are a helpful support agent for Acme.
  Keep answers short.
firstMessage: Hi, thanks for calling Acme.
slmModel: gpt-4o
synthesizer:
  voiceConfig:
    model: waves_lightning_v3_1
    voiceId: nyah
  speed: 1.1
tools:
  - type: end_call
    name: end_call
    description: End the call when the caller is done.`;

/** The same config in create/draft-body shape, for seeding the emulator. */
export const BASE_CONFIG = {
  singlePromptConfig: {
    prompt: "You are a helpful support agent for Acme.\nKeep answers short.\n",
    tools: [{ type: "end_call", name: "end_call", description: "End the call when the caller is done." }],
  },
  firstMessage: "Hi, thanks for calling Acme.",
  slmModel: "gpt-4o",
  synthesizer: { voiceConfig: { model: "waves_lightning_v3_1", voiceId: "nyah" }, speed: 1.1 },
};
