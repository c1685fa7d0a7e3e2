import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Enforces the module edges of docs/architecture (design notes §2) by reading the sources.
const SRC = resolve(import.meta.dirname, "../../src");

interface ImportEdge {
  file: string;
  spec: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(file, "utf8");
  const edges: ImportEdge[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;
  for (const m of text.matchAll(re)) {
    const spec = m[3] ?? m[4];
    if (!spec) continue;
    edges.push({ file, spec, typeOnly: Boolean(m[2]) });
  }
  return edges;
}

/** Top-level module of a file under src/: `model`, `load`, `errors.ts`, ... */
function moduleOf(absPath: string): string {
  const rel = relative(SRC, absPath);
  return rel.split(/[\\/]/)[0] ?? rel;
}

function targetModule(edge: ImportEdge): string | null {
  if (!edge.spec.startsWith(".")) return null;
  return moduleOf(resolve(dirname(edge.file), edge.spec.replace(/\.js$/, ".ts")));
}

const all = sourceFiles(SRC).flatMap(importsOf);

function edgesFrom(mod: string): ImportEdge[] {
  return all.filter((e) => moduleOf(e.file) === mod);
}

describe("architecture", () => {
  it("model imports nothing but itself", () => {
    const bad = edgesFrom("model").filter((e) => {
      const t = targetModule(e);
      return t === null || t !== "model";
    });
    expect(bad.map((e) => `${relative(SRC, e.file)} -> ${e.spec}`)).toEqual([]);
  });

  it("plan is pure: no node:* builtins, no fs, no fetch, no remote/apply/cli", () => {
    const bad = edgesFrom("plan").filter((e) => {
      if (e.spec.startsWith("node:") || ["fs", "http", "https", "net", "child_process"].includes(e.spec)) return true;
      const t = targetModule(e);
      return t !== null && !["plan", "model", "errors.ts", "version.ts"].includes(t);
    });
    expect(bad.map((e) => `${relative(SRC, e.file)} -> ${e.spec}`)).toEqual([]);
    const fetchUse = sourceFiles(join(SRC, "plan")).filter((f) => /\bfetch\s*\(/.test(readFileSync(f, "utf8")));
    expect(fetchUse).toEqual([]);
  });

  it("the emulator shares no runtime code with the client (type-only imports from remote)", () => {
    const bad = edgesFrom("emulator").filter((e) => {
      const t = targetModule(e);
      if (t === null || t === "emulator") return false;
      return !(e.typeOnly && (t === "remote" || t === "model"));
    });
    expect(bad.map((e) => `${relative(SRC, e.file)} -> ${e.spec}`)).toEqual([]);
  });

  it("nothing but remote/ performs HTTP", () => {
    const offenders = sourceFiles(SRC)
      .filter((f) => !["remote", "emulator"].includes(moduleOf(f)))
      .filter((f) => /\bfetch\s*\(|from\s+["']node:https?["']/.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("load, remote and plan do not reach into apply or cli", () => {
    const bad = ["load", "remote", "plan"].flatMap(edgesFrom).filter((e) => {
      const t = targetModule(e);
      return t === "apply" || t === "cli";
    });
    expect(bad.map((e) => `${relative(SRC, e.file)} -> ${e.spec}`)).toEqual([]);
  });

  it("apply never prints", () => {
    const offenders = sourceFiles(join(SRC, "apply")).filter((f) =>
      /console\.|process\.(stdout|stderr)/.test(readFileSync(f, "utf8")),
    );
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
