// Line-level unified diff (Myers O(ND)) over interned lines. Written here rather than using `diff`'s
// structuredPatch, which is several times too slow for plans of hundreds of agents.

export interface DiffOp {
  kind: " " | "-" | "+";
  text: string;
}

export interface Hunk {
  header: string;
  lines: DiffOp[];
}

/** Beyond this many edits, the middle is shown as removed-then-added instead of searching further. */
const MAX_EDIT_DISTANCE = 2000;

export function diffLineOps(before: string[], after: string[]): DiffOp[] {
  const ids = new Map<string, number>();
  const intern = (s: string) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  };
  const a = before.map(intern);
  const b = after.map(intern);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: DiffOp[] = [];
  for (let i = 0; i < start; i++) ops.push({ kind: " ", text: before[i]! });
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  for (const op of middle) {
    ops.push({ kind: op.kind, text: op.kind === "+" ? after[start + op.index]! : before[start + op.index]! });
  }
  for (let i = endA; i < a.length; i++) ops.push({ kind: " ", text: before[i]! });
  return ops;
}

interface IndexOp {
  kind: " " | "-" | "+";
  /** Index into `a` for " " and "-", into `b` for "+". */
  index: number;
}

function myers(a: number[], b: number[]): IndexOp[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return wholesale(n, m);
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[-d..d] as it was before step d.
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    if (d > MAX_EDIT_DISTANCE) return wholesale(n, m);
    trace.push(v.slice(off - d, off + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  const ops: IndexOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const prev = trace[d]!;
    const at = (k: number) => prev[k + d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: " ", index: x - 1 });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: "+", index: y - 1 });
      else ops.push({ kind: "-", index: x - 1 });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

function wholesale(n: number, m: number): IndexOp[] {
  const ops: IndexOp[] = [];
  for (let i = 0; i < n; i++) ops.push({ kind: "-", index: i });
  for (let j = 0; j < m; j++) ops.push({ kind: "+", index: j });
  return ops;
}

/** Groups ops into unified-diff hunks with `context` unchanged lines around each change. */
export function unifiedHunks(ops: DiffOp[], context = 3): Hunk[] {
  const hunks: Hunk[] = [];
  const changed = ops.map((o, i) => (o.kind === " " ? -1 : i)).filter((i) => i >= 0);
  if (changed.length === 0) return hunks;
  // Line numbers before each op.
  const oldNo: number[] = [];
  const newNo: number[] = [];
  let o = 1;
  let nn = 1;
  for (const op of ops) {
    oldNo.push(o);
    newNo.push(nn);
    if (op.kind !== "+") o++;
    if (op.kind !== "-") nn++;
  }
  let i = 0;
  while (i < changed.length) {
    const first = changed[i]!;
    let last = first;
    while (i + 1 < changed.length && changed[i + 1]! - last <= 2 * context + 1) last = changed[++i]!;
    i++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    const lines = ops.slice(from, to + 1);
    const oldLen = lines.filter((l) => l.kind !== "+").length;
    const newLen = lines.filter((l) => l.kind !== "-").length;
    const oldStart = oldLen === 0 ? oldNo[from]! - 1 : oldNo[from]!;
    const newStart = newLen === 0 ? newNo[from]! - 1 : newNo[from]!;
    hunks.push({ header: `@@ -${oldStart},${oldLen} +${newStart},${newLen} @@`, lines });
  }
  return hunks;
}

/** A run of text inside a changed line: kept (" "), removed ("-") or added ("+"). */
export interface WordSpan {
  kind: " " | "-" | "+";
  text: string;
}

/** Above this share of changed characters, word marks would mark nearly everything and only add noise. */
const MAX_WORD_CHANGE_SHARE = 0.6;

/**
 * Word-level marks for a line that was replaced by another: the spans of the old line and of the new one.
 * Undefined when the lines have too little in common for marks to help the reader.
 */
export function diffWords(before: string, after: string): { before: WordSpan[]; after: WordSpan[] } | undefined {
  const ops = diffLineOps(tokens(before), tokens(after));
  const old: WordSpan[] = [];
  const neu: WordSpan[] = [];
  let changed = 0;
  for (const op of ops) {
    if (op.kind !== "+") push(old, op.kind, op.text);
    if (op.kind !== "-") push(neu, op.kind, op.text);
    if (op.kind !== " ") changed += op.text.length;
  }
  if (changed > MAX_WORD_CHANGE_SHARE * (before.length + after.length)) return undefined;
  return { before: old, after: neu };
}

function tokens(s: string): string[] {
  return s.match(/\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) ?? [];
}

function push(spans: WordSpan[], kind: WordSpan["kind"], text: string): void {
  const last = spans[spans.length - 1];
  // A space between two changed words belongs to the change, so a phrase reads as one mark, not a word at a time.
  if (last && last.kind === kind) last.text += text;
  else spans.push({ kind, text });
}

/**
 * Splits a line into display rows of about `width` characters, preferring sentence ends, then spaces,
 * so a long prose line shows its change on a narrow screen. Marks that cross a split are carried onto both rows.
 */
export function wrapSpans(spans: WordSpan[], width: number): WordSpan[][] {
  const total = spans.reduce((n, s) => n + s.text.length, 0);
  if (total <= width) return [spans];
  const rows: WordSpan[][] = [];
  let row: WordSpan[] = [];
  let rowLength = 0;
  let previous = "";
  for (const span of spans) {
    for (const piece of span.text.match(/\s+|\S+/g) ?? []) {
      const isSpace = /^\s/.test(piece);
      const sentenceEnd = /[.!?;:]["')\]]*$/.test(previous);
      if (isSpace && rowLength > 0 && (rowLength >= width || (sentenceEnd && rowLength >= width / 2))) {
        rows.push(row);
        row = [];
        rowLength = 0;
        previous = piece;
        continue;
      }
      push(row, span.kind, piece);
      rowLength += piece.length;
      previous = piece;
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
