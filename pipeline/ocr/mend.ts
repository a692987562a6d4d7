/**
 * Text-level mending of OCR lines: a bracket the Thai model made of ไ read as ไ, Thai repaired
 * (ํา→ำ, mark order, ...) by repairThaiText, one of two leading vowels read in a row kept, an
 * abbreviation read one letter from a listed one its page reads as printed put right (คชช. is
 * กชช.; pipeline/thai/abbreviations.ts), then near-misses of frequent official words put right.
 * A near-miss has the word's letters in order with some marks (tone marks, upper and lower vowels) dropped or confused — what OCR does to
 * Thai — and is neither a listed word nor a word of its own for ICU's Thai dictionary (ปลด
 * stays ปลด though ปลัด is listed). A listed word of five letters or more read with one letter as
 * its look-alike (ลงจันที่, นายถำเภอ), or of six or more (five for a leading vowel) with a speck
 * read as a letter or a leading vowel inside (เทศบมนตรี, จำแนวน), is mended too — also with its
 * sara am read as a tone mark and sara aa (นายถ้าเภอ) — where the listed word reads clearly likelier
 * than the letters as read (คิดตาม stays). Then words whose marks OCR lost, or one of whose letters it
 * read as a look-alike, are mended with the Thai dictionary (pipeline/thai/word-mending.ts), and
 * spaces OCR put inside a word closed (pipeline/thai/split-words.ts), and words whose lost mark
 * or look-alike letter left another word mended where the mended word completes a listed
 * compound ("ในทีโล่ง", "ภาค|รัช"; pipeline/thai/compound-mending.ts).
 * Every change is reported, before and after.
 */
import {
  areLookAlikes, COMBINING_MARKS, COMMON_WORD_COST, CONSONANTS, joinSplitWords, LEADING_VOWELS, mendAbbreviations, mendMisreadCompounds, mendWords, OFFICIAL_WORDS, readingCost, repairThaiText, SARA_AA, SARA_AM, THAI_RUN, THAI_RUN_CHARACTER,
  thaiDictionary, toArabicDigits, toThaiDigits, wordBoundaries,
} from '../thai/index.js';
import { matchMonth } from '../dates/index.js';
import { MENDING_WORDS } from './mending-words.js';

export interface Mend {
  before: string;
  after: string;
  /**
   * what knew better: the official word list (near-misses, stray marks), the Thai dictionary
   * (lost marks), Thai spelling (a letter's tail read as a mark) or the number's other digits (its script)
   */
  by: 'official-words' | 'dictionary' | 'spelling' | 'number-script';
}

const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
/** A word of fewer letters than this is mended only as a whole token (ที → ที่). */
const MIN_LETTERS_ANYWHERE = 3;
/** More marks wrong than this is another word, not a near-miss. */
const MAX_MARK_EDITS = 2;

interface Entry {
  word: string;
  skeleton: string;
  /** Looked for as spelled with a tone mark and sara aa in place of sara am (see ENTRIES). */
  saraAmAsToneAndAa?: boolean;
}

const skeletonOf = (text: string) => [...text].filter((c) => !MARK.test(c)).join('');

const VOCABULARY = new Set([...OFFICIAL_WORDS, ...MENDING_WORDS]);

/**
 * Words whose marks OCR may drop, confuse or add to (จำนวน read as จำนว่น), longest first so a
 * compound wins over its parts. A word with
 * sara am is also looked for as spelled with a tone mark and sara aa: OCR reads the nikhahit of
 * ำ as a tone mark (จำนวน read as จ้านวน). Sara aa alone is not enough (ธิดารัตน์ is no ดำริ).
 */
const ENTRIES: Entry[] = [...VOCABULARY]
  .flatMap((word) => {
    const skeleton = skeletonOf(word);
    const entries: Entry[] = [{ word, skeleton }];
    if (word.includes(SARA_AM)) entries.push({ word, skeleton: skeleton.replaceAll(SARA_AM, SARA_AA), saraAmAsToneAndAa: true });
    return entries;
  })
  .sort((a, b) => b.skeleton.length - a.skeleton.length);

const TONE_AND_SARA_AA = /[\u0E48-\u0E4B]\u0E32/;

/**
 * Listed words with sara am as OCR also reads it: mai han-akat over its sara aa's tail read as ง
 * or จ (จำนวน read as จังนวน, จัจนวน). Looked for last, where no other mend took the letters: ัง is
 * common Thai, and a look-alike letter before it is the likelier slip (คังกล่าว is ดังกล่าว, no
 * คำกล่าว).
 */
const SARA_AM_AS_HAN_AKAT: Entry[] = [...VOCABULARY]
  .filter((word) => word.includes(SARA_AM))
  .flatMap((word) => ['ง', 'จ'].map((tail) => ({ word, skeleton: skeletonOf(word).replaceAll(SARA_AM, tail) })));
const HAN_AKAT_AND_TAIL = /\u0E31[งจ]/u;

function markEdits(a: string, b: string): number {
  const marksA = [...a].filter((c) => MARK.test(c));
  const marksB = [...b].filter((c) => MARK.test(c));
  const remaining = [...marksB];
  let common = 0;
  for (const mark of marksA) {
    const at = remaining.indexOf(mark);
    if (at >= 0) {
      remaining.splice(at, 1);
      common++;
    }
  }
  return Math.max(marksA.length, marksB.length) - common;
}

/**
 * A listed word read with one letter as its look-alike (ลงจันที่, ผู้จ่าราชการจังหวัด, นายถำเภอ) is
 * mended when it has this many letters (marks aside)...
 */
const MIN_LETTERS_LOOK_ALIKE = 5;
/** ...no more than this many marks wrong besides... */
const MAX_MARK_EDITS_WITH_LETTER = 1;
/**
 * ...and the listed word reads this much likelier (nats, the Thai dictionary's word costs)
 * than what was read: a phrase of official letters is worth a letter misread, but "คิดตาม"
 * (think along, 3.1 nats dearer than ติดตาม) is words of their own.
 */
const LOOK_ALIKE_GAIN = 5;
/**
 * A listed word this long (letters) read with one letter as its look-alike is mended whatever
 * the word costs say: "ประสานกรรมการ" is two common words, but no phrase of letters one letter
 * from ประธานกรรมการ is anything else.
 */
const MIN_LETTERS_SURE_LOOK_ALIKE = 11;

/**
 * The letters [at, at + length) lie inside a longer listed word read with one other letter
 * wrong (วนที่ inside "ล่วนที่สุด", ด่วนที่สุด with ด read as ล): putting marks into the short
 * word would only make the longer one harder to know.
 */
function insideNearMiss(skeleton: string, at: number, length: number): boolean {
  return ENTRIES.some(({ skeleton: longer }) => {
    if (longer.length < Math.max(MIN_LETTERS_LOOK_ALIKE, length + 2)) return false;
    for (let start = Math.max(0, at + length - longer.length); start <= at; start++) {
      let wrong = 0;
      for (let k = 0; k < longer.length && wrong < 2; k++) {
        const read = skeleton[start + k];
        if (read !== longer[k]) wrong += read !== undefined && THAI_RUN_CHARACTER.test(read) ? 1 : 2;
      }
      if (wrong === 1) return true;
    }
    return false;
  });
}

/**
 * A speck read as a consonant inside a listed word (เทศบมนตรี) only in words of this many letters
 * or more (a consonant too many in ทำการ is read in "ทำงการ", of แนวทางการ); one read as a
 * leading vowel (จำแนวน), which no consonant cluster takes inside, in words one letter shorter.
 */
const MIN_LETTERS_EXTRA = 6;
const CONSONANT_LETTER = /^[\u0E01-\u0E2E]$/u;
const LEADING_VOWEL_LETTER = new RegExp(`^[${LEADING_VOWELS}]$`, 'u');
const isSpeckInside = (letter: string, target: string): boolean =>
  LEADING_VOWEL_LETTER.test(letter) ? target.length >= MIN_LETTERS_EXTRA - 1 : CONSONANT_LETTER.test(letter) && target.length >= MIN_LETTERS_EXTRA;

/** A listed word this long (letters) may be read with two letters as their look-alikes ("ทุกถำเกอ" for ทุกอำเภอ). */
const MIN_LETTERS_TWO_LOOK_ALIKES = 7;

/**
 * How many skeleton letters from `at` spell `target` misread, and how many letters were
 * misread: as many, with one letter read as its look-alike (two in a word of
 * MIN_LETTERS_TWO_LOOK_ALIKES or more); or one more, a consonant or leading vowel a speck made
 * standing inside it. Null when neither.
 */
function misreadLength(skeleton: string, at: number, target: string): { length: number; misread: number } | null {
  const allowed = target.length >= MIN_LETTERS_TWO_LOOK_ALIKES ? 2 : 1;
  let misread = 0;
  for (let k = 0; k < target.length && misread <= allowed; k++) {
    const read = skeleton[at + k];
    if (read === target[k]) continue;
    misread = read !== undefined && areLookAlikes(read, target[k] as string) ? misread + 1 : Infinity;
  }
  if (misread === 0) return null;
  if (misread <= allowed) return { length: target.length, misread };
  let k = 0;
  while (k < target.length && skeleton[at + k] === target[k]) k++;
  const inside = k > 0 && k < target.length - 1 && isSpeckInside(skeleton[at + k] as string, target);
  return inside && skeleton.startsWith(target.slice(k), at + k + 1) ? { length: target.length + 1, misread: 1 } : null;
}

/**
 * How much likelier (nats) the run of Thai letters around chars[from, to) reads with `word` in
 * that place: the whole run, so that a listed word found inside a longer one (ลำธาร in
 * "สำธารณภัย") is weighed with the letters around it.
 */
function lookAlikeGain(chars: string[], from: number, to: number, word: string): number {
  let start = from;
  let end = to;
  while (start > 0 && THAI_RUN_CHARACTER.test(chars[start - 1] as string)) start--;
  while (end < chars.length && THAI_RUN_CHARACTER.test(chars[end] as string)) end++;
  const before = chars.slice(start, from).join('');
  const after = chars.slice(to, end).join('');
  return readingCost(before + chars.slice(from, to).join('') + after) - readingCost(before + word + after);
}

/** A Thai letter or a dot next to the match: a dot makes a lone letter part of an abbreviation (ป.ป.ท.). */
const isTokenEdge = (char: string | undefined) => char === undefined || !/[\u0E01-\u0E4E.]/.test(char);

/**
 * chars[from, to) starts or ends inside a longer word the dictionary knows ("ดังนั้" inside
 * ดังนั้น, "วนที่" across ส่วน|ที่, "ศนีย" inside ประกาศนียบัตร): the listed word is not there.
 */
function insideKnownWord(line: string, boundaries: Set<number>, from: number, to: number): boolean {
  const sorted = [...boundaries].sort((a, b) => a - b);
  const wordAround = (at: number): string => {
    const start = sorted.filter((b) => b < at).at(-1) ?? 0;
    return line.slice(start, sorted.find((b) => b > at) ?? line.length);
  };
  // Only a word letters use often enough (COMMON_WORD_COST) counts: ICU's cut of misread letters
  // glues their last one to the next word's first into rare "words" (การดำเน็น|งาน|ของ cut as
  // ...|นงา|นข|อง: นข is listed, at about 1 in 7 million).
  const known = (word: string) => thaiDictionary().cost(word) <= COMMON_WORD_COST;
  return (!boundaries.has(from) && known(wordAround(from))) || (!boundaries.has(to) && known(wordAround(to)));
}

/**
 * ICU reads chars[from, to) as one word (Thai is BMP: code point indexes are string offsets), and
 * the Thai dictionary knows it: ICU leaves a run it cannot cut whole ("ห่นังสือ"), word or not.
 */
function isDictionaryWord(boundaries: Set<number>, chars: string[], from: number, to: number): boolean {
  if (!boundaries.has(from) || !boundaries.has(to)) return false;
  for (let i = from + 1; i < to; i++) if (boundaries.has(i) && !MARK.test(chars[i] as string)) return false;
  return thaiDictionary().has(chars.slice(from, to).join(''));
}

/**
 * A Thai mark sits on a consonant (or on the marks above one): marks after a dot, a digit or a
 * Latin letter are specks read as marks (ก.ุพ.), kept with the character before them for the report.
 */
const STRAY_MARKS = new RegExp(`(^|[^${CONSONANTS}${COMBINING_MARKS}])([${COMBINING_MARKS}]+)`, 'g');

function dropStrayMarks(line: string, mends: Mend[]): string {
  return line.replace(STRAY_MARKS, (match, before: string) => {
    mends.push({ before: match, after: before, by: 'official-words' });
    return before;
  });
}

/**
 * The tail of ฐ read again as a lower vowel ("ณัฐูธิดา"), or ฐ read as ช with its tail as one
 * ("ณัชูธิดา", "จปชู."): ฐ sheds its tail to carry a lower vowel and no word but a Pali rarity
 * gives it one; after ั (which closes on its consonant) ช carries no vowel, nor does it at the
 * end of an abbreviation of bare consonants (จปฐ., สพฐ.).
 */
const TAIL_READ_AS_MARK = /(?<=\u0E31)\u0E0A[\u0E38\u0E39]|(?<=(?:^|[^\u0E01-\u0E4E])[\u0E01-\u0E2E]{1,3})\u0E0A[\u0E38\u0E39](?=\.)|\u0E10[\u0E38\u0E39]/gu;
const THO_THAN = '\u0E10';

function mendTailReadAsMark(line: string, mends: Mend[]): string {
  return line.replace(TAIL_READ_AS_MARK, (found: string) => {
    mends.push({ before: found, after: THO_THAN, by: 'spelling' });
    return THO_THAN;
  });
}

/**
 * A nikhahit ending a word: no Thai word ends so (it is written only in sara am, and in Pali
 * spellings inside a word), while thanthakhat, the mark OCR mistakes it for, ends many names
 * (กาญจนวงศ์, ศักดิ์). Beside a thanthakhat already read it is a speck ("กาญจนวงศ์ํ").
 */
const NIKHAHIT_ENDING_WORD = /(?<=[\u0E01-\u0E2E][\u0E34-\u0E37]?)(\u0E4C?)\u0E4D(?![\u0E01-\u0E4E])/gu;
const THANTHAKHAT = '\u0E4C';

function mendNikhahitEndingWord(line: string, mends: Mend[]): string {
  return line.replace(NIKHAHIT_ENDING_WORD, (found: string) => {
    mends.push({ before: found, after: THANTHAKHAT, by: 'spelling' });
    return THANTHAKHAT;
  });
}

/**
 * A two-letter month abbreviation between a day and a year whose dots OCR read as a lower vowel,
 * sara a, a colon or a comma ("๒๔ กุย. ๒๕๖๘", "1มะค. 2567", "ก.ย: 2568", "ก.ย, 2566"): no word is
 * spelled so there. The space between day and month, which OCR lost with the dot ("1มะค."), is
 * put back.
 */
const GARBLED_MONTH = /([0-9\u0E50-\u0E59])\s?([\u0E01-\u0E2E])([.:,\u0E38\u0E39\u0E30])(\s?)([\u0E01-\u0E2E])([.:,\u0E38\u0E39\u0E30]?)(?=\s?[0-9\u0E50-\u0E59]{2})/gu;
const DOT_MISREADS = /[:,\u0E38\u0E39\u0E30]/u;

function mendMonthDots(line: string, mends: Mend[]): string {
  return line.replace(GARBLED_MONTH, (found: string, day: string, first: string, dot: string, space: string, second: string, last: string) => {
    const month = `${first}.${space}${second}.`;
    if (!DOT_MISREADS.test(dot + last) || matchMonth(month) === null) return found;
    mends.push({ before: found.slice(day.length).trim(), after: month, by: 'official-words' });
    return `${day} ${month}`;
  });
}

/**
 * A number OCR read partly in Thai and partly in Arabic digits ("0๐๒๕.๒", "๒๕๐6"): nobody types
 * one so, and the digit classifier keeps a glyph's digit but not always its script. Its digits
 * take the script of most of them: at least two, twice as many as the others; with fewer the
 * script is not known ("๘4") and the number is left as read.
 */
const NUMBER = /[0-9\u0E50-\u0E59](?:[0-9\u0E50-\u0E59]|[.,/:](?=[0-9\u0E50-\u0E59]))*/gu;
const countOf = (text: string, digits: RegExp) => (text.match(digits) ?? []).length;

function numbersInOneScript(line: string, mends: Mend[]): string {
  return line.replace(NUMBER, (found: string) => {
    const thai = countOf(found, /[\u0E50-\u0E59]/gu);
    const arabic = countOf(found, /[0-9]/g);
    const most = Math.max(thai, arabic);
    const fewest = Math.min(thai, arabic);
    if (fewest === 0 || most < 2 || most < 2 * fewest) return found;
    const after = thai > arabic ? toThaiDigits(found) : toArabicDigits(found);
    mends.push({ before: found, after, by: 'number-script' });
    return after;
  });
}

/**
 * The listed words of a line put right: near-misses by marks, and words of five letters or more
 * read with one letter as its look-alike or with a speck read as a letter inside.
 */
function mendOfficialWords(line: string, mends: Mend[]): string {
  const chars = [...line];
  // Index of each non-mark character in `chars`, and the skeleton they spell.
  const letters: number[] = [];
  chars.forEach((c, i) => {
    if (!MARK.test(c)) letters.push(i);
  });
  const skeleton = letters.map((i) => chars[i]).join('');
  const boundaries = wordBoundaries(line);
  boundaries.add(line.length);
  const taken = new Uint8Array(chars.length);
  const right: Array<{ from: number; to: number }> = [];
  const replacements: Array<{ from: number; to: number; word: string }> = [];
  // The characters the skeleton's letters [at, at + length) stand for, marks on the last one included.
  const spanOf = (at: number, length: number) => {
    const from = letters[at] as number;
    let to = (letters[at + length - 1] as number) + 1;
    while (to < chars.length && MARK.test(chars[to] as string)) to++;
    return { from, to, found: chars.slice(from, to).join('') };
  };
  // Whether a claimed span shares a character with [from, to).
  const overlapping = (from: number, to: number) => (r: { from: number; to: number }) => r.from < to && r.to > from;
  for (const { word, skeleton: target, saraAmAsToneAndAa } of ENTRIES) {
    for (let at = skeleton.indexOf(target); at >= 0; at = skeleton.indexOf(target, at + 1)) {
      const { from, to, found } = spanOf(at, target.length);
      if (taken.subarray(from, to).some((t) => t === 1)) continue;
      if (found === word || VOCABULARY.has(found)) {
        // A listed word already right is claimed too, so no shorter entry mends inside it.
        taken.fill(1, from, to);
        right.push({ from, to });
        continue;
      }
      if (markEdits(found, word) > MAX_MARK_EDITS || (saraAmAsToneAndAa && !TONE_AND_SARA_AA.test(found))) continue;
      if (insideNearMiss(skeleton, at, target.length)) continue;
      if (target.length < MIN_LETTERS_ANYWHERE) {
        if (!(isTokenEdge(chars[from - 1]) && isTokenEdge(chars[to]))) continue;
      } else if (isDictionaryWord(boundaries, chars, from, to) || insideKnownWord(line, boundaries, from, to)) {
        continue;
      }
      taken.fill(1, from, to);
      replacements.push({ from, to, word });
    }
  }
  for (const { word, skeleton: target, saraAmAsToneAndAa } of ENTRIES) {
    if (target.length < MIN_LETTERS_LOOK_ALIKE) continue;
    for (let at = 0; at + target.length <= skeleton.length; at++) {
      const read = misreadLength(skeleton, at, target);
      if (read === null) continue;
      const { from, to, found } = spanOf(at, read.length);
      if (saraAmAsToneAndAa && !TONE_AND_SARA_AA.test(found)) continue;
      // A listed word read right inside the phrase (ที่ in ลงจันที่) does not keep it from being mended; one across its edge does.
      const overlaps = overlapping(from, to);
      const clash = replacements.some(overlaps) || right.some((r) => overlaps(r) && (r.from < from || r.to > to));
      if (clash || markEdits(found, word) > MAX_MARK_EDITS_WITH_LETTER) continue;
      // Each letter misread asks as much again of the listed word.
      if (isDictionaryWord(boundaries, chars, from, to)) continue;
      const sure = read.misread === 1 && read.length === target.length && target.length >= MIN_LETTERS_SURE_LOOK_ALIKE;
      if (!sure && lookAlikeGain(chars, from, to, word) < LOOK_ALIKE_GAIN * read.misread) continue;
      replacements.push({ from, to, word });
    }
  }
  for (const { word, skeleton: target } of SARA_AM_AS_HAN_AKAT) {
    for (let at = skeleton.indexOf(target); at >= 0; at = skeleton.indexOf(target, at + 1)) {
      const { from, to, found } = spanOf(at, target.length);
      const overlaps = overlapping(from, to);
      if (!HAN_AKAT_AND_TAIL.test(found) || replacements.some(overlaps) || right.some(overlaps) || markEdits(found, word) > MAX_MARK_EDITS) continue;
      if (isDictionaryWord(boundaries, chars, from, to) || insideKnownWord(line, boundaries, from, to)) continue;
      replacements.push({ from, to, word });
    }
  }
  replacements.sort((a, b) => a.from - b.from);
  let text = '';
  let cursor = 0;
  for (const { from, to, word } of replacements) {
    text += chars.slice(cursor, from).join('') + word;
    mends.push({ before: chars.slice(from, to).join(''), after: word, by: 'official-words' });
    cursor = to;
  }
  return text + chars.slice(cursor).join('');
}

/**
 * การ read as กำ before จัด ("กำจัดเก็บ" for การจัดเก็บ): OCR took the า and ร for one ำ. Where
 * จัด and the letters after it begin a dictionary word (จัดเก็บ, จัดทำ) that กำจัด with them does
 * not, it was การ and that word; กำจัดขยะ (to dispose of waste) stays.
 */
const ELIMINATE = 'กำจัด';
const ELIMINATE_BEFORE_LETTERS = new RegExp(`${ELIMINATE}(?=[\u0E01-\u0E4E]{2})`, 'gu');
const OF_ARRANGING = 'การจัด';

function mendAaRoReadAsSaraAm(line: string, mends: Mend[]): string {
  const dictionary = thaiDictionary();
  return line.replace(ELIMINATE_BEFORE_LETTERS, (found: string, at: number) => {
    const rest = /^[\u0E01-\u0E4E]+/u.exec(line.slice(at + found.length))?.[0] ?? '';
    // Thai is BMP: string offsets are letters.
    let compound = false;
    for (let end = 2; end <= rest.length && !compound; end++) {
      const letters = rest.slice(0, end);
      compound = dictionary.has(`จัด${letters}`) && !dictionary.has(`${ELIMINATE}${letters}`);
    }
    if (!compound) return found;
    mends.push({ before: found, after: OF_ARRANGING, by: 'dictionary' });
    return OF_ARRANGING;
  });
}

/**
 * ไ and ใ, a tall stroke with a curl, come out of the Thai model as "[" or "(" in some typefaces
 * and on worn scans ("ต่อ[ป", "มหาด(ทย", "รุก[นหน่วย"). A bracket that opens onto a Thai
 * consonant and that no bracket of its kind closes later on the line is read as ไ — a round one
 * only glued after a Thai letter, as print sets a space before a bracket; the word mending then
 * reads ใ where the word needs it (ไน → ใน).
 */
const BRACKET_FOR_SARA_AI = /\[(?=[\u0E01-\u0E2E])(?![^\]]*\])|(?<=[\u0E01-\u0E4E])\((?=[\u0E01-\u0E2E])(?![^)]*\))/gu;
const SARA_AI_MAIMALAI = '\u0E44';

function mendBracketReadAsSaraAi(line: string, mends: Mend[]): string {
  return line.replace(BRACKET_FOR_SARA_AI, (bracket: string) => {
    mends.push({ before: bracket, after: SARA_AI_MAIMALAI, by: 'spelling' });
    return SARA_AI_MAIMALAI;
  });
}

/**
 * Two different leading vowels in a row (เ แ โ ใ ไ): no Thai syllable has them, so one is a speck
 * or a stroke OCR read as a vowel of its own ("นายกแเทศมนตรี", "ขอใไห้", "เลขใโทรศัพท์"). The one
 * kept is the one whose run of letters then reads as words clearly likelier, a dictionary word
 * opening where it stands; where neither does, both stay.
 */
const DOUBLED_LEADING_VOWEL = new RegExp(`([${LEADING_VOWELS}])(?!\\1)([${LEADING_VOWELS}])(?=[${CONSONANTS}])`, 'gu');
/** How much likelier (nats) the run must read with the vowel kept than with the other. */
const VOWEL_CHOICE_MARGIN = 3;

/** Longest word looked for at the start of a text. */
const MAX_WORD_LENGTH = 20;
const opensWord = (text: string): boolean =>
  Array.from({ length: Math.min(text.length, MAX_WORD_LENGTH) - 1 }, (_, k) => text.slice(0, k + 2)).some((prefix) => thaiDictionary().has(prefix));

function mendDoubledLeadingVowel(line: string, mends: Mend[]): string {
  return line.replace(THAI_RUN, (run) =>
    run.replace(DOUBLED_LEADING_VOWEL, (pair: string, first: string, second: string, at: number) => {
      const keeping = (vowel: string) => readingCost(run.slice(0, at) + vowel + run.slice(at + pair.length));
      const [firstCost, secondCost] = [keeping(first), keeping(second)];
      const kept = firstCost < secondCost ? first : second;
      if (Math.abs(firstCost - secondCost) < VOWEL_CHOICE_MARGIN || !opensWord(kept + run.slice(at + pair.length))) return pair;
      mends.push({ before: pair, after: kept, by: 'spelling' });
      return kept;
    }),
  );
}

function mendLineAbbreviations(line: string, readOnPage: ReadonlySet<string>, mends: Mend[]): string {
  const mended = mendAbbreviations(line, readOnPage);
  mends.push(...mended.mends.map((m) => ({ ...m, by: 'official-words' as const })));
  return mended.text;
}

/** A misread month name ("อันวาคม") is the date parser's to read, not a compound's to mend. */
const isMonthName = (run: string): boolean => matchMonth(run) !== null;

/**
 * Mends one line; returns the new text and what changed. `abbreviationsOnPage`: the listed
 * abbreviations its page reads as printed (abbreviationsRead in pipeline/thai), the only ones a misread
 * abbreviation is mended to.
 */
export function mendLine(line: string, abbreviationsOnPage: ReadonlySet<string> = new Set()): { text: string; mends: Mend[] } {
  const mends: Mend[] = [];
  const vowelsKept = mendDoubledLeadingVowel(repairThaiText(mendBracketReadAsSaraAi(line, mends)), mends);
  const marked = mendAaRoReadAsSaraAm(mendNikhahitEndingWord(mendTailReadAsMark(dropStrayMarks(vowelsKept, mends), mends), mends), mends);
  const repaired = mendMonthDots(numbersInOneScript(marked, mends), mends);
  const words = mendWords(mendOfficialWords(mendLineAbbreviations(repaired, abbreviationsOnPage, mends), mends));
  // A space OCR put inside a word goes once the word's marks are mended (joinSplitWords); a word
  // whose misreading left another word is looked for in the words as joined.
  const joined = joinSplitWords(words.text);
  const compounds = mendMisreadCompounds(joined.text, isMonthName);
  mends.push(...[...words.mends, ...joined.mends, ...compounds.mends].map((m) => ({ ...m, by: 'dictionary' as const })));
  // A word put right may complete a listed one: the dictionary's (ผู้จ่าชาชการ: ชาช → ราช, then
  // จ่า → ว่า) or a listed word's own (นายลถำเภอ: ถำเภอ → อำเภอ, then the speck ล out of นายอำเภอ).
  const text = mends.length > 0 ? mendOfficialWords(compounds.text, mends) : compounds.text;
  return { text, mends };
}
