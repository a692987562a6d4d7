/**
 * Levenshtein distance (insertions, deletions, substitutions; each costs 1) over UTF-16 code
 * units. Thai lives in the BMP and a dropped or misread mark is one code unit, which is what
 * fuzzy matching of OCR output needs to count.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A stretch where two strings differ: a[from, to) reads `text` in the other. */
export interface Difference {
  from: number;
  to: number;
  text: string;
}

/**
 * Where `a` and `b` differ, as few edits as editDistance counts, each run of consecutive edits
 * one difference: applying them all to `a` gives `b`. Keeps the whole table (subjects and
 * lines, not pages, are compared).
 */
export function differences(a: string, b: string): Difference[] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      table[i * width + j] = i === 0 || j === 0 ? i + j
        : Math.min(table[(i - 1) * width + j]! + 1, table[i * width + j - 1]! + 1, table[(i - 1) * width + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  const found: Difference[] = [];
  let open: Difference | null = null;
  for (let i = a.length, j = b.length; i > 0 || j > 0;) {
    const here = table[i * width + j]!;
    const same = i > 0 && j > 0 && a[i - 1] === b[j - 1] && here === table[(i - 1) * width + j - 1];
    if (same) {
      if (open) found.unshift(open);
      open = null;
      i--;
      j--;
      continue;
    }
    open ??= { from: i, to: i, text: '' };
    if (i > 0 && j > 0 && here === table[(i - 1) * width + j - 1]! + 1) {
      open.text = b[--j]! + open.text;
      open.from = --i;
    } else if (i > 0 && here === table[(i - 1) * width + j]! + 1) {
      open.from = --i;
    } else {
      open.text = b[--j]! + open.text;
    }
  }
  if (open) found.unshift(open);
  return found;
}

/** `a` with the differences (from differences(a, ...), any subset) applied. */
export function applyDifferences(a: string, chosen: readonly Difference[]): string {
  let text = a;
  for (const d of [...chosen].sort((x, y) => y.from - x.from)) text = text.slice(0, d.from) + d.text + text.slice(d.to);
  return text;
}
