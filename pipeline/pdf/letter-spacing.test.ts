import { readFileSync } from 'node:fs';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, type PDFRawStream, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { repairLine } from './letter-spacing.js';
import type { LineToken, TextLine } from './line-assembly.js';
import { readPdfText } from './read-text.js';

const fixturePath = (name: string): URL => new URL(`../../test/fixtures/pdf/${name}`, import.meta.url);

/** A line as pdfjs hands letter-spaced text: every space inside the item strings, unmeasured. */
function inStringLine(text: string): TextLine {
  const tokens: LineToken[] = text.split(' ').map((piece, i) => ({ text: piece, spaceBefore: i > 0 ? { source: 'string' } : null }));
  return { tokens };
}

/** Tokens separated by measured gaps, written "ก|0.2|ร" (gap in em between pieces). */
function measuredLine(spec: string): TextLine {
  const parts = spec.split('|');
  const tokens: LineToken[] = [{ text: parts[0] ?? '', spaceBefore: null }];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    tokens.push({ text: parts[i + 1] ?? '', spaceBefore: { source: 'gap', em: Number(parts[i]) } });
  }
  return { tokens };
}

describe('repairLine', () => {
  it('leaves the phrase spaces of ordinary Thai text alone', () => {
    const line = inStringLine('ภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ซึ่งมี วัตถุประสงค์');
    expect(repairLine(line)).toEqual({ text: 'ภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ซึ่งมี วัตถุประสงค์', rejoined: 0 });
  });

  it('rejoins syllables cut apart by spaces when no gap was measured, dropping them all when most fall inside words', () => {
    expect(repairLine(inStringLine('หนั งสื อระเบี ย บ')).text).toBe('หนังสือระเบียบ');
    expect(repairLine(inStringLine('ก ร ะ ท ร ว ง ม ห า ด ไ ท ย')).text).toBe('กระทรวงมหาดไทย');
  });

  it('keeps a lone space that the dictionary would not put there (names, abbreviations)', () => {
    const line = measuredLine('ภายในเดือนถัดไป|0.38|ณ|0.38|ที่ว่าการอำเภอ');
    expect(repairLine(line)).toEqual({ text: 'ภายในเดือนถัดไป ณ ที่ว่าการอำเภอ', rejoined: 0 });
  });

  it('rejoins words cut apart by justification even where the gaps are as wide as spaces', () => {
    const line = measuredLine('ด้|0.3|วยกระทรวงเกษตรและสหกรณ์|0.3|ได้|0.3|กำหนดแนวทางการดำเนิ|0.3|นงานโครงการสั|0.3|ตว์');
    expect(repairLine(line).text).toBe('ด้วยกระทรวงเกษตรและสหกรณ์ ได้ กำหนดแนวทางการดำเนินงานโครงการสัตว์');
  });

  it('keeps only the gaps wider than the letter gap when gaps were measured', () => {
    const line = measuredLine('แ|0.2|ล้|0.2|ว|0.72|เ|0.2|พื่|0.2|อ|0.2|ใ|0.2|ห้');
    expect(repairLine(line)).toEqual({ text: 'แล้ว เพื่อให้', rejoined: 6 });
  });
});

describe('letter-spaced PDF (justified and letter-spaced Thai, as word processors set it)', () => {
  const typed = readFileSync(fixturePath('letter-spaced.truth.txt'), 'utf8');

  async function readLines(): Promise<string[]> {
    const { pages } = await readPdfText(new Uint8Array(readFileSync(fixturePath('letter-spaced.digital.pdf'))));
    return pages.flatMap((page) => page.lines);
  }

  it('recovers every character of the typed text', async () => {
    const lines = await readLines();
    expect(lines.join('').replace(/\s+/g, '')).toBe(typed.replace(/\s+/g, ''));
  });

  it('keeps the phrase spaces and adds none inside words', async () => {
    const lines = await readLines();
    // Compare space positions in the text without spaces; a line end may or may not be a space.
    const spacePositions = (text: string): Set<number> => {
      const positions = new Set<number>();
      let index = 0;
      for (const char of text.replace(/\n/g, '')) {
        if (char === ' ') positions.add(index);
        else index++;
      }
      return positions;
    };
    const lineEnds = new Set<number>();
    let length = 0;
    for (const line of lines) lineEnds.add((length += line.replace(/ /g, '').length));
    const inside = (positions: Set<number>) => [...positions].filter((p) => !lineEnds.has(p)).sort((a, b) => a - b);
    expect(inside(spacePositions(lines.join('')))).toEqual(inside(spacePositions(typed.replace(/\n/g, ''))));
  });
});

/** The same PDF with extra character spacing (Tc) at the start of every text object. */
async function withCharacterSpacing(bytes: Uint8Array, points: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = (contents instanceof PDFArray ? contents.asArray() : [contents]) as PDFRef[];
    const text = refs
      .map((ref) => Buffer.from(decodePDFRawStream(doc.context.lookup(ref) as PDFRawStream).decode()).toString('latin1'))
      .join('\n')
      .replace(/\bBT\b/g, `BT ${points} Tc`);
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(Buffer.from(text, 'latin1'))));
  }
  return doc.save();
}

describe('a memo whose glyph runs were pushed apart (justification, tracking)', () => {
  it('reads line for line as the original when runs are 0.12 em apart', async () => {
    const original = new Uint8Array(readFileSync(fixturePath('rabies-memo.digital.pdf')));
    const spaced = await withCharacterSpacing(original, 1.5);
    const [expected, actual] = await Promise.all([readPdfText(original), readPdfText(spaced)]);
    expect(actual.pages[0]?.lines).toEqual(expected.pages[0]?.lines);
  });
});
