import { describe, expect, it } from "vitest";
import { matchAgents } from "../../../src/plan/index.js";
import { definition, oid, summary } from "./builders.js";

describe("matchAgents", () => {
  const a1 = summary("support", oid(1));
  const a2 = summary("sales", oid(2));
  const archived = summary("support", oid(3), { archived: true });

  it("matches by pinned id first, even when the remote name differs", () => {
    const def = definition("support-renamed", {}, { metadata: { id: oid(2) } });
    const r = matchAgents([def], [a1, a2]);
    expect(r.matches[0]?.remote?.id).toBe(oid(2));
    expect(r.unmatchedRemote.map((a) => a.id)).toEqual([oid(1)]);
    expect(r.diagnostics).toEqual([]);
  });

  it("matches by name among non-archived agents; no match means create", () => {
    const r = matchAgents([definition("support"), definition("new-bot")], [archived, a1]);
    expect(r.matches.map((m) => m.remote?.id ?? null)).toEqual([oid(1), null]);
    expect(r.unmatchedRemote).toEqual([]);
  });

  it("an archived agent with the same name is ignored", () => {
    const r = matchAgents([definition("support")], [archived]);
    expect(r.matches[0]?.remote).toBeNull();
    expect(r.diagnostics).toEqual([]);
    expect(r.unmatchedRemote).toEqual([]);
  });

  it("two live agents with the name is an error that lists the ids to pin", () => {
    const dup = summary("support", oid(4));
    const r = matchAgents([definition("support")], [a1, dup]);
    expect(r.matches[0]?.remote).toBeNull();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: "error", code: "identity/ambiguous-name", file: "agents/support.yaml", path: "/metadata/name" });
    expect(r.diagnostics[0]?.message).toContain(oid(1));
    expect(r.diagnostics[0]?.message).toContain(oid(4));
    expect(r.diagnostics[0]?.hint).toMatch(/metadata\.id/);
  });

  it("a pin to nothing is an error located at /metadata/id", () => {
    const r = matchAgents([definition("support", {}, { metadata: { id: oid(99) } })], [a1]);
    expect(r.matches[0]?.remote).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ severity: "error", code: "identity/pin-not-found", path: "/metadata/id", line: 3, column: 7 });
    // The unpinned same-name agent is not silently taken instead.
    expect(r.unmatchedRemote.map((a) => a.id)).toEqual([oid(1)]);
  });

  it("a pin to an archived agent is reported", () => {
    const r = matchAgents([definition("support", {}, { metadata: { id: oid(3) } })], [archived, a1]);
    expect(r.diagnostics[0]).toMatchObject({ severity: "error", code: "identity/pin-archived" });
  });

  it("two definitions claiming the same agent is an error", () => {
    const r = matchAgents([definition("support"), definition("other", {}, { metadata: { id: oid(1) } })], [a1]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["identity/duplicate-match"]);
  });
});
