/**
 * A corrected number or date put back into the text of the item that printed it, in the
 * item's own digits (Thai or Arabic) and spacing: "ที่ พน ๐๙๐๕./ว ๓๐๔๘" becomes
 * "ที่ พน ๐๙๐๕.๓/ว ๓๐๔๘" once the bundle agrees on พน 0905.3/ว 3048.
 */
import { toArabicDigits, toThaiDigits } from '../../thai/index.js';
import { BUDDHIST_ERA_OFFSET } from '../../dates/calendar.js';
import { THAI_MONTHS } from '../../dates/index.js';
import { LABEL } from '../lexicon.js';
import type { DateReading } from './partial-readings.js';

const hasThaiDigits = (text: string): boolean => /[\u0E50-\u0E59]/u.test(text);
const LETTER = /^[\u0E01-\u0E2E]$/u;
const DIGIT = /^[0-9\u0E50-\u0E59]$/u;

/** Edit steps turning `from` into `to` (plain Levenshtein, characters compared as Arabic digits). */
function editScript(from: string[], to: string[]): Array<{ keep?: number; put?: string; drop?: number }> {
  const same = (a: string, b: string) => toArabicDigits(a) === toArabicDigits(b);
  const cost = Array.from({ length: from.length + 1 }, (_, i) => Array.from({ length: to.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= from.length; i++) {
    for (let j = 1; j <= to.length; j++) {
      cost[i]![j] = Math.min(cost[i - 1]![j - 1]! + (same(from[i - 1]!, to[j - 1]!) ? 0 : 1), cost[i - 1]![j]! + 1, cost[i]![j - 1]! + 1);
    }
  }
  const steps: Array<{ keep?: number; put?: string; drop?: number }> = [];
  for (let i = from.length, j = to.length; i > 0 || j > 0; ) {
    if (i > 0 && j > 0 && cost[i]![j] === cost[i - 1]![j - 1]! + (same(from[i - 1]!, to[j - 1]!) ? 0 : 1)) {
      steps.unshift(same(from[i - 1]!, to[j - 1]!) ? { keep: i - 1 } : { drop: i - 1 }, ...(same(from[i - 1]!, to[j - 1]!) ? [] : [{ put: to[j - 1]! }]));
      i--;
      j--;
    } else if (i > 0 && cost[i]![j] === cost[i - 1]![j]! + 1) {
      steps.unshift({ drop: --i });
    } else {
      steps.unshift({ put: to[--j]! });
    }
  }
  return steps;
}

/** The code letters a printed reference shows (marks, spaces and dots aside): "ชขบ ๐๐๑๗" -> "ชขบ". */
export const printedCode = (raw: string): string => (/^[^0-9\u0E50-\u0E59]*/u.exec(raw)?.[0] ?? '').replace(/[\s.\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/gu, '');

/**
 * `text` with its printed number `raw` rewritten to read as `normalized`, and the space print
 * sets between ที่ and a code OCR ran into it ("ที่ซร ๐๐๒๕.เว ๔๖๘" → "ที่ ชร ๐๐๒๕.๒/ว ๔๖๘").
 */
export function withNumberReprinted(text: string, raw: string, normalized: string): string {
  const at = text.indexOf(raw);
  if (at < 0) return text;
  const before = text.slice(0, at);
  return (before.endsWith(LABEL.reference) ? `${before} ` : before) + reprintReference(raw, normalized) + text.slice(at + raw.length);
}

/** The printed number rewritten to read as `normalized`, spaces and digit script kept. */
export function reprintReference(raw: string, normalized: string): string {
  const thai = hasThaiDigits(raw);
  const target = [...normalized.replace(/\s+/gu, '')].map((c) => (thai ? toThaiDigits(c) : c));
  const positions = [...raw].map((c, i) => ({ c, i })).filter(({ c }) => !/\s/u.test(c));
  const chars = [...raw];
  const out: string[] = [];
  let next = 0;
  const steps = editScript(positions.map((p) => p.c), target);
  steps.forEach((step, k) => {
    if (step.put !== undefined) {
      out.push(step.put);
      return;
    }
    const at = positions[step.keep ?? step.drop!]!.i;
    while (next < at) out.push(chars[next++]!);
    next = at + 1;
    if (step.keep !== undefined) out.push(chars[at]!);
    // A speck taken out (nothing put in its place) between a letter and a digit stood in the
    // gap print sets there ("ศธ.04010", "ว่๑๒๕๙"); between digits it stood in none.
    const replaced = steps[k - 1]?.put !== undefined || steps[k + 1]?.put !== undefined;
    if (step.drop !== undefined && !replaced && LETTER.test(chars[at - 1] ?? '') && DIGIT.test(chars[at + 1] ?? '')) out.push(' ');
    // Print sets no space after the slash: the spaces around a speck taken out between it and
    // the mark or the number are OCR's ("/ 1 ว1022").
    if (step.drop !== undefined && !replaced && raw.slice(0, at).trimEnd().endsWith('/') && AFTER_SLASH.test(raw.slice(at + 1).trimStart())) {
      while (/\s/u.test(out.at(-1) ?? '')) out.pop();
      while (/\s/u.test(chars[next] ?? '')) next++;
    }
  });
  while (next < chars.length) out.push(chars[next++]!);
  const printed = out.join('');
  // Print sets no space inside the running number: one there is OCR reading a narrow 1 apart.
  const slash = printed.lastIndexOf('/');
  return slash < 0 ? printed : printed.slice(0, slash) + printed.slice(slash).replace(SPACE_BETWEEN_DIGITS, '');
}

/** What follows the slash in print: the circular mark or the running number. */
const AFTER_SLASH = /^[ว0-9\u0E50-\u0E59]/u;
const SPACE_BETWEEN_DIGITS = /(?<=[0-9\u0E50-\u0E59])\s+(?=[0-9\u0E50-\u0E59])/gu;

/**
 * The printed date with its day and year digits rewritten to `date`, in the printed script and
 * form (a padded day stays padded, a two-digit year two digits); the month stays as printed, so
 * the caller only reprints a date whose month is already right.
 */
export function reprintDate(raw: string, date: DateReading & { year: number }): string {
  const thai = hasThaiDigits(raw);
  const runs = [...raw.matchAll(/[0-9\u0E50-\u0E59]+/gu)];
  const render = (n: number, width: number) => {
    const figures = String(n).padStart(width, '0').slice(-width);
    return thai ? toThaiDigits(figures) : figures;
  };
  let out = raw;
  const first = runs[0];
  const last = runs.at(-1);
  if (last && last !== first) {
    const year = toArabicDigits(last[0]).length === 4 && Number(toArabicDigits(last[0])) < 2300 ? date.year : date.year + BUDDHIST_ERA_OFFSET;
    out = out.slice(0, last.index) + render(year, last[0].length) + out.slice(last.index + last[0].length);
  }
  const padded = first !== undefined && /^[0\u0E50]/u.test(first[0]);
  if (first) out = out.slice(0, first.index) + render(date.day, padded ? 2 : String(date.day).length) + out.slice(first.index + first[0].length);
  return out;
}

const abbreviationLetters = (month: number): string[] => [...THAI_MONTHS[month - 1]!.abbreviation.replaceAll('.', '')];

/**
 * The printed date with its month abbreviation rewritten from `from`'s to `to`'s, letter for
 * letter, dots and spaces kept ("๒๖ ส.ค. ๒๕๖๖" to "๒๖ ธ.ค. ๒๕๖๖"); unchanged when the
 * abbreviation is not found or the two are not spelled with as many letters.
 */
export function reprintMonth(raw: string, from: number, to: number): string {
  const letters = abbreviationLetters(from);
  const target = abbreviationLetters(to);
  if (letters.length !== target.length) return raw;
  const found = new RegExp(letters.join('[\\s.]*'), 'u').exec(raw);
  if (!found) return raw;
  let k = 0;
  const respelled = [...found[0]].map((c) => (c === letters[k] ? target[k++]! : c)).join('');
  return raw.slice(0, found.index) + respelled + raw.slice(found.index + found[0].length);
}
