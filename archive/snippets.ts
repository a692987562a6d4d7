/**
 * Highlighted snippets made in JS, so the full-text index can be contentless (the text is not
 * stored a second time inside FTS5). A hit is found by plain substring search, then confirmed
 * by segmenting only a window around it: the matched words must start and end on word
 * boundaries, exactly as the index tokenized them, so ขาว never lights up inside ข่าว.
 */
import { toArabicDigits, toThaiDigits } from '../pipeline/thai/index.js';
import type { SnippetPart } from './api-schemas.js';
import { indexWords } from './word-index.js';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Characters around a hit that are segmented to confirm it and shown around it. */
const CONTEXT_BEFORE = 60;
const CONTEXT_AFTER = 140;
const MAX_CANDIDATES = 40;

interface Term {
  /** The term's words in each digit form the index would also match. */
  forms: string[][];
  prefix: boolean;
}

interface Span {
  start: number;
  end: number;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Query terms as the matcher sees them: each space-separated term is a phrase of index words. */
export function snippetTerms(query: string, prefix: boolean): Term[] {
  return query
    .split(/\s+/)
    .map((term) => indexWords(term))
    .filter((words) => words.length > 0)
    .map((words) => ({
      forms: [...new Map([words, words.map(toArabicDigits), words.map(toThaiDigits)].map((f) => [f.join('\u0000'), f])).values()],
      prefix,
    }));
}

/** The best passage of the first field that holds a hit, hits marked; null when none does. */
export function buildSnippet(fields: Array<string | null>, terms: Term[]): SnippetPart[] | null {
  for (const field of fields) {
    if (!field) continue;
    const first = firstHit(field, terms);
    if (first) return passage(field, first, terms);
  }
  return null;
}

function firstHit(text: string, terms: Term[]): Span | null {
  let best: Span | null = null;
  for (const term of terms) {
    for (const words of term.forms) {
      const hit = findPhrase(text, words, term.prefix);
      if (hit && (!best || hit.start < best.start)) best = hit;
    }
  }
  return best;
}

/** The first place where `words` occur as consecutive index words. */
function findPhrase(text: string, words: string[], prefix: boolean): Span | null {
  const head = words[0]!;
  let from = 0;
  for (let tries = 0; tries < MAX_CANDIDATES; tries++) {
    const at = text.indexOf(head, from);
    if (at < 0) return null;
    const span = confirmAt(text, at, words, prefix);
    if (span) return span;
    from = at + 1;
  }
  return null;
}

/** Segments a window around `at` and checks the phrase starts on a word there. */
function confirmAt(text: string, at: number, words: string[], prefix: boolean): Span | null {
  const window = wordsIn(text, Math.max(0, at - CONTEXT_BEFORE), Math.min(text.length, at + CONTEXT_AFTER));
  const index = window.findIndex((word) => word.start === at);
  return index < 0 ? null : matchWords(window, index, words, prefix);
}

function matchWords(window: Word[], index: number, words: string[], prefix: boolean): Span | null {
  const matched = window.slice(index, index + words.length);
  if (matched.length < words.length) return null;
  const ok = words.every((word, i) =>
    prefix && i === words.length - 1 ? matched[i]!.text.startsWith(word) : matched[i]!.text === word,
  );
  return ok ? { start: matched[0]!.start, end: matched.at(-1)!.end } : null;
}

/** Index words (as the tokenizer sees them) of text[start, end), with offsets into text. */
function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const part of segmenter.segment(text.slice(start, end))) {
    if (!part.isWordLike) continue;
    const pattern = /[\p{L}\p{N}\p{M}]+/gu;
    for (let m = pattern.exec(part.segment); m; m = pattern.exec(part.segment)) {
      const offset = start + part.index + m.index;
      words.push({ start: offset, end: offset + m[0].length, text: m[0] });
    }
  }
  return words;
}

/** The passage around the first hit, with every hit of any term inside it marked. */
function passage(text: string, first: Span, terms: Term[]): SnippetPart[] {
  const start = lineOrWordStart(text, Math.max(0, first.start - CONTEXT_BEFORE), first.start);
  const end = Math.min(text.length, first.end + CONTEXT_AFTER);
  const window = wordsIn(text, start, end);
  // The window's last word may be cut short by the window: end after the one before it.
  const cut = end < text.length ? Math.max(first.end, window.at(-2)?.end ?? end) : end;
  const hits = hitsIn(window, terms).filter((hit) => hit.end <= cut);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', hit: false });
  let position = start;
  for (const hit of hits) {
    if (hit.start < position) continue;
    if (hit.start > position) parts.push({ text: text.slice(position, hit.start), hit: false });
    parts.push({ text: text.slice(hit.start, hit.end), hit: true });
    position = hit.end;
  }
  if (cut > position) parts.push({ text: text.slice(position, cut), hit: false });
  if (cut < text.length) parts.push({ text: '…', hit: false });
  return mergeParts(parts.map((part) => (part.hit ? part : { ...part, text: part.text.replace(/\s+/g, ' ') })));
}

/** Starts the passage at a line start if one is near, else at a whole word (the first may be cut). */
function lineOrWordStart(text: string, from: number, hit: number): number {
  if (from === 0) return 0;
  const newline = text.lastIndexOf('\n', hit - 1);
  if (newline >= from) return newline + 1;
  const words = wordsIn(text, from, hit);
  return words[1]?.start ?? words[0]?.start ?? hit;
}

function hitsIn(window: Word[], terms: Term[]): Span[] {
  const hits: Span[] = [];
  for (let index = 0; index < window.length; index++) {
    for (const term of terms) {
      for (const words of term.forms) {
        const span = matchWords(window, index, words, term.prefix);
        if (span) hits.push(span);
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Neighbouring parts of the same kind read as one ("การ" "ทุจริต" -> one highlight). */
function mergeParts(parts: SnippetPart[]): SnippetPart[] {
  const merged: SnippetPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.hit === part.hit) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
