/** The schema checks the contract suite relies on must be able to fail; these tests prove they do. */
import { describe, expect, it } from "vitest";
import { SpecValidator, missingSpecFiles, toJsonSchema } from "../helpers/openapi.js";
import type { SpecException } from "../helpers/openapi.js";
import { SPEC_EXCEPTIONS } from "./spec-exceptions.js";

const AGENT = "66a1f0c2e4b0a1b2c3d4e5f6";
const json = (value: unknown) => JSON.stringify(value);

describe("toJsonSchema (OpenAPI 3.0 -> JSON Schema)", () => {
  it("turns nullable into a union with null, for typed, enum and $ref schemas", () => {
    expect(toJsonSchema({ type: "string", nullable: true })).toEqual({ type: ["string", "null"] });
    expect(toJsonSchema({ type: "string", enum: ["a"], nullable: true })).toEqual({ type: ["string", "null"], enum: ["a", null] });
    expect(toJsonSchema({ nullable: true, allOf: [{ $ref: "#/x" }] })).toEqual({ anyOf: [{ allOf: [{ $ref: "#/x" }] }, { type: "null" }] });
  });

  it("reads oneOf as a union (anyOf)", () => {
    expect(toJsonSchema({ oneOf: [{ type: "string" }, { type: "number" }] })).toEqual({ anyOf: [{ type: "string" }, { type: "number" }] });
  });
});

describe("the vendored specs", () => {
  it("are both in the repository: the contract suite's schema checks never skip", () => {
    expect(missingSpecFiles()).toEqual([]);
  });
});

describe("SpecValidator", () => {
  const v1 = new SpecValidator("2026-07-22", SPEC_EXCEPTIONS);
  const v2 = new SpecValidator("2026-08-21", SPEC_EXCEPTIONS);

  it("matches concrete paths to templates, literal segments first", () => {
    expect(v1.findOperation("GET", `/agent/${AGENT}/versions/diff?baseId=1`)).toEqual({ method: "GET", template: "/agent/{id}/versions/diff" });
    expect(v1.findOperation("GET", `/agent/${AGENT}/versions/${AGENT}`)).toEqual({ method: "GET", template: "/agent/{id}/versions/{versionId}" });
    expect(v2.findOperation("PUT", `/agent/${AGENT}/branches/${AGENT}/draft`)?.template).toBe("/agent/{id}/branches/{branchId}/draft");
    expect(v1.findOperation("PUT", `/agent/${AGENT}/branches/${AGENT}/draft`)).toBeUndefined();
  });

  it("rejects a response that breaks the operation's schema, with the instance path", () => {
    const check = v1.checkResponse({
      method: "GET",
      path: `/agent/${AGENT}/versions/${AGENT}`,
      status: 200,
      contentType: "application/json; charset=utf-8",
      text: json({ status: true, data: { version: { _id: AGENT, status: "live", isActive: "yes" }, resolvedConfig: {} } }),
    });
    expect(check.errors.join("\n")).toContain("/data/version/status");
    expect(check.errors.join("\n")).toContain("/data/version/isActive");
  });

  it("accepts nullable fields as null and follows $ref chains into components", () => {
    const check = v1.checkResponse({
      method: "POST",
      path: `/agent/${AGENT}/drafts`,
      status: 201,
      contentType: "application/json",
      text: json({ status: true, data: { _id: AGENT, status: "draft", versionNumber: null, label: null, draftId: AGENT, draftRevision: 1 } }),
    });
    expect(check.errors).toEqual([]);
  });

  it("validates tools inside _resolvedConfig through the Tool component", () => {
    const check = v1.checkResponse({
      method: "GET",
      path: `/agent/${AGENT}`,
      status: 200,
      contentType: "application/json",
      text: json({ status: true, data: { _id: AGENT, _resolvedConfig: { tools: [{ type: "end_call", name: "x" }] } } }),
    });
    expect(check.errors.join("\n")).toMatch(/_resolvedConfig\/tools\/0 must have required property 'description'/);
  });

  it("flags undeclared statuses, non-JSON bodies and unknown routes", () => {
    expect(v1.checkResponse({ method: "GET", path: "/agent", status: 418, contentType: "application/json", text: "{}" }).errors[0]).toMatch(/status 418 is not declared/);
    expect(v1.checkResponse({ method: "GET", path: "/agent", status: 200, contentType: "text/html", text: "<html>" }).errors[0]).toMatch(/expected application\/json/);
    expect(v1.checkResponse({ method: "GET", path: "/nothing/here", status: 200, contentType: "application/json", text: "{}" }).errors[0]).toMatch(/no operation/);
  });

  it("validates request bodies, including required bodies and bodies the operation does not take", () => {
    expect(v1.checkRequest({ method: "POST", path: "/agent", body: { description: "no name" } }).errors[0]).toMatch(/must have required property 'name'/);
    expect(v1.checkRequest({ method: "POST", path: "/agent", body: undefined }).errors[0]).toMatch(/request body is required/);
    expect(v1.checkRequest({ method: "PATCH", path: `/agent/${AGENT}/versions/${AGENT}/activate`, body: { x: 1 } }).errors[0]).toMatch(/declares no request body/);
    expect(v1.checkRequest({ method: "POST", path: "/agent", body: { name: "ok", slmModel: "electron" } }).errors).toEqual([]);
  });

  it("excuses only what an exception names, down to the instance path", () => {
    const draft = `/agent/${AGENT}/branches/${AGENT}/draft`;
    const excused = v2.checkRequest({ method: "PUT", path: draft, body: { timezone: { label: "UTC", offset: 0 } } });
    expect(excused.errors).toEqual([]);
    expect(excused.excusedBy.map((x) => x.instancePath)).toEqual(["/timezone"]);
    // Next to an excused field, other violations still count.
    const mixed = v2.checkRequest({ method: "PUT", path: draft, body: { timezone: { label: "UTC", offset: 0 }, slmModel: "nope" } });
    expect(mixed.errors).toHaveLength(1);
    expect(mixed.errors[0]).toContain("/slmModel");
    // The same timezone object is not excused in the 2026-07-22 spec, where it is valid anyway.
    expect(v1.checkRequest({ method: "PATCH", path: `/agent/${AGENT}/drafts/x/config`, body: { timezone: { label: "UTC", offset: 0 } } }).errors).toEqual([]);
  });

  it("an exception without instancePath excuses whole-response problems for its operation and status only", () => {
    const exceptions: SpecException[] = [{ operation: "DELETE /agent/{id}", direction: "response", status: 404, contract: "test", reason: "test" }];
    const v = new SpecValidator("2026-07-22", exceptions);
    expect(v.checkResponse({ method: "DELETE", path: `/agent/${AGENT}`, status: 404, contentType: "text/html", text: "<pre>" }).errors).toEqual([]);
    expect(v.checkResponse({ method: "DELETE", path: `/agent/${AGENT}`, status: 500, contentType: "text/html", text: "<pre>" }).errors).not.toEqual([]);
    expect(v.checkResponse({ method: "GET", path: `/agent/${AGENT}/nope`, status: 404, contentType: "text/html", text: "<pre>" }).errors).not.toEqual([]);
  });

  it("every listed exception names a reason and a contract section", () => {
    for (const x of SPEC_EXCEPTIONS) {
      expect(x.reason.length).toBeGreaterThan(10);
      expect(x.contract).toMatch(/§|quirk/);
      expect(x.operation).toMatch(/^(\*|GET|POST|PUT|PATCH|DELETE) (\*|\/)/);
    }
  });
});
