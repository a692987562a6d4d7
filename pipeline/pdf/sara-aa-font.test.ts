/**
 * A born-digital page whose font maps the glyph of sara aa (า) to the code point of sara am (ำ),
 * as some real regulations do: built here with pdf-lib and Debian's TLWG Garuda font, its
 * ToUnicode map then edited so that า reads as ำ.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { repairThaiText } from '../thai/index.js';
import { readPdfText } from './read-text.js';
import { judgeTextLayer } from './text-layer-quality.js';

const GARUDA = '/usr/share/fonts/truetype/tlwg/Garuda.ttf';

const REGULATION = [
  'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ',
  'หนังสือราชการ คือ เอกสารที่เป็นหลักฐานในราชการ ได้แก่',
  'หนังสือที่มีไปมาระหว่างส่วนราชการ และหนังสือที่ส่วนราชการมีไปถึงหน่วยงานอื่น',
  'ให้ใช้สรรพนามตามที่กำหนดไว้ในภาคผนวก และให้กองบัญชาการตำรวจสอบสวนกลาง',
  'ถือปฏิบัติตามระเบียบนี้ โดยให้หัวหน้าส่วนราชการมีหน้าที่ควบคุมการดำเนินงาน',
];

/** The page typeset in Garuda; `saraAaAsSaraAm` breaks the font's ToUnicode map as such fonts do. */
async function regulationPage(saraAaAsSaraAm: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(GARUDA), { subset: true });
  const page = doc.addPage([595, 842]);
  REGULATION.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 26, size: 14, font }));
  const bytes = await doc.save();
  if (!saraAaAsSaraAm) return bytes;
  const broken = await PDFDocument.load(bytes);
  for (const [ref, object] of broken.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const cmap = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1');
    if (cmap.includes('beginbfchar')) broken.context.assign(ref, broken.context.flateStream(cmap.replaceAll('<0E32>', '<0E33>')));
  }
  return broken.save();
}

describe('a text layer whose font maps sara aa to sara am', () => {
  it('is repaired with the Thai dictionary, not sent to OCR', async () => {
    const { pages } = await readPdfText(await regulationPage(true));
    expect(pages[0]?.method).toBe('text');
    const text = pages[0]!.lines.join(' ');
    for (const word of ['สรรพนาม', 'กองบัญชาการ', 'หนังสือราชการ', 'สำนักนายกรัฐมนตรี', 'การดำเนินงาน']) expect(text).toContain(word);
    expect(text).not.toMatch(/สรรพนำม|กองบัญชำกำร/);
    const warning = pages[0]!.warnings.find((w) => w.message.includes('sara aa'));
    expect(warning).toMatchObject({ code: 'text-layer-repaired', before: expect.stringContaining('ำ'), after: expect.stringContaining('า') });
  });

  it('would go to OCR unrepaired: the layer as printed reads as broken Thai', async () => {
    const asPrinted = REGULATION.map((line) => repairThaiText(line.replaceAll('า', 'ำ')));
    expect(judgeTextLayer(asPrinted).usable).toBe(false);
  });

  it('leaves the same page with a sound font alone', async () => {
    const { pages } = await readPdfText(await regulationPage(false));
    expect(pages[0]?.method).toBe('text');
    expect(pages[0]!.warnings.some((w) => w.message.includes('sara aa'))).toBe(false);
    for (const word of ['สรรพนาม', 'กองบัญชาการ', 'ควบคุมการดำเนินงาน']) expect(pages[0]!.lines.join(' ')).toContain(word);
  });
});
