/**
 * JSON Schema (2020-12) of a rendered / saved plan. `schemas/plan.schema.json` is this object written out
 * (a test keeps the two identical): plan/ reads no files, so the schema lives here as code.
 * Unknown properties are allowed so a newer minor format stays readable; the major version gates compatibility.
 */
export const PLAN_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/atoms-gitops/atoms-gitops/schemas/plan.schema.json",
  title: "atoms-gitops plan",
  description:
    "A plan computed by `atoms-gitops plan`: what apply would change, per agent, with the preconditions it was computed from. Secrets appear only as {sensitive, digest}.",
  type: "object",
  required: ["formatVersion", "createdAt", "tool", "source", "target", "summary", "agents", "diagnostics"],
  properties: {
    formatVersion: {
      description: "MAJOR.MINOR. Readers refuse an unknown major version.",
      type: "string",
      pattern: "^[0-9]+\\.[0-9]+$",
    },
    createdAt: { description: "ISO-8601 timestamp.", type: "string", minLength: 1 },
    tool: {
      type: "object",
      required: ["name", "version"],
      properties: { name: { type: "string" }, version: { type: "string" } },
    },
    source: {
      type: "object",
      required: ["dir", "configDigest"],
      properties: {
        gitSha: { type: "string" },
        dir: { type: "string" },
        configDigest: { type: "string" },
      },
    },
    target: {
      type: "object",
      required: ["baseUrl", "apiModel"],
      properties: {
        environment: { type: "string" },
        baseUrl: { type: "string" },
        apiModel: { enum: ["versions", "branches"] },
      },
    },
    summary: {
      type: "object",
      required: ["create", "update", "noop", "archive", "unmanaged"],
      properties: {
        create: { $ref: "#/$defs/count" },
        update: { $ref: "#/$defs/count" },
        noop: { $ref: "#/$defs/count" },
        archive: { $ref: "#/$defs/count" },
        unmanaged: { $ref: "#/$defs/count" },
      },
    },
    agents: { type: "array", items: { $ref: "#/$defs/agent" } },
    resources: {
      description: "Knowledge bases, webhooks and agent webhook subscriptions. Every change here is immediate: not versioned, no platform rollback.",
      type: "array",
      items: { $ref: "#/$defs/resource" },
    },
    diagnostics: { type: "array", items: { $ref: "#/$defs/diagnostic" } },
    secretDigests: {
      description: "Secret digests are HMAC-SHA256 under a per-plan key kept outside this file; keyCheck identifies the key.",
      type: "object",
      required: ["algorithm", "keyCheck"],
      properties: {
        algorithm: { const: "hmac-sha256" },
        keyCheck: { $ref: "#/$defs/secretDigest" },
        nonce: { description: "Present when the key derives from a secret shared by plan and apply (ATOMS_PLAN_DIGEST_KEY).", type: "string", pattern: "^[0-9a-f]{32}$" },
      },
    },
  },
  $defs: {
    count: { type: "integer", minimum: 0 },
    digest: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" },
    secretDigest: { type: "string", pattern: "^(sha256|hmac-sha256):[0-9a-f]{64}$" },
    agent: {
      type: "object",
      required: ["name", "id", "action", "baseVersionId", "changes", "unchangedCount"],
      properties: {
        name: { type: "string", minLength: 1 },
        id: { description: "Remote agent id; null for create.", type: ["string", "null"] },
        file: { type: "string" },
        action: { enum: ["create", "update", "noop", "archive", "unmanaged"] },
        baseVersionId: {
          description: "Precondition: the active version (v1) / live head revision (v2) the plan was computed from.",
          type: ["string", "null"],
        },
        baseMetadataDigest: { $ref: "#/$defs/digest" },
        changes: { type: "array", items: { $ref: "#/$defs/change" } },
        unchangedCount: { $ref: "#/$defs/count" },
        blockedReason: { type: "string" },
        warnings: { type: "array", items: { type: "string" } },
        preview: { $ref: "#/$defs/preview" },
      },
    },
    resource: {
      type: "object",
      required: ["kind", "name", "id", "action", "changes", "agents", "immediate"],
      properties: {
        kind: { enum: ["knowledgeBase", "webhook", "subscriptions"] },
        name: { description: "The definition's metadata.name (subscriptions: the agent's name; an undefined webhook: its endpoint).", type: "string", minLength: 1 },
        id: { description: "Platform id; null when this apply creates it (known after apply).", type: ["string", "null"] },
        file: { type: "string" },
        action: { enum: ["create", "adopt", "update", "noop", "delete", "unmanaged"] },
        immediate: { description: "Always the same words: these changes are not versioned and have no platform rollback.", const: "immediate — not versioned, no platform rollback" },
        changes: { type: "array", items: { $ref: "#/$defs/resourceChange" } },
        agents: { description: "Every agent the change reaches.", type: "array", items: { type: "string" } },
        leftAlone: { description: "Platform content this tool does not manage (text items, files without a digest name).", type: "array", items: { type: "string" } },
        blockedReason: { type: "string" },
        warnings: { type: "array", items: { type: "string" } },
      },
    },
    resourceChange: {
      type: "object",
      required: ["op"],
      properties: {
        op: {
          enum: ["set-description", "add-file", "replace-file", "remove-file", "add-url", "remove-url", "set-endpoint", "send-headers", "set-subscriptions", "delete-subscriptions"],
        },
        target: { description: "A file path, URL, webhook or agent name. Never a header value.", type: "string" },
        before: { type: "string" },
        after: { type: "string" },
        itemId: { description: "The platform item or scraped row removed or replaced.", type: "string" },
        uploadName: { description: "The stored file name, <stem>.<first 12 hex of sha256>.pdf.", type: "string" },
        events: { type: "array", items: { enum: ["pre-conversation", "post-conversation", "analytics-completed"] } },
        headerCount: { description: "send-headers: how many headers the re-sent set holds.", type: "integer", minimum: 0 },
      },
    },
    preview: {
      description:
        "Set by `preview --out` when the platform stored, diffed and security-checked this agent's change: `apply` makes exactly this revision (v2) / version (v1) live.",
      type: "object",
      required: ["name", "versionId", "fromVersionId"],
      properties: {
        name: { description: "The preview's name (the v2 branch name).", type: "string", minLength: 1 },
        versionId: { description: "The previewed revision (v2) / inactive version (v1).", type: "string", minLength: 1 },
        branchId: { description: "v2: the non-live branch holding it.", type: "string" },
        fromVersionId: { description: "The live head revision / active version the preview was made from.", type: "string", minLength: 1 },
      },
    },
    change: {
      type: "object",
      required: ["path", "kind"],
      properties: {
        path: { description: "JSON Pointer into the definition.", type: "string", pattern: "^/(spec|metadata)(/.*)?$" },
        kind: { enum: ["config", "metadata"] },
        source: { description: "The file the desired value comes from, when it is not the agent's own file: a base, a shared tool, a prompt fragment (several joined by \", \").", type: "string" },
        before: { $ref: "#/$defs/planValue" },
        after: { $ref: "#/$defs/planValue" },
      },
    },
    planValue: {
      description:
        "Any JSON value. A secret (or any part of a value that is one) is replaced by a sensitiveValue object.",
    },
    sensitiveValue: {
      type: "object",
      required: ["sensitive", "digest"],
      additionalProperties: false,
      properties: { sensitive: { const: true }, digest: { $ref: "#/$defs/secretDigest" } },
    },
    diagnostic: {
      type: "object",
      required: ["severity", "code", "message"],
      properties: {
        severity: { enum: ["error", "warning"] },
        code: { type: "string" },
        message: { type: "string" },
        file: { type: "string" },
        line: { type: "integer", minimum: 1 },
        column: { type: "integer", minimum: 1 },
        path: { type: "string" },
        hint: { type: "string" },
      },
    },
  },
} as const;
