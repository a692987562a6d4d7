/**
 * Latin text re-read in English. The Thai model turns Latin into junk — e-mail addresses
 * ("51@๒ลกท.๕๕๓16๐@๐ีกิ6๕6.ธ๐.ป่า" for saraban.center@office.go.th) and acronyms in Thai text
 * ("(9|" for "(PM", "(11/0" for "(ITA)") — so each such token is cut from the page and read again
 * by an English-only engine; its reading is taken when it is an e-mail address or a Latin word
 * read with confidence. In a line that writes its numbers in Thai digits an Arabic number read
 * surely is re-read too ("911 ๒.๕" for PM ๒.๕), as is a number mixing Thai and Arabic digits
 * ("(9๒ ๒.๕)"), each taken only as capitals. (Loading English next
 * to Thai for every line instead made Tesseract read short Thai lines as Latin.)
 */
import { thaiDictionary } from '../thai/index.js';
import type { OcrEngine } from './engine.js';
import type { Box } from './geometry.js';
import type { OcrLine, OcrSymbol } from './recognize-lines.js';
import { lineImageOf } from './recognize-lines.js';
import type { RecognitionView } from './recognize-lines.js';

export interface LatinChange {
  before: string;
  after: string;
}

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
/** A Latin word, acronym or code, possibly bracketed or followed by a stop or comma. */
const LATIN_WORD = /^[([]?[A-Za-z][A-Za-z0-9.&/+-]*[)\]]?[.,:;]?$/;
/** Signs and letters the Thai model leaves where it met Latin text. */
const LATIN_TRACE = /[A-Za-z|!#*[\]{}“”"'<>«»=]/;
/** A token of Thai letters only is re-read when Tesseract trusted it this little. */
const DOUBTFUL_CONFIDENCE = 55;
/** The English reading must be this sure to replace a word. */
const SURE_LATIN_CONFIDENCE = 70;
/**
 * ...or this sure where the token stands where only an acronym can (before a decimal number,
 * digits of two scripts, a short non-word after an open bracket) and English reads capitals:
 * the place is half the evidence. English reads Fahkwang's "(PM" at 67.
 */
const SURE_ACRONYM_CONFIDENCE = 60;
const THAI_LETTER = /[\u0E01-\u0E2E]/;
/** A Thai letter, vowel sign or mark (not a digit). */
const THAI_SIGN = /[\u0E01-\u0E4E]/;
const NUMBER = /^[([]?[๐-๙0-9.,/:-]+[)\]]?$/;
const ARABIC_NUMBER = /^[0-9]+$/;

interface Token {
  text: string;
  from: number;
  to: number;
  box: Box;
  confidence: number;
}

function tokensOf(line: OcrLine): Token[] {
  const symbols = line.words.flatMap((w) => w.symbols);
  let cursor = 0;
  const placed: Array<{ symbol: OcrSymbol; from: number; to: number }> = [];
  for (const symbol of symbols) {
    const at = line.text.indexOf(symbol.text, cursor);
    if (at < 0 || symbol.text === '') continue;
    cursor = at + symbol.text.length;
    placed.push({ symbol, from: at, to: cursor });
  }
  return [...line.text.matchAll(/\S+/g)].flatMap((match) => {
    const from = match.index ?? 0;
    const to = from + match[0].length;
    const inside = placed.filter((p) => p.from >= from && p.to <= to).map((p) => p.symbol);
    if (inside.length === 0) return [];
    const box = {
      left: Math.min(...inside.map((s) => s.box.left)),
      right: Math.max(...inside.map((s) => s.box.right)),
      top: line.box.top,
      bottom: line.box.bottom,
    };
    const confidence = Math.min(...inside.map((s) => s.confidence));
    return [{ text: match[0], from, to, box, confidence }];
  });
}

const THAI_DIGIT = /[๐-๙]/;
/** A bracket opened and not closed, or closed and not opened, on the token. */
const unbalanced = (text: string): boolean => text.includes('(') !== text.includes(')');

/** A decimal number, whatever the Thai model glued after it ("2.5)..ซม"). */
const DECIMAL_NUMBER = /^[0-9๐-๙]+[.,][0-9๐-๙]+(?![0-9๐-๙])/u;
/** An acronym's letters, brackets aside: PM, ITA, COVID. */
const MAX_ACRONYM_SIGNS = 3;
/**
 * A short token right before a decimal number is often the acronym a measure is named by (PM
 * 2.5) that the Thai model read as a number or as letters ("21 2.5", "(คต 2.5)"): two numbers
 * side by side, the first with no word to join it to the second, are rare in Thai text. Taken
 * only if English reads capitals, so a clause number before its sub-clause ("ข้อ 2 2.5") stays.
 */
function standsBeforeDecimal(text: string, next: string): boolean {
  const core = text.replace(/^[([]|[)\]]$/gu, '');
  return DECIMAL_NUMBER.test(next) && core.length > 0 && core.length <= MAX_ACRONYM_SIGNS && !isThaiWord(core);
}

/**
 * A few Thai signs behind a bracket that is not closed ("(ทด", "(โโง" for (ITA): an acronym
 * whose closing bracket the Thai model put elsewhere or lost; a bracketed Thai word ("(กรม") is
 * Thai however sure the model was.
 */
const OPEN_BRACKETED_SIGNS = new RegExp(`^[([]([\u0E01-\u0E4E]{1,${MAX_ACRONYM_SIGNS}})$`, 'u');
function isBracketedShortNonWord(text: string): boolean {
  const core = OPEN_BRACKETED_SIGNS.exec(text)?.[1];
  return core !== undefined && !isThaiWord(core);
}

/**
 * Why a token may be Latin text the Thai model mangled, or null. `thaiDigits`: the line writes
 * its numbers in Thai digits, so an Arabic number read surely in it may still be an acronym
 * ("911 ๒.๕" for PM ๒.๕) — taken only if English reads capitals.
 */
function suspicion(token: Token, thaiDigits: boolean, next: Token | undefined): 'latin' | 'acronym' | null {
  if (token.text.includes('@')) return 'latin';
  if ((next !== undefined && standsBeforeDecimal(token.text, next.text)) || isBracketedShortNonWord(token.text)) return 'acronym';
  // An acronym the Thai model read as Arabic digits ("(11/0" for "(ITA)") is a doubtful number or
  // a half-bracketed one; the English reading is taken only if it is a word (acceptReading).
  if (NUMBER.test(token.text)) {
    // Thai and Arabic digits in one number: no one types that, but an acronym read as digits ("(9๒" for (PM).
    if (THAI_DIGIT.test(token.text)) return /[0-9]/.test(token.text) ? 'acronym' : null;
    if (token.confidence < DOUBTFUL_CONFIDENCE || unbalanced(token.text)) return 'latin';
    return thaiDigits ? 'acronym' : null;
  }
  if (isThaiWord(token.text)) return null;
  if (LATIN_TRACE.test(token.text)) return 'latin';
  // Thai letters or vowel signs run together with Latin digits: Latin text read as Thai
  // ("รร6รรทาลท1", "(1โโ)" for (ITA)).
  if (THAI_SIGN.test(token.text) && /[0-9]/.test(token.text)) return 'latin';
  return token.confidence < DOUBTFUL_CONFIDENCE && token.text.length <= 6 ? 'latin' : null;
}

/** Shorter Thai words (ไป, ปี) are what acronyms come out as ("ไป|" for PM). */
const MIN_THAI_WORD = 3;
/**
 * Specks and quotes beside a word. Not a digit, a Latin letter, a bracket or a bar: with one of
 * those a Thai word is as likely an acronym's remains ("(1โล้)", "|โหง" for (ITA), ITA)).
 */
const SPECKS_AT_ENDS = /^[.,:;'"`‘’“”]+|[.,:;'"`‘’“”]+$/gu;
/**
 * A Thai word, with a speck or a quote beside it or not ("ด่วน'"): Thai text, however unsure
 * Tesseract was; English reads such a token as a word too ("dou").
 */
function isThaiWord(text: string): boolean {
  const core = text.replace(SPECKS_AT_ENDS, '');
  return core.length >= MIN_THAI_WORD && !/[^\u0E01-\u0E4E]/u.test(core) && thaiDictionary().isCurated(core);
}

/** An acronym as English reads it: capitals, bracketed or not, not all of them digits' look-alikes ("OO" for 0๐). */
const ACRONYM = /^[([]?(?![OISZB]+[)\]]?[.,]?$)[A-Z]{2,}[)\]]?[.,]?$/;

/** What to put in place of the token, or null to keep it; `sure` is the confidence a word needs. */
function acceptReading(token: Token, reading: string, confidence: number, sure = SURE_LATIN_CONFIDENCE): string | null {
  if (token.text.includes('@')) return EMAIL.test(reading) ? reading : null;
  // Arabic digits the Thai model mixed with signs (a date stamp's "]0" for 10) read as digits;
  // never a Thai letter taken for a digit (the ว of "/ว3645").
  if (ARABIC_NUMBER.test(reading) && /[0-9]/.test(token.text) && !THAI_LETTER.test(token.text) && Math.abs(reading.length - token.text.length) <= 1) {
    return confidence >= SURE_LATIN_CONFIDENCE && reading !== token.text ? reading : null;
  }
  if (!LATIN_WORD.test(reading) || confidence < sure) return null;
  // Brackets the English engine dropped are put back.
  const open = token.text.startsWith('(') && !reading.startsWith('(') ? '(' : '';
  const close = token.text.endsWith(')') && !reading.endsWith(')') ? ')' : '';
  const replacement = open + reading + close;
  return replacement !== token.text && !THAI_LETTER.test(replacement) ? replacement : null;
}

/** Lines with their Latin tokens re-read in English; each change as before/after. */
export async function rereadLatin(
  lines: OcrLine[],
  view: RecognitionView,
  /** The English engine, started on first need. */
  latinEngine: () => Promise<OcrEngine>,
): Promise<{ lines: OcrLine[]; changes: LatinChange[] }> {
  const changes: LatinChange[] = [];
  const result: OcrLine[] = [];
  for (const line of lines) {
    let text = line.text;
    const thaiDigits = THAI_DIGIT.test(line.text);
    const tokens = tokensOf(line);
    for (let index = tokens.length - 1; index >= 0; index--) {
      const token = tokens[index]!;
      const suspect = suspicion(token, thaiDigits, tokens[index + 1]);
      if (suspect === null) continue;
      const lineHeight = line.box.bottom - line.box.top + 1;
      const { pgm } = lineImageOf(view, { ...token.box, lineHeight });
      const read = await (await latinEngine()).recognize(pgm, 'line');
      const reading = read.map((l) => l.text.trim()).join(' ');
      const confidence = read.length > 0 ? Math.min(...read.map((l) => l.confidence)) : 0;
      const cleaned = token.text.includes('@') ? reading.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '') : reading;
      const acronym = suspect === 'acronym' && ACRONYM.test(cleaned);
      const replacement = suspect === 'acronym' && !acronym ? null : acceptReading(token, cleaned, confidence, acronym ? SURE_ACRONYM_CONFIDENCE : SURE_LATIN_CONFIDENCE);
      if (replacement === null) continue;
      text = text.slice(0, token.from) + replacement + text.slice(token.to);
      changes.push({ before: token.text, after: replacement });
    }
    result.push(text === line.text ? line : { ...line, text });
  }
  return { lines: result, changes };
}
