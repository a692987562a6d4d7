/**
 * The dotted lines of a printed form found from its dots, wherever they run: also under the
 * typed text and under what was written on them, where the run-length scan (rules.ts) loses
 * them because a dot there is not clear of ink above. A dot is a small, flat component; a dotted
 * line is a row of eight or more of them, evenly spaced, their middles on one row (give or take
 * a pixel or two). The full stops of text (ก.ค., a sentence's end) stand alone or in twos and
 * threes, off the line's row, and are left alone.
 */
import type { Component } from './components.js';
import type { Rule } from './rules.js';

/** A dot is at most this wide (a blurred dash included)... */
const MAX_DOT_INCHES = 0.06;
/** ...and this tall. */
const MAX_DOT_HEIGHT_INCHES = 0.03;
/** Dots of one line follow each other this close (inches between one's end and the next's start)... */
const MAX_GAP_INCHES = 0.09;
/** ...with their middles this far apart across the line, at most (pixels). */
const MAX_ROW_DRIFT = 2;
const MIN_DOTS = 8;
/** Leader dots are printed close: a row of marks spaced wider is text (tone marks of a line). */
const MAX_PITCH_INCHES = 0.075;
/** Dots of a printed line are evenly spaced: most steps lie within this share of the median step. */
const PITCH_TOLERANCE = 0.45;
const REGULAR_SHARE = 0.7;

interface Chain {
  dots: Component[];
  middle: number;
}

const middleOf = (c: Component) => (c.top + c.bottom) / 2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function isRegular(dots: Component[], maxPitch: number): boolean {
  const steps = dots.slice(1).map((d, k) => d.left - (dots[k] as Component).left);
  const pitch = median(steps);
  const regular = steps.filter((s) => Math.abs(s - pitch) <= PITCH_TOLERANCE * pitch).length;
  const size = median(dots.map((d) => d.pixels));
  const alike = dots.filter((d) => d.pixels <= 2.5 * size && d.pixels >= size / 2.5).length;
  return pitch > 0 && pitch <= maxPitch && regular >= REGULAR_SHARE * steps.length && alike >= REGULAR_SHARE * dots.length;
}

/** Horizontal dotted lines among the page's components. */
export function findDottedLines(components: readonly Component[], dpi: number): Rule[] {
  const maxWidth = Math.max(2, Math.round(MAX_DOT_INCHES * dpi));
  const maxHeight = Math.max(2, Math.round(MAX_DOT_HEIGHT_INCHES * dpi));
  const maxGap = Math.round(MAX_GAP_INCHES * dpi);
  const dots = components
    // Round or wide, never tall: a tone mark (่ ้) stands upright.
    .filter((c) => c.right - c.left + 1 <= maxWidth && c.bottom - c.top + 1 <= maxHeight && c.pixels >= 2 && c.right - c.left + 1 >= 0.7 * (c.bottom - c.top + 1))
    .sort((a, b) => a.left - b.left);
  const open: Chain[] = [];
  const done: Chain[] = [];
  for (const dot of dots) {
    const middle = middleOf(dot);
    let best: Chain | null = null;
    for (let k = open.length - 1; k >= 0; k--) {
      const chain = open[k] as Chain;
      const last = chain.dots.at(-1) as Component;
      if (dot.left - last.right > maxGap) {
        done.push(chain);
        open.splice(k, 1);
        continue;
      }
      if (Math.abs(middle - chain.middle) <= MAX_ROW_DRIFT && (!best || Math.abs(middle - chain.middle) < Math.abs(middle - best.middle))) best = chain;
    }
    if (best) {
      best.dots.push(dot);
      best.middle += (middle - best.middle) / best.dots.length;
    } else {
      open.push({ dots: [dot], middle });
    }
  }
  return [...done, ...open]
    .filter((chain) => chain.dots.length >= MIN_DOTS && isRegular(chain.dots, MAX_PITCH_INCHES * dpi))
    .map(({ dots: line }) => ({
      orientation: 'horizontal' as const,
      style: 'dotted' as const,
      left: line[0]!.left,
      right: line.at(-1)!.right,
      top: Math.min(...line.map((d) => d.top)),
      bottom: Math.max(...line.map((d) => d.bottom)),
      pitch: median(line.slice(1).map((d, k) => d.left - line[k]!.left)),
      dotWidth: median(line.map((d) => d.right - d.left + 1)),
    }));
}
