/** The schema of `atoms-gitops.yaml`; compiled into src/load/agent-validator.generated.ts by scripts/gen-validator.ts. */
export const PROJECT_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    policies: {
      type: "array",
      minItems: 1,
      items: { type: "string", minLength: 1 },
    },
    environments: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          baseUrl: { type: "string", pattern: "^https?://\\S+$" },
          apiKeyEnv: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
          vars: { type: "object" },
        },
      },
    },
  },
} as const;
