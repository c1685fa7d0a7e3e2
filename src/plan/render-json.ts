import type { Diagnostic } from "../model/diagnostic.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import type { AgentPlan, FieldChange, Plan, PlanValue, ResourcePlan } from "../model/plan.js";
import { IMMEDIATE } from "./render-resources.js";
import { isPlainObject } from "./json-utils.js";

/** The plan as JSON: envelope keys in a fixed order, value keys sorted, 2-space indent, trailing newline. */
export function renderPlanJson(plan: Plan): string {
  return JSON.stringify(planDocument(plan), null, 2) + "\n";
}

export function planDocument(plan: Plan): JsonObject {
  const source: JsonObject = {};
  if (plan.source.gitSha !== undefined) source["gitSha"] = plan.source.gitSha;
  source["dir"] = plan.source.dir;
  source["configDigest"] = plan.source.configDigest;
  const target: JsonObject = {};
  if (plan.target.environment !== undefined) target["environment"] = plan.target.environment;
  target["baseUrl"] = plan.target.baseUrl;
  target["apiModel"] = plan.target.apiModel;
  const s = plan.summary;
  const doc: JsonObject = {
    formatVersion: plan.formatVersion,
    createdAt: plan.createdAt,
    tool: { name: plan.tool.name, version: plan.tool.version },
    source,
    target,
    summary: { create: s.create, update: s.update, noop: s.noop, archive: s.archive, unmanaged: s.unmanaged },
    agents: plan.agents.map(agentDocument),
  };
  if (plan.resources) doc["resources"] = plan.resources.map(resourceDocument);
  doc["diagnostics"] = plan.diagnostics.map(diagnosticDocument);
  if (plan.secretDigests) {
    const { algorithm, keyCheck, nonce } = plan.secretDigests;
    doc["secretDigests"] = nonce === undefined ? { algorithm, keyCheck } : { algorithm, keyCheck, nonce };
  }
  return doc;
}

function agentDocument(a: AgentPlan): JsonObject {
  const out: JsonObject = { name: a.name, id: a.id };
  if (a.file !== undefined) out["file"] = a.file;
  out["action"] = a.action;
  out["baseVersionId"] = a.baseVersionId;
  if (a.baseMetadataDigest !== undefined) out["baseMetadataDigest"] = a.baseMetadataDigest;
  out["changes"] = a.changes.map(changeDocument);
  out["unchangedCount"] = a.unchangedCount;
  if (a.blockedReason !== undefined) out["blockedReason"] = a.blockedReason;
  if (a.warnings !== undefined) out["warnings"] = [...a.warnings];
  if (a.preview !== undefined) {
    const p: JsonObject = { name: a.preview.name, versionId: a.preview.versionId };
    if (a.preview.branchId !== undefined) p["branchId"] = a.preview.branchId;
    p["fromVersionId"] = a.preview.fromVersionId;
    out["preview"] = p;
  }
  return out;
}

function resourceDocument(r: ResourcePlan): JsonObject {
  const out: JsonObject = { kind: r.kind, name: r.name, id: r.id };
  if (r.file !== undefined) out["file"] = r.file;
  out["action"] = r.action;
  out["immediate"] = IMMEDIATE;
  out["changes"] = r.changes.map((c) => {
    const o: JsonObject = {};
    for (const k of Object.keys(c).sort() as Array<keyof typeof c>) {
      const v = c[k];
      if (v !== undefined) o[k] = Array.isArray(v) ? [...v] : v;
    }
    return o;
  });
  out["agents"] = [...r.agents];
  if (r.leftAlone !== undefined) out["leftAlone"] = [...r.leftAlone];
  if (r.blockedReason !== undefined) out["blockedReason"] = r.blockedReason;
  if (r.warnings !== undefined) out["warnings"] = [...r.warnings];
  return out;
}

function changeDocument(c: FieldChange): JsonObject {
  const out: JsonObject = { path: c.path, kind: c.kind };
  if (c.source !== undefined) out["source"] = c.source;
  if (c.before !== undefined) out["before"] = sortKeys(c.before);
  if (c.after !== undefined) out["after"] = sortKeys(c.after);
  return out;
}

function diagnosticDocument(d: Diagnostic): JsonObject {
  const out: JsonObject = { severity: d.severity, code: d.code, message: d.message };
  for (const k of ["file", "line", "column", "path", "hint"] as const) if (d[k] !== undefined) out[k] = d[k];
  return out;
}

function sortKeys(v: PlanValue): JsonValue {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isPlainObject(v)) {
    const out: JsonObject = {};
    for (const k of Object.keys(v).sort()) if (v[k] !== undefined) out[k] = sortKeys(v[k]!);
    return out;
  }
  return v as JsonValue;
}
