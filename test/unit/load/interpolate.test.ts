import { describe, expect, it } from "vitest";
import { interpolateString } from "../../../src/load/interpolate.js";
import type { InterpolationContext } from "../../../src/load/interpolate.js";

const ctx: InterpolationContext = {
  env: { TOKEN: "s3cr3t-value", EMPTY: "" },
  vars: { speed: 1.1, enabled: true, company: "Acme", list: [1, 2] },
  varsSource: "environment \"default\" of atoms-gitops.yaml",
};

describe("interpolateString", () => {
  it("leaves plain strings alone", () => {
    expect(interpolateString("Hello {{name}} $5", ctx)).toEqual({ ok: true, value: "Hello {{name}} $5", sensitive: false, changed: false });
  });

  it("substitutes env vars and marks the result sensitive", () => {
    expect(interpolateString("Bearer ${env.TOKEN}", ctx)).toMatchObject({ ok: true, value: "Bearer s3cr3t-value", sensitive: true });
  });

  it("uses the :- fallback when the variable is unset or empty, still sensitive", () => {
    expect(interpolateString("${env.NOPE:-dev-token}", ctx)).toMatchObject({ ok: true, value: "dev-token", sensitive: true });
    expect(interpolateString("${env.EMPTY:-dev}", ctx)).toMatchObject({ ok: true, value: "dev" });
    expect(interpolateString("${env.TOKEN:-dev}", ctx)).toMatchObject({ ok: true, value: "s3cr3t-value" });
  });

  it("keeps the JSON type of a var when the scalar is exactly one reference", () => {
    expect(interpolateString("${vars.speed}", ctx)).toMatchObject({ ok: true, value: 1.1, sensitive: false });
    expect(interpolateString("${vars.enabled}", ctx)).toMatchObject({ ok: true, value: true });
    expect(interpolateString("speed ${vars.speed} at ${vars.company}", ctx)).toMatchObject({ ok: true, value: "speed 1.1 at Acme" });
  });

  it("treats $${ as a literal ${", () => {
    expect(interpolateString("cost: $${env.TOKEN} and ${vars.company}", ctx)).toMatchObject({ ok: true, value: "cost: ${env.TOKEN} and Acme", sensitive: false });
  });

  it("reports a missing env var by name only, with a fallback hint", () => {
    const r = interpolateString("x ${env.MISSING_ONE}", ctx);
    expect(r).toMatchObject({ ok: false, code: "interp/missing-env", offset: 2 });
    if (!r.ok) expect(r.message).toContain("MISSING_ONE");
  });

  it("reports missing vars with a suggestion, unknown namespaces and malformed references", () => {
    expect(interpolateString("${vars.compny}", ctx)).toMatchObject({ ok: false, code: "interp/missing-var", hint: 'did you mean "company"?' });
    expect(interpolateString("${envs.TOKEN}", ctx)).toMatchObject({ ok: false, code: "interp/unknown-namespace", hint: 'did you mean "env"?' });
    expect(interpolateString("${TOKEN}", ctx)).toMatchObject({ ok: false, code: "interp/malformed" });
    expect(interpolateString("${env.TOKEN", ctx)).toMatchObject({ ok: false, code: "interp/malformed" });
    expect(interpolateString("${env.BAD-NAME}", ctx)).toMatchObject({ ok: false, code: "interp/malformed" });
    expect(interpolateString("a ${vars.list}", ctx)).toMatchObject({ ok: false, code: "interp/type" });
  });
});
