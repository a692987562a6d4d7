/**
 * Text lines of a cleaned, deskewed page, found from ink projections:
 * - rows of ink make bands; Thai tone marks and lower vowels that sit in bands of their own are
 *   attached to the line they belong to;
 * - a band holding two lines (marks of one touching the next) is cut between its dense cores
 *   (the consonant bodies), at the emptiest row;
 * - a band is cut into segments where a wide gap separates columns (ที่ on the left, วันที่ or
 *   the agency address on the right).
 * Reading order: top to bottom, then left to right; framed areas (stamps) come last, each read
 * as a block.
 */
import { heightOf, widthOf } from './geometry.js';
import type { Box } from './geometry.js';
import type { PreparedPage } from './preprocess.js';
import type { Rule } from './rules.js';

export type { Box } from './geometry.js';

export interface TextLine extends Box {
  /** Typical height of a text line on this page, for scale-free decisions downstream. */
  lineHeight: number;
  /** 'line': one line of text; 'block': several (a framed stamp, a band that would not split). */
  hint: 'line' | 'block';
  /** Dot leaders (rows of full stops) on this line, erased from the image (form furniture, no text). */
  leaders: Leader[];
  /** Marks of the neighbouring lines that stand within this line's box: blanked out when read. */
  foreign: Box[];
}

export type Leader = Box;

interface Band {
  top: number;
  bottom: number;
}

/** A row holds text when this share of its width (or at least 2 pixels) is ink. */
const MIN_ROW_INK_SHARE = 0.0008;
/** Rows this dense (share of their band's densest row) belong to a line's core (consonant bodies). */
const CORE_SHARE = 0.25;
/** A core is at least this share of a glyph tall; thinner dense rows are strokes or marks. */
const MIN_CORE_GLYPHS = 0.7;
/** Between two lines, the cut is searched below this much of the upper line's lower zone... */
const LOWER_CUT_GLYPHS = 0.5;
/** ...and above this much of the lower line's upper zone (in glyph heights). */
const UPPER_CUT_GLYPHS = 0.4;
/** A mark belongs to a glyph it overlaps in columns, give or take this many glyph heights... */
const MARK_ALIGN_GLYPHS = 0.15;
/** ...to the one above when this much closer to it than to the one below (lower vowels hug). */
const LOWER_VOWEL_BIAS = 0.6;
/** Where the lowest vowels (ู) of a line end, below its core. */
const LOWER_END_GLYPHS = 0.6;
/** ...and above it this many (an upper vowel with a tone mark on top). */
const UPPER_ZONE_GLYPHS = 1.2;
/** A lower vowel hangs this close under its consonant (glyph heights): farther down, a mark is no lower vowel of it. */
const LOWER_VOWEL_GAP_GLYPHS = 0.35;
/** A loose piece below a line (a lower vowel ุ ู, a descender tail) belongs to it this far down. */
const LOWER_REACH_GLYPHS = 1.1;
/**
 * Dust a scan leaves between lines, smaller this way and that than any mark (glyph heights):
 * it belongs to no line, and moves no line's edge.
 */
const DUST_GLYPHS = 0.15;
/** A row of marks over a line: close to it (share of its core height), lower, and sparse. */
const MARK_ROW_GAP_SHARE = 0.4;
const MARK_ROW_HEIGHT_SHARE = 0.75;
const MARK_ROW_COVERAGE = 0.5;
/** A line box taller than this many line heights holds more than one line. */
const BLOCK_LINES = 1.6;
/**
 * A band taller than this many glyph heights is no one line (a heading's big type is about
 * three): a stamp whose broken box joins its rows into one band. It does not count toward the
 * page's line height; on a sparse layer, such as the coloured ink with two stamps side by side,
 * it would be the median and make itself a line.
 */
const MAX_LINE_GLYPHS = 4;
/** Columns further apart than this many line heights are separate segments. */
const COLUMN_GAP_LINES = 2.5;
/** Typed full stops stand about a quarter em apart; drawn dotted lines are much denser. */
const LEADER_MIN_PITCH_INCHES = 0.033;
/** Dots this close to a baseline (in glyph heights) sit on it... */
const BASELINE_TOLERANCE_GLYPHS = 0.25;
/** ...and dots this far from every baseline stand on a row of their own. */
const ALONE_GLYPHS = 1;
/** Dots with text over this share of their length, within this height above, underline it. */
const UNDERLINE_TEXT_SHARE = 0.15;
const TEXT_ABOVE_GLYPHS = 1.2;

function rowInk(ink: Uint8Array, width: number, area: Box): Int32Array {
  const counts = new Int32Array(area.bottom + 1);
  for (let y = area.top; y <= area.bottom; y++) {
    let count = 0;
    const row = y * width;
    for (let x = area.left; x <= area.right; x++) if ((ink[row + x] as number) < 128) count++;
    counts[y] = count;
  }
  return counts;
}

function bandsOf(counts: Int32Array, from: number, to: number, minInk: number): Band[] {
  const bands: Band[] = [];
  let start = -1;
  for (let y = from; y <= to + 1; y++) {
    const on = y <= to && (counts[y] as number) >= minInk;
    if (on && start < 0) start = y;
    if (!on && start >= 0) {
      bands.push({ top: start, bottom: y - 1 });
      start = -1;
    }
  }
  return bands;
}

/** Dense row runs of each band: one per text line, whatever marks stick out above and below. */
function coresOf(counts: Int32Array, bands: Band[], glyphHeight: number): Band[] {
  return bands.flatMap((band) => {
    let densest = 0;
    for (let y = band.top; y <= band.bottom; y++) densest = Math.max(densest, counts[y] as number);
    return bandsOf(counts, band.top, band.bottom, Math.max(1, CORE_SHARE * densest)).filter(
      (core) => heightOf(core) >= MIN_CORE_GLYPHS * glyphHeight,
    );
  });
}

/**
 * The row where one line ends and the next begins. Lower vowels (ุ ู) hang up to about half a
 * glyph below a line's core and the next line's marks stand up to about half a glyph above its
 * core, often with an empty row between a consonant and its lower vowel: so the cut is the
 * emptiest row of the window between those two reaches (the first one, if several are equally
 * empty), or of the whole gap when the lines stand too close for a window.
 */
function cutBetween(counts: Int32Array, upper: Band, lower: Band, glyphHeight: number): number {
  let from = Math.round(upper.bottom + LOWER_CUT_GLYPHS * glyphHeight);
  let to = Math.round(lower.top - UPPER_CUT_GLYPHS * glyphHeight);
  if (from > to) {
    from = upper.bottom + 1;
    to = lower.top - 1;
  }
  let least = Infinity;
  for (let y = from; y <= to; y++) least = Math.min(least, counts[y] as number);
  // Among the emptiest rows, the one nearest to where lower vowels end: the empty row between a
  // tone mark and the vowel under it is no line boundary.
  const target = upper.bottom + LOWER_END_GLYPHS * glyphHeight;
  let cut = -1;
  for (let y = from; y <= to; y++) {
    const empty = (counts[y] as number) <= least + 1;
    if (empty && (cut < 0 || Math.abs(y - target) < Math.abs(cut - target))) cut = y;
  }
  return Math.min(Math.max(cut, upper.bottom), lower.top - 1);
}

interface LineBand extends Band {
  core: Band;
}

/** Line bands: each core with the marks around it, cut from its neighbours between cores. */
function lineBands(counts: Int32Array, bands: Band[], glyphHeight: number): LineBand[] {
  const cores = coresOf(counts, bands, glyphHeight);
  const bandOf = (core: Band) => bands.find((b) => b.top <= core.top && b.bottom >= core.bottom) ?? core;
  // Two cores share the rows between them when they stand within a line's reach of each other,
  // even across an empty row (a lower vowel cut off from its consonant), or in one band however
  // far apart (a stroke down the margin or a signature joins their rows): else each line would
  // take the whole band, and be read as often as it has cores.
  const near = (upper: Band, lower: Band) =>
    lower.top - upper.bottom <= (LOWER_REACH_GLYPHS + UPPER_ZONE_GLYPHS) * glyphHeight || bandOf(upper) === bandOf(lower);
  const lines: LineBand[] = cores.map((core, k) => {
    const previous = cores[k - 1];
    const next = cores[k + 1];
    const band = bandOf(core);
    const top = previous && near(previous, core) ? cutBetween(counts, previous, core, glyphHeight) + 1 : band.top;
    const bottom = next && near(core, next) ? cutBetween(counts, core, next, glyphHeight) : band.bottom;
    return { top: Math.min(top, core.top), bottom: Math.max(bottom, core.bottom), core };
  });
  const strays = bands.filter((b) => !lines.some((l) => l.top <= b.bottom && l.bottom >= b.top));
  // A band no line claims is a line of its own (a small page marker "- ๒ -"): never dropped.
  const orphans = strays.filter((stray) => {
    const owner = ownerOf(stray, lines, glyphHeight);
    owner?.push(stray);
    return !owner;
  });
  return [...lines, ...orphans.map((band) => ({ ...band, core: band }))].sort((a, b) => a.top - b.top);
}

/**
 * The line a band without a core belongs to (a row of tone marks, a lower vowel, a dot): the line
 * below when the band sits within the reach of that line's upper marks, else the line above when
 * within the reach of its lower vowels. Returns a function extending that line, or undefined.
 */
function ownerOf(stray: Band, lines: LineBand[], glyphHeight: number): { push: (b: Band) => void } | undefined {
  // A heading's marks stand further off than body text's: reach scales with the line's core.
  const scale = (l: LineBand) => Math.max(glyphHeight, heightOf(l.core));
  const below = lines.find((l) => l.core.top > stray.bottom && l.core.top - stray.top <= UPPER_ZONE_GLYPHS * scale(l));
  const above = [...lines]
    .reverse()
    .find((l) => l.core.bottom < stray.top && stray.bottom - l.core.bottom <= LOWER_REACH_GLYPHS * scale(l));
  const owner = below ?? above;
  return owner
    ? {
        push: (b: Band) => {
          owner.top = Math.min(owner.top, b.top);
          owner.bottom = Math.max(owner.bottom, b.bottom);
        },
      }
    : undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Splits a band into column segments at gaps wider than a few line heights. */
function segmentsOf(ink: Uint8Array, width: number, band: Band, area: Box, lineHeight: number): Box[] {
  const columns = new Uint8Array(width);
  for (let y = band.top; y <= band.bottom; y++) {
    const row = y * width;
    for (let x = area.left; x <= area.right; x++) if ((ink[row + x] as number) < 128) columns[x] = 1;
  }
  const maxGap = COLUMN_GAP_LINES * lineHeight;
  const boxes: Box[] = [];
  let left = -1;
  let lastInk = -1;
  for (let x = area.left; x <= area.right; x++) {
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

function tightenVertically(ink: Uint8Array, width: number, box: Box): Box {
  const hasInk = (y: number) => {
    for (let x = box.left; x <= box.right; x++) if ((ink[y * width + x] as number) < 128) return true;
    return false;
  };
  let { top, bottom } = box;
  while (top < bottom && !hasInk(top)) top++;
  while (bottom > top && !hasInk(bottom)) bottom--;
  return { ...box, top, bottom };
}

/** Baseline of a band: the median bottom of the glyph bodies whose middle lies in it. */
function baselineOf(band: Band, glyphs: Box[]): number | null {
  const bottoms = glyphs.filter((g) => (g.top + g.bottom) / 2 >= band.top && (g.top + g.bottom) / 2 <= band.bottom).map((g) => g.bottom);
  return bottoms.length > 0 ? median(bottoms) : null;
}

/** Share of the columns of `box` that hold ink somewhere in its rows. */
function inkedColumns(ink: Uint8Array, width: number, box: Box): number {
  let inked = 0;
  for (let x = box.left; x <= box.right; x++) {
    for (let y = box.top; y <= box.bottom; y++) {
      if ((ink[y * width + x] as number) < 128) {
        inked++;
        break;
      }
    }
  }
  return inked / (box.right - box.left + 1);
}

/**
 * Rows of dots are typed leaders (text: "หน่วยงาน ......... อำเภอ") when they are spaced like
 * typed full stops and sit on a line's baseline, filling a gap, or stand on a row of their own.
 * Anything else is a dotted underline drawn under a memo field, which is no text: dense dots,
 * dots below a baseline, or dots with text right above them.
 */
function leadersOf(dotted: Rule[], bands: LineBand[], ink: Uint8Array, width: number, glyphs: Box[], glyphHeight: number, dpi: number): Leader[] {
  const baselines = bands.map((band) => baselineOf(band, glyphs) ?? band.core.bottom);
  return dotted.flatMap((rule) => {
    const middle = (rule.top + rule.bottom) / 2;
    const distances = baselines.map((baseline) => Math.abs(middle - baseline));
    const onBaseline = distances.some((d) => d <= BASELINE_TOLERANCE_GLYPHS * glyphHeight);
    const alone = distances.every((d) => d > ALONE_GLYPHS * glyphHeight);
    const above = { left: rule.left, right: rule.right, top: Math.max(0, Math.round(rule.top - TEXT_ABOVE_GLYPHS * glyphHeight)), bottom: Math.max(0, rule.top - 2) };
    const typed = rule.pitch >= LEADER_MIN_PITCH_INCHES * dpi;
    if (!typed || !(onBaseline || alone) || inkedColumns(ink, width, above) >= UNDERLINE_TEXT_SHARE) return [];
    return [{ left: rule.left, right: rule.right, top: rule.top, bottom: rule.bottom }];
  });
}

/** Share of the columns of a band's horizontal extent that hold ink. */
function columnCoverage(ink: Uint8Array, width: number, band: Band, area: Box): number {
  const columns = new Uint8Array(width);
  let left = width;
  let right = -1;
  for (let y = band.top; y <= band.bottom; y++) {
    const row = y * width;
    for (let x = area.left; x <= area.right; x++) {
      if ((ink[row + x] as number) < 128) {
        columns[x] = 1;
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  let covered = 0;
  for (let x = left; x <= right; x++) covered += columns[x] as number;
  return right < left ? 0 : covered / (right - left + 1);
}

/**
 * The big marks over a heading (ั ึ ้ in 28 pt bold) are tall enough to look like a line of their
 * own; but they are sparse, low and sit right on top of a taller line: fold them into it.
 */
function absorbMarkRows(lines: LineBand[], ink: Uint8Array, width: number, area: Box): LineBand[] {
  const result: LineBand[] = [];
  for (let k = 0; k < lines.length; k++) {
    const upper = lines[k] as LineBand;
    const lower = lines[k + 1];
    const isMarkRow =
      lower !== undefined &&
      lower.top - upper.bottom <= MARK_ROW_GAP_SHARE * heightOf(lower.core) &&
      heightOf(upper.core) < MARK_ROW_HEIGHT_SHARE * heightOf(lower.core) &&
      columnCoverage(ink, width, upper, area) < MARK_ROW_COVERAGE;
    if (isMarkRow && lower) {
      lines[k + 1] = { ...lower, top: upper.top };
    } else {
      result.push(upper);
    }
  }
  return result;
}

/** Line bands of the ink in `area`, marks and all. */
function textBandsOf(ink: Uint8Array, width: number, area: Box, glyphHeight: number): LineBand[] {
  const counts = rowInk(ink, width, area);
  const minInk = Math.max(2, Math.round((area.right - area.left + 1) * MIN_ROW_INK_SHARE));
  return absorbMarkRows(lineBands(counts, bandsOf(counts, area.top, area.bottom, minInk), glyphHeight), ink, width, area);
}

/**
 * Who owns the small pieces (tone marks, upper and lower vowels) between two lines: the line
 * whose glyph stands right next to it, above (a lower vowel hangs just under its consonant) or
 * below (marks stack on the consonant below them); a row cut cannot tell, since the lower vowels
 * of one line and the tone marks of the next share rows. A glyph farther off than its line's
 * marks reach owns nothing (a speck in a word space of the line below is no lower vowel of the
 * line above): the nearer core does. Dust too small for a mark is no one's (DUST_GLYPHS). Each
 * band grows to cover its marks, then learns the neighbours' marks inside it, to blank them out:
 * only once every band has grown can it tell.
 */
function assignMarks(bands: LineBand[], marks: Box[], glyphs: Box[], glyphHeight: number): Map<LineBand, Box[]> {
  const owned: { mark: Box; other: LineBand }[] = [];
  const glyphsOf = (band: LineBand) => glyphs.filter((g) => (g.top + g.bottom) / 2 >= band.core.top && (g.top + g.bottom) / 2 <= band.core.bottom);
  const tolerance = MARK_ALIGN_GLYPHS * glyphHeight;
  const overlapping = (mark: Box, g: Box) => g.left - tolerance <= mark.right && g.right + tolerance >= mark.left;
  const isDust = (m: Box) => Math.max(widthOf(m), heightOf(m)) < DUST_GLYPHS * glyphHeight;
  const nearest = (distances: number[], reach: number) => Math.min(Infinity, ...distances.filter((d) => d <= reach * glyphHeight));
  for (let k = 0; k + 1 < bands.length; k++) {
    const upper = bands[k] as LineBand;
    const lower = bands[k + 1] as LineBand;
    if (lower.top - upper.bottom > 1) continue;
    const upperGlyphs = glyphsOf(upper);
    const lowerGlyphs = glyphsOf(lower);
    const between = (m: Box) => m.top > upper.core.bottom && m.bottom < lower.core.top && !isDust(m);
    for (const mark of marks.filter(between)) {
      const distanceAbove = nearest(upperGlyphs.filter((g) => overlapping(mark, g)).map((g) => mark.top - g.bottom), LOWER_VOWEL_GAP_GLYPHS);
      const distanceBelow = nearest(lowerGlyphs.filter((g) => overlapping(mark, g)).map((g) => g.top - mark.bottom), UPPER_ZONE_GLYPHS);
      const nearestCore = mark.top - upper.core.bottom < lower.core.top - mark.bottom ? upper : lower;
      const owner =
        distanceAbove === Infinity && distanceBelow === Infinity
          ? nearestCore
          : distanceAbove < LOWER_VOWEL_BIAS * distanceBelow
            ? upper
            : lower;
      owner.top = Math.min(owner.top, mark.top);
      owner.bottom = Math.max(owner.bottom, mark.bottom);
      owned.push({ mark, other: owner === upper ? lower : upper });
    }
  }
  const foreign = new Map<LineBand, Box[]>(bands.map((b) => [b, []]));
  for (const { mark, other } of owned) if (mark.bottom >= other.top && mark.top <= other.bottom) foreign.get(other)?.push(mark);
  return foreign;
}

function linesIn(ink: Uint8Array, width: number, area: Box, page: PreparedPage, dotted: Rule[]): TextLine[] {
  const { glyphs, glyphHeight } = page;
  const plainBands = textBandsOf(ink, width, area, glyphHeight);
  const leaders = leadersOf(dotted, plainBands, ink, width, glyphs, glyphHeight, page.gray.dpi);
  // Leaders are text: each stands in the layout as a glyph-high block on its baseline, so it
  // joins the words around it into one line, or makes a line of its own ("(..........)").
  let bands = plainBands;
  let withLeaders = ink;
  if (leaders.length > 0) {
    withLeaders = Uint8Array.from(ink);
    for (const leader of leaders) paint(withLeaders, width, { ...leader, top: Math.max(area.top, leader.bottom - glyphHeight) }, 0);
    bands = textBandsOf(withLeaders, width, area, glyphHeight);
  }
  const foreign = assignMarks(bands, page.marks, glyphs, glyphHeight);
  const lineHeight = median(plainBands.map(heightOf).filter((h) => h <= MAX_LINE_GLYPHS * glyphHeight)) || 2 * glyphHeight;
  return bands.flatMap((band) =>
    segmentsOf(withLeaders, width, band, area, lineHeight).map((box) => ({
      ...box,
      lineHeight,
      hint: heightOf(box) > BLOCK_LINES * lineHeight ? ('block' as const) : ('line' as const),
      leaders: leaders.filter((l) => l.left >= box.left && l.right <= box.right && l.top >= box.top && l.bottom <= box.bottom),
      foreign: (foreign.get(band) ?? []).filter((m) => m.right >= box.left && m.left <= box.right),
    })),
  );
}

function paint(ink: Uint8Array, width: number, box: Box, value: number): void {
  for (let y = box.top; y <= box.bottom; y++) ink.fill(value, y * width + box.left, y * width + box.right + 1);
}

/** The page's lines in reading order: running text first, then each framed area as a block. */
export function findTextLines(page: PreparedPage): TextLine[] {
  const { width, height } = page.gray;
  const running = page.frames.length > 0 ? Uint8Array.from(page.ink) : page.ink;
  for (const frame of page.frames) paint(running, width, frame.inside, 255);
  const dotted = page.rules.filter((rule) => rule.style === 'dotted' && rule.orientation === 'horizontal');
  const area = { left: 0, top: 0, right: width - 1, bottom: height - 1 };
  const body = linesIn(running, width, area, page, dotted);
  const lineHeight = body[0]?.lineHeight ?? 2 * page.glyphHeight;
  const framed = page.frames.flatMap((frame) => {
    const [inside] = segmentsOf(page.ink, width, frame.inside, frame.inside, Infinity);
    return inside ? [{ ...inside, lineHeight, hint: 'block' as const, leaders: [], foreign: [] }] : [];
  });
  return [...body, ...framed];
}
