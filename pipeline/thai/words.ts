/**
 * Thai word boundaries from ICU's dictionary (Node's Intl.Segmenter): the one word breaker
 * every stage uses, so repair, text-layer checks and the search index agree on what a word is.
 */
const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** ICU's word segments of a text, with their offsets and whether each is word-like. */
export function segmentWords(text: string): Intl.Segments {
  return wordSegmenter.segment(text);
}

/** The text cut into ICU's word segments (spaces and punctuation included). */
export function wordSegments(text: string): string[] {
  return Array.from(segmentWords(text), (s) => s.segment);
}

/** Offsets in the text where ICU's Thai dictionary puts a word boundary. */
export function wordBoundaries(text: string): Set<number> {
  return new Set(Array.from(segmentWords(text), (s) => s.index));
}
