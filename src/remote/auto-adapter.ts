import type { JsonObject } from "../model/json.js";
import type { VersionInfo } from "../model/observed.js";
import type { ApiModelName, VersioningTraits, DraftHandle, DraftSummary, PublishOptions, PublishedHandle, VersioningAdapter } from "../model/versioning.js";
import { MigrationRequiredError } from "../errors.js";

export interface ModelState {
  /** "unknown" until a call or probe settles it. */
  current: ApiModelName | "unknown";
  /** Records the model for the rest of the run and reports it (once per change). */
  settle(model: ApiModelName, reason: string): void;
}

const SHARED_READS = new Set(["readDraft", "getVersion"]);

/**
 * Delegates to v1 until the workspace answers a v1 call with 409 `versioning_v2_migration_required`,
 * then to v2 for the rest of the run. The failed call is redone on v2: a 409 wrote nothing.
 */
export class AutoAdapter implements VersioningAdapter {
  constructor(
    private readonly v1: VersioningAdapter,
    private readonly v2: VersioningAdapter,
    private readonly state: ModelState,
  ) {}

  get model(): ApiModelName {
    return this.state.current === "branches" ? "branches" : "versions";
  }

  /** Until the model is known, v1's: the detection starts on v1, and v1's guards are the stricter ones before publish. */
  get traits(): VersioningTraits {
    return this.state.current === "branches" ? this.v2.traits : this.v1.traits;
  }

  get known(): boolean {
    return this.state.current !== "unknown";
  }

  /** `op` names the call; reads that both models serve (`readDraft`, `getVersion`) prove nothing about the model. */
  private async run<T>(op: string, call: (a: VersioningAdapter) => Promise<T>, handle?: { branchId?: string }): Promise<T> {
    // A handle made by the v2 adapter always carries its branch.
    if (this.state.current === "branches" || handle?.branchId) return call(this.v2);
    try {
      const result = await call(this.v1);
      if (this.state.current === "unknown" && !SHARED_READS.has(op)) this.state.settle("versions", `${op} succeeded on the drafts/versions API`);
      return result;
    } catch (err) {
      if (!(err instanceof MigrationRequiredError)) throw err;
      this.state.settle("branches", `${err.method} ${err.path} answered 409 versioning_v2_migration_required`);
      return call(this.v2);
    }
  }

  openDraft(agentId: string, baseVersionId: string, name: string): Promise<DraftHandle> {
    return this.run("openDraft", (a) => a.openDraft(agentId, baseVersionId, name));
  }
  patchDraft(draft: DraftHandle, body: JsonObject): Promise<DraftHandle> {
    return this.run("patchDraft", (a) => a.patchDraft(draft, body), draft);
  }
  readDraft(draft: DraftHandle): Promise<JsonObject> {
    return this.run("readDraft", (a) => a.readDraft(draft), draft);
  }
  publish(draft: DraftHandle, options: PublishOptions): Promise<PublishedHandle> {
    return this.run("publish", (a) => a.publish(draft, options), draft);
  }
  getVersion(published: PublishedHandle): Promise<VersionInfo> {
    return this.run("getVersion", (a) => a.getVersion(published), published);
  }
  activate(published: PublishedHandle): Promise<void> {
    return this.run("activate", (a) => a.activate(published), published);
  }
  discard(draft: DraftHandle): Promise<void> {
    return this.run("discard", (a) => a.discard(draft), draft);
  }
  /** Only a v2 publish can be withdrawn; a v1 publish never made anything live, so there is nothing to cancel. */
  cancelPublish(published: PublishedHandle): Promise<boolean> {
    return this.run("cancelPublish", async (a) => (a.cancelPublish ? a.cancelPublish(published) : false), published);
  }
  listVersions(agentId: string, options?: { newest?: number }): Promise<VersionInfo[]> {
    return this.run("listVersions", (a) => a.listVersions(agentId, options));
  }
  restore(agentId: string, versionId: string): Promise<PublishedHandle> {
    return this.run("restore", (a) => a.restore(agentId, versionId));
  }
  /** v1 relabels; under v2 (revisions cannot be relabelled) this does nothing. */
  labelVersion(agentId: string, versionId: string, label: string): Promise<void> {
    return this.run("labelVersion", async (a) => {
      if (a.labelVersion) await a.labelVersion(agentId, versionId, label);
    });
  }
  listDrafts(agentId: string): Promise<DraftSummary[]> {
    return this.run("listDrafts", (a) => a.listDrafts(agentId));
  }
}
