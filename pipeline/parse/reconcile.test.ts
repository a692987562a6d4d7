import { describe, expect, it } from 'vitest';
import { parseDocuments } from './index.js';

const letter = (ref: string, date: string, enclosure?: string) => [
  `ที่ ${ref}`, 'ศาลากลางจังหวัดแพร่', date, 'เรื่อง ขอเชิญประชุม', 'เรียน นายอำเภอ ทุกอำเภอ',
  ...(enclosure ? [`สิ่งที่ส่งมาด้วย ${enclosure}`] : []),
  'ด้วยจังหวัดแพร่', 'ขอแสดงความนับถือ', '(นายธีรวัฒน์ ศรีสุวรรณ)', 'ผู้ว่าราชการจังหวัดแพร่',
];
const pages = (...texts: string[][]) => texts.map((lines, i) => ({ number: i + 1, method: 'ocr' as const, lines, warnings: [] }));

describe('reconcileReferences', () => {
  it('gives back a misread agency code from the citation of the same number and date', () => {
    const documents = parseDocuments(pages(
      letter('พร ๐๐๑๗.๓/ว๔๖๑', '๒ ธันวาคม ๒๕๖๗', 'สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ'),
      letter('ฆท ๐๘๑๖/ว ๔๒๙', '๒๕ พฤศจิกายน ๒๕๖๗'),
    ));
    expect(documents[1]?.reference?.normalized).toBe('มท 0816/ว 429');
    expect(documents[1]?.reference?.raw).toBe('ฆท ๐๘๑๖/ว ๔๒๙');
    expect(documents[1]?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-repaired', before: 'ฆท 0816/ว 429' }));
  });

  it('takes an unreadable number from the forwarding letter citation of the same date, with a warning', () => {
    const documents = parseDocuments(pages(
      letter('พร ๐๐๑๗.๓/ว๔๖๑', '๒ ธันวาคม ๒๕๖๗', 'สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ'),
      letter('มท ๐๘๑ฒ./ว ๔๒๙', '๒๕ พฤศจิกายน ๒๕๖๗'),
    ));
    expect(documents[1]?.reference?.normalized).toBe('มท 0816/ว 429');
    expect(documents[1]?.confidence.reference).toBe(0.5);
    expect(documents[1]?.warnings.map((w) => w.code)).toContain('reference-from-citation');
  });

  it('takes a citation number whose office block OCR garbled from the letter it cites, later in the bundle with its date, with a warning', () => {
    const citing = (citation: string) => {
      const lines = letter('พร ๐๐๑๗.๓/ว๔๖๑', '๒ ธันวาคม ๒๕๖๗');
      lines.splice(5, 0, `อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนมาก ${citation} ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗`);
      return lines;
    };
    const cited = letter('มท ๐๘๑๖/ว ๔๒๙', '๒๕ พฤศจิกายน ๒๕๖๗');
    const documents = parseDocuments(pages(citing('ที่ มท อยธัญ : ๔๒๙'), cited));
    expect(documents[0]?.references.map((r) => r.normalized)).toEqual(['มท 0816/ว 429']);
    expect(documents[0]?.references[0]?.raw).toBe('หนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนมาก ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗');
    expect(documents[0]?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-from-letter', field: 'references', after: 'มท 0816/ว 429' }));
    // The cited letter's own code misread too (บท), given back by the bundle's cross-check from its head first.
    const misread = letter('บท ๐๘๑๖/ว ๔๒๙', '๒๕ พฤศจิกายน ๒๕๖๗');
    misread[1] = 'กรมส่งเสริมการปกครองท้องถิ่น';
    expect(parseDocuments(pages(citing('ที่ มท อยธัญ : ๔๒๙'), misread))[0]?.references.map((r) => r.normalized)).toEqual(['มท 0816/ว 429']);
    // An enclosure line too, its text reprinted with the number.
    const enclosing = letter('กจ ๐๘๙๗/ว ๑๒๖๘', '๒๙ พฤษภาคม ๒๕๖๘', 'สำเนาหนังสือจังหวัดกาญจนบุรี ด่วนมาก ที่ กจ๋ ๐๐๖./ว๒๕๘๖ ลงวันที่ ๒๖ พฤษภาคม ๒๕๖๘ จำนวน ๑ ฉบับ');
    const [owner] = parseDocuments(pages(enclosing, letter('กจ ๐๐๑๗.๒/ว ๒๕๘๖', '๒๖ พฤษภาคม ๒๕๖๘')));
    expect(owner?.enclosures.map((e) => [e.text, e.reference])).toEqual([['สำเนาหนังสือจังหวัดกาญจนบุรี ด่วนมาก ที่ กจ ๐๐๑๗.๒/ว ๒๕๘๖ ลงวันที่ ๒๖ พฤษภาคม ๒๕๖๘ จำนวน ๑ ฉบับ', 'กจ 0017.2/ว 2586']]);
    // Its code lost a letter ("ก 0897"): the office block and the running number show the letter.
    const lostLetter = letter('กจ ๗๑๕๑๗/ว ๔๗๕', '๔ มิถุนายน ๒๕๖๘', 'สำเนาหนังสืออำเภอท่าม่วง ด่วนมาก ที่ ก 0897/ว1268 ลงวันที่ 2 มิถุนายน 2568 จำนวน 1 ฉบับ');
    const [forwarding] = parseDocuments(pages(lostLetter, letter('กจ 0897/ว 1268', '2 มิถุนายน 2568')));
    expect(forwarding?.enclosures.map((e) => [e.text, e.reference])).toEqual([['สำเนาหนังสืออำเภอท่าม่วง ด่วนมาก ที่ กจ 0897/ว1268 ลงวันที่ 2 มิถุนายน 2568 จำนวน 1 ฉบับ', 'กจ 0897/ว 1268']]);
    // Where the rest is garbled too ("/วอ1268", "0897.1268"), the number is printed whole.
    for (const garbled of ['ก 0897/วอ1268', 'ก 0897.ว1268']) {
      const text = letter('กจ ๗๑๕๑๗/ว ๔๗๕', '๔ มิถุนายน ๒๕๖๘', `สำเนาหนังสืออำเภอท่าม่วง ด่วนมาก ที่ ${garbled} ลงวันที่ 2 มิถุนายน 2568 จำนวน 1 ฉบับ`);
      const [owner] = parseDocuments(pages(text, letter('กจ 0897/ว 1268', '2 มิถุนายน 2568')));
      expect(owner?.enclosures.map((e) => e.text)).toEqual(['สำเนาหนังสืออำเภอท่าม่วง ด่วนมาก ที่ กจ 0897/ว 1268 ลงวันที่ 2 มิถุนายน 2568 จำนวน 1 ฉบับ']);
    }
    const runningOnly = letter('กจ ๗๑๕๑๗/ว ๔๗๕', '๔ มิถุนายน ๒๕๖๘', 'สำเนาหนังสืออำเภอท่าม่วง ด่วนมาก ที่ ก ๐๘@/ว1268 ลงวันที่ 2 มิถุนายน 2568 จำนวน 1 ฉบับ');
    expect(parseDocuments(pages(runningOnly, letter('กจ 0897/ว 1268', '2 มิถุนายน 2568')))[0]?.enclosures.map((e) => e.reference)).toEqual([null]);
    // Without the running number in view, or with another, the citation stays unread.
    for (const other of ['ที่ มท อยธัญ :', 'ที่ มท อยธัญ : ๔๒๘']) {
      expect(parseDocuments(pages(citing(other), cited))[0]?.references.map((r) => r.normalized)).toEqual([null]);
    }
  });

  it('takes an unreadable number from the one citation of its day and month whose year OCR misread decades away', () => {
    const cites = (first: string, second?: string) => {
      const lines = letter('พร ๐๐๑๗.๓/ว๔๖๑', '๒ ธันวาคม ๒๕๖๗', second ? `๑. ${first}` : first);
      if (second) lines.splice(6, 0, `๒. ${second}`);
      return lines;
    };
    const citedAt = (year: string) => `สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ${year} จำนวน ๑ ฉบับ`;
    // Its code lost a letter, glued to its block: no number is read on its own ที่ line.
    const unread = letter('ม0816/ว429', '๒๕ พฤศจิกายน ๒๕๖๗');
    const documents = parseDocuments(pages(cites(citedAt('๒๕๒๐')), unread));
    expect(documents[1]?.reference?.normalized).toBe('มท 0816/ว 429');
    expect(documents[1]?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-from-citation', message: expect.stringContaining('day and month') }));
    // Two numbers cited with that day and month: neither is taken.
    const two = parseDocuments(pages(cites(citedAt('๒๕๒๐'), 'สำเนาหนังสือกระทรวง ที่ มท ๐๒๐๘.๕/๔๓ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๒๖ จำนวน ๑ ฉบับ'), unread));
    expect(two[0]?.enclosures).toHaveLength(2);
    expect(two[1]?.reference).toBeNull();
  });

  it("keeps the date of a memo's ที่ line whose number OCR garbled, and takes the number from the citation of that date", () => {
    const memo = [
      'บันทึกข้อความ', 'ส่วนราชการ กระทรวงมหาดไทย สำนักงานปลัดกระทรวง', 'ที่ มท 0208.2ม25, วันที่ 4 มีนาคม 2567 a',
      'เรื่อง การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง', 'เรียน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น', 'ด้วยกระทรวงมหาดไทย',
      '(นายธีรวัฒน์ ศรีสุวรรณ)', 'ปลัดกระทรวงมหาดไทย',
    ];
    const documents = parseDocuments(pages(
      letter('มท ๐๘๐๘.๗/ว ๒๓๖๖', '๘ มีนาคม ๒๕๖๗', 'สำเนาหนังสือกระทรวงมหาดไทย ที่ มท 0208.2/253 ลงวันที่ 4 มีนาคม 2567 จำนวน 1 ฉบับ'),
      memo,
    ));
    expect(documents[1]?.date?.iso).toBe('2024-03-04');
    expect(documents[1]?.reference?.normalized).toBe('มท 0208.2/253');
    expect(documents[1]?.warnings.map((w) => w.code)).toContain('reference-from-citation');
  });

  it("takes a memo's number left unread after its slash from the citation of its date, its code read with a look-alike letter (บท for มท)", () => {
    const memo = [
      'บันทึกข้อความ', 'ส่วนราชการ กระทรวงมหาดไทย ศูนย์ปฏิบัติการต่อต้านการทุจริต', 'ที่ บท ๐๒๒๖/ ววันที่ ๙กค.๒๕๖๘',
      'เรื่อง การจัดเก็บข้อมูลความจำเป็นพื้นฐาน', 'เรียน อธิบดีกรมการพัฒนาชุมชน', 'ด้วยกระทรวงมหาดไทย',
      '(นายธีรวัฒน์ ศรีสุวรรณ)', 'ปลัดกระทรวงมหาดไทย',
    ];
    const citing = letter('มท ๐๔๑๐.๓/ว ๓๔๓๕', '๑๔ กรกฎาคม ๒๕๖๘');
    citing.splice(5, 0, 'อ้างถึง หนังสือกระทรวงมหาดไทย ที่ มท ๐๒๒๖/๔๖๓ ลงวันที่ ๙ กรกฎาคม ๒๕๖๘');
    // The OCR saw a filled-in field after the slash and could not read it: the memo keeps its printed prefix.
    const unread = [{ kind: 'reference-number' as const, text: null, confidence: 0.4, ink: 'colour' as const }];
    const documents = parseDocuments([...pages(citing), { number: 2, method: 'ocr' as const, lines: memo, warnings: [], fields: unread }]);
    expect(documents[1]?.reference?.normalized).toBe('มท 0226/463');
    expect(documents[1]?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-from-citation', message: expect.stringContaining('บท ๐๒๒๖/') }));
  });

  it('reads an unknown OCR code as the only known code a look-alike letter gives, when no citation says', () => {
    const [read] = parseDocuments(pages(letter('สฏ ๐๐๑๗.๓/ว ๑๙๓๒', '๒ กรกฎาคม ๒๕๖๗')));
    expect(read?.reference?.normalized).toBe('สฎ 0017.3/ว 1932');
    expect(read?.warnings.map((w) => w.code)).toContain('reference-repaired');
  });

  it('leaves an unknown code of a text layer as printed', () => {
    const [read] = parseDocuments([{ number: 1, method: 'text', warnings: [], lines: letter('สฏ ๐๐๑๗.๓/ว ๑๙๓๒', '๒ กรกฎาคม ๒๕๖๗') }]);
    expect(read?.reference?.normalized).toBe('สฏ 0017.3/ว 1932');
  });

  it('corrects a citation whose code is unknown from the cited letter itself', () => {
    const documents = parseDocuments(pages(
      letter('พร ๐๐๑๗.๓/ว๔๖๑', '๒ ธันวาคม ๒๕๖๗', 'สำเนาหนังสือกรม ที่ ฆท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ'),
      letter('มท ๐๘๑๖/ว ๔๒๙', '๒๕ พฤศจิกายน ๒๕๖๗'),
    ));
    expect(documents[0]?.enclosures[0]?.reference).toBe('มท 0816/ว 429');
  });

  it('prints the code given back in an OCR citation\'s text too, with the space after ที่, but leaves a text layer\'s as printed', () => {
    const read = (method: 'ocr' | 'text') => parseDocuments([
      { number: 1, method, warnings: [], lines: letter('พร ๐๐๑๗.๓/ว๔๖๑', '๒ ธันวาคม ๒๕๖๗', 'สำเนาหนังสือกรม ที่ฆท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ') },
      { number: 2, method, warnings: [], lines: letter('มท ๐๘๑๖/ว ๔๒๙', '๒๕ พฤศจิกายน ๒๕๖๗') },
    ])[0]?.enclosures[0]?.text;
    expect(read('ocr')).toBe('สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ');
    expect(read('text')).toBe('สำเนาหนังสือกรม ที่ฆท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ');
  });
});
