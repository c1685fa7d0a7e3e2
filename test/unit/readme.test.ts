import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
const pkg = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string>; bin: Record<string, string> };
const ci = readFileSync(resolve(ROOT, ".ci/run"), "utf8");

/** The first sh block after "## Two commands", comments dropped (what scripts/check-readme-commands.sh runs). */
function twoCommands(): string[] {
  const section = readme.slice(readme.indexOf("## Two commands"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  return block.split("\n").filter((l) => l.trim() && !l.trim().startsWith("#"));
}

describe("README's two commands", () => {
  it("are an install + main job and the test command", () => {
    expect(twoCommands()).toEqual(["npm install && npm run demo", "npm test"]);
  });
  it("name scripts that exist: the demo runs the CLI's demo, the tests typecheck and run vitest", () => {
    expect(pkg.scripts.demo).toContain("demo");
    expect(pkg.scripts.test).toContain("vitest run");
    expect(pkg.bin["atoms-gitops"]).toBeDefined();
  });
  it("CI installs from scratch and runs exactly the README's test command", () => {
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
