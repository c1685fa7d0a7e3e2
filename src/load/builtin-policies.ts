/** A rule as a policy file writes it (policies.ts adds where it came from). */
export interface BuiltinRule {
  id: string;
  severity: "deny" | "warn";
  message: string;
  require: Record<string, unknown>;
}

/**
 * Rule sets a project opts into with `policies: [builtin:NAME]`. Each rule says why it exists in its message, and
 * docs/fleets.md explains them; a team that disagrees with one writes its own set instead.
 */
export const BUILTIN_POLICIES: Record<string, BuiltinRule[]> = {
  recommended: [
    {
      id: "end-call-tool",
      severity: "deny",
      // Without it the agent cannot hang up: calls run until the caller does, and every minute is billed.
      message: "every agent needs an end_call tool, or its calls only end when the caller hangs up",
      require: {
        type: "object",
        required: ["spec"],
        properties: {
          spec: {
            type: "object",
            required: ["tools"],
            properties: { tools: { type: "array", contains: { type: "object", required: ["type"], properties: { type: { const: "end_call" } } } } },
          },
        },
      },
    },
    {
      id: "https-tools",
      severity: "deny",
      // Tool calls carry caller data and credentials (headers); plain http sends both in clear.
      message: "tool URLs must use https: api_call tools send caller data and their headers over the network",
      require: {
        type: "object",
        properties: {
          spec: {
            type: "object",
            properties: {
              tools: { type: "array", items: { type: "object", properties: { url: { type: "string", pattern: "^https://" } } } },
              preCallAPI: { type: "object", properties: { url: { type: "string", pattern: "^https://" } } },
            },
          },
        },
      },
    },
    {
      id: "first-message",
      severity: "warn",
      // An agent without an opening line waits in silence, and callers hang up thinking the line is dead.
      message: "set firstMessage: without an opening line callers hear silence and often hang up",
      require: {
        type: "object",
        required: ["spec"],
        properties: { spec: { type: "object", required: ["firstMessage"], properties: { firstMessage: { type: "string", minLength: 1 } } } },
      },
    },
    {
      id: "disposition-metric",
      severity: "warn",
      // Without one, post-call analytics records nothing a team can report on (outcome, resolution, …).
      message: "define at least one disposition metric, so post-call analytics records how each call ended",
      require: {
        type: "object",
        required: ["spec"],
        properties: {
          spec: {
            type: "object",
            required: ["postCallAnalyticsConfig"],
            properties: {
              postCallAnalyticsConfig: { type: "object", required: ["dispositionMetrics"], properties: { dispositionMetrics: { type: "array", minItems: 1 } } },
            },
          },
        },
      },
    },
  ],
};
