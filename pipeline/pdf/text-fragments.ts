/**
 * pdfjs text items reduced to what line assembly needs: the text and its geometry in the
 * item's own writing direction, so rotated text (a stamp turned 90°) is laid out like any line.
 */

/** The fields of a pdfjs TextItem that line assembly reads. */
export interface PositionedText {
  str: string;
  /** [a, b, c, d, e, f]: text-space to page-space matrix of the item's start. */
  transform: readonly number[];
  /** Advance width in page units along the writing direction. */
  width: number;
}

export interface Fragment {
  text: string;
  /** Whitespace only: pdfjs emits spaces (real or inferred from gaps) as their own items. */
  isSpace: boolean;
  /** Start along the writing direction. */
  x: number;
  /** Baseline position across the writing direction, growing upwards on the page. */
  y: number;
  width: number;
  /** Font size in page units (the em). */
  size: number;
  /** Writing direction in whole degrees; lines only gather fragments of one direction. */
  angle: number;
}

/** Converts pdfjs items; drops empty markers (pdfjs's bare end-of-line items). */
export function toFragments(items: readonly PositionedText[]): Fragment[] {
  const fragments: Fragment[] = [];
  for (const item of items) {
    if (item.str.length === 0) continue;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    const angleRadians = Math.atan2(b, a);
    const cos = Math.cos(angleRadians);
    const sin = Math.sin(angleRadians);
    fragments.push({
      text: item.str,
      isSpace: item.str.trim().length === 0,
      // Rotate the origin into the text's own frame: x along the baseline, y across it.
      x: e * cos + f * sin,
      y: -e * sin + f * cos,
      width: item.width,
      size: Math.hypot(c, d) || Math.hypot(a, b),
      angle: Math.round((angleRadians * 180) / Math.PI),
    });
  }
  return fragments;
}
