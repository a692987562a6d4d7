/**
 * Puts text fragments back into lines in reading order, from geometry alone: fragments on one
 * baseline form a row, read left to right; a wide empty stretch splits a row into separate
 * lines (a memo's "ที่ ..." and "วันที่ ..." share a baseline but are separate fields).
 *
 * Thai text items are cluster fragments cut wherever the PDF producer repositioned a glyph, so
 * fragments join without a space unless a space item or a real gap stands between them.
 */
import type { Fragment } from './text-fragments.js';

/** How a space before a token was seen, so later repair can weigh it. */
export type SpaceEvidence =
  /** An empty stretch between fragments, measured in em of the font. */
  | { source: 'gap'; em: number }
  /** A space inside one pdfjs item: a typed space or one pdfjs inferred from 0.1–0.6 em. */
  | { source: 'string' };

export interface LineToken {
  /** Text without spaces. */
  text: string;
  /** The space before this token; null when it directly follows the previous one. */
  spaceBefore: SpaceEvidence | null;
}

export interface TextLine {
  tokens: LineToken[];
}

/** Baselines closer than this share a row (Thai marks sit in the cluster, not on own baselines). */
const BASELINE_TOLERANCE_EM = 0.4;
/** A gap wider than the line's usual inter-fragment gap by this much is a space. */
const SPACE_GAP_EM = 0.25;
/** Gaps up to this are letter spacing or width rounding when measuring a line's tracking. */
const TRACKING_MAX_EM = 0.6;
/** Justified lines stretch spaces to 2–3 em; beyond this the text on the right is another field. */
const FIELD_GAP_EM = 4;
/** Fewer small gaps than this say nothing about a line's tracking. */
const MIN_GAPS_FOR_TRACKING = 4;
/** A fragment repeated at nearly the same place is a fake-bold overprint. */
const OVERPRINT_EM = 0.15;

export function assembleLines(fragments: readonly Fragment[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const group of byDirection(fragments)) {
    for (const row of rows(group)) {
      for (const field of fields(row)) lines.push(toLine(field));
    }
  }
  return lines.filter((line) => line.tokens.length > 0);
}

export function lineText(line: TextLine): string {
  let text = '';
  for (const token of line.tokens) {
    text += (token.spaceBefore && text ? ' ' : '') + token.text;
  }
  return text;
}

/** Horizontal text first, then each other direction. */
function byDirection(fragments: readonly Fragment[]): Fragment[][] {
  const groups = new Map<number, Fragment[]>();
  for (const fragment of fragments) {
    const group = groups.get(fragment.angle);
    if (group) group.push(fragment);
    else groups.set(fragment.angle, [fragment]);
  }
  return [...groups.entries()].sort(([a], [b]) => Math.abs(a) - Math.abs(b) || a - b).map(([, g]) => g);
}

/** Rows top to bottom (y grows upwards), each sorted left to right. */
function rows(fragments: Fragment[]): Fragment[][] {
  const sorted = [...fragments].sort((a, b) => b.y - a.y || a.x - b.x);
  const result: Fragment[][] = [];
  let row: Fragment[] = [];
  let rowY = Number.NaN;
  let rowSize = 0;
  for (const fragment of sorted) {
    const tolerance = BASELINE_TOLERANCE_EM * Math.min(rowSize, fragment.size);
    if (row.length > 0 && rowY - fragment.y <= tolerance) {
      row.push(fragment);
      continue;
    }
    if (row.length > 0) result.push(row);
    row = [fragment];
    rowY = fragment.y;
    rowSize = fragment.size;
  }
  if (row.length > 0) result.push(row);
  for (const r of result) r.sort((a, b) => a.x - b.x);
  return result;
}

const gapEm = (left: Fragment, right: Fragment): number =>
  (right.x - (left.x + left.width)) / Math.max(right.size, Number.EPSILON);

/** Splits a row where the empty stretch between visible fragments is too wide for a space. */
function fields(row: Fragment[]): Fragment[][] {
  const result: Fragment[][] = [];
  let field: Fragment[] = [];
  let lastVisible: Fragment | undefined;
  for (const fragment of row) {
    if (!fragment.isSpace) {
      if (lastVisible && gapEm(lastVisible, fragment) > FIELD_GAP_EM) {
        result.push(field);
        field = [];
      }
      lastVisible = fragment;
    }
    field.push(fragment);
  }
  result.push(field);
  return result;
}

/** The median small gap between adjacent fragments with no space item between them. */
function trackingOf(field: Fragment[]): number {
  const gaps: number[] = [];
  let previous: Fragment | undefined;
  for (const fragment of field) {
    if (previous && !previous.isSpace && !fragment.isSpace) {
      const gap = gapEm(previous, fragment);
      if (gap < TRACKING_MAX_EM) gaps.push(Math.max(0, gap));
    }
    previous = fragment;
  }
  if (gaps.length < MIN_GAPS_FOR_TRACKING) return 0;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

function toLine(field: Fragment[]): TextLine {
  const trackingEm = trackingOf(field);
  const tokens: LineToken[] = [];
  let pending: SpaceEvidence | null = null;
  let lastVisible: Fragment | undefined;
  let spaceItemSeen = false;
  for (const fragment of field) {
    if (fragment.isSpace) {
      spaceItemSeen = true;
      continue;
    }
    if (lastVisible && isOverprint(lastVisible, fragment)) continue;
    if (lastVisible) {
      const gap = gapEm(lastVisible, fragment);
      if (spaceItemSeen || gap > trackingEm + SPACE_GAP_EM) pending = { source: 'gap', em: gap };
    }
    // Spaces inside an item cut it into tokens; one at its end carries over to the next item.
    fragment.text.split(' ').forEach((piece, index) => {
      if (index > 0) pending ??= { source: 'string' };
      if (piece.length === 0) return;
      const last = tokens[tokens.length - 1];
      if (last && pending === null) last.text += piece;
      else tokens.push({ text: piece, spaceBefore: last ? pending : null });
      pending = null;
    });
    lastVisible = fragment;
    spaceItemSeen = false;
  }
  return { tokens };
}

function isOverprint(previous: Fragment, fragment: Fragment): boolean {
  return previous.text === fragment.text && Math.abs(fragment.x - previous.x) < OVERPRINT_EM * fragment.size;
}
