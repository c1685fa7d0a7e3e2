import type { Recorded } from "./helpers.js";
import { fail, fakeApi, ok } from "./helpers.js";

interface Rev {
  _id: string;
  branch: string;
  revisionNumber: number;
  status: string;
  label: string | null;
  securityCheck: { status: string; reason: string | null };
  pollsUntilPassed: number;
  draftId?: string;
}

interface Branch {
  _id: string;
  name: string;
  isDefault: boolean;
  head: string | null;
  draft: { draftId: string; draftRevision: number; edits: number; fields: Record<string, unknown> } | null;
  revisions: Rev[];
}

/** A small in-test model of the v2 branch API (§6), with every v1 write answering the migration 409. */
export function branchModelFake(agentIds: string[], options: { scanPolls?: number; sync?: boolean } = {}) {
  let seq = 0;
  const id = (p: string) => `${p}${String(++seq).padStart(24 - p.length, "0")}`;
  const state = new Map<string, { live: string; branches: Branch[] }>();
  for (const a of agentIds) {
    const main: Branch = { _id: id("b"), name: "Main", isDefault: true, head: null, draft: null, revisions: [] };
    const r1: Rev = { _id: id("r"), branch: main._id, revisionNumber: 1, status: "published", label: null, securityCheck: { status: "passed", reason: null }, pollsUntilPassed: 0 };
    main.revisions.push(r1);
    main.head = r1._id;
    state.set(a, { live: main._id, branches: [main] });
  }
  const agentOf = (r: Recorded) => state.get(r.path.split("?")[0]!.split("/")[2]!)!;
  const branchOf = (r: Recorded) => agentOf(r).branches.find((b) => b._id === r.path.split("?")[0]!.split("/")[4])!;
  const summary = (a: { live: string }, b: Branch) => ({
    branch: { _id: b._id, name: b.name, isDefault: b.isDefault, headRevisionId: b.head, openDraftId: b.draft?.draftId ?? null, status: "active" },
    isLive: a.live === b._id,
    hasOpenDraft: b.draft !== null,
    revisionsCount: b.revisions.length,
    headRevisionNumber: null,
  });
  const migration = () => fail(409, ["This endpoint is deprecated under the branch model."], { error_type: "versioning_v2_migration_required" }, { deprecation: "true" });
  const scanPolls = options.scanPolls ?? 2;

  const api = fakeApi([
    ["POST", /^\/agent\/\w+\/drafts$/, migration],
    ["GET", /^\/agent\/\w+\/drafts$/, migration],
    ["GET", /^\/agent\/\w+\/versions$/, migration],
    ["PATCH", /^\/agent\/\w+\/versions\/\w+\/activate$/, migration],
    ["GET", /^\/agent\/\w+$/, (r) => {
      const a = agentOf(r);
      const live = a.branches.find((b) => b._id === a.live)!;
      const draftId = new URL(`http://x${r.path}`).searchParams.get("draftId");
      const b = draftId ? a.branches.find((x) => x.draft?.draftId === draftId) : undefined;
      if (draftId && !b) return fail(404, ["Draft not found"]);
      return ok({ _id: r.path.split("?")[0]!.split("/")[2], name: "agent", activeVersionId: live.head, _resolvedConfig: b ? { ...b.draft!.fields } : {} });
    }],
    ["GET", /^\/agent\/\w+\/branches$/, (r) => {
      const a = agentOf(r);
      return ok({ branches: a.branches.map((b) => summary(a, b)) });
    }],
    ["GET", /^\/agent\/\w+\/branches\/\w+\/draft$/, (r) => {
      const b = branchOf(r);
      if (!b.draft) return fail(404, ["No open draft"]);
      return ok({ latest: { _id: id("x"), draftId: b.draft.draftId, draftRevision: b.draft.draftRevision, status: "draft" }, editCount: b.draft.edits, editHistory: [] });
    }],
    ["PUT", /^\/agent\/\w+\/branches\/\w+\/draft$/, (r) => {
      const b = branchOf(r);
      const { expectedRevision, ...fields } = r.body as Record<string, unknown>;
      b.draft ??= { draftId: id("d"), draftRevision: 0, edits: 0, fields: {} };
      if (typeof expectedRevision === "number" && expectedRevision < b.draft.draftRevision) {
        const clash = Object.keys(fields).filter((k) => k in b.draft!.fields);
        if (clash.length > 0) {
          return fail(409, clash, { data: { conflict: { expectedRevision, latestRevision: b.draft.draftRevision, diffs: clash.map((p) => ({ path: p, oldValue: "old", newValue: b.draft!.fields[p] })) } } });
        }
      }
      b.draft.draftRevision++;
      b.draft.edits++;
      Object.assign(b.draft.fields, fields);
      return ok({ _id: id("x"), draftId: b.draft.draftId, draftRevision: b.draft.draftRevision, status: "draft", branch: b._id });
    }],
    ["DELETE", /^\/agent\/\w+\/branches\/\w+\/draft$/, (r) => {
      const b = branchOf(r);
      if (!b.draft) return fail(404, ["No open draft"]);
      b.draft = null;
      return ok({ discarded: true });
    }],
    ["POST", /^\/agent\/\w+\/branches\/\w+\/draft\/publish$/, (r) => {
      const b = branchOf(r);
      if (!b.draft) return fail(404, ["No open draft"]);
      const rev: Rev = {
        _id: id("r"), branch: b._id, revisionNumber: b.revisions.length + 1, status: "draft",
        label: (r.body as { label?: string } | undefined)?.label ?? null, securityCheck: { status: "queued", reason: null },
        pollsUntilPassed: options.sync ? 0 : scanPolls, draftId: b.draft.draftId,
      };
      b.revisions.unshift(rev);
      if (options.sync) {
        rev.status = "published";
        rev.securityCheck.status = "passed";
        b.head = rev._id;
        b.draft = null;
        return ok({ state: "committed", revision: rev });
      }
      return ok({ state: "scanning" }, 202);
    }],
    ["GET", /^\/agent\/\w+\/branches\/\w+\/revisions$/, (r) => {
      const limit = Number(new URL(`http://x${r.path}`).searchParams.get("limit") ?? 20);
      const b = branchOf(r);
      return ok({ revisions: b.revisions.slice(0, limit), total: b.revisions.length });
    }],
    ["GET", /^\/agent\/\w+\/branches\/\w+\/revisions\/\w+$/, (r) => {
      const b = branchOf(r);
      const rev = b.revisions.find((x) => x._id === r.path.split("/")[6]);
      if (!rev) return fail(404, ["Revision not found"]);
      if (rev.securityCheck.status === "queued") {
        if (rev.pollsUntilPassed-- <= 0) {
          // The scan passes a moment before the commit lands: "passed" but not yet "published".
          if (rev.securityCheck.status === "queued") rev.securityCheck.status = "passed";
        }
      } else if (rev.status !== "published") {
        rev.status = "published";
        b.head = rev._id;
        b.draft = null;
      }
      return ok({ revision: rev, resolvedConfig: {} });
    }],
    ["POST", /^\/agent\/\w+\/branches\/\w+\/live$/, (r) => {
      const a = agentOf(r);
      a.live = branchOf(r)._id;
      return ok(summary(a, branchOf(r)));
    }],
    ["POST", /^\/agent\/\w+\/branches\/\w+\/revisions\/\w+\/restore$/, (r) => {
      const b = branchOf(r);
      const rev: Rev = { _id: id("r"), branch: b._id, revisionNumber: b.revisions.length + 1, status: "published", label: null, securityCheck: { status: "passed", reason: null }, pollsUntilPassed: 0 };
      b.revisions.unshift(rev);
      b.head = rev._id;
      return ok({ state: "committed", revision: rev });
    }],
  ]);

  return {
    ...api,
    state,
    addBranch(agentId: string, name: string): Branch {
      const a = state.get(agentId)!;
      const main = a.branches[0]!;
      const b: Branch = { _id: id("b"), name, isDefault: false, head: main.head, draft: null, revisions: [] };
      a.branches.push(b);
      return b;
    },
    head(agentId: string): string {
      const a = state.get(agentId)!;
      return a.branches.find((b) => b._id === a.live)!.head!;
    },
  };
}
