import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, githubAnnotation, githubAnnotations } from "../../../src/ci/index.js";

describe("githubAnnotations", () => {
  it("puts file, line, column and the code as title on the offending line", () => {
    expect(
      githubAnnotation({ severity: "error", code: "schema/range", message: "spec.synthesizer.speed must be <= 2", file: "agents/support.yaml", line: 12, column: 5 }),
    ).toBe("::error file=agents/support.yaml,line=12,col=5,title=schema/range::spec.synthesizer.speed must be <= 2");
  });

  it("uses ::warning for warnings and column 1 when only the line is known", () => {
    expect(githubAnnotation({ severity: "warning", code: "legacy/voice-model", message: "legacy", file: "a.yaml", line: 3 })).toBe(
      "::warning file=a.yaml,line=3,col=1,title=legacy/voice-model::legacy",
    );
  });

  it("omits the location for a diagnostic without a file and names the JSON path instead", () => {
    expect(githubAnnotation({ severity: "error", code: "plan/format", message: "bad plan", path: "/agents/0" })).toBe(
      "::error title=plan/format::bad plan (at /agents/0)",
    );
  });

  it("escapes %, CR and LF in the message, so a multi-line message stays one command", () => {
    const line = githubAnnotation({ severity: "error", code: "x", message: "100% wrong\r\nsecond line\nthird", hint: "try 50%" });
    expect(line).toBe("::error title=x::100%25 wrong%0D%0Asecond line%0Athird (try 50%25)");
    expect(line.split("\n")).toHaveLength(1);
  });

  it("also escapes : and , in properties, so a file name cannot inject properties", () => {
    const line = githubAnnotation({ severity: "error", code: "yaml/parse", message: "m", file: "agents/a,line=1:b.yaml", line: 2, column: 3 });
    expect(line).toBe("::error file=agents/a%2Cline=1%3Ab.yaml,line=2,col=3,title=yaml/parse::m");
    expect(escapeProperty("C:\\x,%\n")).toBe("C%3A\\x%2C%25%0A");
    expect(escapeData("a:b,c")).toBe("a:b,c");
  });

  it("emits one line per diagnostic and nothing for none", () => {
    const out = githubAnnotations([
      { severity: "error", code: "a", message: "one", file: "f.yaml", line: 1 },
      { severity: "warning", code: "b", message: "two" },
    ]);
    expect(out).toBe("::error file=f.yaml,line=1,col=1,title=a::one\n::warning title=b::two\n");
    expect(githubAnnotations([])).toBe("");
  });
});
