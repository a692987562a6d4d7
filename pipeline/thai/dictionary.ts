/**
 * The Thai dictionary: 66,755 words with how often the Thai National Corpus uses them, and the
 * names of Thailand's provinces, districts and subdistricts (pipeline/thai/data, see its
 * NOTICE.md). Loaded once, on first use, so stages that never ask pay nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { countOfBucket, decodeWords } from './dictionary-format.js';
import { WordGroups } from './word-groups.js';

/** Tokens of the corpus the counts come from: a word's cost is -ln(count / CORPUS_TOKENS). */
const CORPUS_TOKENS = 33_535_658;
/** A listed word the corpus never counted is as rare as one counted this often. */
const UNCOUNTED = 3;
/** Place names are proper nouns the corpus rarely counts: as common as this. */
const PLACE_COUNT = 50;
/**
 * A word only the corpus counts (not in the curated list) is often a typo or a name's piece
 * (ซือ, มั้น): it costs this much more (e^3, twenty times rarer).
 */
const CORPUS_ONLY = 3;

export interface ThaiDictionary {
  has(word: string): boolean;
  /** In the curated word list or a place name: a word, not just a string the corpus counted. */
  isCurated(word: string): boolean;
  isPlace(word: string): boolean;
  /** -ln of the word's share of running text (smaller is more common); Infinity for no word. */
  cost(word: string): number;
  /** Words spelled with these letters once their marks are taken out (see skeletonOf). */
  withSkeleton(skeleton: string): readonly string[];
  /** Every word, listed or counted. */
  words(): IterableIterator<string>;
  /** Length of the longest word, in UTF-16 units. */
  longest: number;
}

/**
 * The cost (nats) of a word letters use often enough to be taken for what OCR misread: about 45
 * in 33 million running words, 1 in 700,000. Rarer words one slip from a misreading are more
 * often misreadings themselves.
 */
export const COMMON_WORD_COST = 13.5;

/** ั ิ ี ึ ื ุ ู ฺ and ็ ่ ้ ๊ ๋ ์ ํ ๎: the marks above and below a consonant. */
const isMark = (code: number): boolean => code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);

/** A word without its tone marks and upper and lower vowels: what OCR keeps when it drops marks. */
export function skeletonOf(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isMark(text.charCodeAt(i))) out += text[i];
  return out;
}

/** The data folder of the source tree (also from dist/, which mirrors it). */
function dataFolder(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'pipeline', 'thai', 'data');
    if (existsSync(join(candidate, 'words.br'))) return candidate;
  }
  throw new Error('pipeline/thai/data/words.br not found');
}

function load(): ThaiDictionary {
  const folder = dataFolder();
  const read = (file: string) => brotliDecompressSync(readFileSync(join(folder, file))).toString('utf8');
  const costs = new Map<string, number>();
  const curatedWords = new Set<string>();
  const add = (word: string, count: number, penalty = 0) => {
    const cost = Math.log(CORPUS_TOKENS / Math.max(count, UNCOUNTED)) + penalty;
    if (cost < (costs.get(word) ?? Infinity)) costs.set(word, cost);
  };
  for (const { word, bucket, curated } of decodeWords(read('words.br'))) {
    add(word, countOfBucket(bucket), curated ? 0 : CORPUS_ONLY);
    if (curated) curatedWords.add(word);
  }
  const places = new Set(read('places.br').split('\n').filter(Boolean));
  for (const place of places) add(place, PLACE_COUNT);
  let longest = 0;
  for (const word of costs.keys()) longest = Math.max(longest, word.length);
  let skeletons: WordGroups | undefined;
  return {
    has: (word) => costs.has(word),
    isCurated: (word) => curatedWords.has(word) || places.has(word),
    isPlace: (word) => places.has(word),
    cost: (word) => costs.get(word) ?? Infinity,
    // Built on the first question about a skeleton (text-layer repair never asks).
    withSkeleton: (skeleton) => (skeletons ??= new WordGroups(costs.keys(), skeletonOf)).get(skeleton),
    words: () => costs.keys(),
    longest,
  };
}

let dictionary: ThaiDictionary | undefined;

/** The dictionary, loaded on first call. */
export function thaiDictionary(): ThaiDictionary {
  dictionary ??= load();
  return dictionary;
}
