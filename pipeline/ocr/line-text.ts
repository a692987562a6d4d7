/**
 * Rewriting a recognized line's text after some of its words changed or were added, keeping
 * Tesseract's own spacing: Thai runs words together without spaces, so the text cannot be
 * rebuilt by joining words with a space.
 */
import type { OcrLine, OcrWord } from './recognize-lines.js';

interface Placed {
  word: OcrWord;
  /** Where the word's original text starts and ends in the line text; null if not found. */
  span: { from: number; to: number } | null;
}

function place(line: OcrLine): Placed[] {
  let cursor = 0;
  return line.words.map((word) => {
    const at = word.text === '' ? -1 : line.text.indexOf(word.text, cursor);
    if (at < 0) return { word, span: null };
    cursor = at + word.text.length;
    return { word, span: { from: at, to: cursor } };
  });
}

/**
 * The line with `replace` applied to its words (same order, same count) and `insert` words put in
 * by position (left edge), each separated by a space from its neighbours.
 */
export function rewriteLine(line: OcrLine, replace: (word: OcrWord) => OcrWord, insert: OcrWord[] = []): OcrLine {
  const placed = place(line);
  if (placed.some((p) => p.span === null)) {
    // Text and words disagree (should not happen): fall back to words joined by spaces.
    const words = [...line.words.map(replace), ...insert].sort((a, b) => a.box.left - b.box.left);
    return { ...line, words, text: words.map((w) => w.text).join(' ') };
  }
  const pending = [...insert].sort((a, b) => a.box.left - b.box.left);
  const words: OcrWord[] = [];
  let text = '';
  let cursor = 0;
  const flushBefore = (left: number) => {
    while (pending.length > 0 && (pending[0] as OcrWord).box.left < left) {
      const added = pending.shift() as OcrWord;
      words.push(added);
      text += `${text === '' || text.endsWith(' ') ? '' : ' '}${added.text} `;
    }
  };
  for (const { word, span } of placed) {
    const { from, to } = span as { from: number; to: number };
    const gap = line.text.slice(cursor, from);
    flushBefore(word.box.left);
    const replaced = replace(word);
    words.push(replaced);
    text += (text.endsWith(' ') ? gap.trimStart() : gap) + replaced.text;
    cursor = to;
  }
  flushBefore(Infinity);
  text += line.text.slice(cursor);
  return { ...line, words, text: text.trim() };
}

/** The line without the words `drop` picks (their text and the space before them). */
export function dropWords(line: OcrLine, drop: (word: OcrWord) => boolean): OcrLine {
  const placed = place(line);
  if (!placed.some((p) => p.span !== null && drop(p.word))) return line;
  let text = line.text;
  for (const { word, span } of [...placed].reverse()) {
    if (span && drop(word)) text = text.slice(0, span.from).trimEnd() + (text.slice(span.to).startsWith(' ') ? '' : ' ') + text.slice(span.to);
  }
  return { ...line, text: text.replace(/ {2,}/g, ' ').trim(), words: line.words.filter((w) => !drop(w)) };
}
