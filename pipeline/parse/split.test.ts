import { describe, expect, it } from 'vitest';
import { splitLetters } from './split.js';

const page = (number: number, lines: string[]) => ({ number, method: 'text' as const, lines, warnings: [] });

const externalLetter = (ref: string, urgency?: string) => [
  ...(urgency ? [urgency] : []),
  `ที่ ${ref}`, 'จังหวัดแพร่', 'ถนนไชยบูรณ์ พร ๕๔๐๐๐', '๒ ธันวาคม ๒๕๖๗', 'เรื่อง ขอเชิญประชุม', 'เรียน นายอำเภอ ทุกอำเภอ',
  'ด้วยจังหวัดแพร่จะจัดประชุม', 'ขอแสดงความนับถือ', '(นายธีรวัฒน์ ศรีสุวรรณ)', 'ผู้ว่าราชการจังหวัดแพร่',
];

describe('splitLetters', () => {
  it('starts a letter at its header, the urgency line above included', () => {
    const segments = splitLetters([page(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')), page(2, externalLetter('มท ๐๘๑๖/ว ๔๒๙', 'ด่วนมาก'))]);
    expect(segments.map((s) => [s.start, s.pages.first, s.pages.last, s.lines[0]?.text])).toEqual([
      ['letter', 1, 1, 'ที่ พร ๐๐๑๗.๓/ว๔๖๑'],
      ['letter', 2, 2, 'ด่วนมาก'],
    ]);
  });

  it('gives a letter the lines above its header on its page (a receipt stamp OCR garbled), not an attachment of their own', () => {
    const ocr = (number: number, lines: string[]) => ({ ...page(number, lines), method: 'ocr' as const });
    const garbledStamp = ['.องค์การบริหารส่วนตำบลหนองหาร', 'น๑๖ ๒๕๖๖', '๕ดวนท รว ก ย ๒๕๖๖', '| | เวลา ๐๙.๒๒ น.'];
    const segments = splitLetters([ocr(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')), ocr(2, [...garbledStamp, ...externalLetter('มท ๐๘๑๖/ว ๔๒๙', 'ด่วนมาก')])]);
    expect(segments.map((s) => [s.start, s.pages.first, s.lines[0]?.text])).toEqual([
      ['letter', 1, 'ที่ พร ๐๐๑๗.๓/ว๔๖๑'],
      ['letter', 2, '.องค์การบริหารส่วนตำบลหนองหาร'],
    ]);
  });

  it('starts an attachment at a titled page after a letter that concluded, though OCR could not read its signer’s name', () => {
    const ocr = (number: number, lines: string[]) => ({ ...page(number, lines), method: 'ocr' as const });
    const unsigned = [...externalLetter('มท ๐๖๑๗.๕/ว ๑๒๕๙').slice(0, 7), 'จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการต่อไป', 'เตรรหาล', 'อธิบดีกรมป้องกันและบรรเทาสาธารณภัย'];
    const project = ['โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาล', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', '๑. หลักการและเหตุผล'];
    expect(splitLetters([ocr(1, unsigned), ocr(2, project)]).map((s) => [s.start, s.pages.first])).toEqual([['letter', 1], ['attachment', 2]]);
    // Not concluded: the next page goes on with the letter.
    expect(splitLetters([ocr(1, unsigned.slice(0, 7)), ocr(2, project)]).map((s) => [s.start, s.pages.first])).toEqual([['letter', 1]]);
  });

  it('gives a page no text was read on to the letter before it, so that no page is left out of the record', () => {
    const segments = splitLetters([page(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')), page(2, []), page(3, externalLetter('มท ๐๘๑๖/ว ๔๒๙')), page(4, [])]);
    expect(segments.map((s) => [s.pages.first, s.pages.last])).toEqual([[1, 2], [3, 4]]);
    expect(splitLetters([page(1, []), page(2, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑'))]).map((s) => [s.pages.first, s.pages.last])).toEqual([[1, 2]]);
    const shared = splitLetters([page(1, [...externalLetter('พร ๐๐๑๗.๓/ว๔๖๑'), ...externalLetter('มท ๐๘๑๖/ว ๔๒๙')]), page(2, [])]);
    expect(shared.map((s) => [s.pages.first, s.pages.last])).toEqual([[1, 1], [1, 2]]);
  });

  it('keeps a continuation page (page marker) with its letter', () => {
    const first = externalLetter('พร ๐๐๑๗.๓/ว๔๖๑');
    const segments = splitLetters([page(1, [...first.slice(0, 7), 'ขอแสดง...']), page(2, ['- ๒ -', ...first.slice(7)])]);
    expect(segments.map((s) => s.pages)).toEqual([{ first: 1, last: 2 }]);
  });

  it('keeps a scanned continuation page with its letter though OCR lost the page number\'s dashes ("2,", "๒")', () => {
    const ocr = (number: number, lines: string[]) => ({ ...page(number, lines), method: 'ocr' as const });
    const letter = externalLetter('ชบ ๐๐๑๗.๓/ว๑๙๑๗');
    const lastPage = ['ถยงป้องกันการทุจริตในภาครัฐ', 'ไทร.', '02-502-6670'];
    for (const number of ['2,', '๒', "'2"]) {
      const segments = splitLetters([ocr(1, letter), ocr(2, [number, ...lastPage])]);
      expect(segments.map((s) => s.pages), number).toEqual([{ first: 1, last: 2 }]);
    }
    // A letter's header below the lone digit (a speck OCR read as one) opens that letter, at the top of its page.
    const unnumbered = ['ที่ อบ ๐๓๒๘.๗๔๗๓', 'ที่ว่าการอำเภอเดชอุดม', '๑๕ สิงหาคม ๒๕๖๖', 'เรื่อง การเฝ้าระวัง', 'เรียน นายกองค์กรปกครองส่วนท้องถิ่น ทุกแห่ง', 'ด้วยจังหวัดแจ้งว่า'];
    expect(splitLetters([ocr(1, letter), ocr(2, ['6', ...unnumbered])]).map((s) => [s.start, s.pages.first, s.pages.last, s.lines[0]?.text]))
      .toEqual([['letter', 1, 1, 'ที่ ชบ ๐๐๑๗.๓/ว๑๙๑๗'], ['letter', 2, 2, '6']]);
    // A page "1", or a number of two digits (a register number at the top of a first page), is no such marker.
    expect(splitLetters([ocr(1, letter), ocr(2, ['1', ...lastPage])])).toHaveLength(2);
    expect(splitLetters([ocr(1, letter), ocr(2, ['22', ...lastPage])])).toHaveLength(2);
  });

  it('keeps a page with its letter when the page before ends with its catchword, though a copy certification signed that page', () => {
    const announcement = ['ประกาศนายทะเบียนมูลนิธิกรุงเทพมหานคร', 'เรื่อง จดทะเบียนจัดตั้งมูลนิธิ', 'ด้วย นายคณิสร เย็นใจ ได้ยื่นคำขอ', '๕.๒ นายประสิทธิ์ เผือกขาวผ่อง รองประธานกรรมการ'];
    const certified = ['สำเนาถูกต้อง', '(นายชัยวัฒน์ วีรานันท์)'];
    const segments = splitLetters([
      page(1, [...announcement, '/๕.๓ นายคณิสร', ...certified]),
      page(2, ['๕.๓ นายคณิสร เย็นใจ กรรมการ', 'ประกาศ ณ วันที่ ๓ กรกฎาคม พ.ศ. ๒๕๔๙', '(นายสมชาย ใจดี)', 'นายทะเบียนมูลนิธิกรุงเทพมหานคร', ...certified]),
    ]);
    expect(segments.map((s) => s.pages)).toEqual([{ first: 1, last: 2 }]);
  });

  it('ends a directive at its closing formula, so that the next page is an attachment though no bracketed name was read', () => {
    const notice = ['ประกาศกระทรวงมหาดไทย', 'เรื่อง ให้อำนาจจัดตั้งมูลนิธิเป็นนิติบุคคล', 'ด้วยมูลนิธิได้ยื่นคำขอ', 'ประกาศ ณ วันที่ ๒๔ ตุลาคม ๒๕๑๗', 'ทวี แรงขำ', 'รัฐมนตรีว่าการกระทรวงมหาดไทย'];
    const segments = splitLetters([page(1, notice), page(2, ['เล่ม ๙๑ ตอนที่ ๑๙๘ ราชกิจจานุเบกษา ๒๖ พฤศจิกายน ๒๕๑๗', 'แก้คำผิด', 'ตามที่ได้ประกาศไว้ในฉบับลงวันที่ ๕ พฤศจิกายน ๒๕๑๗ หน้า ๓๙๙๗ นั้น'])]);
    expect(segments.map((s) => [s.start, s.pages.first])).toEqual([['directive', 1], ['attachment', 2]]);
  });

  it('opens a directive copied from the Royal Gazette below the page\'s running head', () => {
    const gazette = (page: string) => [page, 'เล่ม ๙๑ ตอนที่ ๑๘๕ ราชกิจจานุเบกษา ๕ พฤศจิกายน ๒๕๑๗'];
    const notice = ['ประกาศกระทรวงมหาดไทย', 'เรื่อง ให้อำนาจจัดตั้งมูลนิธิเป็นนิติบุคคล', 'ด้วยมูลนิธิได้ยื่นคำขอ', 'ประกาศ ณ วันที่ ๒๔ ตุลาคม ๒๕๑๗', 'ทวี แรงขำ', 'รัฐมนตรีว่าการกระทรวงมหาดไทย'];
    const segments = splitLetters([page(1, [...gazette('๓๙๙๖'), ...notice]), page(2, [...gazette('๔๒๕๖'), 'แก้คำผิด', 'ตามที่ได้ประกาศไว้ในฉบับลงวันที่ ๕ พฤศจิกายน ๒๕๑๗ หน้า ๓๙๙๗ นั้น'])]);
    expect(segments.map((s) => [s.start, s.pages.first])).toEqual([['directive', 1], ['attachment', 2]]);
  });

  it('starts a memo at the top of its page, though a stamp line above its heading was read as text', () => {
    const memo = ['บันทึกข้อความ', 'ส่วนราชการ กระทรวงมหาดไทย', 'ที่ มท ๐๒๐๘.๕/๔๓ วันที่ ๑๘ พ.ย. ๒๕๖๗', 'เรื่อง ขอเชิญประชุม', 'เรียน อธิบดี'];
    const segments = splitLetters([page(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')), page(2, ['ด่วนมาก', 'กรมส่งเสริมการปกครองท้องถิ่น', ...memo])]);
    expect(segments.map((s) => [s.start, s.pages.first, s.lines[0]?.text])).toEqual([['letter', 1, 'ที่ พร ๐๐๑๗.๓/ว๔๖๑'], ['memo', 2, 'ด่วนมาก']]);
  });

  it('starts a memo whose heading OCR garbled past reading at the top of its page, its ส่วนราชการ line showing the form', () => {
    const ocr = (number: number, lines: string[]) => ({ ...page(number, lines), method: 'ocr' as const });
    const stamp = ['ด่วนที่สุด', 'กรมส่งเสริมการปกครองท้องถิ่น', 'เลขรับ 6714 ล', 'วันที่ 16 ก.พ. 2568', '๒ ๑๘๐ %', 'เวลา 12.13 แ,'];
    const memo = ['บแทกขอคว้า', 'ส่วนราชการ กระทรวงมหาดไทย ศูนย์เทคโนโลยีสารสนเทศและการ', 'สื่อสาร โทร. 0 5511 1927', 'ที่ มท 0208.3/127', 'วันที่ 14 กุมภาพันธ์ 2568',
      'เรื่อง ขอความร่วมมือสนับสนุนโครงการ', 'เรียน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น', 'ด้วยสำนักงาน ป.ป.ท. แจ้งว่า'];
    const segments = splitLetters([ocr(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')), ocr(2, [...stamp, ...memo])]);
    expect(segments.map((s) => [s.pages.first, s.lines[0]?.text])).toEqual([[1, 'ที่ พร ๐๐๑๗.๓/ว๔๖๑'], [2, 'ด่วนที่สุด']]);
    // Its ที่ line unreadable too: the page still opens a document of its own, as before.
    const unnumbered = memo.map((l) => (l.startsWith('ที่') ? 'ที่ ฆฆ ฆฆฆฆ' : l));
    expect(splitLetters([ocr(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')), ocr(2, [...stamp, ...unnumbered])]).map((s) => s.pages.first)).toEqual([1, 2]);
    // The footer label ส่วนราชการเจ้าของเรื่อง names no memo.
    const footer = ['ด่วนที่สุด', 'กรมส่งเสริมการปกครองท้องถิ่น', 'ส่วนราชการเจ้าของเรื่อง กองคลัง', 'โทร. ๐ ๕๔๕๑ ๑๒๓๔'];
    expect(splitLetters([ocr(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')), ocr(2, footer)]).map((s) => s.pages.first)).toEqual([1]);
  });

  it('starts an attachment on a page without marker after a letter', () => {
    const segments = splitLetters([page(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')), page(2, ['กำหนดการประชุม', 'วันที่ ๖ มีนาคม ๒๕๖๘'])]);
    expect(segments.map((s) => s.start)).toEqual(['letter', 'attachment']);
  });

  it('starts an attachment at a title after a signature on the same page (OCR)', () => {
    const segments = splitLetters([page(1, [...externalLetter('พร ๐๐๑๗.๓/ว๔๖๑'), 'โครงการขับเคลื่อนระบบเฝ้าระวัง', '๑. หลักการและเหตุผล'])]);
    expect(segments.map((s) => [s.start, s.lines[0]?.text])).toEqual([
      ['letter', 'ที่ พร ๐๐๑๗.๓/ว๔๖๑'],
      ['attachment', 'โครงการขับเคลื่อนระบบเฝ้าระวัง'],
    ]);
  });

  it('starts a letter whose ที่ line is unreadable at its เรื่อง and เรียน, from the top of its page', () => {
    const second = externalLetter('มท ๐๘๑๖/ว ๔๒๙');
    second[0] = 'ที่ มท ๐๘๑ฒ./ว ๔๒๙';
    const segments = splitLetters([page(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')), page(2, second)]);
    expect(segments.map((s) => [s.start, s.pages.first, s.lines[0]?.text])).toEqual([
      ['letter', 1, 'ที่ พร ๐๐๑๗.๓/ว๔๖๑'],
      ['letter', 2, 'ที่ มท ๐๘๑ฒ./ว ๔๒๙'],
    ]);
  });

  it('does not start a letter at a cited reference wrapped to the start of a line', () => {
    const lines = externalLetter('พร ๐๐๑๗.๓/ว๔๖๑');
    lines.splice(6, 0, 'สิ่งที่ส่งมาด้วย สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนมาก', 'ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ');
    expect(splitLetters([page(1, lines)])).toHaveLength(1);
  });

  it('does not start a memo at the catchword ส่วนราชการ...', () => {
    const lines = externalLetter('พร ๐๐๑๗.๓/ว๔๖๑');
    const segments = splitLetters([page(1, [...lines, 'ส่วนราชการ...']), page(2, ['- ๒ -', 'ส่วนราชการเจ้าของเรื่อง กลุ่มงานปกครอง', 'โทร. ๐ ๕๔๕๑ ๑๒๓๔'])]);
    expect(segments).toHaveLength(1);
  });

  it('keeps a last page holding only the footer, under a scrawl OCR read as letters, with its letter', () => {
    const scrawl = 'ส์ซึ้ง 1 7. 11 0, ซี ง';
    const footer = ['ส่วนราชการเจ้าของเรื่อง ที่ทำการปกครองจังหวัดชลบุรี กลุ่มงานปกครอง', 'ไทร.๐ ๕๖๙๓ ๘๖๖๓ ต่อ ๗๖๖'];
    const ocr = (number: number, lines: string[]) => ({ ...page(number, lines), method: 'ocr' as const });
    const segments = splitLetters([ocr(1, externalLetter('ชบ ๐๐๑๗.๓/ว๑๙๑๗')), ocr(2, [scrawl, ...footer]), ocr(3, externalLetter('มท ๐๘๑๖/ว ๔๒๙'))]);
    expect(segments.map((s) => [s.pages.first, s.pages.last])).toEqual([[1, 2], [3, 3]]);
    const withBody = splitLetters([ocr(1, externalLetter('ชบ ๐๐๑๗.๓/ว๑๙๑๗')), ocr(2, ['รายชื่อผู้เข้าร่วมประชุม', 'นายสมชาย ใจดี นายอำเภอเมือง', ...footer])]);
    expect(withBody).toHaveLength(2);
    // Its fields' labels read apart from their values, each on a line of its own.
    const apart = ['กลุ่มงานบริหารงานปกครอง', 'โทร,', '0', '3682', 'ไปรษณีย์อิเล็กทรอนิกส์', 'doc.gov@mail.go.th'];
    const split = splitLetters([ocr(1, externalLetter('อบ ๐๓๕๒.๒/๓๔๔')), ocr(2, ['เลลาลเหยาเหาาททท๓ - 0 7', ...apart])]);
    expect(split.map((s) => [s.pages.first, s.pages.last])).toEqual([[1, 2]]);
    // Its label garbled past a unit word ("สูน" for ส่วน), under a page number read with a letter.
    const garbled = splitLetters([ocr(1, externalLetter('ชบ ๐๐๑๗.๓/ว๑๙๑๗')), ocr(2, ['-๒ต-', 'สูนราชการเจ้าของเพื่อง ที่ทำการปกครองจังหวัดชลบุรี กลุ่มงานปกครอง'])]);
    expect(garbled.map((s) => [s.pages.first, s.pages.last])).toEqual([[1, 2]]);
  });

  it('gives a stamp printed at the top of a page to the letter below it', () => {
    const segments = splitLetters([
      page(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')),
      page(2, ['อำเภอสูงเม่น', 'เลขรับ 1815', 'วันที่ 6 ธ.ค. 2567', ...externalLetter('มท ๐๘๑๖/ว ๔๒๙', 'ด่วนมาก')]),
    ]);
    expect(segments[1]?.lines.slice(0, 3).map((l) => l.role)).toEqual(['stamp', 'stamp', 'stamp']);
  });
});

describe('splitLetters on pages of their own', () => {
  it('gives a letter everything printed above its header on its first page', () => {
    const segments = splitLetters([
      page(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')),
      page(2, ['สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดกาญจนบุรี ประทับรับ', ...externalLetter('มท ๐๘๑๖/ว ๔๒๙')]),
    ]);
    expect(segments.map((s) => [s.pages.first, s.pages.last])).toEqual([[1, 1], [2, 2]]);
  });

  it('keeps lines above the first letter of the bundle with it, not as a segment of their own', () => {
    const segments = splitLetters([page(1, ['ตราครุฑ', 'ฉบับสำเนา', ...externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')])]);
    expect(segments.map((s) => [s.start, s.lines[0]?.text])).toEqual([['letter', 'ตราครุฑ']]);
  });
});

describe('splitLetters on OCR pages (page markers lost)', () => {
  const ocrPage = (number: number, lines: string[]) => ({ number, method: 'ocr' as const, lines, warnings: [] });
  const unsigned = externalLetter('พร ๐๐๑๗.๓/ว๔๖๑').slice(0, 7);

  it('goes on over the next page while the letter is not signed', () => {
    const segments = splitLetters([ocrPage(1, unsigned), ocrPage(2, ['ความร่วมมือและสนับสนุน', 'ขอแสดงความนับถือ', '(นายธีรวัฒน์ ศรีสุวรรณ)', 'ผู้ว่าราชการจังหวัดแพร่'])]);
    expect(segments.map((s) => s.pages)).toEqual([{ first: 1, last: 2 }]);
  });

  it('goes on over a page that opens with the contact block, its unit name misread', () => {
    const segments = splitLetters([ocrPage(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')), ocrPage(2, ['กล่มงานการเงินการคลัง', 'โทร. ๐๒-๑๑๐-๗๕๒๗'])]);
    expect(segments.map((s) => s.pages)).toEqual([{ first: 1, last: 2 }]);
  });

  it('starts an attachment at a title OCR read with a speck glued before it (".โครงการ…"), after a letter whose signer OCR garbled', () => {
    const unsigned = externalLetter('ชร ๗๗๒๕๙/ว ๗๕').map((l) => (l.startsWith('(') ? '.(นายสุทธิชัย ทองคั|./' : l));
    const segments = splitLetters([ocrPage(1, unsigned), ocrPage(2, ['.โครงการจัดการขยะมูลฝอยชุมชนจากต้นทาง', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', '๑. หลักการและเหตุผล'])]);
    expect(segments.map((s) => [s.start, s.pages.first, s.pages.last])).toEqual([['letter', 1, 1], ['attachment', 2, 2]]);
  });

  it('keeps an attachment together until a page opens with another title', () => {
    const segments = splitLetters([
      ocrPage(1, externalLetter('พร ๐๐๑๗.๓/ว๔๖๑')),
      ocrPage(2, ['โครงการจัดงานวันเด็กแห่งชาติ', '๑. หลักการและเหตุผล']),
      ocrPage(3, ['๒. วัตถุประสงค์', '๒.๑ เพื่อให้การจัดงาน']),
      ocrPage(4, ['แบบรายงานผลการดำเนินงาน', 'หน่วยงาน ........']),
    ]);
    expect(segments.map((s) => [s.start, s.pages.first, s.pages.last])).toEqual([
      ['letter', 1, 1], ['attachment', 2, 3], ['attachment', 4, 4],
    ]);
  });
});
