/**
 * File names the service makes from the names clerks give: any name a file system accepts in the
 * inbox must also work for its outbox result, its quarantine copy and their temporary files,
 * which add suffixes. A name too long for that keeps a readable start and gains a hash.
 */

/** Bytes of an output name at most: NAME.error.json and the temporary names stay under 255. */
export const MAX_OUTPUT_NAME_BYTES = 200;

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** The longest start of `text` within `maxBytes` of UTF-8, cut between whole characters (a Thai vowel stays on its consonant). */
export function fitToBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let fitted = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    bytes += Buffer.byteLength(segment);
    if (bytes > maxBytes) break;
    fitted += segment;
  }
  return fitted;
}

/**
 * Output names to try for a content, in order: the name as given, then with the start of the
 * content hash, then with all of it. A name too long keeps its readable start and always carries
 * the hash, so two long names that start alike still differ.
 */
export function outputNameCandidates(stem: string, sha256: string): string[] {
  const candidates = Buffer.byteLength(stem) <= MAX_OUTPUT_NAME_BYTES ? [stem] : [];
  for (const suffix of [`-${sha256.slice(0, 8)}`, `-${sha256}`]) {
    candidates.push(fitToBytes(stem, MAX_OUTPUT_NAME_BYTES - Buffer.byteLength(suffix)) + suffix);
  }
  return candidates;
}

/** Control characters (a newline in a file name) shown as escapes, so one name stays on one line. */
export function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, (char) => JSON.stringify(char).slice(1, -1));
}
