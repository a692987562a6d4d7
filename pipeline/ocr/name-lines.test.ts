/**
 * Name lines rendered in Debian's TLWG Garuda (fonts-thai-tlwg) and handed to the re-reading
 * with what Tesseract's word model makes of them.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { rereadNames } from './name-lines.js';
import { preparePage } from './preprocess.js';
import type { OcrLine } from './recognize-lines.js';

const WIDTH = 1400;
const HEIGHT = 240;

/** A page strip at 300 dpi with the name printed in 16 pt Garuda, and the box of its line. */
async function printedName(name: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="100%" height="100%" fill="white"/><text x="200" y="140" font-family="Garuda" font-size="67">${name}</text></svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).grayscale().raw().toBuffer({ resolveWithObject: true });
  const page = await preparePage({ data, width: info.width, height: info.height, dpi: 300 });
  let top = info.height;
  let bottom = 0;
  let left = info.width;
  let right = 0;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (page.ink[y * info.width + x]! < 128) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return { page, box: { left, right, top, bottom } };
}

const asRead = (text: string, box: OcrLine['box']): OcrLine => ({ text, confidence: 93, box, words: [] });

describe('re-reading a signer’s name line', () => {
  it('puts back ป where Tesseract read its tail as a tone mark over บ', async () => {
    const { page, box } = await printedName('(นายทรงศักดิ์ อินทร์แปง)');
    const { lines, changes } = rereadNames([asRead('(นายทรงศักดิ์ อินทร์แบ่ง)', box)], page);
    expect(lines[0]?.text).toBe('(นายทรงศักดิ์ อินทร์แปง)');
    expect(changes).toEqual([{ before: '(นายทรงศักดิ์ อินทร์แบ่ง)', after: '(นายทรงศักดิ์ อินทร์แปง)' }]);
  });

  it('takes out a letter Tesseract made up between two the classifier reads alike', async () => {
    const { page, box } = await printedName('(นางสาวณัฐธิดา ทองดี)');
    const { lines } = rereadNames([asRead('(นางสาวณัฐจธิดา ทองดี)', box)], page);
    expect(lines[0]?.text).toBe('(นางสาวณัฐธิดา ทองดี)');
  });

  it('puts back a bare consonant the classifier is all but certain of where Tesseract read another (ฐ as ช, ด as อ)', async () => {
    const { page, box } = await printedName('(นางณัฐธิดา ยอดยิ่ง)');
    const { lines } = rereadNames([asRead('(นางณัชธิดา ยออยิ่ง)', box)], page);
    expect(lines[0]?.text).toBe('(นางณัฐธิดา ยอดยิ่ง)');
  });

  it('leaves a name read right, marks and all', async () => {
    for (const name of ['(นายวิชัย ปันแก้ว)', '(นายปิยะพงษ์ อุ่นเรือน)', '(นางณัฐธิดา ภูมิสถาน)', '(นายอภิชาติ รักษ์ไทย)']) {
      const { page, box } = await printedName(name);
      expect(rereadNames([asRead(name, box)], page).changes, name).toEqual([]);
    }
  });

  it('never touches a line that is not a name in parentheses', async () => {
    const { page, box } = await printedName('อินทร์แปง');
    expect(rereadNames([asRead('อินทร์แบ่ง', box)], page).changes).toEqual([]);
  });
});
