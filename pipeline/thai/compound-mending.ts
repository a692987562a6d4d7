/**
 * Words whose misreading left another word. OCR that loses the mai ek of ที่ leaves ที, a word of
 * its own: "ในทีโล่ง" cuts as ใน|ที|โล่ง, every piece a word, so the dictionary mending, which
 * mends only pieces that are no word or a rare one and only to common words (word-mending.ts),
 * never doubts it. Yet ที|โล่ง is one tone mark from the listed compound ที่โล่ง, and ที่ is far the
 * commoner word. Compounds are what the corpus counts least (it counts ภาค and รัฐ, not ภาครัฐ),
 * so the mending's word costs cannot see them; the list of curated words can. A piece of the cut
 * is respelled with one tone mark more, with its sara aa read as the sara am whose nikhahit OCR
 * lost (คา|ให้|การ → คำให้การ), or — where the piece as read is rare or no word — with one letter
 * read as its look-alike, the commonest word so made only (ภาค|รัช → ภาครัฐ; บาก is มาก, so
 * "หนักบาก" makes no หนักปาก), where
 * - respelled, the piece is a commoner word than as read: ขอ|ความ stays, ขอ being commoner than ข้อ;
 * - respelled, the piece and one or two pieces beside it spell a curated word of four letters or
 *   more (a compound OCR cannot have made by chance);
 * - the pieces on either side are words read as printed: in OCR garbage some letters always spell
 *   something;
 * - the run is no person's name, nor one the caller leaves alone (mend.ts: a misread month name,
 *   อันวาคม being ธันวาคม, not อันว่าคม).
 * On the corpus's digital text layers (450 kB of correct Thai) it changes nothing.
 */
import { cutRun } from './dictionary-cut.js';
import { skeletonOf, thaiDictionary } from './dictionary.js';
import { COMBINING_MARKS, SARA_AA, SARA_AM, TONE_MARKS } from './script.js';
import { lookAlikesOf, lostMarks, mendRunsOf, type RunMend, type WordMend } from './word-mending.js';

/** Letters (marks aside) a compound needs: shorter ones are too easily spelled by chance. */
const MIN_COMPOUND_LETTERS = 4;
/** Pieces of the cut a compound spans at most. */
const MAX_PIECES = 3;
/** A neighbour shorter than this (letters) must be at least this common (cost, nats) to count as read right. */
const MIN_FIRM_LETTERS = 4;
const MAX_SHORT_FIRM_COST = 11;

const MARK = new RegExp(`[${COMBINING_MARKS}]`, 'u');
const TONE = new RegExp(`[${TONE_MARKS}]`, 'u');
const marksOf = (text: string): string[] => [...text].filter((c) => MARK.test(c));

/** Whether `word` is `read` with one tone mark more and nothing else changed. */
function withOneToneMore(read: string, word: string): boolean {
  if (lostMarks(read, word) !== 1) return false;
  const added = marksOf(word);
  for (const mark of marksOf(read)) {
    const at = added.indexOf(mark);
    if (at < 0) return false;
    added.splice(at, 1);
  }
  return added.length === 1 && TONE.test(added[0]!);
}

/**
 * A piece this rare (or no curated word) may be a look-alike letter misread (word-mending.ts
 * doubts such pieces too); a commoner one is read as printed.
 */
const RARE_PIECE_COST = 11;

/** Curated words that are `piece` with a lost tone mark or nikhahit put back. */
function markedWords(piece: string): string[] {
  const dictionary = thaiDictionary();
  const toned = dictionary.withSkeleton(skeletonOf(piece)).filter((word) => withOneToneMore(piece, word));
  const withSaraAm = [...piece].flatMap((c, k) => {
    if (c !== SARA_AA) return [];
    const respelled = piece.slice(0, k) + SARA_AM + piece.slice(k + 1);
    return dictionary.withSkeleton(skeletonOf(respelled)).filter((word) => lostMarks(respelled, word) === 0);
  });
  return [...toned, ...withSaraAm].filter((word) => dictionary.isCurated(word));
}

/** The commonest curated word that is a rare `piece` with one letter read as its look-alike, if any. */
function commonestLookAlikeWord(piece: string): string[] {
  const dictionary = thaiDictionary();
  if (dictionary.isCurated(piece) && dictionary.cost(piece) < RARE_PIECE_COST) return [];
  const words = [...piece].flatMap((c, k) => lookAlikesOf(c).map((other) => piece.slice(0, k) + other + piece.slice(k + 1))).filter((word) => dictionary.isCurated(word));
  const commonest = words.reduce<string | null>((best, word) => (best === null || dictionary.cost(word) < dictionary.cost(best) ? word : best), null);
  return commonest === null ? [] : [commonest];
}

/** The respellings of `piece` that may complete a compound: those commoner than the piece as read. */
function commonerRespellings(piece: string): string[] {
  const cost = thaiDictionary().cost(piece);
  return [...markedWords(piece), ...commonestLookAlikeWord(piece)].filter((word) => thaiDictionary().cost(word) < cost);
}

const isFirm = (piece: string | undefined): boolean => {
  if (piece === undefined) return true;
  const dictionary = thaiDictionary();
  return dictionary.isCurated(piece) && (skeletonOf(piece).length >= MIN_FIRM_LETTERS || dictionary.cost(piece) < MAX_SHORT_FIRM_COST);
};

/** The first compound found over pieces [first, first + count) of the cut, one piece respelled. */
function compoundAt(pieces: string[], first: number, count: number): string | null {
  const span = pieces.slice(first, first + count);
  if (thaiDictionary().has(span.join(''))) return null;
  for (let k = 0; k < span.length; k++) {
    for (const respelled of commonerRespellings(span[k]!)) {
      const word = [...span.slice(0, k), respelled, ...span.slice(k + 1)].join('');
      if (skeletonOf(word).length >= MIN_COMPOUND_LETTERS && thaiDictionary().isCurated(word)) return word;
    }
  }
  return null;
}

function mendRun(run: string): RunMend[] {
  const cut = cutRun(run);
  const pieces = cut.map((step) => run.slice(step.from, step.to));
  const mends: RunMend[] = [];
  for (let first = 0; first < pieces.length; first++) {
    for (let count = 2; count <= MAX_PIECES && first + count <= pieces.length; count++) {
      if (!isFirm(pieces[first - 1]) || !isFirm(pieces[first + count])) continue;
      const word = compoundAt(pieces, first, count);
      if (word === null) continue;
      mends.push({ from: cut[first]!.from, to: cut[first + count - 1]!.to, word });
      // The next compound is looked for after this one.
      first += count - 1;
      break;
    }
  }
  return mends;
}

/**
 * The line with words whose misreading left another word mended (as compounds), and each mend
 * as before/after; runs of Thai letters `leaveRun` accepts are left as read.
 */
export const mendMisreadCompounds = (line: string, leaveRun: (run: string) => boolean = () => false): { text: string; mends: WordMend[] } =>
  mendRunsOf(line, mendRun, leaveRun);
