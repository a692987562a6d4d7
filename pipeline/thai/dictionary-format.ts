/**
 * The compact form of the Thai word list shipped in pipeline/thai/data (written by
 * tools/thai-dictionary, read by dictionary.ts): words sorted, one a line, each line the
 * length of the prefix it shares with the line before (one digit, at most 9), the rest of the
 * word, its frequency bucket (one base-36 digit), and "~" when only the corpus counts it (it is
 * not in the curated word list); the whole brotli-compressed.
 */

/** How often a word occurs in the Thai National Corpus, as a bucket: round(2 · log2(count + 1)), at most 35. */
export function frequencyBucket(count: number): number {
  return Math.min(35, Math.round(2 * Math.log2(count + 1)));
}

/** The count a bucket stands for (its middle). */
export const countOfBucket = (bucket: number): number => Math.max(0, 2 ** (bucket / 2) - 1);

const MAX_SHARED = 9;

export interface WordEntry {
  word: string;
  bucket: number;
  /** in the curated word list, not only counted in the corpus */
  curated: boolean;
}

/** Sorted words with their buckets to the compact text. */
export function encodeWords(entries: readonly WordEntry[]): string {
  let previous = '';
  return entries
    .map(({ word, bucket, curated }) => {
      let shared = 0;
      while (shared < MAX_SHARED && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
      previous = word;
      return `${shared}${word.slice(shared)}${bucket.toString(36)}${curated ? '' : '~'}`;
    })
    .join('\n');
}

/** The compact text back to words and buckets, in order. */
export function decodeWords(text: string): WordEntry[] {
  const entries: WordEntry[] = [];
  let previous = '';
  for (const line of text.split('\n')) {
    if (line.length < 3) continue;
    const curated = !line.endsWith('~');
    const end = curated ? line.length - 1 : line.length - 2;
    const shared = line.charCodeAt(0) - 48;
    const word = (shared === 0 ? '' : previous.slice(0, shared)) + line.slice(1, end);
    entries.push({ word, bucket: parseInt(line[end]!, 36), curated });
    previous = word;
  }
  return entries;
}
