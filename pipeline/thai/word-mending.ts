/**
 * Mending words whose marks OCR lost or misread (ขับขี → ขับขี่, จัดซือ → จัดซื้อ, มั้นคง →
 * มั่นคง) or one of whose letters it read as a look-alike (งบประบาณ → งบประมาณ, ไน → ใน), with
 * the Thai dictionary. Each run of Thai letters is cut into words the way a reader would
 * (dictionary-cut.ts). Where a piece of the run is no word but a word with the same letters (or
 * one look-alike letter changed, or one consonant a speck made left out, or one of two look-alike
 * letters side by side, a letter read twice, left out) and more marks is, the
 * mended word competes too, at a price per mark put back and per letter changed or left out. A
 * mend is made only where the mended reading is likelier than every unmended one by a clear
 * margin, only of letters no common word explains as they stand,
 * only by adding marks or reading a mark as another of its kind (never taking a printed mark away,
 * but for a tone mark or karan on letters that are nothing the dictionary knows with it: a speck), never
 * inside a person's name (person-names.ts).
 */
import { cutCost, cutRun, type Respelling, THAI_RUN } from './dictionary-cut.js';
import { COMMON_WORD_COST, skeletonOf, thaiDictionary } from './dictionary.js';
import { nameSpans } from './person-names.js';

export interface WordMend {
  before: string;
  after: string;
}

/** Price of one mark changed, in the same units as word costs (nats). */
const MARK_PRICE = 4;
/** Price of one letter read as its look-alike: OCR does that less often than it loses a mark. */
const LETTER_PRICE = 6;
/**
 * A piece of fewer letters than this is not mended by changing a letter (but see
 * MIN_MARKED_LOOK_ALIKE_LETTERS): too many words are one letter apart. Nor one longer than
 * MAX_LOOK_ALIKE_LENGTH (UTF-16 units): every letter of every piece is tried, which in a run of
 * OCR garbage is most of the mending's time.
 */
const MIN_LOOK_ALIKE_LETTERS = 4;
const MAX_LOOK_ALIKE_LENGTH = 14;
/**
 * A piece of three letters is mended by a look-alike letter only where it carries a tone mark
 * or an upper vowel, the mended word has its marks as read and no other look-alike letter makes
 * a word of it (ดล่ม, ตล่ม for ถล่ม, เชิจ for เชิง; ช้อม stays, ช้อน or ซ้อม; มิต, มิด or บิต): a mark
 * in place narrows the words one letter away to few, while with the marks free too any three
 * letters make some word (น่วย of a split หน่วยงาน would be บ๊วย). Nor where its letters without
 * the tone are a common word: the tone is then a speck over it (ง้าน is งาน, not ง้วน). Mending
 * every three-letter piece by a look-alike cost 4–10 points of subject on each of 22 fresh
 * synthetic sets (seeds 25–46); with an upper vowel as well as a tone, it mended 24 pieces of
 * seeds 54–58 and the corpus, 22 of them right; the other two were wrong as read too
 * (สิทธิเลือตั้ง to เสือ, ภาคเอิกชน to เลิก).
 */
const MIN_MARKED_LOOK_ALIKE_LETTERS = 3;
/**
 * Letters that Tesseract reads as one another in typefaces it was not trained on and on worn
 * scans (a loop lost or a tail cut: บ ม น; ข read for บ; ก for ท; ผ for น; ว for า; ช for ฐ,
 * its tail under the line cut off; in looped display faces ร for ช, อ for ถ or ล, ธ for ฮ or ส,
 * ง for จ, ด for ล; แ for เ, a stroke more or less; ำ for า, a speck over the letter before read
 * as its nikhahit or the nikhahit lost; ค for ก, loopless faces printing ค's loop as a notch): each
 * group's letters may stand for any other of the group.
 */
const LOOK_ALIKE_GROUPS = [
  'บมน', 'บป', 'บข', 'ผน', 'ขช', 'ชซ', 'ผพฝฟ', 'คดต', 'คศ', 'กทถภ', 'ทห', 'วจ', 'วา', 'รธ', 'ฎฏ', 'ลส', 'อฮ',
  'งจ', 'รช', 'อถ', 'ธฮส', 'ถดต', 'เแ', 'อล', 'ดล', 'ฐช', 'าำ', 'กค',
];
const LOOK_ALIKES = new Map<string, string[]>();
for (const group of LOOK_ALIKE_GROUPS) {
  for (const letter of group) LOOK_ALIKES.set(letter, [...new Set([...(LOOK_ALIKES.get(letter) ?? []), ...group.replace(letter, '')])]);
}

/**
 * ใ and ไ differ by a curl OCR loses or adds. Twenty words are written with ใ and they are
 * among the commonest (ใน, ให้, ใช้, ใหม่): a ไ read for ใ makes no word or a rare one ("ไน").
 * So the two stand for each other in pieces of any length, at a lower price than a letter; and
 * so do ไ and โ, whose loop OCR draws as ไ's tail and the reverse ("ไรค", "ไทรศัพท์"); and ำ
 * stands for the า a speck over the letter before made into it ("กำร", "สภำ": short words, which
 * the look-alike groups leave alone). Not า for ำ in every word: า is in most pieces the mending
 * weighs, and trying ำ in each took a twentieth more of its time (seed 81's pages) and mended no
 * more; the groups try it in longer words.
 */
const VOWEL_LOOK_ALIKES = new Map([['ใ', ['ไ']], ['ไ', ['ใ', 'โ']], ['โ', ['ไ']], ['ำ', ['า']]]);
const VOWEL_PRICE = 2;

/** Each letter's look-alikes, of the groups and the vowels together (ำ is in both). */
const ALL_LOOK_ALIKES = new Map<string, readonly string[]>();
for (const [letter, others] of [...LOOK_ALIKES, ...VOWEL_LOOK_ALIKES]) ALL_LOOK_ALIKES.set(letter, [...new Set([...(ALL_LOOK_ALIKES.get(letter) ?? []), ...others])]);
/** The letters OCR reads for `letter` (and `letter` for them): its look-alikes. */
export const lookAlikesOf = (letter: string): readonly string[] => ALL_LOOK_ALIKES.get(letter) ?? [];

/**
 * Every look-alike pair as a table over the Thai block: mend.ts asks it for each letter of
 * each listed word at each place of a line, so the question must allocate nothing (asked of
 * the maps it was a third of the mending's time).
 */
const THAI_BLOCK = 0x0e00;
const BLOCK_SIZE = 0x80;
const blockIndex = (letter: string): number => (letter.length === 1 ? letter.charCodeAt(0) - THAI_BLOCK : -1);
const LOOK_ALIKE_TABLE = new Uint8Array(BLOCK_SIZE * BLOCK_SIZE);
for (const [letter, others] of ALL_LOOK_ALIKES) {
  for (const other of others) LOOK_ALIKE_TABLE[blockIndex(letter) * BLOCK_SIZE + blockIndex(other)] = 1;
}
/** Whether OCR reads letter `a` for `b` (or `b` for `a`): the two are look-alikes. */
export function areLookAlikes(a: string, b: string): boolean {
  const [i, j] = [blockIndex(a), blockIndex(b)];
  return i >= 0 && i < BLOCK_SIZE && j >= 0 && j < BLOCK_SIZE && LOOK_ALIKE_TABLE[i * BLOCK_SIZE + j] === 1;
}
/**
 * ป, ฝ and ฟ are บ, ผ and พ with a tail. On a worn scan the tail comes loose from its letter
 * and Tesseract reads it as a mai ek over the tailless one (บ่กครอง for ปกครอง): the two stand
 * for the tailed letter at a look-alike's price, in pieces of any length, the tail being read
 * as a mark (so no printed mark is taken away).
 */
const TAILED = new Map([['บ', 'ป'], ['ผ', 'ฝ'], ['พ', 'ฟ']]);
const MAI_EK = '\u0E48';
/** A tailless letter and its marks, a mai ek among them: the tail it may have lost. */
const LOOSE_TAIL = new RegExp(`[${[...TAILED.keys()].join('')}][\u0E31\u0E34-\u0E3A\u0E47\u0E49-\u0E4E]*${MAI_EK}[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]*`, 'gu');
/**
 * In a word of this many letters or more (marks aside) any one letter may be a misreading, look-alike
 * or not: an unseen typeface has confusions no list foresees (จำนวน read as จำแวน), and so long
 * a word is still known by its other letters. At a higher price than a look-alike.
 */
const MIN_ANY_LETTER_LETTERS = 5;
const ANY_LETTER_PRICE = 9;
/**
 * A silent letter (karan) marks a loan word or a foreign name, spelled as its bearer pleases
 * (ไมเยอร์ is no misreading of ไมเนอร์): such a word is not mended by any letter.
 */
const KARAN = '\u0E4C';
/** The mended reading must beat the best unmended one by this much... */
const MARGIN = 3;
/**
 * ...or by this much where every mend respells a listed word this rare (about 1 in 3 million
 * running words) as printed, whole: one look-alike letter from a common word, it is far likelier
 * that word misread ("เตรียบ" for เตรียม) than itself.
 */
const VERY_RARE_COST = 15;
const VERY_RARE_MARGIN = 1;
const isVeryRare = (piece: string): boolean => thaiDictionary().isCurated(piece) && thaiDictionary().cost(piece) >= VERY_RARE_COST;
/** More marks changed than this is another word. */
const MAX_MARK_EDITS = 2;
/**
 * A mend is made only to a listed word letters use often enough (COMMON_WORD_COST): a rare word
 * one mark away from a misspelling is more often a second misspelling.
 */
const isCommonWord = (word: string): boolean => thaiDictionary().isCurated(word) && thaiDictionary().cost(word) <= COMMON_WORD_COST;
/** A one-letter word beside a mend must be as common as ที่, ก็, จะ (1 in 20,000 words or more). */
const MAX_SHORT_NEIGHBOUR_COST = 10;
/**
 * A word of fewer letters than this (marks aside) is mended only between two words of the
 * same run (จัด|ซือ|จัดจ้าง); alone it is too short to tell (กจ is an agency code, not กิจ).
 */
const MIN_MENDED_LETTERS = 3;

const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;

const TONE = /[\u0E48-\u0E4B]/u;
const TONES = new RegExp(TONE.source, 'gu');
/** ิ ี ึ ื: upper vowels that differ by a stroke or a tail, which OCR adds or loses. */
const UPPER_VOWEL = /[\u0E34-\u0E37]/u;
/** ุ ู: lower vowels that differ by a tail a worn scan cuts or a speck lengthens. */
const LOWER_VOWEL = /[\u0E38\u0E39]/u;
/** Marks OCR reads as another of the same kind (a tone for a tone); any other mark it adds is not mended away. */
const MISREADABLE = [TONE, UPPER_VOWEL, LOWER_VOWEL];

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
 * The marks OCR lost or misread, going from what was read to a word with the same letters: on
 * each letter, every mark of the word the reading lacks counts one, a mark read as another of its
 * kind (a tone for a tone, ื for ิ, ู for ุ) one. Null when the reading has a mark the word has not
 * on that letter (and not a misread one): OCR rarely invents a mark, and a dictionary must not
 * take away what was printed.
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
    const misread = (kind: RegExp) => extra.filter((m) => kind.test(m)).length <= missing.filter((m) => kind.test(m)).length;
    if (extra.some((m) => !MISREADABLE.some((kind) => kind.test(m))) || !MISREADABLE.every(misread)) return null;
    lost += missing.length;
  }
  return lost;
}

interface MendableIndex {
  /** skeletons of the words a mend may give (curated, common enough) */
  skeletons: Set<string>;
  /** those of MIN_ANY_LETTER_LETTERS letters or more, with one letter left blank (see BlankFilter) */
  blanked: BlankFilter;
}

/**
 * A Bloom filter of spellings with one letter left blank: whether some word a mend may give
 * could fill the blank, asked before trying every letter there. A map of the blanked spellings
 * themselves added ~50 MB to a worker's RSS (measured); this costs 256 KB, and a false "maybe"
 * (a few in a hundred) only costs trying the letters.
 */
class BlankFilter {
  private static readonly BITS = 1 << 21;
  private readonly bits = new Uint32Array(BlankFilter.BITS / 32);

  private static hashes(skeleton: string, blank: number): [number, number] {
    let h = 0x811c9dc5;
    for (let i = 0; i < skeleton.length; i++) h = Math.imul(h ^ (i === blank ? 0 : skeleton.charCodeAt(i)), 0x01000193);
    const second = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    return [h >>> 0, second >>> 0];
  }

  add(skeleton: string, blank: number): void {
    for (const h of BlankFilter.hashes(skeleton, blank)) this.bits[(h % BlankFilter.BITS) >>> 5]! |= 1 << (h & 31);
  }

  mayHave(skeleton: string, blank: number): boolean {
    return BlankFilter.hashes(skeleton, blank).every((h) => (this.bits[(h % BlankFilter.BITS) >>> 5]! & (1 << (h & 31))) !== 0);
  }
}

let mendable: MendableIndex | undefined;

function mendableIndex(): MendableIndex {
  if (mendable) return mendable;
  const dictionary = thaiDictionary();
  const skeletons = new Set<string>();
  for (const word of dictionary.words()) if (isCommonWord(word)) skeletons.add(skeletonOf(word));
  const blanked = new BlankFilter();
  for (const skeleton of skeletons) {
    if (skeleton.length >= MIN_ANY_LETTER_LETTERS) for (let i = 0; i < skeleton.length; i++) blanked.add(skeleton, i);
  }
  mendable = { skeletons, blanked };
  return mendable;
}

/**
 * Whether any word a mend may give is spelled `skeleton`: a hash lookup asked before the
 * dictionary's skeleton index, since a run of OCR garbage asks for thousands of skeletons that
 * no word has.
 */
const isMendableSkeleton = (skeleton: string): boolean => mendableIndex().skeletons.has(skeleton);

/** Letters a skeleton is written with. */
const SKELETON_LETTERS = [...'กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮฯะาำเแโใไ'];

/** Skeletons of words a mend may give that differ from `skeleton` in its letter number `index` only. */
function oneLetterOff(skeleton: string, index: number): string[] {
  if (!mendableIndex().blanked.mayHave(skeleton, index)) return [];
  return SKELETON_LETTERS.filter((letter) => letter !== skeleton[index])
    .map((letter) => skeleton.slice(0, index) + letter + skeleton.slice(index + 1))
    .filter(isMendableSkeleton);
}

/** The likeliest common word spelled `skeleton` that `read` (the same letters) lost marks of, priced by `extra` more. */
function bestWithMarks(read: string, skeleton: string, extra: number, allowNoMarkEdit: boolean, maxMarkEdits = MAX_MARK_EDITS): Respelling | null {
  if (!isMendableSkeleton(skeleton)) return null;
  let best: Respelling | null = null;
  for (const word of thaiDictionary().withSkeleton(skeleton)) {
    if (!isCommonWord(word)) continue;
    const edits = lostMarks(read, word);
    if (edits === null || (edits === 0 && !allowNoMarkEdit) || edits > maxMarkEdits) continue;
    const cost = thaiDictionary().cost(word) + MARK_PRICE * edits + extra;
    if (!best || cost < best.cost) best = { word, cost };
  }
  return best;
}

/** Each reading of the piece with one tailless letter under a mai ek given back its tail, the mai ek taken for it (see TAILED). */
function withTails(piece: string): string[] {
  return [...piece.matchAll(LOOSE_TAIL)].map((m) => {
    const cluster = m[0];
    const tailed = TAILED.get(cluster[0]!)! + cluster.slice(1).replace(MAI_EK, '');
    return piece.slice(0, m.index) + tailed + piece.slice(m.index + cluster.length);
  });
}

/** The piece with its letter number `index` (marks not counted) changed to `letter`. */
function withLetter(piece: string, index: number, letter: string): string {
  let seen = -1;
  return [...piece].map((c) => (MARK.test(c) || ++seen !== index ? c : letter)).join('');
}

const CONSONANT = /^[ก-ฮ]$/u;

/** A consonant that may be read twice: not อ, which carries vowels. */
const isTwiceReadable = (letter: string): boolean => letter >= 'ก' && letter <= 'ฮ' && letter !== 'อ';

/**
 * Where a letter may have been read twice, once as its look-alike (หน่วยงานกภาครัฐ, ลดกภาร): either
 * letter of a look-alike pair side by side, at a word's start too, since the pair is the evidence;
 * never the word's last letter (a letter too many there is the next word's: บริษัท|ภิบาล), nor
 * อ, which carries vowels (ปลอด), and only in words of four letters or more that keep three
 * (ดล่ม is ถล่ม, not ล่ม).
 */
function twiceReadLetters(skeleton: string): number[] {
  const drops: number[] = [];
  if (skeleton.length < MIN_LOOK_ALIKE_LETTERS) return drops;
  // Asked of every piece the cut weighs: the look-alike table first, it rules out nearly all pairs.
  for (let index = 0; index + 1 < skeleton.length; index++) {
    const [a, b] = [skeleton[index]!, skeleton[index + 1]!];
    if (!areLookAlikes(a, b) || !isTwiceReadable(a) || !isTwiceReadable(b)) continue;
    if (drops.at(-1) !== index) drops.push(index);
    if (index + 1 < skeleton.length - 1) drops.push(index + 1);
  }
  return drops;
}

/** The piece without its letter number `index` (marks not counted) and the marks on it. */
function withoutLetter(piece: string, index: number): string {
  let seen = -1;
  let dropping = false;
  return [...piece]
    .filter((c) => {
      if (!MARK.test(c)) dropping = ++seen === index;
      return !dropping;
    })
    .join('');
}

/**
 * A tone mark or karan no word of the piece's letters carries there: a speck OCR read as one. Taken out
 * only where the piece is nothing the dictionary or the corpus knows (a printed tone on a rare
 * word or a name stays), at the price of a look-alike letter: OCR invents a mark less often than
 * it loses one.
 */
const STRAY_TONE_PRICE = LETTER_PRICE;

/** A tone mark or a karan: the marks a speck above a letter is read as ("สมาชิก์"). */
const STRAY_MARK = /[\u0E48-\u0E4C]/u;
/** Each reading of the piece with one of its tone marks or its karan taken out. */
const withoutOneTone = (piece: string): string[] =>
  [...piece].flatMap((c, i) => (STRAY_MARK.test(c) ? [[...piece].filter((_, k) => k !== i).join('')] : []));

/**
 * The best mend of a piece that is no word: the likeliest word with its letters and other marks,
 * or with one letter read as its look-alike, or with a consonant a speck made left out, or with
 * one of two look-alike letters side by side left out (one letter read twice), or without a tone
 * mark a speck made.
 */
function mendOf(piece: string): Respelling | null {
  const skeleton = skeletonOf(piece);
  if (skeleton.length < 2) return null;
  let best = bestWithMarks(piece, skeleton, 0, false);
  // `respelled` is built only for a skeleton some word has: most candidates have none.
  const keep = (mend: Respelling | null) => {
    if (mend && (!best || mend.cost < best.cost)) best = mend;
  };
  const mendTo = (changed: string, respelled: () => string, price: number, maxMarkEdits = MAX_MARK_EDITS) =>
    isMendableSkeleton(changed) ? bestWithMarks(respelled(), changed, price, true, maxMarkEdits) : null;
  const changedAt = (index: number, other: string) => skeleton.slice(0, index) + other + skeleton.slice(index + 1);
  [...skeleton].forEach((letter, index) => {
    for (const vowel of VOWEL_LOOK_ALIKES.get(letter) ?? []) keep(mendTo(changedAt(index, vowel), () => withLetter(piece, index, vowel), VOWEL_PRICE));
  });
  for (const tailed of withTails(piece)) keep(mendTo(skeletonOf(tailed), () => tailed, LETTER_PRICE));
  // The word is the letters as read without the tone, no mark put back (ช้อม is no ชอุ่ม).
  if (!thaiDictionary().has(piece)) for (const untoned of withoutOneTone(piece)) keep(mendTo(skeleton, () => untoned, STRAY_TONE_PRICE, 0));
  for (const drop of twiceReadLetters(skeleton)) keep(mendTo(changedAt(drop, ''), () => withoutLetter(piece, drop), LETTER_PRICE));
  const lookAlikeMends = (maxMarkEdits: number): Respelling[] =>
    [...skeleton].flatMap((letter, index) =>
      (LOOK_ALIKES.get(letter) ?? []).flatMap((other) => mendTo(changedAt(index, other), () => withLetter(piece, index, other), LETTER_PRICE, maxMarkEdits) ?? []),
    );
  if (piece.length > MAX_LOOK_ALIKE_LENGTH) return best;
  if (skeleton.length < MIN_LOOK_ALIKE_LETTERS) {
    if (skeleton.length < MIN_MARKED_LOOK_ALIKE_LETTERS || !(TONE.test(piece) || UPPER_VOWEL.test(piece)) || isCommonWord(piece.replace(TONES, ''))) return best;
    const mends = lookAlikeMends(0);
    if (mends.length === 1) keep(mends[0] as Respelling);
    return best;
  }
  if (skeleton.length >= MIN_ANY_LETTER_LETTERS && !piece.includes(KARAN)) {
    for (let index = 0; index < skeleton.length; index++) {
      for (const other of oneLetterOff(skeleton, index)) keep(mendTo(other, () => withLetter(piece, index, other[index]!), ANY_LETTER_PRICE));
    }
  }
  for (const mend of lookAlikeMends(MAX_MARK_EDITS)) keep(mend);
  // A speck read as a consonant inside the word (งจบประมาณ); not at its ends, where a letter too
  // many is the next word's or the last one's.
  [...skeleton].forEach((letter, index) => {
    const inside = index > 0 && index < skeleton.length - 1 && CONSONANT.test(letter);
    if (inside && skeleton.length > MIN_LOOK_ALIKE_LETTERS) keep(mendTo(changedAt(index, ''), () => withoutLetter(piece, index), LETTER_PRICE));
  });
  return best;
}

/**
 * A listed word this rare (about 1 in 60,000 running words) may itself be a misreading: OCR
 * that changes a letter of a common word often makes two rare ones (จำนวน read as จำ|บวน).
 */
const RARE_WORD_COST = 11;

/**
 * The mends of one run: none unless the mended cut beats the plain one by the margin, and only
 * mends of letters the plain cut reads as no word, as a string only the corpus counts (ขี,
 * ซือ, มั้น: the corpus has OCR and typing slips too) or as a rare word; mends are always to
 * common curated words, with words read as printed (or the run's ends) on both sides.
 */
function mendRun(run: string): RunMend[] {
  const dictionary = thaiDictionary();
  const doubtful = (piece: string) => !dictionary.isCurated(piece) || dictionary.cost(piece) >= RARE_WORD_COST;
  const plain = cutRun(run);
  // unreadBefore[k]: how many of the run's first k letters the plain cut leaves doubtful.
  const unreadBefore = new Uint32Array(run.length + 1);
  for (const s of plain) {
    const add = doubtful(run.slice(s.from, s.to)) ? 1 : 0;
    for (let k = s.from; k < s.to; k++) unreadBefore[k + 1] = unreadBefore[k]! + add;
  }
  // Every word read as printed and common: nothing to mend (and no mend to look for, which costs most).
  if (unreadBefore[run.length] === 0) return [];
  const touchesUnread = (from: number, to: number) => unreadBefore[to]! > unreadBefore[from]!;
  const mended = cutRun(run, (piece, start) => (doubtful(piece) && touchesUnread(start, start + piece.length) ? mendOf(piece) : null));
  const respelled = mended.filter((s) => s.word !== null);
  const margin = respelled.length > 0 && respelled.every((s) => isVeryRare(run.slice(s.from, s.to))) ? VERY_RARE_MARGIN : MARGIN;
  if (cutCost(mended) + margin > cutCost(plain)) return [];
  // A neighbour is a word read as printed: two mends side by side are a misspelling; and a
  // one-letter word beside the mend must be a very common one, else it may be OCR garbage
  // (ร้อ|ยุ|ละ for ร้อยละ).
  // A neighbour whose only slip is a stray tone (กร่ะทรวง) has its letters as printed: it counts as read.
  const readable = (k: number) => {
    const neighbour = mended[k];
    if (neighbour === undefined) return true;
    const piece = run.slice(neighbour.from, neighbour.to);
    const word = neighbour.word !== null && withoutOneTone(piece).includes(neighbour.word) ? neighbour.word : piece;
    const short = skeletonOf(word).length < 2;
    return (neighbour.word === null || word !== piece) && dictionary.isCurated(word) && (!short || dictionary.cost(word) <= MAX_SHORT_NEIGHBOUR_COST);
  };
  const inContext = (k: number) => {
    const short = skeletonOf(mended[k]!.word!).length < MIN_MENDED_LETTERS;
    return readable(k - 1) && readable(k + 1) && (!short || (mended[k - 1] !== undefined && mended[k + 1] !== undefined));
  };
  return mended
    .map((s, k) => ({ s, k }))
    .filter(({ s, k }) => s.word !== null && touchesUnread(s.from, s.to) && inContext(k))
    .map(({ s }) => ({ from: s.from, to: s.to, word: s.word! }));
}

/** A mend of a run of Thai letters: its letters [from, to) read as `word`. */
export interface RunMend {
  from: number;
  to: number;
  word: string;
}

/**
 * The line with the mends `mendRun` finds in each run of Thai letters made, and each as
 * before/after; none inside a person's name, none in a run `leaveRun` accepts.
 */
export function mendRunsOf(line: string, mendRun: (run: string) => RunMend[], leaveRun: (run: string) => boolean = () => false): { text: string; mends: WordMend[] } {
  const names = nameSpans(line);
  const inName = (from: number, to: number) => names.some(([a, b]) => from < b && a < to);
  const mends: WordMend[] = [];
  let text = '';
  let copied = 0;
  for (const run of line.matchAll(THAI_RUN)) {
    if (leaveRun(run[0])) continue;
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

/** The line with mark-damaged words mended, and each mend as before/after. */
export const mendWords = (line: string): { text: string; mends: WordMend[] } => mendRunsOf(line, mendRun);
