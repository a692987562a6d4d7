/** Character alignment of a truth text with a read text, for counting which characters came out right. */

/**
 * Aligns `expected` against `actual` (global, or with free ends in `actual` when `local`) and
 * returns, for each expected character, the actual character aligned to it (or null).
 */
export function align(expected: string[], actual: string[], local: boolean): Array<string | null> {
  const rows = expected.length + 1;
  const cols = actual.length + 1;
  const cost = new Uint32Array(rows * cols);
  for (let i = 0; i < rows; i++) cost[i * cols] = i;
  for (let j = 0; j < cols; j++) cost[j] = local ? 0 : j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const same = expected[i - 1] === actual[j - 1] ? 0 : 1;
      cost[i * cols + j] = Math.min(
        cost[(i - 1) * cols + j - 1]! + same,
        cost[(i - 1) * cols + j]! + 1,
        cost[i * cols + j - 1]! + 1,
      );
    }
  }
  let j = actual.length;
  if (local) {
    for (let k = 0; k < cols; k++) if (cost[(rows - 1) * cols + k]! < cost[(rows - 1) * cols + j]!) j = k;
  }
  const aligned: Array<string | null> = new Array(expected.length).fill(null);
  let i = expected.length;
  while (i > 0 && (j > 0 || !local)) {
    const here = cost[i * cols + j]!;
    if (j > 0 && here === cost[(i - 1) * cols + j - 1]! + (expected[i - 1] === actual[j - 1] ? 0 : 1)) {
      aligned[i - 1] = actual[j - 1]!;
      i--;
      j--;
    } else if (here === cost[(i - 1) * cols + j]! + 1) {
      i--;
    } else if (j > 0) {
      j--;
    } else {
      break;
    }
  }
  return aligned;
}
