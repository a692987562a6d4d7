import { describe, expect, it } from 'vitest';
import { documentLines } from './line-roles.js';
import { restyleDates, restyleDocument } from './restyle.js';
import { SourceDocument } from './source-truth.js';

/** A two-page external letter in the corpus truth format, with a receipt stamp and a contact block. */
function letter(): SourceDocument {
  const page1 = [
    'ด่วนที่สุด',
    'ที่ ชร ๐๓๒๘/๒๔๐',
    'ที่ว่าการอำเภอเทิง',
    'ถนนราษฎร์บำรุง อำเภอเทิง',
    '๒๐ กุมภาพันธ์ ๒๕๖๗',
    'เรื่อง การจัดการศึกษาปฐมวัย ปี ๒๕๖๗',
    'เรียน นายกเทศมนตรีตำบลวังหิน',
    'อ้างถึง หนังสือจังหวัดเชียงราย ที่ ชร ๐๐๒๓.๖/ว ๙๐๒ ลงวันที่ ๑๓ กุมภาพันธ์ ๒๕๖๗',
    'สิ่งที่ส่งมาด้วย ๑. สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ',
    '๒. แบบรายงาน จำนวน ๑ ชุด',
    'ตามหนังสือที่อ้างถึง จังหวัดแจ้งว่า ภายในวันที่ ๑ มีนาคม ๒๕๖๗',
    '๑. ดำเนินการตามแนวทาง',
    'จึงเรียนมาเพื่อโปรดพิจารณา',
    'ขอแสดงความนับถือ',
    '(นายนพดล พรหมมา)',
    'นายอำเภอเทิง',
    'ฝ่ายบริหาร...',
    'เทศบาลตำบลวังหิน',
    'เลขรับ ๑๒๓',
    'วันที่ ๒๑ ก.พ. ๒๕๖๗',
  ];
  const page2 = ['- ๒ -', 'ฝ่ายบริหารงานทั่วไป', 'โทร. ๐ ๕๓๗๙ ๕๐๐๑'];
  return SourceDocument.parse({
    pages: [1, 2],
    kind: 'external_letter',
    urgency: 'ด่วนที่สุด',
    secrecy: null,
    font: 'Laksaman',
    digits: 'thai',
    reference: { raw: 'ชร ๐๓๒๘/๒๔๐', normalized: 'ชร 0328/240' },
    date_raw: '๒๐ กุมภาพันธ์ ๒๕๖๗',
    issuer: 'ที่ว่าการอำเภอเทิง',
    issuer_address: ['ถนนราษฎร์บำรุง อำเภอเทิง'],
    subject: 'การจัดการศึกษาปฐมวัย ปี ๒๕๖๗',
    addressee: 'นายกเทศมนตรีตำบลวังหิน',
    references: [{ text: 'หนังสือจังหวัดเชียงราย ที่ ชร ๐๐๒๓.๖/ว ๙๐๒ ลงวันที่ ๑๓ กุมภาพันธ์ ๒๕๖๗' }],
    enclosures: [{ text: 'สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ' }, { text: 'แบบรายงาน จำนวน ๑ ชุด' }],
    signatory: { name: 'นายนพดล พรหมมา', position: 'นายอำเภอเทิง', position_lines: ['นายอำเภอเทิง'] },
    contact: ['ฝ่ายบริหารงานทั่วไป', 'โทร. ๐ ๕๓๗๙ ๕๐๐๑'],
    receipt_stamps: [{ receiver: 'เทศบาลตำบลวังหิน', label: 'เลขรับ', number_raw: '๑๒๓', date_raw: '๒๑ ก.พ. ๒๕๖๗', time_raw: null }],
    text: [page1.join('\n'), page2.join('\n')].join('\f'),
    level: 'district',
  });
}

describe('line roles of a truth document', () => {
  it('recovers the header fields, body, signature block, stamp and page frame of an external letter', () => {
    const [first, second] = documentLines(letter());
    expect(first!.map((l) => l.role)).toEqual([
      'urgency', 'reference', 'issuer', 'issuer-address', 'date', 'subject', 'addressee', 'citation',
      'enclosure', 'enclosure-item', 'paragraph', 'list-item', 'paragraph', 'closing', 'signature', 'position',
      'continuation', 'stamp', 'stamp', 'stamp',
    ]);
    expect(second!.map((l) => l.role)).toEqual(['page-marker', 'contact', 'contact']);
  });

  it('reads a memo head (ส่วนราชการ, ที่, วันที่, เรื่อง) and an attachment form', () => {
    const memo = SourceDocument.parse({
      ...letter(),
      kind: 'internal_memo',
      receipt_stamps: [],
      contact: null,
      text: ['บันทึกข้อความ', 'ส่วนราชการ อำเภอเทิง โทร. ๐ ๕๓๗๙ ๕๐๐๑', 'ที่ ชร ๐๓๒๘/๒๔๐', 'วันที่ ๒๐ กุมภาพันธ์ ๒๕๖๗',
        'เรื่อง การจัดการศึกษาปฐมวัย ปี ๒๕๖๗', 'เรียน นายอำเภอเทิง', 'ด้วย ...', '(นายนพดล พรหมมา)', 'นายอำเภอเทิง'].join('\n'),
    });
    expect(documentLines(memo)[0]!.map((l) => l.role)).toEqual([
      'memo-title', 'memo-office', 'memo-reference', 'memo-date', 'subject', 'addressee', 'paragraph', 'signature', 'position',
    ]);
    const form = SourceDocument.parse({
      ...memo,
      kind: 'attachment',
      text: ['แบบรายงานผล', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', 'ลำดับ\tกิจกรรม', '๑\tสำรวจ', '๑. หลักการ', '๑.๑ ย่อย',
        'ข้อเสนอแนะ ..........', 'ผู้เสนอโครงการ', '(นายนพดล พรหมมา)', 'นายอำเภอเทิง'].join('\n'),
    });
    expect(documentLines(form)[0]!.map((l) => l.role)).toEqual([
      'title', 'title', 'table-row', 'table-row', 'heading', 'list-item', 'form-line', 'signing', 'signing', 'signing',
    ]);
  });
});

describe('restyling digits and dates', () => {
  it('abbreviates full dates, with the four- or two-digit year, in either digit set', () => {
    expect(restyleDates('ลงวันที่ ๑๓ กุมภาพันธ์ ๒๕๖๗ จำนวน', 'abbreviated')).toBe('ลงวันที่ ๑๓ ก.พ. ๒๕๖๗ จำนวน');
    expect(restyleDates('๒๔ กันยายน พ.ศ. ๒๕๖๘', 'short-year')).toBe('๒๔ ก.ย. ๖๘');
    expect(restyleDates('5 ธันวาคม 2566', 'short-year')).toBe('5 ธ.ค. 66');
    expect(restyleDates('ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗', 'abbreviated')).toBe('ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗');
  });

  it('changes the printed lines and the truth fields alike, and leaves receipt stamps as stamped', () => {
    const source = letter();
    const { document, pages } = restyleDocument(source, documentLines(source), { digits: 'arabic', dates: 'short-year' });
    expect(document.digits).toBe('arabic');
    expect(document.reference!.raw).toBe('ชร 0328/240');
    expect(document.reference!.normalized).toBe('ชร 0328/240');
    expect(document.date_raw).toBe('20 ก.พ. 67');
    expect(document.subject).toBe('การจัดการศึกษาปฐมวัย ปี 2567');
    expect(document.enclosures[0]!.text).toBe('สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ');
    expect(document.references[0]!.text).toBe('หนังสือจังหวัดเชียงราย ที่ ชร 0023.6/ว 902 ลงวันที่ 13 ก.พ. 67');
    const lines = document.text.split(/[\n\f]/);
    for (const field of [document.date_raw!, `เรื่อง ${document.subject}`, `สิ่งที่ส่งมาด้วย ๑. ${document.enclosures[0]!.text}`.replace('๑', '1')]) {
      expect(lines).toContain(field);
    }
    expect(lines).toContain('เลขรับ ๑๒๓');
    expect(pages.flat().filter((l) => l.role === 'stamp').map((l) => l.text)).toEqual(['เทศบาลตำบลวังหิน', 'เลขรับ ๑๒๓', 'วันที่ ๒๑ ก.พ. ๒๕๖๗']);
  });

  it('keeps a document whose digits do not change exactly as printed', () => {
    const source = letter();
    const { document } = restyleDocument(source, documentLines(source), { digits: 'thai', dates: 'as-printed' });
    expect(document.text).toBe(source.text);
    expect(document.enclosures).toEqual(source.enclosures);
  });
});
