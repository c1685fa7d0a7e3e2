/** `1 agent`, `2 agents`: a count with its noun in agreement. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** The verb agreeing with a count: `verb(1, "differs", "differ")`. */
export function verb(n: number, singular: string, plural: string): string {
  return n === 1 ? singular : plural;
}
