import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CROSS_FIELD_RULES, REFERENCE_PATH, anchor, readSchema, renderDefinitionReference } from "../../../scripts/gen-docs.js";
import type { JsonObject } from "../../../src/model/json.js";

const schema = readSchema();
const generated = renderDefinitionReference(schema);

function defs(name: string): JsonObject {
  return (schema.$defs as JsonObject)[name] as JsonObject;
}

describe("docs/definition-reference.md", () => {
  it("is in sync with schemas/agent.schema.json", () => {
    const committed = readFileSync(REFERENCE_PATH, "utf8");
    // A plain equality check with a message that says how to fix it, instead of a 600-line diff first.
    if (committed !== generated) {
      expect.fail("docs/definition-reference.md is out of date with schemas/agent.schema.json: run npx tsx scripts/gen-docs.ts");
    }
  });

  it("has a section for every top-level spec field and every tool type", () => {
    for (const field of Object.keys(defs("spec").properties as JsonObject)) {
      expect(generated).toContain(`\n### spec.${field}\n`);
      expect(generated).toContain(`](#${anchor(`spec.${field}`)})`);
    }
    const toolTypes = ((defs("tool").properties as JsonObject).type as JsonObject).enum as string[];
    for (const type of toolTypes) expect(generated).toContain(`\n### Tool: ${type}\n`);
  });

  it("lists every enum value, range and required field the schema has", () => {
    expect(generated).toMatch(/\| `synthesizer\.speed` \| number \| 0–2 \| `1\.2` \|/);
    expect(generated).toMatch(/\| `timeout` \| integer \| 1000–30000 \| `5000` \|/);
    expect(generated).toMatch(/\| `preCallAPI\.timeout` \| integer \| 1–30 \|/);
    expect(generated).toMatch(/\| `sessionTimeoutConfig\.timeoutTimeInSecs` \| number \| > 0 and ≤ 3600 \| `1800` \|/);
    expect(generated).toMatch(/\| `language\.switching` \| object \|[^\n]*\| yes \|/);
    expect(generated).toMatch(/\| `llmParameters\[\]\.values` \|[^\n]*\| when `type` is `enum` \|/);
    for (const model of ((((defs("spec").properties as JsonObject).slmModel as JsonObject).enum) as string[])) expect(generated).toContain(`\`"${model}"\``);
  });

  it("shows the server defaults the planner fills in, not invented ones", () => {
    expect(generated).toMatch(/\| `slmModel` \|[^\n]*\| `"electron"` \|/);
    expect(generated).toMatch(/\| `redactionConfig\.isEnabled` \|[^\n]*\| `true` \|/);
    expect(generated).toMatch(/\| `onHoldMusic` \|[^\n]*\| `"ringtone"` \|/);
    // No documented default: the column stays empty.
    expect(generated).toMatch(/\| `allowInterruptions` \| boolean \|  \|  \|  \|  \|/);
  });

  it("documents exactly the cross-field rules the loader implements", () => {
    const source = readFileSync(resolve(import.meta.dirname, "../../../src/load/rules.ts"), "utf8");
    const implemented = [...source.matchAll(/err\(\s*"([a-z]+\/[a-z-]+)"/g)].map((m) => m[1]).sort();
    expect(CROSS_FIELD_RULES.map(([code]) => code).sort()).toEqual(implemented);
  });
});
