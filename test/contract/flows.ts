/** Assertions on the contract's envelopes and the multi-step flows several tests share. */
import { expect } from "vitest";
import type { RawResponse } from "./raw.js";
import { pollUntil, SECURITY_CHECK_MS } from "./target.js";
import type { ContractTarget } from "./target.js";

export const OBJECT_ID = /^[0-9a-f]{24}$/;
/** Well-formed ObjectIds that name nothing. */
export const UNKNOWN_ID = "0123456789abcdef01234567";
export const UNKNOWN_ID_2 = "76543210fedcba9876543210";

function describeResponse(res: RawResponse): string {
  return `${res.method} ${res.path} -> ${res.status} ${res.text.slice(0, 400)}`;
}

/** §1.3: `{status:true, data}` with the given status; returns `data`. */
export function expectOk(res: RawResponse, status = 200): any {
  expect(res.status, describeResponse(res)).toBe(status);
  expect(res.contentType, describeResponse(res)).toMatch(/application\/json/);
  expect(res.requestId, "x-request-id header").toBeTruthy();
  expect(res.json?.status ?? res.json?.success, describeResponse(res)).toBe(true);
  expect(res.json, describeResponse(res)).toHaveProperty("data");
  return res.json.data;
}

/**
 * §1.4: `{status:false, errors:[…non-empty strings], error_type?}` with x-request-id. `errors` may be
 * the exact list or a pattern the first message must match.
 */
export function expectError(res: RawResponse, status: number, errors?: string[] | RegExp, errorType?: string): any {
  expect(res.status, describeResponse(res)).toBe(status);
  expect(res.contentType, describeResponse(res)).toMatch(/application\/json/);
  expect(res.requestId, "x-request-id header").toBeTruthy();
  expect(res.json?.status, describeResponse(res)).toBe(false);
  expect(Array.isArray(res.json?.errors), describeResponse(res)).toBe(true);
  expect(res.json.errors.length, describeResponse(res)).toBeGreaterThan(0);
  for (const e of res.json.errors) expect(typeof e).toBe("string");
  if (Array.isArray(errors)) expect(res.json.errors).toEqual(errors);
  else if (errors) expect(res.json.errors[0]).toMatch(errors);
  if (errorType !== undefined) expect(res.json.error_type).toBe(errorType);
  return res.json;
}

/** §1.5: an unknown route is Express's HTML page `Cannot <METHOD> <full path>`, still with x-request-id. */
export function expectHtml404(res: RawResponse, method: string, fullPath: string): void {
  expect(res.status, describeResponse(res)).toBe(404);
  expect(res.contentType).toMatch(/text\/html/);
  expect(res.requestId, "x-request-id header").toBeTruthy();
  expect(res.text).toContain(`<pre>Cannot ${method} ${fullPath}</pre>`);
}

export async function getAgent(t: ContractTarget, agentId: string, query?: Record<string, string>): Promise<any> {
  return expectOk(await t.api.get(`/agent/${agentId}`, { query }));
}

// ── v1 drafts/versions ─────────────────────────────────────────────────────────

export async function forkDraft(t: ContractTarget, agentId: string, body?: Record<string, unknown>): Promise<any> {
  const source = body ?? { sourceVersionId: (await getAgent(t, agentId)).activeVersionId };
  return expectOk(await t.api.post(`/agent/${agentId}/drafts`, source), 201);
}

export async function editDraft(t: ContractTarget, agentId: string, draftId: string, body: Record<string, unknown>): Promise<any> {
  return expectOk(await t.api.patch(`/agent/${agentId}/drafts/${draftId}/config`, body));
}

export async function publishDraft(t: ContractTarget, agentId: string, draftId: string, body: Record<string, unknown> = {}): Promise<any> {
  return expectOk(await t.api.post(`/agent/${agentId}/drafts/${draftId}/publish`, body), 201);
}

/** Let the scan run its course and poll the version until its check leaves `queued`. */
export async function awaitVersionScan(t: ContractTarget, agentId: string, versionId: string): Promise<any> {
  await t.advance(SECURITY_CHECK_MS);
  const data = await pollUntil(
    async () => expectOk(await t.api.get(`/agent/${agentId}/versions/${versionId}`)),
    (d) => d.version.securityCheck?.status !== "queued",
    { what: `security check of version ${versionId}` },
  );
  return data.version;
}

/** Fork from the active version, apply `edit`, publish, wait for the scan, activate. Returns the version id. */
export async function shipVersion(t: ContractTarget, agentId: string, edit: Record<string, unknown>, label = "contract"): Promise<string> {
  const draft = await forkDraft(t, agentId);
  await editDraft(t, agentId, draft.draftId, edit);
  const version = await publishDraft(t, agentId, draft.draftId, { label });
  const scanned = await awaitVersionScan(t, agentId, version._id);
  expect(scanned.securityCheck.status).toBe("passed");
  expectOk(await t.api.patch(`/agent/${agentId}/versions/${version._id}/activate`));
  return version._id as string;
}

// ── v2 branches/revisions ──────────────────────────────────────────────────────

export async function listBranches(t: ContractTarget, agentId: string): Promise<any[]> {
  return expectOk(await t.api.get(`/agent/${agentId}/branches`)).branches;
}

export async function liveBranch(t: ContractTarget, agentId: string): Promise<any> {
  const live = (await listBranches(t, agentId)).filter((s) => s.isLive);
  expect(live).toHaveLength(1);
  return live[0];
}

/**
 * Publish the open draft of a branch and wait until its revision is committed or failed
 * (§6.3 steps 6–7). Returns the final revision document.
 */
export async function publishBranchDraft(t: ContractTarget, agentId: string, branchId: string, label?: string): Promise<any> {
  const res = await t.api.post(`/agent/${agentId}/branches/${branchId}/draft/publish`, label === undefined ? {} : { label });
  let revisionId: string;
  if (res.status === 200) {
    const data = expectOk(res, 200);
    expect(data.state).toBe("committed");
    revisionId = data.revision._id;
  } else {
    const data = expectOk(res, 202);
    expect(data).toEqual({ state: "scanning" });
    const list = expectOk(await t.api.get(`/agent/${agentId}/branches/${branchId}/revisions`, { query: { limit: 1 } }));
    revisionId = list.revisions[0]._id;
    await t.advance(SECURITY_CHECK_MS);
  }
  const final = await pollUntil(
    async () => expectOk(await t.api.get(`/agent/${agentId}/branches/${branchId}/revisions/${revisionId}`)),
    (d) => d.revision.securityCheck?.status !== "queued",
    { what: `scan of revision ${revisionId}` },
  );
  return final.revision;
}

/** PUT a draft edit on the branch and publish it; returns the committed revision. */
export async function shipRevision(t: ContractTarget, agentId: string, branchId: string, edit: Record<string, unknown>, label?: string): Promise<any> {
  expectOk(await t.api.put(`/agent/${agentId}/branches/${branchId}/draft`, edit));
  const revision = await publishBranchDraft(t, agentId, branchId, label);
  expect(revision.securityCheck.status).toBe("passed");
  expect(revision.status).toBe("published");
  return revision;
}
