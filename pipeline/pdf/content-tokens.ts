/**
 * The tokens of a PDF content stream (drawing instructions), read from its decoded bytes as a
 * latin1 string: enough syntax to follow operators and their operands without a full parser.
 * Strings, hex strings, comments and the binary data of inline images (BI … ID data EI) are
 * stepped over, so nothing inside them is ever taken for an operator.
 */

export type ContentToken =
  | { kind: 'number'; value: number }
  | { kind: 'name'; value: string }
  | { kind: 'operator'; value: string }
  /** A literal or hex string; `length` is its byte count, roughly (escapes count as written). */
  | { kind: 'string'; length: number }
  | { kind: 'other' };

const WHITESPACE = new Set(['\0', '\t', '\n', '\f', '\r', ' ']);
const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);

/** Index just past a literal string starting at `start` (which holds the opening parenthesis). */
function skipString(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * Index just past the EI that ends an inline image's data, which starts one whitespace byte after
 * ID. The data is binary, so EI counts only between whitespace (or at the very end).
 */
function skipInlineImageData(text: string, afterId: number): number {
  for (let at = text.indexOf('EI', afterId + 1); at >= 0; at = text.indexOf('EI', at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + 2];
    if (WHITESPACE.has(before) && (after === undefined || WHITESPACE.has(after))) return at + 2;
  }
  return text.length;
}

export function* contentTokens(text: string): Generator<ContentToken> {
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (WHITESPACE.has(char)) i++;
    else if (char === '%') i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else if (char === '(') {
      const end = skipString(text, i);
      yield { kind: 'string', length: Math.max(0, end - i - 2) };
      i = end;
    } else if (text.startsWith('<<', i) || text.startsWith('>>', i)) {
      i += 2;
      yield { kind: 'other' };
    } else if (char === '<') {
      const end = text.indexOf('>', i) < 0 ? text.length : text.indexOf('>', i) + 1;
      yield { kind: 'string', length: Math.floor(text.slice(i + 1, end - 1).replace(/\s+/g, '').length / 2) };
      i = end;
    } else if (DELIMITERS.has(char) && char !== '/') {
      i++;
      yield { kind: 'other' };
    } else {
      let end = i + 1;
      while (end < text.length && !WHITESPACE.has(text[end] as string) && !DELIMITERS.has(text[end] as string)) end++;
      const word = text.slice(i, end);
      i = end;
      if (char === '/') yield { kind: 'name', value: word.slice(1) };
      else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) yield { kind: 'number', value: Number(word) };
      else if (['true', 'false', 'null'].includes(word)) yield { kind: 'other' };
      else {
        yield { kind: 'operator', value: word };
        if (word === 'ID') {
          i = skipInlineImageData(text, i);
          yield { kind: 'operator', value: 'EI' };
        }
      }
    }
  }
}
