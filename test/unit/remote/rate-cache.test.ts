import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createClient, defaultCacheDir, fileRateMemory } from "../../../src/remote/index.js";
import { BASE, KEY, ok } from "./helpers.js";

const dirs: string[] = [];
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "atoms-gitops-rate-cache-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the remembered rate", () => {
  it("is written per base URL and key digest, never the key, and read back by the next run", () => {
    const dir = cacheDir();
    fileRateMemory({ dir, baseUrl: BASE, apiKey: KEY }).save({ rps: 95, limitRps: 100 });
    fileRateMemory({ dir, baseUrl: BASE, apiKey: "sk_other_key" }).save({ rps: 9.5, limitRps: 10 });
    const text = readFileSync(join(dir, "rate-limits.json"), "utf8");
    expect(text).not.toContain(KEY);
    expect(text).not.toContain("sk_other_key");
    expect(text).not.toContain(BASE);
    expect(fileRateMemory({ dir, baseUrl: BASE, apiKey: KEY }).load()).toEqual({ rps: 95, limitRps: 100 });
    expect(fileRateMemory({ dir, baseUrl: BASE, apiKey: "sk_other_key" }).load()).toEqual({ rps: 9.5, limitRps: 10 });
    expect(fileRateMemory({ dir, baseUrl: "https://elsewhere.invalid/v1", apiKey: KEY }).load()).toBeUndefined();
  });

  it("a corrupt or missing cache is ignored, and the next save repairs it", () => {
    const dir = cacheDir();
    const memory = fileRateMemory({ dir, baseUrl: BASE, apiKey: KEY });
    expect(memory.load()).toBeUndefined();
    writeFileSync(join(dir, "rate-limits.json"), "{not json");
    expect(memory.load()).toBeUndefined();
    writeFileSync(join(dir, "rate-limits.json"), JSON.stringify({ x: { rps: "fast" } }));
    expect(memory.load()).toBeUndefined();
    memory.save({ rps: 40 });
    expect(memory.load()).toEqual({ rps: 40 });
  });

  it("forgets entries older than 30 days (a workspace's plan can change)", () => {
    const dir = cacheDir();
    let now = Date.parse("2026-01-01T00:00:00Z");
    const memory = fileRateMemory({ dir, baseUrl: BASE, apiKey: KEY, now: () => now });
    memory.save({ rps: 95, limitRps: 100 });
    now += 31 * 24 * 3600 * 1000;
    expect(memory.load()).toBeUndefined();
  });

  it("the client starts where the cache says and stores where it ended; a run with no traffic stores nothing", async () => {
    const dir = cacheDir();
    const memory = fileRateMemory({ dir, baseUrl: BASE, apiKey: KEY });
    memory.save({ rps: 95, limitRps: 100 });
    const fetch = async (): Promise<Response> => ok({ _id: "a", name: "a", _resolvedConfig: {} });
    const idle = createClient({ baseUrl: BASE, apiKey: KEY, fetch, rateMemory: memory });
    expect(idle.rate().rps).toBe(95);
    idle.rememberRate();
    expect(memory.load()).toEqual({ rps: 95, limitRps: 100 });
    const client = createClient({ baseUrl: BASE, apiKey: KEY, fetch, rateMemory: memory, rps: 50 });
    expect(client.rate().rps).toBe(50);
    await client.getAgent("a");
    client.rememberRate();
    expect(memory.load()).toEqual({ rps: 50, limitRps: 100 });
  });

  it("lives in $XDG_CACHE_HOME/atoms-gitops, else ~/.cache/atoms-gitops", () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/var/cache/me" })).toBe("/var/cache/me/atoms-gitops");
    expect(defaultCacheDir({ XDG_CACHE_HOME: "relative/ignored" })).toMatch(/\.cache[\\/]atoms-gitops$/);
    expect(defaultCacheDir({})).toMatch(/\.cache[\\/]atoms-gitops$/);
  });
});
