import type { AgentPlan, Plan } from "../../../src/model/plan.js";

/** A reviewed-looking plan: two creates, two updates (one touching a secret), a blocked archive and a no-op. */
export function samplePlan(extra: { agents?: AgentPlan[]; environment?: string } = {}): Plan {
  const agents: AgentPlan[] = extra.agents ?? [
    {
      name: "billing-bot",
      id: null,
      file: "agents/billing-bot.yaml",
      action: "create",
      baseVersionId: null,
      changes: [
        { path: "/spec/prompt", kind: "config", after: "You help with invoices.\nBe precise." },
        { path: "/spec/slmModel", kind: "config", after: "gpt-4o" },
        { path: "/metadata/description", kind: "metadata", after: "Billing line" },
      ],
      unchangedCount: 0,
    },
    {
      name: "outbound-reminder",
      id: null,
      file: "agents/outbound-reminder.yaml",
      action: "create",
      baseVersionId: null,
      changes: [{ path: "/spec/firstMessage", kind: "config", after: "Hi, this is a reminder from Northside Clinic." }],
      unchangedCount: 0,
    },
    {
      name: "support-bot",
      id: "000000000000000000000aa1",
      file: "agents/support-bot.yaml",
      action: "update",
      baseVersionId: "000000000000000000000bb1",
      changes: [
        { path: "/spec/synthesizer/speed", kind: "config", before: 1.2, after: 1.1 },
        {
          path: "/spec/preCallAPI/headers/X-Api-Key",
          kind: "config",
          before: { sensitive: true, digest: `sha256:${"1".repeat(64)}` },
          after: { sensitive: true, digest: `sha256:${"2".repeat(64)}` },
        },
        { path: "/metadata/description", kind: "metadata", before: "Support", after: "Tier 1 support" },
      ],
      unchangedCount: 4,
    },
    {
      name: "sales-bot",
      id: "000000000000000000000aa2",
      file: "agents/sales-bot.yaml",
      action: "update",
      baseVersionId: "000000000000000000000bb2",
      changes: [{ path: "/spec/language/default", kind: "config", before: "en", after: "hi" }],
      unchangedCount: 2,
    },
    {
      name: "ceo-assistant",
      id: "000000000000000000000aa3",
      action: "unmanaged",
      baseVersionId: "000000000000000000000bb3",
      changes: [],
      unchangedCount: 0,
      blockedReason: "protected",
    },
    {
      name: "faq-bot",
      id: "000000000000000000000aa4",
      file: "agents/faq-bot.yaml",
      action: "noop",
      baseVersionId: "000000000000000000000bb4",
      changes: [],
      unchangedCount: 6,
    },
  ];
  const count = (action: AgentPlan["action"]) => agents.filter((a) => a.action === action).length;
  return {
    formatVersion: "1.0",
    createdAt: "2026-08-01T12:00:00.000Z",
    tool: { name: "atoms-gitops", version: "0.1.0" },
    source: { gitSha: "0123456789abcdef0123456789abcdef01234567", dir: "agents", configDigest: `sha256:${"0".repeat(64)}` },
    target: { environment: extra.environment ?? "staging", baseUrl: "https://api.smallest.ai/atoms/v1", apiModel: "branches" },
    summary: { create: count("create"), update: count("update"), noop: count("noop"), archive: count("archive"), unmanaged: count("unmanaged") },
    agents,
    diagnostics: [],
  };
}

/** An update agent whose prompt diff alone is `lines` lines long. */
export function bigUpdate(name: string, lines: number): AgentPlan {
  const before = Array.from({ length: lines }, (_, i) => `Rule ${i}: answer politely and never guess.`).join("\n");
  const after = Array.from({ length: lines }, (_, i) => `Rule ${i}: answer politely, briefly and never guess.`).join("\n");
  return {
    name,
    id: `${name.length.toString(16).padStart(24, "0")}`,
    file: `agents/${name}.yaml`,
    action: "update",
    baseVersionId: "000000000000000000000bb9",
    changes: [{ path: "/spec/prompt", kind: "config", before, after }],
    unchangedCount: 0,
  };
}

/** An update whose prompt is `lines` long lines, every one changed; non-ASCII so bytes exceed characters. */
export function longPromptUpdate(name: string, lines: number): AgentPlan {
  const line = (i: number, word: string) => `Règle ${i} : répondre poliment, ${word}, sans jamais deviner ; vérifier l'identité de l'appelant avant toute modification du dossier.`;
  return {
    name,
    id: name.length.toString(16).padStart(24, "0"),
    file: `agents/${name}.yaml`,
    action: "update",
    baseVersionId: "000000000000000000000bb9",
    changes: [{ path: "/spec/prompt", kind: "config", before: Array.from({ length: lines }, (_, i) => line(i, "calmement")).join("\n"), after: Array.from({ length: lines }, (_, i) => line(i, "brièvement")).join("\n") }],
    unchangedCount: 3,
  };
}
