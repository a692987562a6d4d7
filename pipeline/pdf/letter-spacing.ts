/**
 * Line text from assembled tokens: the Thai repair applied, and Thai words that letter spacing
 * or justification cut apart joined again, keeping the phrase spaces Thai does use.
 *
 * Word processors set "Thai distributed" and letter-spaced text with a gap after every glyph or
 * glyph run; pdfjs turns gaps of 0.1–0.6 em into spaces inside its items and reports wider ones
 * as items of their own, so a line reads "ก ร ะ ท ร ว ง" or "หนั งสื อระเบี ย บ".
 * - A line is letter-spaced when several of its spaces cut a syllable (spelling says no word
 *   ends or starts there) or most of its Thai tokens are single consonants. Its measured gaps
 *   split into letter gaps and real spaces at the widest jump between them; spaces inside items
 *   go with the letter gaps when real spaces were measured too wide to be inside an item, or
 *   when most of them fall inside dictionary words; what geometry cannot tell, ICU's Thai
 *   dictionary decides: a space stays only where it puts a word boundary in the rejoined line.
 * - In other lines, a space between Thai pieces that falls inside a dictionary word goes when
 *   its gap is narrow, or when the line has several such spaces (glyph runs pushed apart).
 */
import { repairThaiText } from '../thai/index.js';
import { lineText, type LineToken, type TextLine } from './line-assembly.js';
import { wordBoundaries } from '../thai/index.js';

/** Letter-spaced: at least this many syllable-cutting spaces, and this share of Thai spaces… */
const MIN_SYLLABLE_CUTS = 2;
const MIN_SYLLABLE_CUT_SHARE = 0.25;
/** …or at least this many Thai tokens of a single consonant, and this share of Thai tokens. */
const MIN_SINGLE_CONSONANT_TOKENS = 4;
const MIN_SINGLE_CONSONANT_SHARE = 0.5;
/** Real spaces are wider than letter gaps by at least this (a space glyph, or most of one). */
const MIN_SPACE_JUMP_EM = 0.15;
/** pdfjs writes gaps under this inside an item's string, where they can no longer be measured. */
const PDFJS_IN_STRING_GAP_MAX_EM = 0.6;
/**
 * A measured space narrower than this is suspect in any line: real spaces of the corpus fonts
 * measure ≥ 0.30 em, while a glyph pushed apart by justification leaves 0.1–0.2 em. (TH Sarabun's
 * own space is ~0.22 em: such spaces are kept too, as they fall where words end.)
 */
const NARROW_SPACE_EM = 0.25;
/** A line with this many spaces inside dictionary words, and this share of its Thai spaces, has words cut apart… */
const MIN_CUT_WORDS = 2;
const MIN_CUT_WORD_SHARE = 0.3;
/** …and a piece of at most this many consonants next to one of its spaces. */
const SHORT_PIECE_CONSONANTS = 2;

export interface LineRepair {
  text: string;
  /** Spaces removed because they cut words apart (letter-spaced or justified glyphs). */
  rejoined: number;
}

const SPACE = / /g;
const countSpaces = (text: string): number => text.match(SPACE)?.length ?? 0;

export function repairLine(line: TextLine): LineRepair {
  const raw = lineText(line);
  const repaired = repairThaiText(raw);
  const thaiSpaces = repaired.match(SPACE_BETWEEN_THAI)?.length ?? 0;
  const letterSpaced = isLetterSpaced(line.tokens, countSpaces(raw) - countSpaces(repaired), thaiSpaces);
  const mayHaveCutWords = thaiSpaces >= MIN_CUT_WORDS && line.tokens.some(isShortThaiToken);
  if (!letterSpaced && !mayHaveCutWords && !line.tokens.some(isNarrowSpace)) return { text: repaired, rejoined: 0 };
  const { tokens, mergedInStringSpaces } = mergeSyllableCuts(line.tokens);
  const insideWords = spacesInsideWords(tokens);
  const keep = letterSpaced
    ? keepRealSpaces(tokens, insideWords, mergedInStringSpaces)
    : keepSpacesAtWordEnds(insideWords, thaiSpaces);
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
const countConsonants = (text: string): number => text.match(THAI_CONSONANT)?.length ?? 0;
/**
 * A word cut apart leaves a piece of one or two consonants ("ด้ วย", "สั ตว์") on one side of
 * some cut; phrases between real spaces are longer. Only lines with such a piece are put to the
 * dictionary, which keeps its cost off ordinary lines.
 */
const isShortThaiToken = (token: LineToken): boolean => {
  const consonants = countConsonants(token.text);
  return consonants > 0 && consonants <= SHORT_PIECE_CONSONANTS;
};
const SPACE_BETWEEN_THAI = /(?<=[\u0e01-\u0e4e]) (?=[\u0e01-\u0e4e])/g;

/**
 * Cheap on ordinary lines: the syllable cuts are the spaces the Thai repair removed, and the
 * consonant count of a token does not depend on the repair (presentation forms are marks).
 */
function isLetterSpaced(tokens: readonly LineToken[], syllableCuts: number, thaiSpacesLeft: number): boolean {
  const cutShare = syllableCuts / (syllableCuts + thaiSpacesLeft);
  if (syllableCuts >= MIN_SYLLABLE_CUTS && cutShare >= MIN_SYLLABLE_CUT_SHARE) return true;
  if (tokens.length < MIN_SINGLE_CONSONANT_TOKENS) return false;
  let thaiTokens = 0;
  let singleConsonantTokens = 0;
  for (const token of tokens) {
    const consonants = countConsonants(token.text);
    if (consonants > 0) thaiTokens++;
    if (consonants === 1) singleConsonantTokens++;
  }
  return singleConsonantTokens >= MIN_SINGLE_CONSONANT_TOKENS && singleConsonantTokens >= MIN_SINGLE_CONSONANT_SHARE * thaiTokens;
}

/** How a letter-spaced line's measured gaps split into letter gaps and real spaces. */
type GapSplit =
  /** Gaps from this width up are real spaces. */
  | { kind: 'threshold'; realSpaceMin: number }
  /** All measured gaps are letter gaps. */
  | { kind: 'all-letter-gaps' }
  /** Gaps of one width, as wide as spaces: geometry cannot tell, the dictionary must. */
  | { kind: 'undecided' };

/**
 * Measured gaps of a letter-spaced line fall in two groups, letter gaps and real spaces; the
 * widest jump between sorted gaps separates them. Spaces inside pdfjs items (gaps under 0.6 em)
 * are all letter gaps when the line's real spaces were measured wider than that, or when most
 * of them fall inside dictionary words; otherwise the dictionary decides each of them.
 */
function keepRealSpaces(tokens: readonly LineToken[], insideWords: ReadonlySet<number>, mergedInStringSpaces: number): KeepSpace {
  const gaps = tokens.flatMap((t) => (t.spaceBefore?.source === 'gap' ? [t.spaceBefore.em] : []));
  const split = splitGaps(gaps);
  const realSpaces = split.kind === 'threshold' ? gaps.filter((gap) => gap >= split.realSpaceMin) : [];
  const inString = tokens.flatMap((t, index) => (t.spaceBefore?.source === 'string' ? [index] : []));
  const atWordEnds = inString.filter((index) => !insideWords.has(index)).length;
  const inStringSpacesAreLetterGaps =
    (realSpaces.length > 0 && Math.min(...realSpaces) >= PDFJS_IN_STRING_GAP_MAX_EM) ||
    atWordEnds < (inString.length + mergedInStringSpaces) / 2;
  return (token, index) => {
    const space = token.spaceBefore;
    if (space?.source === 'gap') {
      if (split.kind === 'threshold') return space.em >= split.realSpaceMin;
      return split.kind === 'undecided' && !insideWords.has(index);
    }
    return !inStringSpacesAreLetterGaps && !insideWords.has(index);
  };
}

function splitGaps(gaps: readonly number[]): GapSplit {
  const sorted = [...gaps].sort((a, b) => a - b);
  let widestJump = 0;
  let realSpaceMin = Number.POSITIVE_INFINITY;
  for (let i = 1; i < sorted.length; i++) {
    const jump = (sorted[i] ?? 0) - (sorted[i - 1] ?? 0);
    if (jump > widestJump) [widestJump, realSpaceMin] = [jump, sorted[i] ?? 0];
  }
  if (widestJump >= MIN_SPACE_JUMP_EM) return { kind: 'threshold', realSpaceMin };
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return median < NARROW_SPACE_EM ? { kind: 'all-letter-gaps' } : { kind: 'undecided' };
}

const isNarrowSpace = (token: LineToken): boolean =>
  token.spaceBefore?.source === 'gap' && token.spaceBefore.em < NARROW_SPACE_EM;

/**
 * In a line that is not letter-spaced, a space inside a dictionary word goes when it is narrow,
 * or when the line has several of them: justified text with glyphs pushed apart. (On the typed
 * corpus text, 10 of 2061 real spaces between Thai words fell inside an ICU word: names and
 * abbreviations such as "ถัดไป ณ", never two in a line.)
 */
function keepSpacesAtWordEnds(insideWords: ReadonlySet<number>, thaiSpaces: number): KeepSpace {
  const cutApart = insideWords.size >= MIN_CUT_WORDS && insideWords.size >= MIN_CUT_WORD_SHARE * thaiSpaces;
  return (token, index) => !insideWords.has(index) || (!cutApart && !isNarrowSpace(token));
}

const PURE_THAI = /^[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]+$/;

/**
 * Indexes of tokens whose space before falls inside a word of ICU's Thai dictionary, in the
 * line rejoined without spaces. Only spaces between two all-Thai tokens are judged: ICU glues
 * Thai digits, ๆ and abbreviations (พ.ศ.) to their neighbours.
 */
function spacesInsideWords(tokens: readonly LineToken[]): Set<number> {
  const offsets: number[] = [];
  let joined = '';
  for (const token of tokens) {
    offsets.push(joined.length);
    joined += token.text;
  }
  const boundaries = wordBoundaries(joined);
  const inside = new Set<number>();
  tokens.forEach((token, index) => {
    const left = tokens[index - 1];
    if (!token.spaceBefore || !left || boundaries.has(offsets[index] ?? -1)) return;
    if (PURE_THAI.test(left.text) && PURE_THAI.test(token.text)) inside.add(index);
  });
  return inside;
}

/**
 * Repaired tokens, those separated by a syllable-cutting space merged first (the Thai repair
 * removes a space exactly where spelling forbids a word boundary), so that the dictionary sees
 * whole clusters such as ำ put together from ํ and า.
 */
function mergeSyllableCuts(line: readonly LineToken[]): { tokens: LineToken[]; mergedInStringSpaces: number } {
  const tokens: LineToken[] = [];
  let mergedInStringSpaces = 0;
  for (const token of line) {
    const text = repairThaiText(token.text);
    const last = tokens[tokens.length - 1];
    if (last && token.spaceBefore && !repairThaiText(`${last.text.slice(-3)} ${text.slice(0, 3)}`).includes(' ')) {
      last.text = repairThaiText(last.text + text);
      if (token.spaceBefore.source === 'string') mergedInStringSpaces++;
    } else {
      tokens.push({ text, spaceBefore: token.spaceBefore });
    }
  }
  return { tokens, mergedInStringSpaces };
}
