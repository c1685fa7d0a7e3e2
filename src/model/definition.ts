import type { Diagnostic } from "./diagnostic.js";
import type { JsonObject, JsonValue } from "./json.js";

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/**
 * Agent metadata: not versioned; written through `PATCH /agent/{id}`.
 * Only fields that are set are managed.
 */
export interface AgentMetadata {
  name: string;
  /** Pins the remote agent id (24-hex ObjectId). */
  id?: string;
  description?: string;
  allowInboundCall?: boolean;
  visibleToEveryone?: boolean;
  avatarUrl?: string;
  /** E.164 numbers linked to the agent through `telephonyProductId`. Managed only when set. */
  phoneNumbers?: string[];
  /** Forbids archiving by `--prune`. */
  protect?: boolean;
  /** The agent's one webhook (a Webhook definition by name) and its events: immediate, not versioned. */
  webhook?: { name: string; events: string[] };
}

/** One PDF of a knowledge base, as read at load time (bytes are read again, and checked, at apply). */
export interface KnowledgeBaseFile {
  /** Display path. */
  file: string;
  absPath: string;
  /** The file name without `.pdf`: with the digest, what matches a platform item to this file. */
  stem: string;
  /** First 12 hex of the content's sha256. */
  digest: string;
  size: number;
  /** `<stem>.<digest>.pdf`: the name the platform stores, so a fresh checkout can tell a changed file. */
  uploadName: string;
  /** Pointer of the entry in the definition (`/spec/files/0`). */
  pointer: string;
}

export interface KnowledgeBaseDefinition {
  file: string;
  name: string;
  description: string;
  files: KnowledgeBaseFile[];
  urls: string[];
  positions: Record<string, SourcePosition>;
}

export interface WebhookDefinition {
  file: string;
  name: string;
  endpoint: string;
  description: string;
  /** Absent = not managed; `{}` = no custom headers. Values are always sensitive. */
  headers?: Record<string, string>;
  positions: Record<string, SourcePosition>;
}

/**
 * The versioned config in definition shape: the contract's draft-config body with
 * `singlePromptConfig.prompt/tools` lifted to `prompt` / `tools`. Every other key keeps the API's name and shape.
 * Kept as JSON (the schema is its type); `prompt` is always the resolved text (a `{file}` reference is read at load time).
 */
export type AgentSpec = JsonObject;

/** One file of a prompt composed from several (`prompt: { files }`): which lines of the joined text it holds. */
export interface PromptSegment {
  file: string;
  /** 1-based first line of this fragment in the joined prompt. */
  startLine: number;
  lineCount: number;
}

/** A validated, interpolated, normalized definition, as the loader hands it to plan/apply. */
export interface AgentDefinition {
  /** File path as shown to users (relative to cwd when possible). */
  file: string;
  metadata: AgentMetadata;
  spec: AgentSpec;
  /** When the prompt lives in a file: that file (display path); the first one of a composed prompt. */
  promptFile?: string;
  /** A prompt joined from several files: where each one's lines are. */
  promptSegments?: PromptSegment[];
  /**
   * Every file the definition was built from, in the order they apply: its own file, then its bases, shared tool
   * files and prompt files, as paths from the repository root with forward slashes. `positions` says which of them
   * each field came from (in display paths, like `file`).
   */
  sources?: string[];
  /**
   * JSON Pointers (into the definition document, e.g. `/spec/tools/0/headers/Authorization`) whose value came,
   * wholly or partly, from `${env.*}`. These are never printed nor written to a plan file in clear.
   */
  sensitivePaths: string[];
  /** JSON Pointer -> where that node starts in its file. Used to locate plan-time errors. */
  positions: Record<string, SourcePosition>;
}

export interface ProjectEnvironment {
  baseUrl?: string;
  /** Name of the environment variable that holds this workspace's API key. */
  apiKeyEnv?: string;
  vars: Record<string, JsonValue>;
}

/** `atoms-gitops.yaml` at the repository root (optional). */
export interface ProjectConfig {
  file?: string;
  environments: Record<string, ProjectEnvironment>;
}

export interface LoadResult {
  definitions: AgentDefinition[];
  diagnostics: Diagnostic[];
  /** Number of definition files found (0 with an empty or missing directory: callers that prune must refuse). */
  fileCount: number;
  project: ProjectConfig;
  /** `kind: KnowledgeBase` files (absent when the loader found none). */
  knowledgeBases?: KnowledgeBaseDefinition[];
  /** `kind: Webhook` files (absent when the loader found none). */
  webhooks?: WebhookDefinition[];
}
