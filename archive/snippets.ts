/**
 * Highlighted snippets made in JS, so the full-text index can be contentless (the text is not
 * stored a second time inside FTS5). A hit is found by plain substring search, then confirmed
 * by segmenting only a window around it: the matched words must start and end on word
 * boundaries, exactly as the index tokenized them, so ขาว never lights up inside ข่าว.
 * Segmenting is the cost, so a letter's snippet segments a bounded number of windows: a query of
 * many short terms gets a snippet from the hits found within that budget, or none.
 */
import { segmentWords, toArabicDigits, toThaiDigits } from '../pipeline/thai/index.js';
import type { SnippetPart } from './api-schemas.js';
import { indexWords } from './word-index.js';


/** Characters around a hit that are segmented to confirm it and shown around it. */
const CONTEXT_BEFORE = 60;
const CONTEXT_AFTER = 160;
const MAX_CANDIDATES = 40;
/** Windows segmented to find one letter's first hit, whatever the number of terms. */
export const MAX_WINDOWS_PER_SNIPPET = 24;

/** What is left of a snippet's segmenting budget. */
interface Budget {
  windows: number;
}

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
  const budget: Budget = { windows: MAX_WINDOWS_PER_SNIPPET };
  for (const field of fields) {
    if (!field) continue;
    const first = firstHit(field, terms, budget);
    if (first) return passage(field, first, terms);
  }
  return null;
}

/** A confirmed hit and the segmented window around it, reused to build the passage. */
interface Hit {
  span: Span;
  window: Word[];
  windowStart: number;
  windowEnd: number;
}

/**
 * The earliest place where any term occurs as consecutive index words. Places where a term's
 * first word appears as text are cheap to find; they are confirmed earliest first, segmenting
 * one window per place, so the first confirmed one is the answer and few windows are segmented
 * however many terms the query has.
 */
function firstHit(text: string, terms: Term[], budget: Budget): Hit | null {
  const candidates = new Map<number, Array<{ words: string[]; prefix: boolean }>>();
  for (const term of terms) {
    for (const words of term.forms) {
      for (let tries = 0, at = text.indexOf(words[0]!); tries < MAX_CANDIDATES && at >= 0; tries++, at = text.indexOf(words[0]!, at + 1)) {
        const here = candidates.get(at) ?? [];
        here.push({ words, prefix: term.prefix });
        candidates.set(at, here);
      }
    }
  }
  for (const at of [...candidates.keys()].sort((a, b) => a - b)) {
    if (budget.windows-- <= 0) return null;
    const here = candidates.get(at)!;
    const windowStart = Math.max(0, at - CONTEXT_BEFORE);
    const windowEnd = Math.min(text.length, at + Math.max(...here.map(({ words }) => words[0]!.length)) + CONTEXT_AFTER);
    const window = wordsIn(text, windowStart, windowEnd);
    const index = window.findIndex((word) => word.start === at);
    if (index < 0) continue;
    for (const { words, prefix } of here) {
      const span = matchWords(window, index, words, prefix);
      if (span) return { span, window, windowStart, windowEnd };
    }
  }
  return null;
}

function matchWords(window: Word[], index: number, words: string[], prefix: boolean): Span | null {
  if (index + words.length > window.length) return null;
  for (let i = 0; i < words.length; i++) {
    const candidate = window[index + i]!.text;
    const ok = prefix && i === words.length - 1 ? candidate.startsWith(words[i]!) : candidate === words[i];
    if (!ok) return null;
  }
  return { start: window[index]!.start, end: window[index + words.length - 1]!.end };
}

const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;

/** Index words (as the tokenizer sees them) of text[start, end), with offsets into text. */
function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const part of segmentWords(text.slice(start, end))) {
    if (!part.isWordLike) continue;
    for (const run of part.segment.matchAll(WORD_RUN)) {
      const offset = start + part.index + run.index;
      words.push({ start: offset, end: offset + run[0].length, text: run[0] });
    }
  }
  return words;
}

/**
 * The hit's window as a passage, every hit of any term in it marked. The window's first and
 * last words may be cut short by the window edges, so the passage starts at a line start or
 * the second word, and ends after the second-to-last word.
 */
function passage(text: string, hit: Hit, terms: Term[]): SnippetPart[] {
  const { span, window, windowStart, windowEnd } = hit;
  const newline = text.lastIndexOf('\n', span.start - 1);
  const start =
    windowStart === 0 ? 0 : newline >= windowStart ? newline + 1 : Math.min(span.start, window[1]?.start ?? span.start);
  const cut = windowEnd === text.length ? windowEnd : Math.max(span.end, window.at(-2)?.end ?? windowEnd);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', hit: false });
  let position = start;
  for (const found of hitsIn(window, terms)) {
    if (found.start < position || found.end > cut) continue;
    if (found.start > position) parts.push({ text: text.slice(position, found.start), hit: false });
    parts.push({ text: text.slice(found.start, found.end), hit: true });
    position = found.end;
  }
  if (cut > position) parts.push({ text: text.slice(position, cut), hit: false });
  if (cut < text.length) parts.push({ text: '…', hit: false });
  return mergeParts(parts.map((part) => (part.hit ? part : { ...part, text: part.text.replace(/\s+/g, ' ') })));
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
