/**
 * Text lines of a cleaned, deskewed page, found from ink projections: rows of ink make bands;
 * Thai tone marks and lower vowels that sit in bands of their own are attached to the line they
 * belong to; a band is cut into segments where a wide gap separates columns (ที่ on the left,
 * วันที่ or the agency address on the right). Reading order: top to bottom, then left to right.
 */

export interface Box {
  /** Inclusive pixel bounds. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TextLine extends Box {
  /** Typical height of a text line on this page, for scale-free decisions downstream. */
  lineHeight: number;
}

interface Band {
  top: number;
  bottom: number;
}

/** A row holds text when this share of its width (or at least 2 pixels) is ink. */
const MIN_ROW_INK_SHARE = 0.0008;
/** Bands thinner than this share of a line are marks above or below a line, not a line. */
const MARK_BAND_SHARE = 0.45;
/** ...and are attached to a line no further away than this share of a line height. */
const MARK_ATTACH_SHARE = 0.45;
/** Columns further apart than this many line heights are separate segments. */
const COLUMN_GAP_LINES = 2.5;
/** Bounds for a plausible line height, in inches (8 to 40 pt type with its marks). */
const MIN_LINE_INCHES = 0.06;
const MAX_LINE_INCHES = 0.6;

const height = (b: Band | Box) => b.bottom - b.top + 1;

function rowInk(ink: Buffer, width: number, heightPx: number): Int32Array {
  const counts = new Int32Array(heightPx);
  for (let y = 0; y < heightPx; y++) {
    let count = 0;
    const row = y * width;
    for (let x = 0; x < width; x++) if ((ink[row + x] as number) < 128) count++;
    counts[y] = count;
  }
  return counts;
}

function bandsOf(counts: Int32Array, minInk: number): Band[] {
  const bands: Band[] = [];
  let start = -1;
  for (let y = 0; y <= counts.length; y++) {
    const on = y < counts.length && (counts[y] as number) >= minInk;
    if (on && start < 0) start = y;
    if (!on && start >= 0) {
      bands.push({ top: start, bottom: y - 1 });
      start = -1;
    }
  }
  return bands;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function typicalLineHeight(bands: Band[], dpi: number): number {
  const plausible = bands.map(height).filter((h) => h >= MIN_LINE_INCHES * dpi && h <= MAX_LINE_INCHES * dpi);
  return plausible.length > 0 ? median(plausible) : Math.round(0.2 * dpi);
}

/** Folds thin bands (tone marks, lower vowels, stray dots) into the nearest full line band. */
function attachMarks(bands: Band[], lineHeight: number): Band[] {
  const isMark = (b: Band) => height(b) < MARK_BAND_SHARE * lineHeight;
  const result = bands.filter((b) => !isMark(b)).map((b) => ({ ...b }));
  for (const mark of bands.filter(isMark)) {
    let nearest: Band | undefined;
    let nearestGap = Infinity;
    for (const line of result) {
      const gap = Math.max(line.top - mark.bottom, mark.top - line.bottom);
      if (gap < nearestGap) {
        nearestGap = gap;
        nearest = line;
      }
    }
    if (nearest && nearestGap <= MARK_ATTACH_SHARE * lineHeight) {
      nearest.top = Math.min(nearest.top, mark.top);
      nearest.bottom = Math.max(nearest.bottom, mark.bottom);
    } else {
      result.push({ ...mark });
    }
  }
  return result.sort((a, b) => a.top - b.top);
}

/** Splits a band into column segments at gaps wider than a few line heights. */
function segmentsOf(ink: Buffer, width: number, band: Band, lineHeight: number): Box[] {
  const columns = new Uint8Array(width);
  for (let y = band.top; y <= band.bottom; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) if ((ink[row + x] as number) < 128) columns[x] = 1;
  }
  const maxGap = COLUMN_GAP_LINES * lineHeight;
  const boxes: Box[] = [];
  let left = -1;
  let lastInk = -1;
  for (let x = 0; x < width; x++) {
    if (!columns[x]) continue;
    if (left >= 0 && x - lastInk > maxGap) {
      boxes.push({ left, right: lastInk, top: band.top, bottom: band.bottom });
      left = -1;
    }
    if (left < 0) left = x;
    lastInk = x;
  }
  if (left >= 0) boxes.push({ left, right: lastInk, top: band.top, bottom: band.bottom });
  return boxes.map((box) => tightenVertically(ink, width, box));
}

function tightenVertically(ink: Buffer, width: number, box: Box): Box {
  const hasInk = (y: number) => {
    for (let x = box.left; x <= box.right; x++) if ((ink[y * width + x] as number) < 128) return true;
    return false;
  };
  let { top, bottom } = box;
  while (top < bottom && !hasInk(top)) top++;
  while (bottom > top && !hasInk(bottom)) bottom--;
  return { ...box, top, bottom };
}

export function findTextLines(ink: Buffer, width: number, heightPx: number, dpi: number): TextLine[] {
  const counts = rowInk(ink, width, heightPx);
  const minInk = Math.max(2, Math.round(width * MIN_ROW_INK_SHARE));
  const rawBands = bandsOf(counts, minInk);
  const lineHeight = typicalLineHeight(rawBands, dpi);
  const bands = attachMarks(rawBands, lineHeight);
  return bands.flatMap((band) => segmentsOf(ink, width, band, lineHeight).map((box) => ({ ...box, lineHeight })));
}
