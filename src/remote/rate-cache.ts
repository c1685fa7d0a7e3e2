import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { RateMemory } from "./client.js";
import type { RememberedRate } from "./rate-limiter.js";

const FILE = "rate-limits.json";
/** Entries older than this are forgotten: a workspace's plan (and limit) can change. */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
const MAX_ENTRIES = 100;

interface Entry {
  rps: number;
  limitRps?: number;
  at: number;
}

/** `$XDG_CACHE_HOME/atoms-gitops`, else `~/.cache/atoms-gitops` (the XDG base directory rule). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && xdg.startsWith("/") ? xdg : join(homedir(), ".cache"), "atoms-gitops");
}

/**
 * The rate a run settled on, per base URL and key, so the next run starts near the workspace's limit instead of
 * probing up from the safe start. The key itself is never stored: entries are named by a digest of URL and key.
 */
export function fileRateMemory(options: { dir: string; baseUrl: string; apiKey: string; now?: () => number }): RateMemory {
  const now = options.now ?? Date.now;
  const path = join(options.dir, FILE);
  const id = createHash("sha256").update(`${options.baseUrl}\n`).update(createHash("sha256").update(options.apiKey).digest()).digest("hex").slice(0, 32);
  return {
    load(): RememberedRate | undefined {
      const entry = readEntries(path)[id];
      if (!entry || now() - entry.at > MAX_AGE_MS) return undefined;
      return entry.limitRps !== undefined ? { rps: entry.rps, limitRps: entry.limitRps } : { rps: entry.rps };
    },
    save(rate: RememberedRate): void {
      const entries = readEntries(path);
      entries[id] = { rps: rate.rps, ...(rate.limitRps !== undefined ? { limitRps: rate.limitRps } : {}), at: now() };
      const kept = Object.entries(entries)
        .filter(([, e]) => now() - e.at <= MAX_AGE_MS)
        .sort(([, a], [, b]) => b.at - a.at)
        .slice(0, MAX_ENTRIES);
      mkdirSync(options.dir, { recursive: true, mode: 0o700 });
      // Write-then-rename: two runs finishing together leave one whole file, never a torn one.
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(Object.fromEntries(kept), null, 1)}\n`, { mode: 0o600 });
      renameSync(tmp, path);
    },
  };
}

function readEntries(path: string): Record<string, Entry> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return {}; // Missing or corrupt: start from the safe rate, as a first run does.
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return {};
  const out: Record<string, Entry> = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (v === null || typeof v !== "object") continue;
    const { rps, limitRps, at } = v as Record<string, unknown>;
    if (!isPositive(rps) || typeof at !== "number" || !Number.isFinite(at)) continue;
    out[k] = { rps, at, ...(isPositive(limitRps) ? { limitRps } : {}) };
  }
  return out;
}

function isPositive(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v > 0;
}
