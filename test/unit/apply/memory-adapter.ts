import type { JsonObject } from "../../../src/model/json.js";
import type { AgentSummary, ObservedAgent, PhoneNumberProduct, VersionInfo } from "../../../src/model/observed.js";
import {
  BRANCHES_TRAITS,
  DRAFTS_VERSIONS_TRAITS,
  type AgentsApi,
  type ApiModelName,
  type DraftHandle,
  type DraftSummary,
  type PublishedHandle,
  type PublishOptions,
  type VersioningAdapter,
} from "../../../src/model/versioning.js";

/**
 * One agent held in memory, spoken to through the engine's two ports. Config is kept in `_resolvedConfig` shape and a
 * draft body is merged in key by key, so tests should change top-level fields whose body and resolved names agree
 * (e.g. `firstMessage`). Hooks let a test play "someone else" at a precise moment of the flow.
 */
export interface MemoryVersion {
  id: string;
  resolved: JsonObject;
  label: string | null;
  check: "queued" | "passed" | "failed";
}

export interface MemoryDraft {
  draftId: string;
  name: string | null;
  baseVersionId: string;
  resolved: JsonObject;
  updatedAt: string;
}

export interface MemoryHooks {
  afterOpenDraft?(draft: DraftHandle): void;
  afterPatchDraft?(draft: DraftHandle): void;
  afterPublish?(published: PublishedHandle): void;
  /** Each security-check poll (v1 polls through `listVersions`, so this fires from there too). */
  onPoll?(): void;
  /** Replaces activation (e.g. an activation the API acknowledges but does not perform). */
  activate?(published: PublishedHandle): void;
  /** Replaces the metadata write. */
  updateMetadata?(body: JsonObject): void;
}

export class MemoryAgent {
  readonly id = "a".repeat(24);
  name: string;
  description: string | undefined;
  activeVersionId: string;
  readonly versions: MemoryVersion[] = [];
  readonly drafts = new Map<string, MemoryDraft>();
  hooks: MemoryHooks = {};
  /** What a fresh publish's security check says when polled. */
  checkOutcome: MemoryVersion["check"] = "passed";
  private nextId = 1;
  private clock: () => number;

  constructor(name: string, resolved: JsonObject, options: { now?: () => number; description?: string } = {}) {
    this.name = name;
    this.description = options.description;
    this.clock = options.now ?? (() => 0);
    const first = this.addVersion(resolved, "V1");
    first.check = "passed";
    this.activeVersionId = first.id;
  }

  /** Ids sort in creation order, as the platform's ObjectIds do. */
  newId(prefix: string): string {
    return `${prefix}${String(this.nextId++).padStart(23 - prefix.length, "0")}`;
  }

  addVersion(resolved: JsonObject, label: string | null): MemoryVersion {
    const v: MemoryVersion = { id: this.newId("v"), resolved: { ...resolved }, label, check: "queued" };
    this.versions.push(v);
    return v;
  }

  /** Someone else (a dashboard user, another tool) publishes and activates a version. */
  rivalActivates(resolved: JsonObject): string {
    const v = this.addVersion(resolved, "dashboard");
    v.check = "passed";
    this.activeVersionId = v.id;
    return v.id;
  }

  /** Someone else opens a draft (a rival run's, when `name` is one of ours). */
  rivalDraft(name: string, updatedAt: string): MemoryDraft {
    const d: MemoryDraft = { draftId: this.newId("d"), name, baseVersionId: this.activeVersionId, resolved: {}, updatedAt };
    this.drafts.set(d.draftId, d);
    return d;
  }

  active(): MemoryVersion {
    return this.versions.find((v) => v.id === this.activeVersionId)!;
  }

  observe(resolved: JsonObject): ObservedAgent {
    return {
      id: this.id,
      name: this.name,
      ...(this.description !== undefined ? { description: this.description } : {}),
      archived: false,
      activeVersionId: this.activeVersionId,
      phoneNumbers: [],
      resolved: { ...resolved },
    };
  }

  api(): AgentsApi {
    return {
      listAgents: async (): Promise<AgentSummary[]> => [{ id: this.id, name: this.name, archived: false, activeVersionId: this.activeVersionId }],
      getAgent: async (id, options) => {
        this.expectAgent(id);
        if (options?.draftId) return this.observe(this.draft(options.draftId).resolved);
        if (options?.versionId) return this.observe(this.version(options.versionId).resolved);
        return this.observe(this.active().resolved);
      },
      createAgent: async () => {
        throw new Error("the memory agent exists already");
      },
      updateAgentMetadata: async (id, body) => {
        this.expectAgent(id);
        if (this.hooks.updateMetadata) return this.hooks.updateMetadata(body);
        if (typeof body["name"] === "string") this.name = body["name"];
        if (typeof body["description"] === "string") this.description = body["description"];
      },
      archiveAgent: async () => undefined,
      listPhoneNumbers: async (): Promise<PhoneNumberProduct[]> => [],
    };
  }

  /** Drafts/versions by default; `model` changes the traits the engine sees, not how this fake stores things. */
  versioning(model: ApiModelName = "versions"): VersioningAdapter {
    return {
      model,
      traits: model === "versions" ? DRAFTS_VERSIONS_TRAITS : BRANCHES_TRAITS,
      known: true,
      openDraft: async (agentId, baseVersionId, name) => {
        this.expectAgent(agentId);
        const d: MemoryDraft = {
          draftId: this.newId("d"),
          name,
          baseVersionId,
          resolved: { ...this.version(baseVersionId).resolved },
          updatedAt: new Date(this.clock()).toISOString(),
        };
        this.drafts.set(d.draftId, d);
        const handle = { agentId, draftId: d.draftId, baseVersionId };
        this.hooks.afterOpenDraft?.(handle);
        return handle;
      },
      patchDraft: async (draft, body) => {
        const d = this.draft(draft.draftId);
        Object.assign(d.resolved, body);
        d.updatedAt = new Date(this.clock()).toISOString();
        this.hooks.afterPatchDraft?.(draft);
        return draft;
      },
      readDraft: async (draft) => ({ ...this.draft(draft.draftId).resolved }),
      publish: async (draft, options: PublishOptions) => {
        const d = this.draft(draft.draftId);
        this.drafts.delete(d.draftId);
        const v = this.addVersion(d.resolved, options.label);
        v.check = this.checkOutcome;
        const published = { agentId: draft.agentId, versionId: v.id };
        this.hooks.afterPublish?.(published);
        return published;
      },
      getVersion: async (published) => {
        this.hooks.onPoll?.();
        return this.info(this.version(published.versionId));
      },
      activate: async (published) => {
        if (this.hooks.activate) return this.hooks.activate(published);
        this.activeVersionId = this.version(published.versionId).id;
      },
      discard: async (draft) => {
        this.drafts.delete(draft.draftId);
      },
      listVersions: async (agentId, options) => {
        this.expectAgent(agentId);
        if (options?.newest !== undefined) this.hooks.onPoll?.();
        const newest = [...this.versions].reverse().map((v) => this.info(v));
        return options?.newest !== undefined ? newest.slice(0, options.newest) : newest;
      },
      restore: async () => {
        throw new Error("not used by these tests");
      },
      listDrafts: async (agentId): Promise<DraftSummary[]> => {
        this.expectAgent(agentId);
        return [...this.drafts.values()].map((d) => ({ draftId: d.draftId, name: d.name, baseVersionId: d.baseVersionId, updatedAt: d.updatedAt }));
      },
    };
  }

  private info(v: MemoryVersion): VersionInfo {
    return {
      id: v.id,
      number: this.versions.indexOf(v) + 1,
      label: v.label,
      description: null,
      isActive: v.id === this.activeVersionId,
      isPinned: false,
      status: "published",
      securityCheck: { status: v.check, reason: v.check === "failed" ? "flagged" : null },
      publishedAt: null,
      publishedBy: null,
      activatedAt: null,
      activatedBy: null,
    };
  }

  private expectAgent(id: string): void {
    if (id !== this.id) throw Object.assign(new Error(`no agent ${id}`), { status: 404 });
  }

  private draft(id: string): MemoryDraft {
    const d = this.drafts.get(id);
    if (!d) throw Object.assign(new Error(`no draft ${id}`), { status: 404 });
    return d;
  }

  private version(id: string): MemoryVersion {
    const v = this.versions.find((x) => x.id === id);
    if (!v) throw Object.assign(new Error(`no version ${id}`), { status: 404 });
    return v;
  }
}
