/**
 * Mending words whose marks OCR lost or misread (ขับขี → ขับขี่, จัดซือ → จัดซื้อ, มั้นคง →
 * มั่นคง), with the Thai dictionary. Each run of Thai letters is cut into words the way a reader
 * would (dictionary-cut.ts). Where a piece of the run is no word but a word with the same
 * letters and more marks is, the mended word competes too, at a price per mark put back. A mend is made
 * only where the mended reading is likelier than every unmended one by a clear margin, only of
 * letters no word explains as they stand, only by adding marks or reading a tone as another
 * (never taking a printed mark away), never inside a person's name (person-names.ts).
 */
import { cutCost, cutRun, type Respelling, THAI_RUN } from './dictionary-cut.js';
import { skeletonOf, thaiDictionary } from './dictionary.js';
import { nameSpans } from './person-names.js';

export interface WordMend {
  before: string;
  after: string;
}

/** Price of one mark changed, in the same units as word costs (nats). */
const MARK_PRICE = 4;
/** The mended reading must beat the best unmended one by this much. */
const MARGIN = 3;
/** More marks changed than this is another word. */
const MAX_MARK_EDITS = 2;
/**
 * A mend is made only to a word letters use often enough (about 45 in 33 million running
 * words): a rare word one mark away from a misspelling is more often a second misspelling.
 */
const MAX_MENDED_COST = 13.5;
/** A one-letter word beside a mend must be as common as ที่, ก็, จะ (1 in 20,000 words or more). */
const MAX_SHORT_NEIGHBOUR_COST = 10;
/**
 * A word of fewer letters than this (marks aside) is mended only between two words of the
 * same run (จัด|ซือ|จัดจ้าง); alone it is too short to tell (กจ is an agency code, not กิจ).
 */
const MIN_MENDED_LETTERS = 3;

const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;

const TONE = /[\u0E48-\u0E4B]/u;

/** A base character and the marks written on it. */
function clusters(text: string): string[][] {
  const out: string[][] = [];
  for (const c of text) {
    if (MARK.test(c) && out.length > 0) out.at(-1)!.push(c);
    else out.push([c]);
  }
  return out;
}

/**
 * The marks OCR lost or whose tone it misread, going from what was read to a word with the same
 * letters: on each letter, every mark of the word the reading lacks counts one, a tone read as
 * another tone one. Null when the reading has a mark the word has not on that letter (and not a
 * misread tone): OCR rarely invents a mark, and a dictionary must not take away what was printed.
 */
export function lostMarks(read: string, word: string): number | null {
  const a = clusters(read);
  const b = clusters(word);
  if (a.length !== b.length) return null;
  let lost = 0;
  for (let i = 0; i < a.length; i++) {
    const extra = a[i]!.slice(1);
    const missing: string[] = [];
    for (const mark of b[i]!.slice(1)) {
      const at = extra.indexOf(mark);
      if (at >= 0) extra.splice(at, 1);
      else missing.push(mark);
    }
    const tones = extra.filter((m) => TONE.test(m)).length;
    if (extra.length > tones || tones > missing.filter((m) => TONE.test(m)).length) return null;
    lost += missing.length;
  }
  return lost;
}

/** The best mend of a piece that is no word: the likeliest word with its letters and other marks. */
function mendOf(piece: string): Respelling | null {
  const skeleton = skeletonOf(piece);
  if (skeleton.length < 2) return null;
  let best: Respelling | null = null;
  for (const word of thaiDictionary().withSkeleton(skeleton)) {
    if (!thaiDictionary().isCurated(word) || thaiDictionary().cost(word) > MAX_MENDED_COST) continue;
    const edits = lostMarks(piece, word);
    if (edits === null || edits === 0 || edits > MAX_MARK_EDITS) continue;
    const cost = thaiDictionary().cost(word) + MARK_PRICE * edits;
    if (!best || cost < best.cost) best = { word, cost };
  }
  return best;
}

/**
 * The mends of one run: none unless the mended cut beats the plain one by the margin, and only
 * mends of letters the plain cut reads as no word, or as a string only the corpus counts (ขี,
 * ซือ, มั้น: the corpus has OCR and typing slips too); mends are always to common curated
 * words, with words read as printed (or the run's ends) on both sides.
 */
function mendRun(run: string): Array<{ from: number; to: number; word: string }> {
  const dictionary = thaiDictionary();
  // A string only the corpus counts may be a misread word: its mend competes with it.
  const mended = cutRun(run, (piece) => (dictionary.isCurated(piece) ? null : mendOf(piece)));
  const plain = cutRun(run);
  if (cutCost(mended) + MARGIN > cutCost(plain)) return [];
  const unread = new Set<number>();
  for (const s of plain) {
    if (!dictionary.isCurated(run.slice(s.from, s.to))) for (let k = s.from; k < s.to; k++) unread.add(k);
  }
  // A neighbour is a word read as printed: two mends side by side are a misspelling; and a
  // one-letter word beside the mend must be a very common one, else it may be OCR garbage
  // (ร้อ|ยุ|ละ for ร้อยละ).
  const readable = (k: number) => {
    const neighbour = mended[k];
    if (neighbour === undefined) return true;
    const piece = run.slice(neighbour.from, neighbour.to);
    const short = skeletonOf(piece).length < 2;
    return neighbour.word === null && dictionary.isCurated(piece) && (!short || dictionary.cost(piece) <= MAX_SHORT_NEIGHBOUR_COST);
  };
  const inContext = (k: number) => {
    const short = skeletonOf(mended[k]!.word!).length < MIN_MENDED_LETTERS;
    return readable(k - 1) && readable(k + 1) && (!short || (mended[k - 1] !== undefined && mended[k + 1] !== undefined));
  };
  return mended
    .map((s, k) => ({ s, k }))
    .filter(({ s, k }) => s.word !== null && [...Array(s.to - s.from).keys()].some((i) => unread.has(s.from + i)) && inContext(k))
    .map(({ s }) => ({ from: s.from, to: s.to, word: s.word! }));
}

/** The line with mark-damaged words mended, and each mend as before/after. */
export function mendWords(line: string): { text: string; mends: WordMend[] } {
  const names = nameSpans(line);
  const inName = (from: number, to: number) => names.some(([a, b]) => from < b && a < to);
  const mends: WordMend[] = [];
  let text = '';
  let copied = 0;
  for (const run of line.matchAll(THAI_RUN)) {
    for (const mend of mendRun(run[0])) {
      const from = run.index + mend.from;
      const to = run.index + mend.to;
      if (inName(from, to)) continue;
      text += line.slice(copied, from) + mend.word;
      mends.push({ before: line.slice(from, to), after: mend.word });
      copied = to;
    }
  }
  return { text: text + line.slice(copied), mends };
}
