/** Levenshtein distance, small inputs only (keys and enum values). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The allowed value a misspelling most likely meant: edit distance ≤ 2 (case-insensitive),
 * else a prefix/substring match. Undefined when nothing is close enough to be a useful hint.
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  if (needle.length === 0) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(needle, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= Math.min(2, Math.max(1, Math.floor(needle.length / 2)))) return best;
  const partial = candidates.find((c) => {
    const lc = c.toLowerCase();
    return needle.length >= 3 && (lc.startsWith(needle) || needle.startsWith(lc) || lc.includes(needle));
  });
  return partial;
}

export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const m = closestMatch(input, candidates);
  return m === undefined ? undefined : `did you mean "${m}"?`;
}
