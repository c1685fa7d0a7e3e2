import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Enforces the rooms and doors of docs/architecture.md by reading the sources.
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

/** The file a relative import names, or null for a package or builtin. */
function targetFile(edge: ImportEdge): string | null {
  if (!edge.spec.startsWith(".")) return null;
  return resolve(dirname(edge.file), edge.spec.replace(/\.js$/, ".ts"));
}

function targetModule(edge: ImportEdge): string | null {
  const file = targetFile(edge);
  return file === null ? null : moduleOf(file);
}

/** Every import circle among src/ files (type-only imports included: they tie the modules' meaning together too). */
export function importCircles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const t = targetFile(e);
    if (t !== null) next.set(e.file, [...(next.get(e.file) ?? []), t]);
  }
  const circles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    path.push(file);
    for (const t of next.get(file) ?? []) {
      if (state.get(t) === "open") circles.push([...path.slice(path.indexOf(t)), t].map((f) => relative(SRC, f)));
      else if (!state.has(t)) visit(t);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of [...next.keys()].sort()) if (!state.has(file)) visit(file);
  return circles;
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

  it("nothing but remote/ performs HTTP (and the Action's one GitHub transport, which never calls Atoms)", () => {
    const offenders = sourceFiles(SRC)
      .filter((f) => !["remote", "emulator"].includes(moduleOf(f)))
      .filter((f) => relative(SRC, f) !== join("action", "http-fetch.ts"))
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

  it("has no import circles", () => {
    expect(importCircles(all).map((c) => c.join(" -> "))).toEqual([]);
  });

  it("cli uses the library only through its public entry point, src/index.ts", () => {
    const bad = edgesFrom("cli").filter((e) => {
      const t = targetModule(e);
      return t !== null && t !== "cli" && t !== "index.ts";
    });
    expect(bad.map((e) => `${relative(SRC, e.file)} -> ${e.spec}`)).toEqual([]);
  });

  it("only cli imports cli, and nothing imports the public entry point from inside the library", () => {
    const bad = all.filter((e) => {
      const t = targetModule(e);
      const from = moduleOf(e.file);
      return (t === "cli" && from !== "cli") || (t === "index.ts" && from !== "cli");
    });
    expect(bad.map((e) => `${relative(SRC, e.file)} -> ${e.spec}`)).toEqual([]);
  });

  it("the lower rooms (model, load, remote, plan, apply) do not reach up into workspace, recovery or day2", () => {
    const upper = new Set(["workspace", "recovery", "day2", "ci", "index.ts", "cli"]);
    const bad = ["model", "load", "remote", "plan", "apply"].flatMap(edgesFrom).filter((e) => upper.has(targetModule(e) ?? ""));
    expect(bad.map((e) => `${relative(SRC, e.file)} -> ${e.spec}`)).toEqual([]);
  });

  it("recovery sits below workspace (whose apply runs it first), day2 above it, and nothing below imports day2", () => {
    const bad = [
      ...edgesFrom("recovery").filter((e) => ["workspace", "day2"].includes(targetModule(e) ?? "")),
      ...["workspace", "recovery", "ci"].flatMap(edgesFrom).filter((e) => targetModule(e) === "day2"),
    ];
    expect(bad.map((e) => `${relative(SRC, e.file)} -> ${e.spec}`)).toEqual([]);
  });

  it("docs/architecture.md describes every room of src/", () => {
    const page = readFileSync(resolve(SRC, "../docs/architecture.md"), "utf8");
    const rooms = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(rooms.filter((room) => !page.includes(`| \`src/${room}/\` |`))).toEqual([]);
  });

  it("the circle check finds a circle when there is one", () => {
    const a = join(SRC, "a.ts");
    const b = join(SRC, "b.ts");
    expect(importCircles([{ file: a, spec: "./b.js", typeOnly: false }, { file: b, spec: "./a.js", typeOnly: true }])).toEqual([["a.ts", "b.ts", "a.ts"]]);
    expect(importCircles([{ file: a, spec: "./b.js", typeOnly: false }])).toEqual([]);
  });
});
