/**
 * Line text from assembled tokens, with the Thai repair applied and letter-spaced Thai rejoined.
 *
 * Word processors set "Thai distributed" and letter-spaced text with a gap after every glyph;
 * pdfjs turns gaps of 0.1–0.6 em into spaces, so such a line reads "ก ร ะ ท ร ว ง". The phrase
 * spaces Thai does use must survive. A line counts as letter-spaced when several of its spaces
 * cut a syllable (spelling says no word can end or start there). Its spaces are then judged by
 * geometry when the line shows gaps clearly wider than its letter gap (the real spaces), and
 * otherwise by ICU's Thai dictionary: a space is kept only where the dictionary puts a word
 * boundary in the rejoined text.
 */
import { repairThaiText } from '../thai/index.js';
import type { LineToken, TextLine } from './line-assembly.js';
import { wordBoundaries } from './thai-orthography.js';

/** A real space is a space glyph wider than the letter gap: Thai fonts' spaces are ≥ 0.25 em. */
const WIDER_THAN_LETTER_GAP_EM = 0.25;
/** Letter-spaced: at least this many syllable-cutting spaces, and this share of Thai spaces… */
const MIN_SYLLABLE_CUTS = 2;
const MIN_SYLLABLE_CUT_SHARE = 0.25;
/** …or at least this many Thai tokens of a single consonant, and this share of Thai tokens. */
const MIN_SINGLE_CONSONANT_TOKENS = 4;
const MIN_SINGLE_CONSONANT_SHARE = 0.5;
/** pdfjs writes gaps under this inside an item's string, where they can no longer be measured. */
const PDFJS_IN_STRING_GAP_MAX_EM = 0.6;

export interface LineRepair {
  text: string;
  /** Spaces removed from a letter-spaced line (0 when the line is not letter-spaced). */
  rejoined: number;
}

const SPACE = / /g;
const countSpaces = (text: string): number => text.match(SPACE)?.length ?? 0;

export function repairLine(line: TextLine): LineRepair {
  const raw = joinTokens(line.tokens, () => true);
  const repaired = repairThaiText(raw);
  if (!isLetterSpaced(line.tokens, raw, repaired)) return { text: repaired, rejoined: 0 };
  const tokens = line.tokens.map((token) => ({ ...token, text: repairThaiText(token.text) }));
  const keep = keepRealSpaces(tokens);
  const text = repairThaiText(joinTokens(tokens, keep));
  return { text, rejoined: countSpaces(raw) - countSpaces(text) };
}

type KeepSpace = (token: LineToken, index: number) => boolean;

function joinTokens(tokens: readonly LineToken[], keep: KeepSpace): string {
  let text = '';
  tokens.forEach((token, index) => {
    if (index > 0 && token.spaceBefore && keep(token, index)) text += ' ';
    text += token.text;
  });
  return text;
}

const THAI_CONSONANT = /[\u0e01-\u0e2e]/g;
const SPACE_BETWEEN_THAI = /(?<=[\u0e01-\u0e4e]) (?=[\u0e01-\u0e4e])/g;

/**
 * Cheap on ordinary lines: the syllable cuts are the spaces the Thai repair removed, and the
 * consonant count of a token does not depend on the repair (presentation forms are marks).
 */
function isLetterSpaced(tokens: readonly LineToken[], raw: string, repaired: string): boolean {
  const syllableCuts = countSpaces(raw) - countSpaces(repaired);
  const thaiSpaces = syllableCuts + (repaired.match(SPACE_BETWEEN_THAI)?.length ?? 0);
  if (syllableCuts >= MIN_SYLLABLE_CUTS && syllableCuts >= MIN_SYLLABLE_CUT_SHARE * thaiSpaces) return true;
  if (tokens.length < MIN_SINGLE_CONSONANT_TOKENS) return false;
  let thaiTokens = 0;
  let singleConsonantTokens = 0;
  for (const token of tokens) {
    const consonants = token.text.match(THAI_CONSONANT)?.length ?? 0;
    if (consonants > 0) thaiTokens++;
    if (consonants === 1) singleConsonantTokens++;
  }
  return singleConsonantTokens >= MIN_SINGLE_CONSONANT_TOKENS && singleConsonantTokens >= MIN_SINGLE_CONSONANT_SHARE * thaiTokens;
}

/**
 * A measured gap is a real space when it is wider than the line's letter gap by a space glyph.
 * A real space spans a letter gap on each side of the space glyph, so when that is too wide to
 * stay inside a pdfjs item, every space inside an item is a letter gap; otherwise (or with no
 * measured gaps at all) the dictionary decides.
 */
function keepRealSpaces(tokens: readonly LineToken[]): KeepSpace {
  const gaps = tokens.flatMap((t) => (t.spaceBefore?.source === 'gap' ? [t.spaceBefore.em] : []));
  const letterGap = gaps.length > 0 ? lowerQuartile(gaps) : undefined;
  const dictionary = keepDictionaryBoundaries(tokens);
  if (letterGap === undefined) return dictionary;
  const realSpacesMeasured = 2 * letterGap + WIDER_THAN_LETTER_GAP_EM >= PDFJS_IN_STRING_GAP_MAX_EM;
  return (token, index) => {
    const space = token.spaceBefore;
    if (space?.source === 'gap') return space.em >= letterGap + WIDER_THAN_LETTER_GAP_EM;
    return realSpacesMeasured ? false : dictionary(token, index);
  };
}

function lowerQuartile(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 4)] ?? 0;
}

/** Dictionary: a space stays only where ICU finds a word boundary in the rejoined line. */
function keepDictionaryBoundaries(tokens: readonly LineToken[]): KeepSpace {
  const offsets: number[] = [];
  let joined = '';
  for (const token of tokens) {
    offsets.push(joined.length);
    joined += token.text;
  }
  const boundaries = wordBoundaries(joined);
  return (_token, index) => boundaries.has(offsets[index] ?? -1) && !cutsSyllable(tokens, index);
}

/** The Thai repair removes a space exactly when spelling forbids a word boundary there. */
function cutsSyllable(tokens: readonly LineToken[], index: number): boolean {
  const left = tokens[index - 1]?.text ?? '';
  const right = tokens[index]?.text ?? '';
  return !repairThaiText(`${left.slice(-3)} ${right.slice(0, 3)}`).includes(' ');
}
