/** Classes stamped and numbers filled in on OCR-read letters, as the parser reads them. */
import { describe, expect, it } from 'vitest';
import { parseDocuments } from './index.js';

const memo = (lines: string[]) => parseDocuments([{ number: 1, method: 'ocr', lines, warnings: [] }])[0];

const HEADER = [
  'ส่วนราชการ ศูนย์ซ่อมบำรุงทหาร โทร. ๐ ๒๒๒๑ ๒๑๑๑',
  'ที่ กห ๐๓๐๑.๑๐.๑/๑๒๓',
  'วันที่ ๓ พฤษภาคม ๒๕๖๗',
  'เรื่อง ขออนุมัติจัดซื้อวัสดุ',
  'เสนอ ผบ.ศซบ.ทหาร',
  'ด้วยศูนย์ซ่อมบำรุงทหารมีความจำเป็นต้องจัดซื้อวัสดุสำหรับซ่อมบำรุงยานพาหนะ จึงเสนอมาเพื่อโปรดพิจารณาอนุมัติ',
];

describe('urgency and secrecy stamped on a scan', () => {
  it('are read from the title line they were stamped on', () => {
    expect(memo(['บันทึกข้อความ ด่วนมาก', ...HEADER])).toMatchObject({ kind: 'internal_memo', urgency: 'ด่วนมาก' });
    expect(memo(['ลับ บันทึกข้อความ', ...HEADER])).toMatchObject({ secrecy: 'ลับ' });
  });

  it('are read from a stamp read after the page lines', () => {
    expect(memo(['บันทึกข้อความ', ...HEADER, 'ด่วนที่สุด'])).toMatchObject({ urgency: 'ด่วนที่สุด' });
  });

  it('are not read from words inside the body', () => {
    expect(memo(['บันทึกข้อความ', ...HEADER, 'จึงเรียนมาเพื่อโปรดพิจารณาเป็นการด่วนมาก'])?.urgency).toBeNull();
  });
});

describe('a number filled in by hand that OCR could not read', () => {
  const page = (lines: string[], fields: Array<{ kind: 'reference-number' | 'date-day'; text: string | null }>) =>
    parseDocuments([{ number: 1, method: 'ocr', lines, warnings: [], fields: fields.map((f) => ({ ...f, confidence: 0.3, ink: 'colour' as const })) }])[0];
  const lines = ['บันทึกข้อความ', 'ส่วนราชการ สำนักงานเขตลาดกระบัง', 'ที่ กท ๐๔๐๖/ วันที่ กันยายน ๒๕๕๘', 'เรื่อง ขออนุญาตจดทะเบียน', 'เรียน ผู้อำนวยการเขต', HEADER[5] as string];

  it('keeps the printed prefix with the number null, and says why', () => {
    const memoDoc = page(lines, [{ kind: 'reference-number', text: null }, { kind: 'date-day', text: null }]);
    expect(memoDoc?.reference).toMatchObject({ raw: 'กท ๐๔๐๖/', normalized: 'กท 0406/', number: null });
    expect(memoDoc?.date).toBeNull();
    expect(memoDoc?.warnings.filter((w) => w.code === 'handwritten-number-unread').map((w) => w.field)).toEqual(['reference', 'date']);
  });

  it('never makes up a reference from a prefix when no field was left unread', () => {
    expect(page(lines, [])?.reference).toBeNull();
  });
});

describe('an unread running number cited elsewhere in the bundle', () => {
  const memoPage = {
    number: 1, method: 'ocr' as const, warnings: [],
    lines: ['บันทึกข้อความ', 'ส่วนราชการ สำนักงานเขตลาดกระบัง', 'ที่ กท ๐๔๐๖/', 'วันที่ ๒๔ กันยายน ๒๕๕๘', 'เรื่อง ขออนุญาตจดทะเบียน', 'เรียน ผู้อำนวยการเขต', HEADER[5] as string, '(นายสมชาย ใจดี)', 'ผู้อำนวยการเขตลาดกระบัง'],
    fields: [{ kind: 'reference-number' as const, text: null, confidence: 0.4, ink: 'colour' as const }],
  };
  const forwarding = {
    number: 2, method: 'ocr' as const, warnings: [],
    lines: ['บันทึกข้อความ', 'ส่วนราชการ สำนักงานปกครองและทะเบียน', 'ที่ กท ๐๓๐๗/๑๒๓', 'วันที่ ๒๘ กันยายน ๒๕๕๘', 'เรื่อง ขออนุญาตจดทะเบียน', 'เรียน ปลัดกรุงเทพมหานคร',
      'อ้างถึง บันทึกสำนักงานเขตลาดกระบัง ที่ กท ๐๔๐๖/๖๕๕๐ ลงวันที่ ๒๔ กันยายน ๒๕๕๘', HEADER[5] as string, '(นายสมศักดิ์ ใจงาม)', 'ผู้อำนวยการสำนักงานปกครองและทะเบียน'],
  };
  it('takes the number the forwarding letter cites with the same prefix and date', () => {
    const [memoDoc] = parseDocuments([memoPage, forwarding]);
    expect(memoDoc?.reference).toMatchObject({ normalized: 'กท 0406/6550', number: '6550' });
    expect(memoDoc?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-from-citation' }));
    // Its date's year unreadable too: the day and month the citation gives are enough, and the date comes with the number.
    const garbled = { ...memoPage, lines: memoPage.lines.map((l) => (l === 'วันที่ ๒๔ กันยายน ๒๕๕๘' ? 'วันที่ ๒๔ กันยายน ๐๕๘' : l)) };
    const [yearUnread] = parseDocuments([garbled, forwarding]);
    expect(yearUnread?.reference?.normalized).toBe('กท 0406/6550');
    expect(yearUnread?.date?.iso).toBe('2015-09-24');
  });

  it('takes it, with the agency code, when OCR misread a letter of the code as a digit', () => {
    const codeMisread = { ...memoPage, lines: memoPage.lines.map((l) => (l === 'ที่ กท ๐๔๐๖/' ? 'ที่ ก1 ๐๔๐๖/' : l)) };
    const [memoDoc] = parseDocuments([codeMisread, forwarding]);
    expect(memoDoc?.reference).toMatchObject({ normalized: 'กท 0406/6550', agencyCode: 'กท', number: '6550' });
    expect(memoDoc?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-from-citation' }));
    // A code whose letters disagree with the citation's is another office's number.
    const otherCode = { ...memoPage, lines: memoPage.lines.map((l) => (l === 'ที่ กท ๐๔๐๖/' ? 'ที่ ม1 ๐๔๐๖/' : l)) };
    expect(parseDocuments([otherCode, forwarding])[0]?.reference).toBeNull();
  });

  it('takes it from a citation whose own code the cross-check gave back', () => {
    const ministryMemo = { ...memoPage, lines: memoPage.lines.map((l) => (l === 'ที่ กท ๐๔๐๖/' ? 'ที่ ส8๐๒๐๓.๒/' : l)) };
    const citing = {
      ...forwarding,
      lines: forwarding.lines.map((l) => (l.startsWith('อ้างถึง') ? 'อ้างถึง หนังสือกระทรวงสาธารณสุข ที่ สฮ ๐๒๐๓.๒/๒๐ ลงวันที่ ๒๔ กันยายน ๒๕๕๘' : l)),
    };
    const [memoDoc, citingDoc] = parseDocuments([ministryMemo, citing]);
    expect(citingDoc?.references[0]?.normalized).toBe('สธ 0203.2/20');
    expect(memoDoc?.reference).toMatchObject({ normalized: 'สธ 0203.2/20', number: '20' });
  });
});
