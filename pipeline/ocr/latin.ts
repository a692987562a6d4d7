/**
 * E-mail addresses, re-read in English. The Thai model turns Latin text into Thai-looking junk
 * ("51@๒ลกท.๕๕๓16๐@๐ีกิ6๕6.ธ๐.ป่า" for saraban.center@office.go.th), but an @ mostly survives: the
 * token around it is cut from the page and read again by an English-only engine, and its reading
 * is taken when it is an e-mail address. (Loading English next to Thai for every line instead
 * made Tesseract read short Thai lines as Latin.)
 */
import type { OcrEngine } from './engine.js';
import type { Box } from './geometry.js';
import type { OcrLine } from './recognize-lines.js';
import { lineImageOf } from './recognize-lines.js';
import type { RecognitionView } from './recognize-lines.js';

export interface LatinChange {
  before: string;
  after: string;
}

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

interface Token {
  text: string;
  from: number;
  to: number;
  box: Box;
}

/** Space-separated tokens of the line holding an @, with the box of their symbols. */
function atTokens(line: OcrLine): Token[] {
  const tokens: Token[] = [];
  const symbols = line.words.flatMap((w) => w.symbols);
  let cursor = 0;
  const placed = symbols.flatMap((symbol) => {
    const at = line.text.indexOf(symbol.text, cursor);
    if (at < 0 || symbol.text === '') return [];
    cursor = at + symbol.text.length;
    return [{ symbol, from: at, to: cursor }];
  });
  for (const match of line.text.matchAll(/\S*@\S*/g)) {
    const from = match.index ?? 0;
    const to = from + match[0].length;
    const inside = placed.filter((p) => p.from >= from && p.to <= to).map((p) => p.symbol.box);
    if (inside.length === 0) continue;
    const box = {
      left: Math.min(...inside.map((b) => b.left)),
      right: Math.max(...inside.map((b) => b.right)),
      top: line.box.top,
      bottom: line.box.bottom,
    };
    tokens.push({ text: match[0], from, to, box });
  }
  return tokens;
}

/** Lines with their e-mail addresses re-read in English; each change as before/after. */
export async function rereadEmails(
  lines: OcrLine[],
  view: RecognitionView,
  useLatin: <T>(work: (engine: OcrEngine) => Promise<T>) => Promise<T>,
): Promise<{ lines: OcrLine[]; changes: LatinChange[] }> {
  const changes: LatinChange[] = [];
  const result: OcrLine[] = [];
  for (const line of lines) {
    let text = line.text;
    for (const token of atTokens(line).reverse()) {
      const lineHeight = line.box.bottom - line.box.top + 1;
      const { pgm } = lineImageOf(view, { ...token.box, lineHeight });
      const read = await useLatin((engine) => engine.recognize(pgm, 'line'));
      const reading = read.map((l) => l.text.trim()).join(' ').replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
      if (!EMAIL.test(reading) || reading === token.text) continue;
      text = text.slice(0, token.from) + reading + text.slice(token.to);
      changes.push({ before: token.text, after: reading });
    }
    result.push(text === line.text ? line : { ...line, text });
  }
  return { lines: result, changes };
}
