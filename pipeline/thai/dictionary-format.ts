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

/**
 * The compact text back to words and buckets, in order. Read line by line in place, with no
 * array of lines or of entries: a page thread loads the dictionary, and what decoding leaves
 * behind stays in its memory.
 */
export function* decodeWords(text: string): Generator<WordEntry> {
  let previous = '';
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline;
    if (stop - start >= 3) {
      const curated = text[stop - 1] !== '~';
      const end = curated ? stop - 1 : stop - 2;
      const shared = text.charCodeAt(start) - 48;
      const word = (shared === 0 ? '' : previous.slice(0, shared)) + text.slice(start + 1, end);
      yield { word, bucket: parseInt(text[end]!, 36), curated };
      previous = word;
    }
    start = stop + 1;
  }
}
