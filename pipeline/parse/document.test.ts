import { describe, expect, it } from 'vitest';
import { parseDocuments } from './index.js';

const pages = (...texts: string[][]) => texts.map((lines, i) => ({ number: i + 1, method: 'text' as const, lines, warnings: [] }));
/** The subject of a scanned letter whose subject line reads `subject`. */
const scannedSubjectOf = (subject: string) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
  'ที่ สน ๐๐๑๗.๕/ว ๑๙๓๒', 'ศาลากลางจังหวัดสกลนคร', '๑๕ สิงหาคม ๒๕๖๘', `เรื่อง ${subject}`, 'เรียน นายอำเภอ ทุกอำเภอ', 'ด้วยจังหวัดสกลนครแจ้งว่า',
] }])[0]?.subject;

describe('parseDocuments', () => {
  it('reads a memo whose ที่ and วันที่ share a line, stripping the phone from ส่วนราชการ', () => {
    const [memo] = parseDocuments(pages([
      'บันทึกข้อความ',
      'ส่วนราชการ กรมส่งเสริมการปกครองท้องถิ่น กองกฎหมายและระเบียบท้องถิ่น โทร. ๐-๒๒๔๑-๙๐๓๖',
      'ที่ มท ๐๘๐๔.๖/ว๕๖๙ วันที่ ๕ กุมภาพันธ์ ๒๕๖๗',
      'เรื่อง ขอความอนุเคราะห์', 'เรียน ท้องถิ่นจังหวัด ทุกจังหวัด', 'ด้วยกระทรวงมหาดไทยได้รับแจ้ง', 'จึงเรียนมาเพื่อพิจารณา',
      '(นายเฉลิมวิทย์ มีเพียร)', 'รองอธิบดี ปฏิบัติราชการแทน', 'อธิบดีกรมส่งเสริมการปกครองท้องถิ่น',
    ]));
    expect(memo).toMatchObject({
      kind: 'internal_memo',
      issuer: { name: 'กรมส่งเสริมการปกครองท้องถิ่น กองกฎหมายและระเบียบท้องถิ่น', level: 'department' },
      date: { iso: '2024-02-05', buddhistYear: 2567 },
      signatory: { name: 'นายเฉลิมวิทย์ มีเพียร', acting: 'ปฏิบัติราชการแทน' },
    });
  });

  it('reads a scanned letter whose header has a word OCR made of a mark above it, one letter off เรื่อง', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ลับ', 'เนืองแขม', 'ที่รอ ๐๓๘๒/๑๙', 'ที่ว่าการอำเภอเสลภูมิ', '๑๔ ตุลาคม ๒๕๖๗', 'เรื่อง การประเมินคุณธรรม', 'เรียน นายกองค์การบริหารส่วนตำบลหนองแขม', 'ด้วยอำเภอเสลภูมิได้กำหนด',
    ] }]);
    expect(letter).toMatchObject({ kind: 'external_letter', reference: { normalized: 'รอ 0382/19' }, subject: 'การประเมินคุณธรรม' });
  });

  it('leaves out a speck OCR read at the end of a scanned subject, but not a part letter', () => {
    const subjectOf = (subject: string) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ รอ ๐๓๘๒/๑๙', 'ที่ว่าการอำเภอเสลภูมิ', '๑๔ ตุลาคม ๒๕๖๗', `เรื่อง ${subject}`, 'เรียน นายกองค์การบริหารส่วนตำบลหนองแขม', 'ด้วยอำเภอเสลภูมิได้กำหนด',
    ] }])[0]?.subject;
    expect(subjectOf('การจัดการศึกษาปฐมวัย ร')).toBe('การจัดการศึกษาปฐมวัย');
    expect(subjectOf('การรณรงค์ขับขี่ปลอดภัย ปี 2567 .')).toBe('การรณรงค์ขับขี่ปลอดภัย ปี 2567');
    expect(subjectOf('การขับเคลื่อน ปีงบประมาณ พ.ศ. 2566 7')).toBe('การขับเคลื่อน ปีงบประมาณ พ.ศ. 2566');
    expect(subjectOf('ข้อมูล (กชช. ๒ค) ปี ๒๕๖๘ ๓')).toBe('ข้อมูล (กชช. ๒ค) ปี ๒๕๖๘');
    expect(subjectOf('การประชุมครั้งที่ 3')).toBe('การประชุมครั้งที่ 3');
    // A bare zero after a word: no count or number is one.
    expect(subjectOf('การจัดการศึกษาปฐมวัยขององค์กรปกครองส่วนท้องถิ่น 0')).toBe('การจัดการศึกษาปฐมวัยขององค์กรปกครองส่วนท้องถิ่น');
    expect(subjectOf('การประชุมครั้งที่ 10')).toBe('การประชุมครั้งที่ 10');
    expect(subjectOf('โครงการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘.')).toBe('โครงการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(subjectOf('การเฝ้าระวังในสถานศึกษา ซึ')).toBe('การเฝ้าระวังในสถานศึกษา');
    expect(subjectOf('สถานการณ์อุทกภัย ดินโคลนถล่ม และวาตภัย รร')).toBe('สถานการณ์อุทกภัย ดินโคลนถล่ม และวาตภัย');
    expect(subjectOf('การจัดงานวันเด็กแห่งชาติ ประจำปี วว')).toBe('การจัดงานวันเด็กแห่งชาติ ประจำปี วว');
    expect(subjectOf('การสอบแข่งขัน ภาค ก')).toBe('การสอบแข่งขัน ภาค ก');
    expect(subjectOf('การสำรวจข้อมูล จปฐ.')).toBe('การสำรวจข้อมูล จปฐ.');
    expect(subjectOf('การป้องกันโรคไข้เลือดออก:')).toBe('การป้องกันโรคไข้เลือดออก');
    expect(subjectOf("การเฝ้าระวังในสถานศึกษา'")).toBe('การเฝ้าระวังในสถานศึกษา');
    // An opening quote glued to the end of the last word opens nothing: a speck; a closing one after an opening stays.
    expect(subjectOf('ขอเชิญประชุมเชิงปฏิบัติการ“')).toBe('ขอเชิญประชุมเชิงปฏิบัติการ');
    expect(subjectOf('การขับเคลื่อน “จังหวัดสะอาด“')).toBe('การขับเคลื่อน “จังหวัดสะอาด“');
    // A letter glued after a year, a dot after a closing bracket.
    expect(subjectOf('การรณรงค์ขับขี่ปลอดภัย ปี ๒๕๖๗ฒ')).toBe('การรณรงค์ขับขี่ปลอดภัย ปี ๒๕๖๗');
    expect(subjectOf('ฝุ่นละอองขนาดเล็ก (PM 2.5).')).toBe('ฝุ่นละอองขนาดเล็ก (PM 2.5)');
    // Slashes or bars set apart at the end, with a few signs glued after them: no value ends so.
    expect(subjectOf('ข้อมูล (กชช. 2ค) ปี 2568 //7ฯ')).toBe('ข้อมูล (กชช. 2ค) ปี 2568');
    expect(subjectOf('การรายงานผล ครั้งที่ 1/2568')).toBe('การรายงานผล ครั้งที่ 1/2568');
    expect(subjectOf('ข้อมูลพื้นฐานระดับหมู่บ้าน (กชช. 2ค)')).toBe('ข้อมูลพื้นฐานระดับหมู่บ้าน (กชช. 2ค)');
    // No subject ends inside a bracket: one OCR lost is closed.
    expect(subjectOf('ฝุ่นละอองขนาดเล็ก (PM 2.5')).toBe('ฝุ่นละอองขนาดเล็ก (PM 2.5)');
    expect(subjectOf('ฝุ่นละอองขนาดเล็ก (')).toBe('ฝุ่นละอองขนาดเล็ก');
    // An acronym opening it, Thai words after: the bracket closed right after the acronym.
    expect(subjectOf('ภาครัฐ (ITA ประจำปีงบประมาณ พ.ศ. 2568')).toBe('ภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568');
    expect(subjectOf('ฝุ่นละอองขนาดเล็ก (PM 2.5 ในพื้นที่ภาคเหนือ')).toBe('ฝุ่นละอองขนาดเล็ก (PM 2.5) ในพื้นที่ภาคเหนือ');
    expect(subjectOf('การสำรวจ (จปฐ. ปี ๒๕๖๘')).toBe('การสำรวจ (จปฐ. ปี ๒๕๖๘)');
  });

  it('leaves out a speck OCR read at the start of a scanned subject or addressee, but not a quote opening a title', () => {
    const letter = (subject: string, addressee = 'นายอำเภอ ทุกอำเภอ') => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ รอ ๐๓๘๒/๑๙', 'ที่ว่าการอำเภอเสลภูมิ', '๑๔ ตุลาคม ๒๕๖๗', `เรื่อง ${subject}`, `เรียน ${addressee}`, 'ด้วยอำเภอเสลภูมิได้กำหนด',
    ] }])[0];
    for (const speck of ['“ ', "' ", "': ", '-', '.', 'ร ', 'ว ', 'i ']) expect(letter(`${speck}การจัดซื้อจัดจ้าง`)?.subject).toBe('การจัดซื้อจัดจ้าง');
    expect(letter('“จังหวัดสะอาด” ปีงบประมาณ ๒๕๖๖')?.subject).toBe('“จังหวัดสะอาด” ปีงบประมาณ ๒๕๖๖');
    expect(letter('ณ สถานศึกษา')?.subject).toBe('ณ สถานศึกษา');
    expect(letter('การประชุม', '-นายกองค์การบริหารส่วนจังหวัดแพร่')?.addressee).toBe('นายกองค์การบริหารส่วนจังหวัดแพร่');
    // A quote glued to the first word is a speck when nothing in the value closes it.
    expect(letter('การประชุม', "'นายกองค์กรปกครองส่วนท้องถิ่น ทุกแห่ง")?.addressee).toBe('นายกองค์กรปกครองส่วนท้องถิ่น ทุกแห่ง');
    expect(letter('"จังหวัดสะอาด" ปีงบประมาณ ๒๕๖๖')?.subject).toBe('"จังหวัดสะอาด" ปีงบประมาณ ๒๕๖๖');
  });

  it('leaves out of a scanned subject a line under it that reads as no Thai (a stamp or a seal read as letters), but not its wrapped words', () => {
    const subjectOf = (...subjectLines: string[]) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ รอ ๐๓๘๒/๑๙', 'ที่ว่าการอำเภอเสลภูมิ', '๑๔ ตุลาคม ๒๕๖๗', `เรื่อง ${subjectLines[0]}`, ...subjectLines.slice(1), 'เรียน นายอำเภอ ทุกอำเภอ', 'ด้วยอำเภอเสลภูมิได้กำหนด',
    ] }])[0]?.subject;
    expect(subjectOf('การเลือกตั้งสมาชิกสภาท้องถิ่นหรือผู้บริหารท้องถิ่น', '- นวาด 2 แบขอบปวิมปบ รยสอรนววปว ซับ')).toBe('การเลือกตั้งสมาชิกสภาท้องถิ่นหรือผู้บริหารท้องถิ่น');
    expect(subjectOf('การจัดการศึกษาปฐมวัยในศูนย์พัฒนาเด็กเล็กขององค์กร', 'ปกครองส่วนท้องถิ่น', 'หมณะยรณะ')).toBe('การจัดการศึกษาปฐมวัยในศูนย์พัฒนาเด็กเล็กขององค์กรปกครองส่วนท้องถิ่น');
    expect(subjectOf('แนวทางการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ', 'พ.ศ. ๒๕๖๘')).toBe('แนวทางการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    // Nor a speck line of a digit or a dash: a subject wraps words, not a lone digit.
    expect(subjectOf('การเฝ้าระวังและดูแลความปลอดภัยของนักเรียนในสถาน', 'ศึกษา', '1')).toBe('การเฝ้าระวังและดูแลความปลอดภัยของนักเรียนในสถานศึกษา');
    expect(subjectOf('การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ', '-')).toBe('การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ');
    // Nor a short line of one letter run three times or more (a rule read as รรรร): no Thai word has one.
    expect(subjectOf('การจัดการศึกษาปฐมวัยในศูนย์พัฒนาเด็กเล็กขององค์กรปกครองส่วนท้อง', 'ถิ่น', 'รรรรรรด')).toBe('การจัดการศึกษาปฐมวัยในศูนย์พัฒนาเด็กเล็กขององค์กรปกครองส่วนท้องถิ่น');
    // A speck read as a tone mark at a word's end does not make wrapped words garbled.
    expect(subjectOf('การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย ดินโคลน', 'ถล่ม และวาตภัย่')).toBe('การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย ดินโคลนถล่ม และวาตภัย่');
    expect(subjectOf('การจัดเก็บข้อมูลความจำเป็นพื้นฐาน (จปฐ.) และข้อมูลพื้น', 'ฐานระดับหมู่บ้าน (กช์ช. ๒ค) ปี ๒๕๖๘')).toBe('การจัดเก็บข้อมูลความจำเป็นพื้นฐาน (จปฐ.) และข้อมูลพื้นฐานระดับหมู่บ้าน (กช์ช. ๒ค) ปี ๒๕๖๘');
  });

  it('puts back the space print sets after พ.ศ. in a scanned subject', () => {
    const subjectOf = (subject: string, method: 'ocr' | 'text' = 'ocr') => parseDocuments([{ number: 1, method, warnings: [], lines: [
      'ที่ รอ ๐๓๘๒/๑๙', 'ที่ว่าการอำเภอเสลภูมิ', '๑๔ ตุลาคม ๒๕๖๗', `เรื่อง ${subject}`, 'เรียน นายอำเภอ ทุกอำเภอ', 'ด้วยอำเภอเสลภูมิได้กำหนด',
    ] }])[0]?.subject;
    expect(subjectOf('การจัดเก็บภาษี ประจำปี พ.ศ.๒๕๖๖')).toBe('การจัดเก็บภาษี ประจำปี พ.ศ. ๒๕๖๖');
    expect(subjectOf('แนวทางการเบิกจ่ายงบประมาณ พ.ศ.2568')).toBe('แนวทางการเบิกจ่ายงบประมาณ พ.ศ. 2568');
    expect(subjectOf('แนวทางการเบิกจ่ายงบประมาณ พ.ศ.2568', 'text')).toBe('แนวทางการเบิกจ่ายงบประมาณ พ.ศ.2568');
    // The era mark's dot read as a colon, the space before it as a dash.
    expect(subjectOf('แนวทางการเบิกจ่ายงบประมาณ พ:ศ. ๒๕๖๖')).toBe('แนวทางการเบิกจ่ายงบประมาณ พ.ศ. ๒๕๖๖');
    expect(subjectOf('แนวทางการเบิกจ่ายงบประมาณ-พ.ศ. ๒๕๖๖')).toBe('แนวทางการเบิกจ่ายงบประมาณ พ.ศ. ๒๕๖๖');
    // A dot OCR read between ปี and its year where print sets a space ("ประจำปี.2566").
    expect(subjectOf('การจัดงานวันเด็กแห่งชาติ ประจำปี.2566')).toBe('การจัดงานวันเด็กแห่งชาติ ประจำปี 2566');
    // ...or glued to ปี before the space ("ปี. ๒๕๖๘"); the era mark's first dot read as a comma ("พ,ศ.").
    expect(subjectOf('ระดับหมู่บ้าน (กชช. ๒ค) ปี. ๒๕๖๘')).toBe('ระดับหมู่บ้าน (กชช. ๒ค) ปี ๒๕๖๘');
    expect(subjectOf('แนวทางการเบิกจ่ายงบประมาณ พ,ศ. 2568')).toBe('แนวทางการเบิกจ่ายงบประมาณ พ.ศ. 2568');
    // The space print sets before an opening bracket after a word.
    expect(subjectOf('ข้อมูลพื้นฐานระดับหมู่บ้าน(กชช. ๒ค) ปี ๒๕๖๘')).toBe('ข้อมูลพื้นฐานระดับหมู่บ้าน (กชช. ๒ค) ปี ๒๕๖๘');
    expect(subjectOf('ข้อมูลพื้นฐานระดับหมู่บ้าน(กชช. ๒ค) ปี ๒๕๖๘', 'text')).toBe('ข้อมูลพื้นฐานระดับหมู่บ้าน(กชช. ๒ค) ปี ๒๕๖๘');
  });

  it('passes over a speck line OCR read between a scanned addressee and the line it wrapped onto', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่อบ ๐๓๕๒.๒/๓๔๔', 'ที่ว่าการอำเภอพิบูลมังสาหาร', 'ถนนราษฎร์บำรุง อำเภอพิบูลมังสาหาร', 'จังหวัดอุบลราชธานี ๓๔๑๑๐', '๙ พฤษภาคม ๒๕๖๖',
      'เรื่อง แนวทางการเร่งรัดการเบิกจ่ายงบประมาณรายจ่ายประจำ', 'ปีงบประมาณ พ.ศ. ๒๕๖๖',
      'เรียน นายกเทศมนตรีตำบล ทุกแห่ง และนายกองค์การบริหารส่วน', '๑', 'ตำบล ทุกแห่ง',
      'อ้างถึง หนังสือสำนักงานคลังจังหวัดอุบลราชธานี ด่วนมาก ที่ อบ', '๐๐๐๗.๓/ว ๑๒๙๗ ลงวันที่ ๘ พฤษภาคม ๒๕๖๖',
      'สิ่งที่ส่งมาด้วย สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ',
      'ตามหนังสือที่อ้างถึง สำนักงานคลังจังหวัดอุบลราชธานีแจ้ง', 'ว่า คณะรัฐมนตรีได้กำหนดเป้าหมายการเบิกจ่ายงบประมาณรายจ่าย',
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ในภาพรวมไม่น้อยกว่าร้อยละ ๙๓ และ',
    ] }]);
    expect(letter?.addressee).toBe('นายกเทศมนตรีตำบล ทุกแห่ง และนายกองค์การบริหารส่วนตำบล ทุกแห่ง');
    expect(letter?.references.map((r) => r.normalized)).toEqual(['อบ 0007.3/ว 1297']);
    expect(letter?.enclosures).toHaveLength(1);
  });

  it('leaves out a lone letter set apart at the end of a scanned line a field wraps from, but not ณ nor a part letter', () => {
    const letterOf = (...lines: string[]) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ ชบ ๐๐๑๗.๓/ว ๑๙๑๗', 'ศาลากลางจังหวัดชลบุรี', '๙ สิงหาคม ๒๕๖๗', ...lines, 'ด้วยจังหวัดชลบุรีแจ้งว่า',
    ] }])[0];
    expect(letterOf('เรื่อง การประหยัดพลังงาน', 'เรียน นายกองค์การบริหารส่วนตำบลโคกกรวด และนายกองค์การ ว', "' บริหารส่วนตำบลไผ่โทน")?.addressee)
      .toBe('นายกองค์การบริหารส่วนตำบลโคกกรวด และนายกองค์การบริหารส่วนตำบลไผ่โทน');
    expect(letterOf('เรื่อง การสอบแข่งขัน ภาค ก', 'และภาค ข', 'เรียน นายอำเภอ ทุกอำเภอ')?.subject).toMatch(/^การสอบแข่งขัน ภาค ก\s?และภาค ข$/u);
    expect(letterOf('เรื่อง การจัดเก็บข้อมูล ณ', 'ที่ว่าการอำเภอ', 'เรียน นายอำเภอ ทุกอำเภอ')?.subject).toMatch(/^การจัดเก็บข้อมูล ณ\s?ที่ว่าการอำเภอ$/u);
  });

  it('leaves out a speck OCR read at the end of a scanned addressee, and puts back the space before ทุกแห่ง', () => {
    const addresseeOf = (addressee: string) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ รอ ๐๓๘๒/๑๙', 'ที่ว่าการอำเภอเสลภูมิ', '๑๔ ตุลาคม ๒๕๖๗', 'เรื่อง การประชุมประจำเดือน', `เรียน ${addressee}`, 'ด้วยอำเภอเสลภูมิได้กำหนด',
    ] }])[0]?.addressee;
    expect(addresseeOf('กำนัน ผู้ใหญ่บ้าน ทุกหมู่บ้าน:')).toBe('กำนัน ผู้ใหญ่บ้าน ทุกหมู่บ้าน');
    expect(addresseeOf('นายกองค์การบริหารส่วนตำบลหนองแขม |')).toBe('นายกองค์การบริหารส่วนตำบลหนองแขม');
    expect(addresseeOf('ผอ.ศซบ.ทหาร')).toBe('ผอ.ศซบ.ทหาร');
    expect(addresseeOf('นายกเทศมนตรีตำบล ทุกแห่ง และนายกองค์การบริหารส่วนตำบลทุกแห่ง')).toBe('นายกเทศมนตรีตำบล ทุกแห่ง และนายกองค์การบริหารส่วนตำบล ทุกแห่ง');
    expect(addresseeOf('นายกองค์กรปกครองส่วนท้องถิ่น ทุกแห่ง 0')).toBe('นายกองค์กรปกครองส่วนท้องถิ่น ทุกแห่ง');
    // ...or a vowel glued after it ("ทุกจังหวัดา"): no unit's name takes one.
    expect(addresseeOf('ท้องถิ่นจังหวัด ทุกจังหวัดา')).toBe('ท้องถิ่นจังหวัด ทุกจังหวัด');
    expect(addresseeOf('ท้องถิ่นจังหวัด ทุกจังหวัดา น')).toBe('ท้องถิ่นจังหวัด ทุกจังหวัด');
    for (const speck of ['ง', '“0', 'i', '- 1']) expect(addresseeOf(`นายอำเภอ ทุกอำเภอ ${speck}`)).toBe('นายอำเภอ ทุกอำเภอ');
    expect(addresseeOf('/ ผู้ว่าราชการจังหวัด ทุกจังหวัด')).toBe('ผู้ว่าราชการจังหวัด ทุกจังหวัด');
    expect(addresseeOf('นายอำเภอ ทุกอำเภอ และนายก')).toBe('นายอำเภอ ทุกอำเภอ และนายก');
    expect(addresseeOf("ท้องถิ่นจังหวัด'ทุกจังหวัด")).toBe('ท้องถิ่นจังหวัด ทุกจังหวัด');
    expect(addresseeOf('ผู้อำนวยการโรงเรียน ในเขตพื้นที่-ทุกแห่ง')).toBe('ผู้อำนวยการโรงเรียน ในเขตพื้นที่ ทุกแห่ง');
    expect(addresseeOf('นายกเทศมนตรีตำบล ทุกแห่ง และนายกองค์การบริหารส่วนตำบล ทุก แห่ง')).toBe('นายกเทศมนตรีตำบล ทุกแห่ง และนายกองค์การบริหารส่วนตำบล ทุกแห่ง');
    expect(addresseeOf("นายกเทศมนตรีเมือง 'สกลนคร และท้องถิ่นอำเภอ ทุกอำเภอ")).toBe('นายกเทศมนตรีเมือง สกลนคร และท้องถิ่นอำเภอ ทุกอำเภอ');
    expect(addresseeOf('นายกเทศมนตรี "เมืองอุบลราชธานี และนายอำเภอ ทุกอำเภอ')).toBe('นายกเทศมนตรี เมืองอุบลราชธานี และนายอำเภอ ทุกอำเภอ');
    expect(addresseeOf('ผู้อำนวยการโรงเรียน "บ้านนา" ทุกแห่ง')).toBe('ผู้อำนวยการโรงเรียน "บ้านนา" ทุกแห่ง');
    // A bare letter set apart at the end of any addressee: no title or office name ends in one.
    expect(addresseeOf('อธิบดีกรมการพัฒนาชุมชน ง')).toBe('อธิบดีกรมการพัฒนาชุมชน');
    expect(addresseeOf('ผู้อำนวยการกอง ก.')).toBe('ผู้อำนวยการกอง ก.');
    // A dot glued after the phrase that ends it, a lone letter set apart before ทุก: specks.
    expect(addresseeOf('ผู้ว่าราชการจังหวัด ทุกจังหวัด.')).toBe('ผู้ว่าราชการจังหวัด ทุกจังหวัด');
    expect(addresseeOf('นายกเทศมนตรีตำบล ก ทุกแห่ง และนายกองค์การบริหารส่วนตำบล ทุกแห่ง')).toBe('นายกเทศมนตรีตำบล ทุกแห่ง และนายกองค์การบริหารส่วนตำบล ทุกแห่ง');
    // ...or glued to the end of the unit's name before it ("ตำบลก ทุกแห่ง").
    expect(addresseeOf('นายกเทศมนตรีตำบล ทุกแห่ง และนายกองค์การบริหารส่วนตำบลก ทุกแห่ง')).toBe('นายกเทศมนตรีตำบล ทุกแห่ง และนายกองค์การบริหารส่วนตำบล ทุกแห่ง');
    // ...also glued to ทุก, its unit word split off ("กทุก แห่ง").
    expect(addresseeOf('นายกองค์กรปกครองส่วนท้องถิ่น กทุก แห่ง')).toBe('นายกองค์กรปกครองส่วนท้องถิ่น ทุกแห่ง');
    // ทุก with one letter misread, set apart before a unit's name ("ทุตหมู่บ้าน", "ตุกจังหวัด"); not a word ending so inside another (กองทุนหมู่บ้าน).
    expect(addresseeOf('ประธานกรรมการหมู่บ้าน ทุตหมู่บ้าน')).toBe('ประธานกรรมการหมู่บ้าน ทุกหมู่บ้าน');
    expect(addresseeOf('ผู้ว่าราชการจังหวัด ตุกจังหวัด')).toBe('ผู้ว่าราชการจังหวัด ทุกจังหวัด');
    expect(addresseeOf('นายกเทศมนตรีตำบล ทุดแห่ง')).toBe('นายกเทศมนตรีตำบล ทุกแห่ง');
    expect(addresseeOf('ประธานกองทุนหมู่บ้าน ทุกหมู่บ้าน')).toBe('ประธานกองทุนหมู่บ้าน ทุกหมู่บ้าน');
    // A letter glued before the title that opens it ("กท้องถิ่น…", "คกำนัน…"): a speck; no title opens so.
    expect(addresseeOf('กท้องถิ่นจังหวัด ทุกจังหวัด')).toBe('ท้องถิ่นจังหวัด ทุกจังหวัด');
    expect(addresseeOf('คกำนัน ผู้ใหญ่บ้าน ทุกหมู่บ้าน')).toBe('กำนัน ผู้ใหญ่บ้าน ทุกหมู่บ้าน');
    expect(addresseeOf('นายอำเภอ ทุกอำเภอ')).toBe('นายอำเภอ ทุกอำเภอ');
    // อธิบดี two slips off before the กรม it heads ("ถสิบดี", "ฮรธิบดี"): no other title stands there; รองอธิบดี stays.
    expect(addresseeOf('ถสิบดีกรมส่งเสริมการปกครองท้องถิ่น')).toBe('อธิบดีกรมส่งเสริมการปกครองท้องถิ่น');
    expect(addresseeOf('ฮรธิบดีกรมควบคุมโรค')).toBe('อธิบดีกรมควบคุมโรค');
    expect(addresseeOf('รองอธิบดีกรมควบคุมโรค')).toBe('รองอธิบดีกรมควบคุมโรค');
    // The unit after ทุก one letter off ("ทุกแพ่ง"): no addressee names anything else there.
    expect(addresseeOf('นายกองค์กรปกครองส่วนท้องถิ่น ทุกแพ่ง')).toBe('นายกองค์กรปกครองส่วนท้องถิ่น ทุกแห่ง');
    expect(addresseeOf('นายอำเภอ ทุกอำเกอ')).toBe('นายอำเภอ ทุกอำเภอ');
    expect(addresseeOf('นายอำเภอ ทุกอำเกอ ง')).toBe('นายอำเภอ ทุกอำเภอ');
    // A space OCR put between จังหวัด and the province it names: print runs them together.
    expect(addresseeOf('นายกองค์การบริหารส่วนจังหวัด แพร่ นายกเทศมนตรีเมืองแพร่')).toBe('นายกองค์การบริหารส่วนจังหวัดแพร่ นายกเทศมนตรีเมืองแพร่');
    expect(addresseeOf('ผู้ว่าราชการจังหวัด ทุกจังหวัด และนายอำเภอ')).toBe('ผู้ว่าราชการจังหวัด ทุกจังหวัด และนายอำเภอ');
    // A letter glued between นายก and the office it heads ("นายกลองค์กร"), or read for its ก ("นายสองค์การ"): นายก heads an องค์กร.
    expect(addresseeOf('นายกลองค์กรปกครองส่วนท้องถิ่น ทุกแห่ง')).toBe('นายกองค์กรปกครองส่วนท้องถิ่น ทุกแห่ง');
    expect(addresseeOf('นายสองค์การบริหารส่วนจังหวัดสกลนคร และนายกเทศมนตรีเมืองสกลนคร')).toBe('นายกองค์การบริหารส่วนจังหวัดสกลนคร และนายกเทศมนตรีเมืองสกลนคร');
    // A title opening the addressee one slip off ("คำนัน"): no addressee opens with another word so near one.
    expect(addresseeOf('คำนัน ผู้ใหญ่บ้าน ทุกหมู่บ้าน')).toBe('กำนัน ผู้ใหญ่บ้าน ทุกหมู่บ้าน');
    expect(addresseeOf('ต้องถิ่นอำเภอ ทุกอำเภอ')).toBe('ท้องถิ่นอำเภอ ทุกอำเภอ');
    expect(addresseeOf('หัวหน้าส่วนราชการ ทุกแห่ง')).toBe('หัวหน้าส่วนราชการ ทุกแห่ง');
    // องค์การบริหารส่วน... read with กร for การ: the councils' name is องค์การ (องค์กรปกครองส่วนท้องถิ่น stays).
    expect(addresseeOf('นายกองค์กรบริหารส่วนจังหวัดกาญจนบุรี และนายอำเภอ ทุกอำเภอ')).toBe('นายกองค์การบริหารส่วนจังหวัดกาญจนบุรี และนายอำเภอ ทุกอำเภอ');
    expect(addresseeOf('นายกองค์กรปกครองส่วนท้องถิ่น ทุกแห่ง')).toBe('นายกองค์กรปกครองส่วนท้องถิ่น ทุกแห่ง');
    // ...or with its marks lost, opening the addressee or an item of its list.
    expect(addresseeOf('ทองถนอำเภอ ทุกอำเภอ')).toBe('ท้องถิ่นอำเภอ ทุกอำเภอ');
    expect(addresseeOf('นายกเทศมนตรีเมืองบุรีรัมย์ และท้องถนอำเภอ ทุกอำเภอ')).toBe('นายกเทศมนตรีเมืองบุรีรัมย์ และท้องถิ่นอำเภอ ทุกอำเภอ');
    expect(addresseeOf('นายกเทศมนตรีเมืองบุรีรัมย์ และหวหนาส่วนราชการ ทุกแห่ง')).toBe('นายกเทศมนตรีเมืองบุรีรัมย์ และหัวหน้าส่วนราชการ ทุกแห่ง');
  });

  it('reads the date of a memo\'s ที่ line after a speck OCR read between the number and วันที่', () => {
    const [memo] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'บันทึกข้อความ', 'ส่วนราชการ กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลสวนเขื่อน', 'ที่ ลป ๘๑๑๑๗/๘๕ ง| วันที่ ๒๕ ธันวาคม ๒๕๖๖',
      'เรื่อง การจัดงานวันเด็กแห่งชาติ', 'เรียน นายกเทศมนตรีตำบลสวนเขื่อน', 'ด้วยกองสาธารณสุขจะจัดงาน',
    ] }]);
    expect(memo).toMatchObject({ reference: { normalized: 'ลป 81117/85' }, date: { iso: '2023-12-25' } });
  });

  it('reads a scanned memo\'s date from the line under its ที่ line, whose วันที่ OCR garbled past matching', () => {
    const memoDate = (dateLine: string, heading = 'บันทึกข้อความ') => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      heading, 'ส่วนราชการ กรมป้องกันและบรรเทาสาธารณภัย', 'ที่ มท 0617.5/ว1259', dateLine,
      'เรื่อง การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย', 'เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด', 'ด้วยกรมป้องกันและบรรเทาสาธารณภัยขอแจ้ง',
    ] }])[0]?.date?.iso ?? null;
    expect(memoDate("' วัวแที่ 26ธ.ค.2566")).toBe('2023-12-26');
    expect(memoDate('จันทีก ๒๖ ธันวาคม ๒๕๖๖')).toBe('2023-12-26');
    // Words before the date that are no garbled label: a sentence, not the date line.
    expect(memoDate('ประชุมวันที่ ๒๖ ธันวาคม ๒๕๖๖ ณ ห้องประชุม')).toBeNull();
  });

  it('reads a scanned letter\'s reference whose ที่ label OCR lost, from a line that is one whole number above the date', () => {
    const ocr = (lines: string[]) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines }]);
    const [letter] = ocr([
      'ด่วนมาก', 'กค๐๔๐๖.๒/ว ๑๘๓๑', 'กรมบัญชีกลาง', 'ถนนพระรามที่ ๖ แขวงพญาไท', '๕ พฤษภาคม ๒๕๖๖',
      'เรื่อง แนวทางการเร่งรัดการเบิกจ่ายงบประมาณ', 'เรียน คลังจังหวัด ทุกจังหวัด', 'ด้วยกรมบัญชีกลางขอแจ้ง',
    ]);
    expect(letter).toMatchObject({ reference: { normalized: 'กค 0406.2/ว 1831' }, date: { iso: '2023-05-05' } });
    // A number below the date, or wrapped out of a citation, is no ที่ line.
    const [wrapped] = ocr([
      'กรมบัญชีกลาง', '๕ พฤษภาคม ๒๕๖๖', 'กค๐๔๐๖.๒/ว ๑๘๓๑', 'เรื่อง แนวทาง', 'เรียน คลังจังหวัด', 'สิ่งที่ส่งมาด้วย สำเนาหนังสือกระทรวงการคลัง ที่',
      'กค๐๔๐๖.๒/ว ๑๘๓๑', 'ลงวันที่ ๒ พ.ค. ๖๖ จำนวน ๑ ฉบับ', 'ด้วยกรมบัญชีกลางขอแจ้ง',
    ]);
    expect(wrapped?.reference).toBeNull();
  });

  it('reads a scanned memo\'s ที่ line whose label OCR lost, from a whole number with วันที่ and a date after it', () => {
    const memoOf = (line: string) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'บันทึกข้อความ', 'ส่วนราชการ กรมควบคุมมลพิษ สำนักจัดการคุณภาพอากาศและเสียง', line,
      'เรื่อง มาตรการควบคุมการเผาในที่โล่ง', 'เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด', 'ด้วยกรมควบคุมมลพิษได้รับแจ้ง',
    ] }])[0];
    expect(memoOf('.เทส0203.3/274 . วันที่ 15 พ.ค. 2568')).toMatchObject({ reference: { normalized: 'ทส 0203.3/274' }, date: { iso: '2025-05-15' } });
    // Words before the number, or a number with no วันที่ after it, are no ที่ line.
    expect(memoOf('ตาม ทส0203.3/274 . วันที่ 15 พ.ค. 2568')?.reference).toBeNull();
    expect(memoOf('กค๐๔๐๖.๒/ว ๑๘๓๑ ลงวันที่ ๕ พ.ค. ๒๕๖๖')?.reference).toBeNull();
  });

  it('reads a memo whose heading บันทึกข้อความ was lost, from its ส่วนราชการ line', () => {
    const [memo] = parseDocuments(pages([
      'ส่วนราชการ กระทรวงมหาดไทย ศูนย์ปฏิบัติการต่อต้านการทุจริต โทร. ๐ ๒๒๒๕ ๕๕๒๑', 'ที่ มท ๐๒๒๖.๒/๒๐', 'วันที่ ๒ มกราคม ๒๕๖๗',
      'เรื่อง ขอความอนุเคราะห์', 'เรียน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น', 'ด้วยกระทรวงมหาดไทยได้รับแจ้ง',
    ]));
    expect(memo).toMatchObject({ kind: 'internal_memo', issuer: { name: 'กระทรวงมหาดไทย ศูนย์ปฏิบัติการต่อต้านการทุจริต', level: 'ministry' } });
  });

  it('reads a memo whose heading and ส่วนราชการ OCR garbled past matching, from its วันที่ line right under its ที่ line', () => {
    const kindOf = (...head: string[]) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      ...head, 'เรื่อง ขอเชิญประชุมเชิงปฏิบัติการ', 'เรียน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น', 'ด้วยศูนย์เทคโนโลยีสารสนเทศขอเชิญประชุม',
    ] }])[0];
    const memo = kindOf('ด่วนมาก', 'บันทึกขัดคาง', 'เศ ศูนย์เทคโนโลยีสารสนเทศและ', 'ที่ มท 0208.5/43', 'วันที่ 18 พ.ย.2567');
    expect(memo).toMatchObject({ kind: 'internal_memo', reference: { normalized: 'มท 0208.5/43' }, date: { iso: '2024-11-18' } });
    // An external letter's office stands between its ที่ line and its date, on the ที่ line or under it.
    expect(kindOf('ที่ มท 0816/ว429 กรมส่งเสริมการปกครองท้องถิ่น', 'วันที่ 25 พ.ย. 2567')?.kind).toBe('external_letter');
    expect(kindOf('ที่ มท 0816/ว429', 'กรมส่งเสริมการปกครองท้องถิ่น', 'ถนนนครราชสีมา เขตดุสิต กทม. 10300', '25 พ.ย. 2567')?.kind).toBe('external_letter');
  });

  it('dates a scanned memo by its own วันที่ line, not by a receipt stamp\'s date read above its head', () => {
    const [memo] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'กรมส่งเสริมการปกครองท้องถิ่น', 'ด่วนมาก', 'เคณ์', 'วันที่ 21 พ.ย. 2567', 'บันทึกข้อคริจิมี',
      'ส่วนราชการ กระทรวงมหาดไทย ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร', 'ที่ มท 0208.5/43', 'วันที่ 18 พ.ย. 2567',
      'เรื่อง ขอเชิญประชุมเชิงปฏิบัติการ', 'เรียน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น', 'ด้วยกระทรวงมหาดไทยได้กำหนดจัดประชุม',
    ] }]);
    expect(memo).toMatchObject({ kind: 'internal_memo', reference: { normalized: 'มท 0208.5/43' }, date: { iso: '2024-11-18' } });
    // So too under a heading read whole over a ส่วนราชการ whose label OCR garbled.
    const [garbled] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ด่วนมาก - | เลขรับ 2670', ': วันที่ 21 พ.ย. 2567', 'บันทึกข้อความ',
      'ส่วนราษกภาร กระทรวงมหาดไทย ศูนย์เทคโนโลยีสาสน์เทศและการ', 'ที่ มท ๐๒๐๘.๕/๔๓', 'วันที่ ๑๘ พ.ย. ๒๕๖๗',
      'เรื่อง ขอเชิญประชุมเชิงปฏิบัติการ', 'เรียน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น', 'ด้วยกระทรวงมหาดไทยได้กำหนดจัดประชุม',
    ] }]);
    expect(garbled).toMatchObject({ kind: 'internal_memo', date: { iso: '2024-11-18' } });
    // And under a heading over a ส่วนราชการ OCR garbled past reading: a date above the ที่ line is a stamp's.
    const [lostOffice] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'บันทึกข้อความ', 'เลขที่ ๔๖๓๐?', '| วันที่ ๖ ก.ย. 9๖', 'กดท สดกรรตร์ ศูนย์ปฏิบัติการ', "' ที่ กษ ๐๒๐๘.๑/๒๗๑", 'วันที่ ๔ กันยายน ๒๕๖๖',
      'เรื่อง การดำเนินงานโครงการสัตว์ปลอดโรค', 'เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด', 'ด้วยกรมปศุสัตว์ได้กำหนด',
    ] }]);
    expect(lostOffice).toMatchObject({ kind: 'internal_memo', date: { iso: '2023-09-04' } });
  });

  it('takes a place wrapped from the letterhead name back from the address, and leaves a wrapped phone out of ส่วนราชการ', () => {
    const [letter, memo] = parseDocuments(pages(
      ['ที่ สน ๐๘๓๒/ว ๙๔๓', 'สำนักงานส่งเสริมการปกครองท้องถิ่น', 'อำเภอสว่างแดนดิน', 'อำเภอสว่างแดนดิน สน ๔๗๑๑๐',
        '๒๔ กันยายน พ.ศ. ๒๕๖๘', 'เรื่อง แนวทางการเร่งรัดการเบิกจ่าย', 'เรียน นายกเทศมนตรีตำบล ทุกแห่ง', 'ด้วยจังหวัดสกลนครแจ้งว่า'],
      ['บันทึกข้อความ', 'ส่วนราชการ กรมการพัฒนาชุมชน สำนักเสริมสร้างความเข้มแข็งชุมชน โทร. ๐ ๒๑๔๑', '๖๑๕๒', 'ที่ มท ๐๔๑๐.๓/ว ๓๔๓๕',
        'วันที่ ๑๔ กรกฎาคม ๒๕๖๘', 'เรื่อง การจัดเก็บข้อมูล', 'เรียน พัฒนาการจังหวัด ทุกจังหวัด', 'ตามหนังสือที่อ้างถึง'],
    ));
    expect(letter?.issuer.name).toBe('สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอสว่างแดนดิน');
    expect(memo?.issuer.name).toBe('กรมการพัฒนาชุมชน สำนักเสริมสร้างความเข้มแข็งชุมชน');
  });

  it('names an attachment owner from the office printed under its title', () => {
    const [, attachment] = parseDocuments(pages(
      ['ที่ ชร ๗๗๒๕๙/ว ๗๕', 'องค์การบริหารส่วนตำบลสันป่าเปา', '๒๗ พฤศจิกายน ๒๕๖๗', 'เรื่อง การคัดแยกขยะ', 'เรียน ประธานกรรมการหมู่บ้าน ทุกหมู่บ้าน',
        'ด้วยองค์การบริหารส่วนตำบล', 'ขอแสดงความนับถือ', '(นายสุทธิชัย ทองคำ)', 'นายกองค์การบริหารส่วนตำบลสันป่าเปา'],
      ['โครงการจัดการขยะมูลฝอยชุมชนจากต้นทาง', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 'สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอเมืองเชียงราย', '๑. หลักการและเหตุผล'],
    ));
    expect(attachment).toMatchObject({
      kind: 'attachment', subject: 'โครงการจัดการขยะมูลฝอยชุมชนจากต้นทาง',
      issuer: { name: 'สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอเมืองเชียงราย', level: 'other' },
    });
  });

  it('leaves out specks OCR read at either end of a scanned attachment\'s title', () => {
    const titleOf = (title: string, method: 'ocr' | 'text' = 'ocr') => parseDocuments([
      { number: 1, method, warnings: [], lines: ['ที่ ชร ๗๗๒๕๙/ว ๗๕', 'องค์การบริหารส่วนตำบลสันป่าเปา', '๒๗ พฤศจิกายน ๒๕๖๗', 'เรื่อง การคัดแยกขยะ', 'เรียน ประธานกรรมการหมู่บ้าน ทุกหมู่บ้าน',
        'ด้วยองค์การบริหารส่วนตำบล', 'ขอแสดงความนับถือ', '(นายสุทธิชัย ทองคำ)', 'นายกองค์การบริหารส่วนตำบลสันป่าเปา'] },
      { number: 2, method, warnings: [], lines: [title, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', '๑. หลักการและเหตุผล'] },
    ])[1]?.subject;
    expect(titleOf('โครงการเสริมสร้างความมั่นคงปลอดภัยไซเบอร์ .')).toBe('โครงการเสริมสร้างความมั่นคงปลอดภัยไซเบอร์');
    expect(titleOf('“แบบรายงานผลการลดอุบัติเหตุทางถนน')).toBe('แบบรายงานผลการลดอุบัติเหตุทางถนน');
    expect(titleOf('“แบบรายงานผลการลดอุบัติเหตุทางถนน', 'text')).toBe('“แบบรายงานผลการลดอุบัติเหตุทางถนน');
    // The year line under it stays apart with a speck before it too.
    const [, attachment] = parseDocuments([
      { number: 1, method: 'ocr', warnings: [], lines: ['ที่ อบ ๐๐๐๙.๒/ว ๒๑๗๕', 'สำนักงานปศุสัตว์จังหวัดอุบลราชธานี', '๑๑ กันยายน ๒๕๖๖', 'เรื่อง การรณรงค์', 'เรียน นายอำเภอ ทุกอำเภอ', 'ด้วยสำนักงานแจ้งว่า', 'ขอแสดงความนับถือ', '(นายสุทธิชัย ทองคำ)', 'ปศุสัตว์จังหวัดอุบลราชธานี'] },
      { number: 2, method: 'ocr', warnings: [], lines: ['โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตามพระปณิธานศาสตราจารย์', '.ประจำปีงบประมาณ พ.ศ. 2566', '๑. หลักการและเหตุผล'] },
    ]);
    expect(attachment?.subject).toBe('โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตามพระปณิธานศาสตราจารย์');
  });

  it('joins a subject and an addressee wrapped over two lines', () => {
    const [letter] = parseDocuments(pages([
      'ที่ อบ ๐๓๓๘ / ว๔๘๕', 'ที่ว่าการอำเภอตระการพืชผล', 'อำเภอตระการพืชผล อบ ๓๔๑๓๐', '๔ มีนาคม ๒๕๖๘',
      'เรื่อง ขอความร่วมมือสนับสนุนโครงการขับเคลื่อนระบบเฝ้าระวังและป้องกัน',
      'การทุจริตเชิงรุก ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
      'เรียน นายกองค์การบริหารส่วนตำบลดอนมูล และนายกองค์การบริหารส่วน',
      'ตำบลโคกกรวด',
      'ด้วยจังหวัดอุบลราชธานีแจ้งว่า สำนักงาน ป.ป.ท.ได้ดำเนินโครงการ',
    ]));
    expect(letter?.subject).toBe('ขอความร่วมมือสนับสนุนโครงการขับเคลื่อนระบบเฝ้าระวังและป้องกันการทุจริตเชิงรุก ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(letter?.addressee).toBe('นายกองค์การบริหารส่วนตำบลดอนมูล และนายกองค์การบริหารส่วนตำบลโคกกรวด');
    expect(letter?.issuer.level).toBe('district');
  });

  it('joins a scanned subject wrapped after a speck at the end of its first line as if the speck were not there', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ สน ๐๐๑๗.๕/ว ๑๙๓๒', 'ศาลากลางจังหวัดสกลนคร', '๑๕ กันยายน ๒๕๖๘', 'เรื่อง แนวทางการเร่งรัดการเบิกจ่ายงบประมาณรายจ่ายประจำ .',
      'ปีงบประมาณ พ.ศ. ๒๕๖๘', 'เรียน นายอำเภอ ทุกอำเภอ', 'ด้วยกรมบัญชีกลางแจ้งว่า การเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ',
    ] }]);
    expect(letter?.subject).toBe('แนวทางการเร่งรัดการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
  });

  it('joins a scanned subject wrapped onto a line a speck opens ("- ป้องกัน...") as if the speck were not there', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ สน ๐๐๑๗.๕/ว ๑๙๓๒', 'ศาลากลางจังหวัดสกลนคร', '๑๕ กันยายน ๒๕๖๘', 'เรื่อง ขอความร่วมมือสนับสนุนโครงการขับเคลื่อนระบบเฝ้าระวังและ',
      '- ป้องกันการทุจริตเชิงรุก ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 'เรียน นายอำเภอ ทุกอำเภอ', 'ด้วยจังหวัดสกลนครแจ้งว่า',
    ] }]);
    expect(letter?.subject).toBe('ขอความร่วมมือสนับสนุนโครงการขับเคลื่อนระบบเฝ้าระวังและป้องกันการทุจริตเชิงรุก ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
  });

  it('joins a scanned subject wrapped onto a line a quote opens that nothing on it closes, but keeps a quote that opens a title', () => {
    const subjectOf = (wrapped: string) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ สน ๐๐๑๗.๕/ว ๑๙๓๒', 'ศาลากลางจังหวัดสกลนคร', '๑๕ กันยายน ๒๕๖๘', 'เรื่อง แนวทางการเร่งรัดการเบิกจ่ายงบประมาณรายจ่ายประจำ',
      wrapped, 'เรียน นายอำเภอ ทุกอำเภอ', 'ด้วยกรมบัญชีกลางแจ้งว่า',
    ] }])[0]?.subject;
    expect(subjectOf('"ปีงบประมาณ พ.ศ. ๒๕๖๙')).toBe('แนวทางการเร่งรัดการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙');
    expect(subjectOf("'ปีงบประมาณ พ.ศ. ๒๕๖๙")).toBe('แนวทางการเร่งรัดการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙');
    expect(subjectOf('“จังหวัดสะอาด” ปีงบประมาณ ๒๕๖๖')).toBe('แนวทางการเร่งรัดการเบิกจ่ายงบประมาณรายจ่ายประจำ “จังหวัดสะอาด” ปีงบประมาณ ๒๕๖๖');
  });

  it('joins a scanned subject wrapped after a quote glued to the end of its first line that nothing before it opens', () => {
    const subjectOf = (first: string) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ สน ๐๐๑๗.๕/ว ๑๙๓๒', 'ศาลากลางจังหวัดสกลนคร', '๑๕ สิงหาคม ๒๕๖๘', `เรื่อง ${first}`, 'หมู่บ้าน (กชช. ๒ค) ปี ๒๕๖๘', 'เรียน นายอำเภอ ทุกอำเภอ', 'ด้วยจังหวัดสกลนครแจ้งว่า',
    ] }])[0]?.subject;
    expect(subjectOf("การจัดเก็บข้อมูลพื้นฐานระดับ'")).toBe('การจัดเก็บข้อมูลพื้นฐานระดับหมู่บ้าน (กชช. ๒ค) ปี ๒๕๖๘');
    expect(subjectOf('การจัดเก็บข้อมูล "จปฐ" ระดับ')).toBe('การจัดเก็บข้อมูล "จปฐ" ระดับหมู่บ้าน (กชช. ๒ค) ปี ๒๕๖๘');
  });

  it('leaves out of a scanned subject a bar or a lone quote glued to the end of a word, and a dash glued to its last number', () => {
    expect(scannedSubjectOf("การประเมินคุณธรรม| และความโปร่งใส")).toBe('การประเมินคุณธรรม และความโปร่งใส');
    expect(scannedSubjectOf("การประ' เมินคุณธรรม")).toBe('การประ เมินคุณธรรม');
    expect(scannedSubjectOf("การประเมิน 'คุณธรรม' และความโปร่งใส")).toBe("การประเมิน 'คุณธรรม' และความโปร่งใส");
    expect(scannedSubjectOf('(ITA) ประจำปีงบประมาณ พ.ศ. 2568-')).toBe('(ITA) ประจำปีงบประมาณ พ.ศ. 2568');
    expect(scannedSubjectOf('ฝุ่นละอองขนาดเล็ก (PM 2..5)')).toBe('ฝุ่นละอองขนาดเล็ก (PM 2.5)');
    expect(scannedSubjectOf('การจัดเก็บข้อมูล ปี 2567-2568')).toBe('การจัดเก็บข้อมูล ปี 2567-2568');
  });

  it('closes a bracket a scanned subject left open right after the signs OCR made of an acronym, when Thai words follow', () => {
    expect(scannedSubjectOf('ภาครัฐ ((10 ประจำปีงบประมาณ พ.ศ. ๒๕๖๘')).toBe('ภาครัฐ ((10) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(scannedSubjectOf('ภาครัฐ (|!7 ประจำปีงบประมาณ พ.ศ. ๒๕๖๘')).toBe('ภาครัฐ (|!7) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(scannedSubjectOf('การสำรวจ (จปฐ. ปี ๒๕๖๘')).toBe('การสำรวจ (จปฐ. ปี ๒๕๖๘)');
  });

  it('gives a receipt stamp whose number lost its label the one bare number of the header, with a warning', () => {
    const letter = (stampLines: string[], loose: string) =>
      parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
        loose, 'ที่ สน ๐๘๓๒/ว ๙๔๓', ...stampLines, '๒๔ กันยายน ๒๕๖๘', 'เรื่อง แนวทางการเร่งรัดการเบิกจ่าย', 'เรียน นายกเทศมนตรีตำบล ทุกแห่ง', 'ด้วยจังหวัดสกลนครแจ้งว่า',
      ] }])[0];
    const lost = letter(['สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร', '๒๖ ก.ย. ๒๕๖๘', '๑๕.๔๓'], '๓๕๒๖');
    expect(lost?.receiptStamps).toMatchObject([{ number: '3526' }]);
    expect(lost?.warnings.map((w) => w.code)).toContain('receipt-number-inferred');
    // A labelled stamp whose pen number OCR left unread keeps it unread: the bare number is
    // Tesseract's reading of the same ink, and one mixing digit scripts is no printed number.
    const unread = letter(['สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร', 'รับที่', 'วันที่ ๒๖ ก.ย. ๒๕๖๘'], '๓๕๒๖');
    expect(unread?.receiptStamps).toMatchObject([{ label: 'รับที่', number: null }]);
    const mixed = letter(['สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร', '๒๖ ก.ย. ๒๕๖๘', '๑๕.๔๓'], '1๑88');
    expect(mixed?.receiptStamps).toMatchObject([{ number: null }]);
  });

  it('reads the date an OCR enclosure or citation names when OCR garbled its month ("กุย."), and says so', () => {
    const ocrPages = [{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ สน ๐๘๓๒/ว ๙๔๓', '๒๔ กันยายน ๒๕๖๘', 'เรื่อง แนวทางการเร่งรัดการเบิกจ่าย', 'เรียน นายกเทศมนตรีตำบล ทุกแห่ง',
      'อ้างถึง หนังสือจังหวัดสกลนคร ที่ สน 0017.5/ว 1932 ลงวันที่ 15 กุย. 2568',
      'สิ่งที่ส่งมาด้วย สำเนาหนังสือกรมบัญชีกลาง ที่ กค 0410.7/ว3083 ลงวันที่ 1 ก.ย: 2568 จำนวน 1 ฉบับ',
      'ด้วยจังหวัดสกลนครแจ้งว่า',
    ] }];
    const [letter] = parseDocuments(ocrPages);
    expect(letter?.references).toMatchObject([{ normalized: 'สน 0017.5/ว 1932', date: '2025-09-15' }]);
    expect(letter?.enclosures).toMatchObject([{ reference: 'กค 0410.7/ว 3083', date: '2025-09-01' }]);
    expect(letter?.warnings.filter((w) => w.code === 'date-repaired').map((w) => w.field)).toEqual(['cited', 'enclosures']);
    // The item's text shows the date as read, not as OCR garbled it.
    expect(letter?.references[0]?.raw).toBe('หนังสือจังหวัดสกลนคร ที่ สน 0017.5/ว 1932 ลงวันที่ 15 ก.ย. 2568');
    expect(letter?.enclosures[0]?.text).toContain('ลงวันที่ 1 ก.ย. 2568 จำนวน 1 ฉบับ');
  });

  it('reads an อ้างถึง line whose label OCR garbled beyond matching: between the addressee and a section it holds a cited number and its ลงวันที่', () => {
    const letterOf = (line: string) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ ชร ๐๐๒๓.๑/ว ๑๒๖๐', '๑๓ กุมภาพันธ์ ๒๕๖๗', 'เรื่อง การจัดการศึกษาปฐมวัย', 'เรียน นายอำเภอ ทุกอำเภอ', line,
      'สิ่งที่ส่งมาด้วย สำเนาหนังสือกรม ที่ มท ๐๘๑๖.๔/ว ๑๒๓ ลงวันที่ ๑ ก.พ. ๒๕๖๗ จำนวน ๑ ฉบับ', 'ด้วยจังหวัดเชียงรายแจ้งว่า',
    ] }])[0];
    const letter = letterOf('ต แบ่งสินจังหวัดเสียง6ไที่ ชร ๐๐๒๓.๖/ว ๒๔๕ ลงวันที่ ๒ พฤศจิกายน ๒๕๖๖');
    expect(letter?.references).toEqual([expect.objectContaining({ normalized: 'ชร 0023.6/ว 245', date: '2023-11-02' })]);
    expect(letter?.enclosures).toHaveLength(1);
    expect(letter?.addressee).toBe('นายอำเภอ ทุกอำเภอ');
    // A line a stamp over the addressee garbled, holding no cited number, is still passed over.
    expect(letterOf('ศศะณ์ล ๔๓ แผะเค็มขอฝี')?.references).toEqual([]);
  });

  it('joins an OCR item wrapped onto a line a speck opens as if the speck were not there, and sets its urgency apart from the office before it', () => {
    const enclosuresOf = (...items: string[]) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ ชร ๐๐๒๓.๑/ว ๑๒๖๐', '๑ มิถุนายน ๒๕๖๖', 'เรื่อง การขับเคลื่อนการจัดการขยะ', 'เรียน นายอำเภอ ทุกอำเภอ',
      `สิ่งที่ส่งมาด้วย ${items[0]}`, ...items.slice(1), 'ด้วยจังหวัดเชียงรายแจ้งว่า',
    ] }])[0]?.enclosures.map((e) => e.text);
    expect(enclosuresOf('รายละเอียดโครงการป้องกันและลดอุบัติเหตุทาง', "'ถนนช่วงเทศกาล จำนวน ๑ ชุด")).toEqual(['รายละเอียดโครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาล จำนวน ๑ ชุด']);
    expect(enclosuresOf('รายละเอียดโครงการป้องกันและลดอุบัติเหตุทาง', '- ถนนช่วงเทศกาล จำนวน ๑ ชุด')).toEqual(['รายละเอียดโครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาล จำนวน ๑ ชุด']);
    expect(enclosuresOf('สำเนาหนังสืออำเภอสว่างแดนดินด่วนมาก ที่ สน ๐๘๓๒/ว๙๔๓ ลงวันที่ ๒๔ ก.ย. ๒๕๖๘ จำนวน ๑ ฉบับ'))
      .toEqual(['สำเนาหนังสืออำเภอสว่างแดนดิน ด่วนมาก ที่ สน ๐๘๓๒/ว๙๔๓ ลงวันที่ ๒๔ ก.ย. ๒๕๖๘ จำนวน ๑ ฉบับ']);
    // สำเนา opening an item one slip off, a space OCR put inside it ("สำ แนาหนังสือ").
    expect(enclosuresOf('สำ แนาหนังสือกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม ด่วนมาก ที่ ทส ๐๒๐๓.๓/๒๗๔ ลงวันที่ ๑๕ พ.ค. ๒๕๖๘ จำนวน ๑ ฉบับ'))
      .toEqual(['สำเนาหนังสือกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม ด่วนมาก ที่ ทส ๐๒๐๓.๓/๒๗๔ ลงวันที่ ๑๕ พ.ค. ๒๕๖๘ จำนวน ๑ ฉบับ']);
    // หนังสือ after it with its marks misread and a letter read as ำ ("ห่นำสือ", "หนังสีอ").
    expect(enclosuresOf('สำเนาห่นำสือที่อ้างถึง จำนวน 1 ฉบับ')).toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ']);
    expect(enclosuresOf('สำเนาห์นำสือกรมบัญชีกลาง ด่วนมาก ที่ กค0406.2/ว 1831 ลงวันที่ 5 พ.ค. 66 จำนวน 1 ฉบับ'))
      .toEqual(['สำเนาหนังสือกรมบัญชีกลาง ด่วนมาก ที่ กค0406.2/ว 1831 ลงวันที่ 5 พ.ค. 66 จำนวน 1 ฉบับ']);
    expect(enclosuresOf('สำเนาหนังสีอกรมส่งเสริมการปกครองท้องถิ่น จำนวน 1 ฉบับ')).toEqual(['สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น จำนวน 1 ฉบับ']);
    expect(enclosuresOf('สำเนาคำสั่งจังหวัดเชียงราย จำนวน 1 ฉบับ')).toEqual(['สำเนาคำสั่งจังหวัดเชียงราย จำนวน 1 ฉบับ']);
    // ...also where OCR read the space before it as a dot ("กรมบัญชีกลาง.ด่วนที่สุด").
    expect(enclosuresOf('สำเนาหนังสือกรมบัญชีกลาง.ด่วนที่สุด ที่ กค 0410.7/ว3083 ลงวันที่ 1 ก.ย. 2568 จำนวน 1 ฉบับ'))
      .toEqual(['สำเนาหนังสือกรมบัญชีกลาง ด่วนที่สุด ที่ กค 0410.7/ว3083 ลงวันที่ 1 ก.ย. 2568 จำนวน 1 ฉบับ']);
  });

  it('prints the formula words of an OCR cited item as printed: ลงวันที่, an urgency, หนังสือที่อ้างถึง, no speck before a label', () => {
    const enclosuresOf = (...items: string[]) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ ชร ๐๐๒๓.๑/ว ๑๒๖๐', '๑ มิถุนายน ๒๕๖๖', 'เรื่อง การขับเคลื่อนการจัดการขยะ', 'เรียน นายอำเภอ ทุกอำเภอ',
      `สิ่งที่ส่งมาด้วย ${items[0]}`, ...items.slice(1), 'ด้วยจังหวัดเชียงรายแจ้งว่า',
    ] }])[0]?.enclosures.map((e) => e.text);
    expect(enclosuresOf('สำเนาหนังสือกรม ส่วนมาก ที่ มท ๐๒๐๘.๒/๒๕๓ สงวันที่ ๔ มี.ค. ๖๗ จำนวน ๑ ฉบับ'))
      .toEqual(['สำเนาหนังสือกรม ด่วนมาก ที่ มท ๐๒๐๘.๒/๒๕๓ ลงวันที่ ๔ มี.ค. ๖๗ จำนวน ๑ ฉบับ']);
    expect(enclosuresOf('๑. สำเนาหนังสือที่ล้างถึง จำนวน ๑ ฉบับ,', '๒. แบบรายงานผล.จำนวน ๑ ชุด'))
      .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', 'แบบรายงานผล จำนวน ๑ ชุด']);
    expect(enclosuresOf('1.. สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', '2. บัญชีรายชื่อผู้ประสานงาน จำนวน 1 ชุด'))
      .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', 'บัญชีรายชื่อผู้ประสานงาน จำนวน 1 ชุด']);
    // A comma set apart before an item; a letter glued to the running number before ลงวันที่ (no twin of a digit).
    expect(enclosuresOf('๑. สำเนาหนังสือจังหวัด ที่ สน ๐๐๑๗.๕/ว ๑๙๓๒ช ลงวันที่ ๑๕ กันยายน ๒๕๖๘ จำนวน ๑ ฉบับ', '๒. , แบบรายงานผล จำนวน ๑ ชุด'))
      .toEqual(['สำเนาหนังสือจังหวัด ที่ สน ๐๐๑๗.๕/ว ๑๙๓๒ ลงวันที่ ๑๕ กันยายน ๒๕๖๘ จำนวน ๑ ฉบับ', 'แบบรายงานผล จำนวน ๑ ชุด']);
    // A quote set apart before the item, a dash glued after it, a dot after the year before จำนวน: specks.
    expect(enclosuresOf('" สำเนาหนังสือกระทรวง ที่ สธ 0203.2/20 ลงวันที่ 17 ตุลาคม 2567. จำนวน 1 ฉบับ-'))
      .toEqual(['สำเนาหนังสือกระทรวง ที่ สธ 0203.2/20 ลงวันที่ 17 ตุลาคม 2567 จำนวน 1 ฉบับ']);
    // The spaces print sets in the date and around จำนวน, lost or read as a dot.
    for (const [read, printed] of [
      ['ลงวันที่ ๙ ส.ค.๖๗ จำนวน.๑ ฉบับ', 'ลงวันที่ ๙ ส.ค. ๖๗ จำนวน ๑ ฉบับ'],
      ['ลงวันที่๑๗มิถุนายน ๒๕๖๘จำนวน ๑ ฉบับ', 'ลงวันที่ ๑๗ มิถุนายน ๒๕๖๘ จำนวน ๑ ฉบับ'],
      ['ลง. วันที่ 1ม.ค. 2567 จำนวน 1 ฉบับ', 'ลงวันที่ 1 ม.ค. 2567 จำนวน 1 ฉบับ'],
      ['ลงวันที่ 31-ก.ค. 67 จำนวน 1 ฉบับ', 'ลงวันที่ 31 ก.ค. 67 จำนวน 1 ฉบับ'],
      ['ลง : วันที่ 1 ม.ค. 2567 จำนวน-1 ฉบับ', 'ลงวันที่ 1 ม.ค. 2567 จำนวน 1 ฉบับ'],
      ['ลงวันที่ 1 มกราคม.2567 จำนวน 1 ฉบับ', 'ลงวันที่ 1 มกราคม 2567 จำนวน 1 ฉบับ'],
      ['ลงวันที่.13 ม.ค. 68 จำนวน 1 ฉบับ', 'ลงวันที่ 13 ม.ค. 68 จำนวน 1 ฉบับ'],
      ['ลงวันที่-.๒๙ สิงหาคม ๒๕๖๖ จำนวน ๑ ฉบับ', 'ลงวันที่ ๒๙ สิงหาคม ๒๕๖๖ จำนวน ๑ ฉบับ'],
      // A day whose two digits a speck split with a dot.
      ['ลงวันที่ ๑.๕ กันยายน ๒๕๖๖ จำนวน ๑ ฉบับ', 'ลงวันที่ ๑๕ กันยายน ๒๕๖๖ จำนวน ๑ ฉบับ'],
      // ลงวันที่ one slip away inside วันที่, an abbreviation's dot read as a quote.
      ['ลงวันฑี ๒๗ ธ.ค. ๒๕๖๖ จำนวน ๑ ฉบับ', 'ลงวันที่ ๒๗ ธ.ค. ๒๕๖๖ จำนวน ๑ ฉบับ'],
      ['ลงวันทกี ๑ มกราคม ๒๕๖๗ จำนวน ๑ ฉบับ', 'ลงวันที่ ๑ มกราคม ๒๕๖๗ จำนวน ๑ ฉบับ'],
      ["ลงวันที่ 26 พ'ค. 2568 จำนวน 1 ฉบับ", 'ลงวันที่ 26 พ.ค. 2568 จำนวน 1 ฉบับ'],
    ]) expect(enclosuresOf(`สำเนาหนังสือ ที่ มท ๐๒๑๑/๓๙๕ ${read}`)).toEqual([`สำเนาหนังสือ ที่ มท ๐๒๑๑/๓๙๕ ${printed}`]);
    // An item ended by its count with a speck glued after the unit, or a quote before it.
    expect(enclosuresOf('สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ-', 'ส ตามหนังสือที่อ้างถึง กระทรวงมหาดไทยแจ้งว่า')).toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ']);
    expect(enclosuresOf("แบบรายงานผลการดำเนินงาน จำนวน 1 'ซุด")).toEqual(['แบบรายงานผลการดำเนินงาน จำนวน 1 ชุด']);
    // The unit wrapped onto a line of its own behind a quote.
    expect(enclosuresOf('รายละเอียดโครงการจัดการขยะมูลฝอยชุมชนจากต้นทาง จำนวน 1', '“ชุด')).toEqual(['รายละเอียดโครงการจัดการขยะมูลฝอยชุมชนจากต้นทาง จำนวน 1 ชุด']);
    // A dash speck between จำนวน and the count; the body's opener behind a sign glued to it.
    expect(enclosuresOf('สำเนาหนังสือที่อ้างถึง จำนวน-๑ ฉบับ', '0ตามหนังสือที่อ้างถึง อำเภอเมืองพิษณุโลกแจ้งว่า กระทรวง')).toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ']);
    expect(enclosuresOf('สำเนาหนังสือที่อ้างถึง', '0ตามหนังสือที่อ้างถึง อำเภอเมืองพิษณุโลกแจ้งว่า กระทรวง')).toEqual(['สำเนาหนังสือที่อ้างถึง']);
    // ...or a colon, the body after it opening behind a dash.
    expect(enclosuresOf('สำเนาหนังสือกรมควบคุมมลพิษ จำนวน:1 ฉบับ', '-ด้วยกรมควบคุมมลพิษแจ้งว่า ปัญหาหมอกควันและฝุ่นละออง')).toEqual(['สำเนาหนังสือกรมควบคุมมลพิษ จำนวน 1 ฉบับ']);
    expect(enclosuresOf('แบบรายงานผลการดำเนินงาน จำนวน 1 " ฉบับ')).toEqual(['แบบรายงานผลการดำเนินงาน จำนวน 1 ฉบับ']);
    // A quote or a digit set apart after the unit where the item ends: specks.
    expect(enclosuresOf('แบบรายงานผลการดำเนินงาน จำนวน ๑ ฉบับ ”')).toEqual(['แบบรายงานผลการดำเนินงาน จำนวน ๑ ฉบับ']);
    expect(enclosuresOf('แบบรายงานผลการดำเนินงาน จำนวน 1 ฉบับ 6')).toEqual(['แบบรายงานผลการดำเนินงาน จำนวน 1 ฉบับ']);
    expect(enclosuresOf('แบบรายงานผลการดำเนินงาน จำนวน 1 ฉบับ /')).toEqual(['แบบรายงานผลการดำเนินงาน จำนวน 1 ฉบับ']);
    expect(enclosuresOf('สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ *')).toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ']);
    // ...or a quote glued to the unit.
    expect(enclosuresOf('สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ"')).toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ']);
    // ...or a bar read as i or l, which would leave the item open to swallow the body after it.
    expect(enclosuresOf('แบบรายงานผลการดำเนินงาน จำนวน ๑ ฉบับ i', 'ดล้วยกระทรวงการคลังแจ้งว่า คณะรัฐมนตรีได้กำหนดเป้าหมาย')).toEqual(['แบบรายงานผลการดำเนินงาน จำนวน ๑ ฉบับ']);
    expect(enclosuresOf('แบบรายงานผลการดำเนินงาน จำนวน 1 ชุด l')).toEqual(['แบบรายงานผลการดำเนินงาน จำนวน 1 ชุด']);
    // A unit with a mark lost or a speck read as one, or a dot glued after it: no unit is an abbreviation.
    expect(enclosuresOf('รายละเอียดโครงการ จำนวน 1 ชด')).toEqual(['รายละเอียดโครงการ จำนวน 1 ชุด']);
    expect(enclosuresOf('สำเนาหนังสือที่อ้างถึง จำนวน ๑ อบั้บ')).toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ']);
    expect(enclosuresOf('สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ่')).toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ']);
    // A speck read as a letter glued before the unit as well as a tone mark on it; dots either side of the count.
    expect(enclosuresOf('สำเนาหนังสือที่อ้างถึง จำนวน ๑ ลฉบั้บ')).toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ']);
    expect(enclosuresOf('กำหนดการการป้องกันการทุจริต จำนวน.1.ฉบับ')).toEqual(['กำหนดการการป้องกันการทุจริต จำนวน 1 ฉบับ']);
    expect(enclosuresOf('แบบรายงานผลการดำเนินงาน จำนวน ๑ ชุด.')).toEqual(['แบบรายงานผลการดำเนินงาน จำนวน ๑ ชุด']);
    // A dot glued after the number before ลงวันที่: a speck.
    expect(enclosuresOf('สำเนาหนังสือ ที่ พม 0605.4/ว1022. ลงวันที่ 5 ธันวาคม 2566 จำนวน 1 ฉบับ'))
      .toEqual(['สำเนาหนังสือ ที่ พม 0605.4/ว1022 ลงวันที่ 5 ธันวาคม 2566 จำนวน 1 ฉบับ']);
    // A dash glued before ที่, a dot glued after it: specks where print sets a space.
    expect(enclosuresOf('สำเนาหนังสือจังหวัดกาญจนบุรี ด่วนมาก-ที่ กจ 0017.2/ว2586 ลงวันที่ 26 พฤษภาคม 2568 จำนวน 1 ฉบับ'))
      .toEqual(['สำเนาหนังสือจังหวัดกาญจนบุรี ด่วนมาก ที่ กจ 0017.2/ว2586 ลงวันที่ 26 พฤษภาคม 2568 จำนวน 1 ฉบับ']);
    expect(enclosuresOf('สำเนาหนังสือกรมป้องกันและบรรเทาสาธารณภัย ที่. มท0617.5/ว 1259 ลงวันที่ 26 ธ.ค. 2566 จำนวน 1 ฉบับ'))
      .toEqual(['สำเนาหนังสือกรมป้องกันและบรรเทาสาธารณภัย ที่ มท0617.5/ว 1259 ลงวันที่ 26 ธ.ค. 2566 จำนวน 1 ฉบับ']);
    // ที่ before the number read with its tone mark lost and its first letter misread ("หี").
    expect(enclosuresOf('สำเนาหนังสือจังหวัดสกลนคร ด่วนที่สุด หี สน ๐๐๑๗.๕/ว ๑๙๓๒ ลงวันที่ ๑๕ กันยายน ๒๕๖๘ จำนวน ๑ ฉบับ'))
      .toEqual(['สำเนาหนังสือจังหวัดสกลนคร ด่วนที่สุด ที่ สน ๐๐๑๗.๕/ว ๑๙๓๒ ลงวันที่ ๑๕ กันยายน ๒๕๖๘ จำนวน ๑ ฉบับ']);
    // Letters glued to the year before จำนวน are specks.
    expect(enclosuresOf('สำเนาหนังสือสำนักงาน ที่ ศธ ๐๔๐๑๐/ว ๑๘๐๙ ลงวันที่ ๑๒ เมษายน ๒๕๖๗ญ์ จำนวน ๑ ฉบับ'))
      .toEqual(['สำเนาหนังสือสำนักงาน ที่ ศธ ๐๔๐๑๐/ว ๑๘๐๙ ลงวันที่ ๑๒ เมษายน ๒๕๖๗ จำนวน ๑ ฉบับ']);
    // A dash speck glued before the first item's number.
    expect(enclosuresOf('-๑. สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', '๒. บัญชีรายชื่อผู้ประสานงาน จำนวน ๑ ชุด'))
      .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', 'บัญชีรายชื่อผู้ประสานงาน จำนวน ๑ ชุด']);
    // A quote or dot speck before an item's number.
    expect(enclosuresOf("' 1. สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ", '.๒. บัญชีรายชื่อผู้ประสานงาน จำนวน ๑ ชุด'))
      .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', 'บัญชีรายชื่อผู้ประสานงาน จำนวน ๑ ชุด']);
    // The next item's number with its dot read as a comma, a colon or sara a.
    for (const number of ['๒,', '๒:', '2ะ']) {
      expect(enclosuresOf('๑. สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', `${number} แบบรายงานผลการดำเนินงาน จำนวน ๑ ชุด`))
        .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', 'แบบรายงานผลการดำเนินงาน จำนวน ๑ ชุด']);
    }
    expect(enclosuresOf('สำเนาหนังสืออำเภอ ที่ อบ ๐๓๕๒.๒/๓๔๔.ลงจวันที่ ๙ พฤษภาคม ๒๕๖๖ จำนวน ๑ ฉบับ'))
      .toEqual(['สำเนาหนังสืออำเภอ ที่ อบ ๐๓๕๒.๒/๓๔๔ ลงวันที่ ๙ พฤษภาคม ๒๕๖๖ จำนวน ๑ ฉบับ']);
    expect(enclosuresOf('กำหนดการ ถึงวันที่ ๙ พฤษภาคม ๒๕๖๖ จำนวน ๑ ชุด')).toEqual(['กำหนดการ ถึงวันที่ ๙ พฤษภาคม ๒๕๖๖ จำนวน ๑ ชุด']);
  });

  it('prints the number an OCR cited item names as it was read: a colon or twin letter in its office block, a look-alike or speck at its circular mark', () => {
    const enclosureOf = (item: string) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ พล ๐๐๑๗.๒/ว ๒๓๐๑', '๑ สิงหาคม ๒๕๖๘', 'เรื่อง การจัดเก็บข้อมูล', 'เรียน นายอำเภอ ทุกอำเภอ',
      `สิ่งที่ส่งมาด้วย ${item}`, 'ด้วยจังหวัดพิษณุโลกแจ้งว่า',
    ] }])[0]?.enclosures.map((e) => [e.text, e.reference])[0];
    expect(enclosureOf('สำเนาหนังสือกรม ที่ มท ๐๒๐๘:๒/๒๕๓ ลงวันที่ ๔ มี.ค. ๖๗ จำนวน ๑ ฉบับ'))
      .toEqual(['สำเนาหนังสือกรม ที่ มท ๐๒๐๘.๒/๒๕๓ ลงวันที่ ๔ มี.ค. ๖๗ จำนวน ๑ ฉบับ', 'มท 0208.2/253']);
    expect(enclosureOf('สำเนาหนังสือจังหวัดชลบุรี ที่ ชบ ๐๐๑๗.ต/จ๑๙๑๗ ลงวันที่ ๙ สิงหาคม ๒๕๖๗ จำนวน ๑ ฉบับ'))
      .toEqual(['สำเนาหนังสือจังหวัดชลบุรี ที่ ชบ ๐๐๑๗.๓/ว๑๙๑๗ ลงวันที่ ๙ สิงหาคม ๒๕๖๗ จำนวน ๑ ฉบับ', 'ชบ 0017.3/ว 1917']);
    expect(enclosureOf('สำเนาหนังสือกรม ที่ มท๐๖๑๗.๕/วุ ๑๒๕๙ ลงวันที่ ๒๖ ธ.ค. ๒๕๖๖ จำนวน ๑ ฉบับ'))
      .toEqual(['สำเนาหนังสือกรม ที่ มท๐๖๑๗.๕/ว ๑๒๕๙ ลงวันที่ ๒๖ ธ.ค. ๒๕๖๖ จำนวน ๑ ฉบับ', 'มท 0617.5/ว 1259']);
  });

  it('ends an enclosure at its count and unit, though its line is full and a speck hides the body opener below', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ มท ๐๘๑๐.๓/ว ๕๑๒', '๓ มีนาคม ๒๕๖๘', 'เรื่อง การจัดงานวันเด็กแห่งชาติ', 'เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด',
      'สิ่งที่ส่งมาด้วย รายละเอียดโครงการจัดงานวันเด็กแห่งชาติ จำนวน ๑ ชุด',
      '5 ด้วยวันเด็กแห่งชาติเป็นโอกาสสำคัญ', 'ตระหนักถึงบทบาท', 'ขอแสดงความนับถือ',
    ] }]);
    expect(letter?.enclosures.map((e) => e.text)).toEqual(['รายละเอียดโครงการจัดงานวันเด็กแห่งชาติ จำนวน ๑ ชุด']);
  });

  it('reads the citations of a scanned letter after a speck OCR read as a lone digit, a run of letters or a few signs under the addressee', () => {
    for (const speck of ['๖', 'เคราชา', 'สะกรวยธร.', '(ขณะณเว6มะลิ4“.', '๐ = ๑']) {
      const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
        'ที่ ชบ 0017.3/ว1917', 'ศาลากลางจังหวัดชลบุรี', '9 ส.ค. 2567', 'เรื่อง มาตรการประหยัดพลังงาน', 'เรียน นายอำเภอ ทุกอำเภอ', speck,
        'สิ่งที่ส่งมาด้วย 1. สำเนาหนังสือกรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน', 'ที่ พน 0905.3/ว 3048 ลงวันที่ 31 ก.ค. 67 จำนวน 1 ฉบับ',
        '2. แบบตอบรับ จำนวน 1 ฉบับ', 'ด้วยกรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงานแจ้งว่า',
      ] }]);
      expect(letter?.enclosures.map((e) => e.reference)).toEqual(['พน 0905.3/ว 3048', null]);
    }
    // Or between its อ้างถึง and its สิ่งที่ส่งมาด้วย, after an item on one line or wrapped onto a short one;
    // also a longer run that reads as no Thai.
    const cited = [['อ้างถึง หนังสืออำเภอเมืองพิษณุโลก ด่วนที่สุด ที่ พล ๐๓๕๑/ว๗๘๖ ลงวันที่ ๗ สิงหาคม ๒๕๖๘'], ['อ้างถึง หนังสืออำเภอเมืองพิษณุโลก ด่วนที่สุด ที่ พล ๐๓๕๑/ว๗๘๖ ลงวันที่ ๗', 'สิงหาคม ๒๕๖๘']];
    for (const speck of ['(ขณะณเว6มะลิ4“.', 'ขณะรราะคมานาลหกรณะแว00.']) for (const item of cited) {
      const [between] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
        'ที่ พล ๐๐๑๗.๒/ว ๒๓๐๑', '๑ สิงหาคม ๒๕๖๘', 'เรื่อง การจัดเก็บข้อมูล', 'เรียน กำนัน ผู้ใหญ่บ้าน ทุกหมู่บ้าน', ...item, speck,
        'สิ่งที่ส่งมาด้วย สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', 'ตามหนังสือที่อ้างถึง อำเภอเมืองพิษณุโลกแจ้งว่า',
      ] }]);
      expect(between?.enclosures.map((e) => e.text)).toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ']);
    }
  });

  it('reads the citations of a scanned letter whose addressee line OCR garbled into two lines of letters (a stamp over it), but not past the body', () => {
    const read = (between: string[]) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่อบ 0017.4/ว924', 'ศาลากลางจังหวัดอุบลราชธานี', '24 ก.พ.68', 'เรื่อง ขอความร่วมมือสนับสนุนโครงการ', ...between,
      'อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท', '0819/530 ลงวันที่ 20 ก.พ. 68',
      'สิ่งที่ส่งมาด้วย สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', 'ตามหนังสือที่อ้างถึง กรมส่งเสริมการปกครองท้องถิ่นแจ้งว่า',
    ] }])[0]!;
    const garbled = read(['ซน เวยซัทด หตชักไดีต |', 'ฉะกะเพรารรรรกรสบ 2508']);
    expect(garbled.references.map((r) => r.normalized)).toEqual(['มท 0819/530']);
    expect(garbled.enclosures).toHaveLength(1);
    expect(read(['ด้วยจังหวัดขอเชิญประชุม ดังนี้', 'รายละเอียดการประชุม']).references).toEqual([]);
  });

  it('prints an OCR cited item\'s urgency as printed when OCR misread its tone mark or ran it into ที่, and a quote or dash glued before จำนวน as a space', () => {
    const enclosuresOf = (item: string) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ พล ๐๐๑๗.๒/ว ๒๓๐๑', '๑ สิงหาคม ๒๕๖๘', 'เรื่อง การจัดเก็บข้อมูล', 'เรียน นายอำเภอ ทุกอำเภอ',
      `สิ่งที่ส่งมาด้วย ${item}`, 'ด้วยจังหวัดพิษณุโลกแจ้งว่า',
    ] }])[0]?.enclosures.map((e) => [e.text, e.reference]);
    expect(enclosuresOf('สำเนาหนังสือจังหวัด ล้วนที่สุด ที่ พล ๐๐๑๗.๒/ว ๒๒๖๖ ลงวันที่ ๒๘ ก.ค. ๖๘ จำนวน ๑ ฉบับ'))
      .toEqual([['สำเนาหนังสือจังหวัด ด่วนที่สุด ที่ พล ๐๐๑๗.๒/ว ๒๒๖๖ ลงวันที่ ๒๘ ก.ค. ๖๘ จำนวน ๑ ฉบับ', 'พล 0017.2/ว 2266']]);
    // A month's full name one slip off is printed as the name its date was read with.
    expect(enclosuresOf('สำเนาหนังสือจังหวัด ที่ พล ๐๐๑๗.๒/ว ๒๒๖๖ ลงวันที่ ๒๗ อันวาคม ๒๕๖๖ จำนวน ๑ ฉบับ'))
      .toEqual([['สำเนาหนังสือจังหวัด ที่ พล ๐๐๑๗.๒/ว ๒๒๖๖ ลงวันที่ ๒๗ ธันวาคม ๒๕๖๖ จำนวน ๑ ฉบับ', 'พล 0017.2/ว 2266']]);
    // ด่วนที่สุด, long enough that two slips leave it the only urgency it can be ("ต่วบที่สุด"); ด่วนมาก one slip only.
    expect(enclosuresOf('สำเนาหนังสือจังหวัด ต่วบที่สุด ที่ พล ๐๐๑๗.๒/ว ๒๒๖๖ ลงวันที่ ๒๘ ก.ค. ๖๘ จำนวน ๑ ฉบับ'))
      .toEqual([['สำเนาหนังสือจังหวัด ด่วนที่สุด ที่ พล ๐๐๑๗.๒/ว ๒๒๖๖ ลงวันที่ ๒๘ ก.ค. ๖๘ จำนวน ๑ ฉบับ', 'พล 0017.2/ว 2266']]);
    expect(enclosuresOf('สำเนาหนังสือจังหวัด ต่วบมาก ที่ พล ๐๐๑๗.๒/ว ๒๒๖๖ ลงวันที่ ๒๘ ก.ค. ๖๘ จำนวน ๑ ฉบับ')[0]![0]).toMatch(/ต่วบมาก/u);
    expect(enclosuresOf('สำเนาหนังสือกระทรวง ต่วน ที่ สธ 0203.2/20 ลงวันที่ 17 ตุลาคม 2567 จำนวน 1 ฉบับ'))
      .toEqual([['สำเนาหนังสือกระทรวง ด่วน ที่ สธ 0203.2/20 ลงวันที่ 17 ตุลาคม 2567 จำนวน 1 ฉบับ', 'สธ 0203.2/20']]);
    expect(enclosuresOf('สำเนาหนังสือกระทรวง ด่วันที่ ดศ 0204.1/ว 197 ลงวันที่ 13 มกราคม 2568 จำนวน 1 ฉบับ'))
      .toEqual([['สำเนาหนังสือกระทรวง ด่วน ที่ ดศ 0204.1/ว 197 ลงวันที่ 13 มกราคม 2568 จำนวน 1 ฉบับ', 'ดศ 0204.1/ว 197']]);
    expect(enclosuresOf('สำเนาหนังสือกรมบัญชีกลาง ด่วนมากที่ กค0406.2/ว 1831 ลงวันที่ 5 พ.ค. 66 จำนวน 1 ฉบับ'))
      .toEqual([['สำเนาหนังสือกรมบัญชีกลาง ด่วนมาก ที่ กค0406.2/ว 1831 ลงวันที่ 5 พ.ค. 66 จำนวน 1 ฉบับ', 'กค 0406.2/ว 1831']]);
    // Its last letter read as a look-alike ("ด่วนมาค"), a letter a speck made glued before ที่ ("ด่วนทที่").
    expect(enclosuresOf('สำเนาหนังสืออำเภอ ด่วนมาค ที่ สน ๐๘๓๒/ว๙๔๓ ลงวันที่ ๒๔ ก.ย. ๒๕๖๘ จำนวน ๑ ฉบับ'))
      .toEqual([['สำเนาหนังสืออำเภอ ด่วนมาก ที่ สน ๐๘๓๒/ว๙๔๓ ลงวันที่ ๒๔ ก.ย. ๒๕๖๘ จำนวน ๑ ฉบับ', 'สน 0832/ว 943']]);
    expect(enclosuresOf('สำเนาหนังสือกระทรวง ด่วนทที่ ดศ 0204.1/ว 197 ลงวันที่ 13 มกราคม 2568 จำนวน 1 ฉบับ'))
      .toEqual([['สำเนาหนังสือกระทรวง ด่วน ที่ ดศ 0204.1/ว 197 ลงวันที่ 13 มกราคม 2568 จำนวน 1 ฉบับ', 'ดศ 0204.1/ว 197']]);
    expect(enclosuresOf('สำเนาหนังสือกระทรวง ด่วนที่ สธ 0203.2/20 ลงวันที่ 17 ตุลาคม 2567 จำนวน 1 ฉบับ'))
      .toEqual([['สำเนาหนังสือกระทรวง ด่วน ที่ สธ 0203.2/20 ลงวันที่ 17 ตุลาคม 2567 จำนวน 1 ฉบับ', 'สธ 0203.2/20']]);
    expect(enclosuresOf("สำเนาหนังสือที่อ้างถึง'จำนวน 1 ฉบับ")).toEqual([['สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', null]]);
    expect(enclosuresOf('แบบตอบรับ-จำนวน 1 ฉบับ')).toEqual([['แบบตอบรับ จำนวน 1 ฉบับ', null]]);
    // ...or set apart from it ("ด่วน. ที่").
    expect(enclosuresOf('สำเนาหนังสือสำนักงาน ด่วน. ที่ ศธ ๐๔๐๑๐/ว ๑๘๐๙ ลงวันที่ ๑๒ เม.ย. ๒๕๖๗ จำนวน ๑ ฉบับ'))
      .toEqual([['สำเนาหนังสือสำนักงาน ด่วน ที่ ศธ ๐๔๐๑๐/ว ๑๘๐๙ ลงวันที่ ๑๒ เม.ย. ๒๕๖๗ จำนวน ๑ ฉบับ', 'ศธ 04010/ว 1809']]);
    expect(enclosuresOf('สำเนาหนังสือกรมส่งเสริมการปกครองส่วนท้องถิ่น ที่ มท ๐๘๑๐.๕/ว ๓๐๑ จำนวน ๑ ฉบับ'))
      .toEqual([['สำเนาหนังสือกรมส่งเสริมการปกครองส่วนท้องถิ่น ที่ มท ๐๘๑๐.๕/ว ๓๐๑ จำนวน ๑ ฉบับ', 'มท 0810.5/ว 301']]);
  });

  it('reads a cited date with a speck OCR read as a quote between its day and month', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ ชร ๐๐๒๓.๑/ว ๑๒๖๐', '๑ มิถุนายน ๒๕๖๖', 'เรื่อง การขับเคลื่อนการจัดการขยะ', 'เรียน นายอำเภอ ทุกอำเภอ',
      "อ้างถึง หนังสือจังหวัดเชียงราย ที่ ชร 0023.1 /ว1250 ลงวันที่ 25 'พฤษภาคม 2566", 'ด้วยจังหวัดเชียงรายแจ้งว่า',
    ] }]);
    expect(letter?.references).toMatchObject([{ normalized: 'ชร 0023.1/ว 1250', date: '2023-05-25' }]);
  });

  it('gives an OCR cited item the space print sets between ที่ and the agency code, and leaves out a speck at its end', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ ชร ๐๐๒๓.๑/ว ๑๒๖๐', '๑ มิถุนายน ๒๕๖๖', 'เรื่อง การขับเคลื่อนการจัดการขยะ', 'เรียน นายอำเภอ ทุกอำเภอ',
      'อ้างถึง หนังสือกระทรวงมหาดไทย ที่มท0211/395 ลงวันที่ 17 มิ.ย. 2566',
      'สิ่งที่ส่งมาด้วย สำเนาหนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่มท ๐๘๒๐.๒/ว ๑๘๖๒ ลงวันที่ ๑ ก.พ. ๒๕๖๖ จำนวน ๑ ฉบับ ร',
      'ด้วยจังหวัดเชียงรายแจ้งว่า',
    ] }]);
    expect(letter?.references[0]?.raw).toBe('หนังสือกระทรวงมหาดไทย ที่ มท0211/395 ลงวันที่ 17 มิ.ย. 2566');
    expect(letter?.enclosures[0]?.text).toBe('สำเนาหนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๘๒๐.๒/ว ๑๘๖๒ ลงวันที่ ๑ ก.พ. ๒๕๖๖ จำนวน ๑ ฉบับ');
  });

  it('reads the year of an OCR cited date wrapped alone onto the next line and read as its twin letters ("วว" for ๖๖)', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ กค ๐๔๑๐.๗/ว ๓๐๘๓', 'กรมบัญชีกลาง', '๑๐ มกราคม ๒๕๖๖', 'เรื่อง แนวทางการเบิกจ่าย', 'เรียน อธิบดีกรมบัญชีกลาง',
      'อ้างถึง หนังสือกระทรวงการคลัง ที่ กค ๐๒๐๓.๑/ว ๒๗๗ ลงวันที่ ๒ ม.ค.', 'วว', 'ด้วยกระทรวงการคลังแจ้งว่า',
    ] }]);
    expect(letter?.references[0]).toMatchObject({ normalized: 'กค 0203.1/ว 277', date: '2023-01-02' });
  });

  it('gives an OCR cited item the spaces print sets before ลงวันที่ and before a year it read again ("เม.ย.วฒ" as เม.ย. ๖๗)', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ ชร ๐๐๒๓.๑/ว ๑๒๖๐', '๑ มิถุนายน ๒๕๖๗', 'เรื่อง การขับเคลื่อนการจัดการขยะ', 'เรียน นายอำเภอ ทุกอำเภอ',
      'สิ่งที่ส่งมาด้วย สำเนาหนังสือสำนักงาน ที่ ศธ ๐๔๐๑๐/ว ๑๘๐๙ลงวันที่ ๑๒ เม.ย.วฒ จำนวน ๑ ฉบับ', 'ด้วยจังหวัดเชียงรายแจ้งว่า',
    ] }]);
    expect(letter?.enclosures[0]).toMatchObject({ text: 'สำเนาหนังสือสำนักงาน ที่ ศธ ๐๔๐๑๐/ว ๑๘๐๙ ลงวันที่ ๑๒ เม.ย. ๖๗ จำนวน ๑ ฉบับ', date: '2024-04-12' });
  });

  it('reads an OCR enclosure count read as its twin letter, run into its unit or with its unit one letter off, and ends the item there', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ สน ๐๘๓๒/ว ๙๔๓', '๒๔ กันยายน ๒๕๖๘', 'เรื่อง แนวทางการเร่งรัดการเบิกจ่าย', 'เรียน นายกเทศมนตรีตำบล ทุกแห่ง',
      'สิ่งที่ส่งมาด้วย ๑. รายละเอียดโครงการ จำนวน รชุด', '๒. แบบตอบรับ จำนวน 1ฉบับ', '๓. บัญชีรายชื่อ จำนวน ๑.ฉบับ',
      '๔. แบบรายงาน จำนวน ๑ ซุด', '๕. ผังรายชื่อ จำนวน ๓ ราย', 'ด้วยจังหวัดสกลนครแจ้งว่า',
    ] }]);
    expect(letter?.enclosures.map((e) => e.text)).toEqual([
      'รายละเอียดโครงการ จำนวน ๑ ชุด', 'แบบตอบรับ จำนวน 1 ฉบับ', 'บัญชีรายชื่อ จำนวน ๑ ฉบับ', 'แบบรายงาน จำนวน ๑ ชุด', 'ผังรายชื่อ จำนวน ๓ ราย',
    ]);
  });

  it('reads the ฉ of an OCR count\'s ฉบับ that a looped face printed like ๑ as ฉ, not as a digit more ("จำนวน ๑๑บับ")', () => {
    const enclosuresWith = (...items: string[]) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ พร ๐๐๑๗.๓/ว ๔๖๑', '๒ ธันวาคม ๒๕๖๗', 'เรื่อง ขอเชิญประชุมเชิงปฏิบัติการ', 'เรียน นายอำเภอ ทุกอำเภอ',
      ...items, 'ตามหนังสือที่อ้างถึง กรมส่งเสริมการปกครองท้องถิ่นแจ้งว่า',
    ] }])[0]?.enclosures.map((e) => e.text);
    expect(enclosuresWith('สิ่งที่ส่งมาด้วย ๑. สำเนาหนังสือที่อ้างถึง จำนวน ๑๑บับ', '๒. แบบตอบรับ จำนวน ๑ ๑บับ', '๓. บัญชีรายชื่อ จำนวน 21บับ'))
      .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', 'แบบตอบรับ จำนวน ๑ ฉบับ', 'บัญชีรายชื่อ จำนวน 2 ฉบับ']);
    // Wrapped alone onto the next line too; a count of eleven with its ฉ whole stays eleven.
    expect(enclosuresWith('สิ่งที่ส่งมาด้วย สำเนาหนังสือที่อ้างถึง จำนวน', '๑๑บับ')).toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ']);
    expect(enclosuresWith('สิ่งที่ส่งมาด้วย สำเนาหนังสือที่อ้างถึง จำนวน ๑๑ ฉบับ')).toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑๑ ฉบับ']);
  });

  it('ends an OCR enclosure at its unit wrapped alone onto the next line, or at the body after a speck, never past the closing', () => {
    const letterWith = (...enclosure: string[]) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ ชร ๗๗๒๕๙/ว ๗๕', 'องค์การบริหารส่วนตำบลสันป่าเปา', '๒๗ พ.ย. ๒๕๖๗', 'เรื่อง การคัดแยกขยะมูลฝอยต้นทาง', 'เรียน ประธานกรรมการหมู่บ้าน ทุกหมู่บ้าน',
      ...enclosure, "' ด้วยองค์การบริหารส่วนตำบลสันป่าเปาได้รับแจ้ง", 'ขอแสดงความนับถือ', '(นายสุทธิชัย ทองคำ)', 'นายกองค์การบริหารส่วนตำบลสันป่าเปา',
    ] }])[0];
    const wrapped = letterWith('สิ่งที่ส่งมาด้วย รายละเอียดโครงการ จำนวน ๑', 'ชุด');
    expect(wrapped?.enclosures.map((e) => e.text)).toEqual(['รายละเอียดโครงการ จำนวน ๑ ชุด']);
    // The count and its unit wrapped together, run into one another, onto the next line.
    // Its unit one letter off too ("๑อบับ": ฉ read as อ).
    for (const [count, read] of [['๑ชุด', 'จำนวน ๑ ชุด'], ['1ฉบับ', 'จำนวน 1 ฉบับ'], ['๑อบับ', 'จำนวน ๑ ฉบับ']]) {
      expect(letterWith('สิ่งที่ส่งมาด้วย รายละเอียดโครงการ จำนวน', count!)?.enclosures.map((e) => e.text)).toEqual([`รายละเอียดโครงการ ${read}`]);
    }
    const unitLost = letterWith('สิ่งที่ส่งมาด้วย รายละเอียดโครงการ จำนวน ๑');
    expect(unitLost?.enclosures.map((e) => e.text)).toEqual(['รายละเอียดโครงการ จำนวน ๑']);
    expect(unitLost?.signatory?.name).toBe('นายสุทธิชัย ทองคำ');
  });

  it('ends an OCR enclosure at the body whose indent speck was read as a leading vowel ("เด้วยุ...")', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ มท ๐๘๑๐.๓/ว ๕๑๒', '๓ มีนาคม ๒๕๖๘', 'เรื่อง การจัดเก็บข้อมูล', 'เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด',
      'สิ่งที่ส่งมาด้วย แบบรายงานผลการดำเนินงานขององค์กรปกครองส่วนท้องถิ่นในพื้นที่ทั้งหมด จำนวน 1 ชุด',
      'เด้วยุกระทรวงมหาดไทยได้กำหนดให้มีการจัดเก็บข้อมูลความจำเป็นพื้นฐาน', 'ขอแสดงความนับถือ',
    ] }]);
    expect(letter?.enclosures.map((e) => e.text)).toEqual(['แบบรายงานผลการดำเนินงานขององค์กรปกครองส่วนท้องถิ่นในพื้นที่ทั้งหมด จำนวน 1 ชุด']);
  });

  it('ends an OCR enclosure whose count OCR garbled at the body behind a speck read as a short word ("เร ตามหนังสือ...")', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ อบ ๐๑๒๓/ว ๔๕๖', '๓ มีนาคม ๒๕๖๘', 'เรื่อง การดูแลความปลอดภัยของนักเรียน', 'เรียน นายกองค์การบริหารส่วนตำบลน้ำเลา',
      'สิ่งที่ส่งมาด้วย สำเนาหนังสือที่อ้างถึง จำนว๑ฉบับ .,.',
      'เร ตามหนังสือที่อ้างถึง อำเภอเดชอุดมแจ้งว่า จังหวัดอุบลราชธานี', 'ได้กำหนดมาตรการส่งเสริมความปลอดภัยของนักเรียน', 'ขอแสดงความนับถือ',
    ] }]);
    expect(letter?.enclosures.map((e) => e.text)).toEqual(['สำเนาหนังสือที่อ้างถึง จำนว๑ฉบับ']);
    // Nor is the body a second item where a speck before its opener read as the number ๒ ("2 ,ด้วย...").
    const [numbered] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ กจ ๐๐๒๓.๔/ว ๑๒๓', '๓ มีนาคม ๒๕๖๘', 'เรื่อง การเลือกตั้งท้องถิ่น', 'เรียน นายอำเภอ ทุกอำเภอ',
      'สิ่งที่ส่งมาด้วย รายละเอียดโครงการสนับสนุนการจัดการเลือกตั้งท้องถิ่น จำนวน 1 ชุด',
      '2 ,ด้วยจังหวัดกาญจนบุรีได้รับแจ้งจากกรมส่งเสริมการปกครอง', 'ท้องถิ่นว่า กรมส่งเสริมการปกครองท้องถิ่นได้ประกาศ', 'ขอแสดงความนับถือ',
    ] }]);
    expect(numbered?.enclosures.map((e) => e.text)).toEqual(['รายละเอียดโครงการสนับสนุนการจัดการเลือกตั้งท้องถิ่น จำนวน 1 ชุด']);
  });

  it('reads an OCR date line whose day OCR garbled into a twin letter as the repaired day, not the date inside the garble', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ พน ๐๙๐๕.๓/ว ๓๐๔๘', 'กรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน', 'ต๑ ก.ค. ๒๕๖๗', 'เรื่อง มาตรการประหยัดพลังงาน', 'เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด',
    ] }]);
    expect(letter?.date?.iso).toBe('2024-07-31');
    expect(letter?.warnings.map((w) => w.code)).toContain('date-repaired');
    // So too a cited date.
    const [forwarding] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ ชบ ๐๐๑๗.๓/ว ๑๙๑๗', 'ศาลากลางจังหวัดชลบุรี', '๙ สิงหาคม ๒๕๖๗', 'เรื่อง มาตรการประหยัดพลังงาน', 'เรียน นายอำเภอ ทุกอำเภอ',
      'สิ่งที่ส่งมาด้วย สำเนาหนังสือกรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน ที่ พน ๐๙๐๕.๓/ว ๓๐๔๘ ลงวันที่ ต๑ ก.ค. ๖๗ จำนวน ๑ ฉบับ',
      'ด้วยกรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงานแจ้งว่า',
    ] }]);
    expect(forwarding?.enclosures[0]?.date).toBe('2024-07-31');
  });

  it('reads an OCR enclosure list whose first number was misread or whose items a stray line stands between', () => {
    const enclosures = (...lines: string[]) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ อบ ๐๓๓๘ / ว๔๘๕', 'ที่ว่าการอำเภอตระการพืชผล', '๔ มีนาคม ๒๕๖๘', 'เรื่อง ขอความร่วมมือ', 'เรียน นายอำเภอ ทุกอำเภอ',
      ...lines, 'ด้วยจังหวัดอุบลราชธานีแจ้งว่า',
    ] }])[0]?.enclosures.map((e) => e.text);
    expect(enclosures('สิ่งที่ส่งมาด้วย ล สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', '๒, แบบรายงานผลการดำเนินงาน จำนวน ๑ ชุด'))
      .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', 'แบบรายงานผลการดำเนินงาน จำนวน ๑ ชุด']);
    expect(enclosures('สิ่งที่ส่งมาด้วย ๑. สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', 'เกะกะ.', '๒. แบบรายงานผลการดำเนินงาน จำนวน ๑ ชุด'))
      .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', 'แบบรายงานผลการดำเนินงาน จำนวน ๑ ชุด']);
    // The first item's number read twice, a space between ("1 1."), and a stray line before the next item.
    expect(enclosures('สิ่งที่ส่งมาด้วย 1 1. สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', '0', '.2. แบบตอบรับ จำนวน 1 ฉบับ'))
      .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', 'แบบตอบรับ จำนวน 1 ฉบับ']);
    // A later item whose number OCR misread as a letter or two: a whole item of its own after a whole one.
    expect(enclosures('สิ่งที่ส่งมาด้วย 1. สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', 'ด บัญชีรายชื่อผู้ประสานงาน จำนวน 1 ชุด'))
      .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', 'บัญชีรายชื่อผู้ประสานงาน จำนวน 1 ชุด']);
    expect(enclosures('สิ่งที่ส่งมาด้วย 1. สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', 'ฒิ บัญชีรายชื่อผู้ประสานงาน จำนวน 1 ชุด'))
      .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', 'บัญชีรายชื่อผู้ประสานงาน จำนวน 1 ชุด']);
    // ...or read as a dot, which the line's specks take away: nothing of the number is left.
    expect(enclosures('สิ่งที่ส่งมาด้วย 1. สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', '. บัญชีรายชื่อผู้ประสานงาน จำนวน 1 ชุด'))
      .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', 'บัญชีรายชื่อผู้ประสานงาน จำนวน 1 ชุด']);
    // Not after an unnumbered item, and not a body line without a count of its own.
    expect(enclosures('สิ่งที่ส่งมาด้วย สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', 'ด บัญชีรายชื่อผู้ประสานงาน จำนวน 1 ชุด')).toHaveLength(1);
    expect(enclosures('สิ่งที่ส่งมาด้วย 1. สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ', 'ด จังหวัดขอส่งบัญชีรายชื่อ')).toHaveLength(1);
    // A unit wrapped alone onto a line of its own is the item's last word, no speck.
    expect(enclosures('สิ่งที่ส่งมาด้วย ๑. สำเนาหนังสือที่อ้างถึง จำนวน ๑', 'ฉบับ', '๒. แบบตอบรับ จำนวน ๑ ฉบับ'))
      .toEqual(['สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', 'แบบตอบรับ จำนวน ๑ ฉบับ']);
    // A body paragraph numbered ๒ after a single unnumbered enclosure in a text layer is no item.
    expect(parseDocuments(pages([
      'ที่ อบ ๐๓๓๘ / ว๔๘๕', 'ที่ว่าการอำเภอตระการพืชผล', '๔ มีนาคม ๒๕๖๘', 'เรื่อง ขอความร่วมมือ', 'เรียน นายอำเภอ ทุกอำเภอ',
      'สิ่งที่ส่งมาด้วย สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ', '๒. แบบรายงานผลการดำเนินงาน จำนวน ๑ ชุด', 'ด้วยจังหวัดแจ้งว่า',
    ]))[0]?.enclosures).toHaveLength(1);
  });

  it('reads numbered enclosures, one wrapped, with the number and date each cites', () => {
    const [letter] = parseDocuments(pages([
      'ที่ อบ ๐๓๓๘ / ว๔๘๕', 'ที่ว่าการอำเภอตระการพืชผล', '๔ มีนาคม ๒๕๖๘', 'เรื่อง ขอความร่วมมือ', 'เรียน นายอำเภอ ทุกอำเภอ',
      'อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๙/๕๓๐ ลงวันที่ ๒๐ กุมภาพันธ์ ๒๕๖๘',
      'สิ่งที่ส่งมาด้วย ๑. สำเนาหนังสือจังหวัดอุบลราชธานี ด่วนที่สุด ที่ อบ',
      '๐๐๑๗.๔/ว๙๒๔ ลงวันที่ ๒๔ ก.พ. ๖๘ จำนวน ๑ ฉบับ',
      '(๒) แบบตอบรับ จำนวน ๑ ฉบับ',
      'ด้วยจังหวัดอุบลราชธานีแจ้งว่า',
    ]));
    expect(letter?.references).toEqual([
      { raw: 'หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๙/๕๓๐ ลงวันที่ ๒๐ กุมภาพันธ์ ๒๕๖๘', normalized: 'มท 0819/530', date: '2025-02-20' },
    ]);
    expect(letter?.enclosures).toEqual([
      { text: 'สำเนาหนังสือจังหวัดอุบลราชธานี ด่วนที่สุด ที่ อบ ๐๐๑๗.๔/ว๙๒๔ ลงวันที่ ๒๔ ก.พ. ๖๘ จำนวน ๑ ฉบับ', reference: 'อบ 0017.4/ว 924', date: '2025-02-24' },
      { text: 'แบบตอบรับ จำนวน ๑ ฉบับ', reference: null, date: null },
    ]);
    expect(letter?.body).toBe('ด้วยจังหวัดอุบลราชธานีแจ้งว่า');
  });

  it('ends a scanned signer’s position lines at a catchword or a scratch, keeping the acting formula', () => {
    const ocrPages = (...texts: string[][]) => texts.map((lines, i) => ({ number: i + 1, method: 'ocr' as const, lines, warnings: [] }));
    const [letter] = parseDocuments(ocrPages(
      ['ที่ ชบ ๐๐๑๗.๓/ว๑๙๑๗', 'ศาลากลางจังหวัดชลบุรี', '๙ สิงหาคม ๒๕๖๗', 'เรื่อง มาตรการประหยัดพลังงาน', 'เรียน นายอำเภอ ทุกอำเภอ',
        'ด้วยกรมพัฒนาพลังงานทดแทน', 'ขอแสดงความนับถือ', '(นายสมชาย ใจดี)', 'รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน',
        'ผู้ว่าราชการจังหวัดชลบุรี', 'สำนักงาน..,', '--๓อำเภอโชคชัย'],
      ['- ๒ -', 'สำนักงานจังหวัดชลบุรี กลุ่มงานยุทธศาสตร์', 'โทร. ๐ ๓๘๒๗ ๔๔๕๕'],
    ));
    expect(letter?.signatory).toEqual({
      name: 'นายสมชาย ใจดี',
      position: 'รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดชลบุรี',
      positionLines: ['รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน', 'ผู้ว่าราชการจังหวัดชลบุรี'],
      acting: 'ปฏิบัติราชการแทน',
    });
  });

  it.each([
    ['ฮู (นางสาวรัชนี ทองคำ)', 'นางสาวรัชนี ทองคำ'],
    ['"(นางสาวณัฐธิดา ทองดี)', 'นางสาวณัฐธิดา ทองดี'],
    ['(นางชนิดา นาคสวัสดิ์ 7', 'นางชนิดา นาคสวัสดิ์'],
    ['4นายอนุชา นาคสวัสดิ์) 5', 'นายอนุชา นาคสวัสดิ์'],
    // the scribble read as a few pieces, the last glued to the bracket
    ['. 6 แซแ(นายรัฐพล ชัยมงคล)', 'นายรัฐพล ชัยมงคล'],
    ['(นายอำเภอ ทุกอำเภอ', null],
  ])('reads a scanned signer\'s name the signature\'s scribble garbled under the closing: "%s"', (line, name) => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ ชบ ๐๐๑๗.๓/ว๑๙๑๗', 'ศาลากลางจังหวัดชลบุรี', '๙ สิงหาคม ๒๕๖๗', 'เรื่อง มาตรการประหยัดพลังงาน', 'เรียน นายอำเภอ ทุกอำเภอ',
      'ด้วยกรมพัฒนาพลังงานทดแทน', 'ขอแสดงความนับถือ', line, 'ผู้ว่าราชการจังหวัดชลบุรี',
    ] }]);
    expect(letter?.signatory?.name ?? null).toBe(name);
  });

  it('reads a scanned signer\'s name part one OCR slip from words as those words, with a warning, and a text layer\'s as printed', () => {
    const read = (method: 'ocr' | 'text') => parseDocuments([{ number: 1, method, warnings: [], lines: [
      'ที่ ชบ ๐๐๑๗.๓/ว๑๙๑๗', 'ศาลากลางจังหวัดชลบุรี', '๙ สิงหาคม ๒๕๖๗', 'เรื่อง มาตรการประหยัดพลังงาน', 'เรียน นายอำเภอ ทุกอำเภอ',
      'ด้วยกรมพัฒนาพลังงานทดแทน', 'ขอแสดงความนับถือ', '(นายณัชวุฒิ อุ่นเรือน)', 'ผู้ว่าราชการจังหวัดชลบุรี',
    ] }])[0];
    expect(read('ocr')?.signatory?.name).toBe('นายณัฐวุฒิ อุ่นเรือน');
    expect(read('ocr')?.warnings).toContainEqual(expect.objectContaining({ code: 'signatory-name-mended', before: 'ณัชวุฒิ', after: 'ณัฐวุฒิ' }));
    expect(read('text')?.signatory?.name).toBe('นายณัชวุฒิ อุ่นเรือน');
  });

  it('reads the foot: signer, contact block and copies, skipping the catchword name', () => {
    const [letter] = parseDocuments(pages(
      ['ที่ ชบ ๐๐๑๗.๓/ว๑๙๑๗', 'ศาลากลางจังหวัดชลบุรี', '๙ สิงหาคม ๒๕๖๗', 'เรื่อง มาตรการประหยัดพลังงาน', 'เรียน นายอำเภอ ทุกอำเภอ',
        'ด้วยกรมพัฒนาพลังงานทดแทน', 'ขอแสดงความนับถือ', '(นายทรง...'],
      ['- ๒ -', '(นายทรงศักดิ์ คำมูล)', 'ผู้ว่าราชการจังหวัดชลบุรี', 'สำเนาส่ง นายอำเภอ ทุกอำเภอ',
        'ส่วนราชการเจ้าของเรื่อง ที่ทำการปกครองจังหวัดชลบุรี กลุ่มงานปกครอง', 'โทร. ๐ ๕๖๙๓ ๘๖๖๓ ต่อ ๗๖๖', 'โทรสาร ๐ ๓๘๒๗ ๔๔๕๕',
        'ไปรษณีย์อิเล็กทรอนิกส์ saraban@chonburi.go.th'],
    ));
    expect(letter?.signatory).toEqual({ name: 'นายทรงศักดิ์ คำมูล', position: 'ผู้ว่าราชการจังหวัดชลบุรี', positionLines: ['ผู้ว่าราชการจังหวัดชลบุรี'], acting: null });
    expect(letter?.copies).toEqual(['นายอำเภอ ทุกอำเภอ']);
    expect(letter?.contact).toEqual({
      unit: 'ที่ทำการปกครองจังหวัดชลบุรี กลุ่มงานปกครอง', phone: '๐ ๕๖๙๓ ๘๖๖๓ ต่อ ๗๖๖', fax: '๐ ๓๘๒๗ ๔๔๕๕', email: 'saraban@chonburi.go.th',
    });
    expect(letter?.text).toContain('(นายทรง...\f- ๒ -');
  });

  it('reads a stamped letter: ถึง instead of เรียน and no signature', () => {
    const [letter] = parseDocuments(pages([
      'ที่ กษ ๐๖๑๒/ว ๓๒๖๗', 'ถึง สำนักงานปศุสัตว์จังหวัด ทุกจังหวัด', 'ด้วยกรมปศุสัตว์ขอส่งแบบรายงาน', 'กรมปศุสัตว์', '๒๙ สิงหาคม ๒๕๖๖',
    ]));
    expect(letter).toMatchObject({ kind: 'stamped_letter', addressee: 'สำนักงานปศุสัตว์จังหวัด ทุกจังหวัด', signatory: null });
  });

  it('reads an order: its number is not a reference, its date is in สั่ง ณ วันที่', () => {
    const [order] = parseDocuments(pages([
      'คำสั่งจังหวัดแพร่', 'ที่ ๑๒/๒๕๖๗', 'เรื่อง แต่งตั้งคณะทำงาน', 'เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย',
      'สั่ง ณ วันที่ ๕ มกราคม พ.ศ. ๒๕๖๗', '(นายธีรวัฒน์ ศรีสุวรรณ)', 'ผู้ว่าราชการจังหวัดแพร่',
    ]));
    expect(order).toMatchObject({
      kind: 'order', reference: null, date: { iso: '2024-01-05' }, subject: 'แต่งตั้งคณะทำงาน',
      issuer: { name: 'จังหวัดแพร่', level: 'province' },
    });
    expect(order?.warnings).toEqual([]);
  });

  it('trusts fields of an OCR page no more than the OCR trusted the page', () => {
    const [letter] = parseDocuments([{
      number: 1, method: 'ocr', confidence: 0.6, warnings: [],
      lines: ['ที่ พร ๐๐๑๗.๓/ว๔๖๑', 'ศาลากลางจังหวัดแพร่', '๒ ธันวาคม ๒๕๖๗', 'เรื่อง ขอเชิญประชุม', 'เรียน นายอำเภอ ทุกอำเภอ', 'ด้วยจังหวัดแพร่'],
    }]);
    expect(letter?.confidence).toMatchObject({ reference: 0.6, date: 0.6, subject: 0.6, signatory: 0 });
  });

  it('reads an OCR date whose month abbreviation has a stray mark, with a warning, and a name with scribble marks', () => {
    const [memo] = parseDocuments([{
      number: 1, method: 'ocr', warnings: [],
      lines: ['บันทึกข้อความ', 'ส่วนราชการ กระทรวงมหาดไทย', 'ที่ มท ๐๒๐๘.๕/๔๓', 'วันที่ ๑๘ พุย. ๒๕๖๗', 'เรื่อง ขอเชิญประชุม',
        'เรียน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น', 'ด้วยกระทรวงมหาดไทย', '(นายธนากร มั่นคง) ,', 'ปลัดกระทรวงมหาดไทย'],
    }]);
    expect(memo?.date).toEqual({ raw: '๑๘ พุย. ๒๕๖๗', iso: '2024-11-18', buddhistYear: 2567 });
    expect(memo?.warnings.map((w) => w.code)).toContain('date-repaired');
    expect(memo?.signatory?.name).toBe('นายธนากร มั่นคง');
  });

  it('reads a memo date whose abbreviated month merged with the dotted leader, with a warning', () => {
    const [memo] = parseDocuments([{
      number: 1, method: 'ocr', warnings: [],
      lines: ['บันทึกข้อความ', 'ส่วนราชการ ศซบ.ทหาร', 'ที่ กห ๐๓๐๑.๑๐.๑/๒๒', 'วันที่ ๓ พค๒ย ๖๗', 'เรื่อง ขอเชิญประชุม', 'เสนอ ผบ.ศซบ.ทหาร', 'ด้วยกองทัพ'],
    }]);
    expect(memo?.date).toEqual({ raw: '๓ พค๒ย ๖๗', iso: '2024-05-03', buddhistYear: 2567 });
    expect(memo?.warnings.map((w) => w.code)).toContain('date-repaired');
  });

  it('reads the date after the reference on a memo\'s ที่ line whose วันที่ OCR garbled beyond a label', () => {
    const [memo] = parseDocuments([{
      number: 1, method: 'ocr', warnings: [],
      lines: ['บันทึกข้อความ', 'ส่วนราชการ กระทรวงมหาดไทย', 'ที่ มท ๐๒๐๘.๒/๒๕๓ วินคี่ ๔ มีนาคม ๒๕๖๗', 'เรื่อง การจัดเก็บภาษี', 'เรียน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น', 'ด้วยกระทรวงมหาดไทย'],
    }]);
    expect(memo?.reference?.normalized).toBe('มท 0208.2/253');
    expect(memo?.date?.iso).toBe('2024-03-04');
  });

  it('marks a letter whose date cannot be read with a null date and a warning', () => {
    const [letter] = parseDocuments(pages([
      'ที่ พร ๐๐๑๗.๓/ว๔๖๑', 'ศาลากลางจังหวัดแพร่', '๓๐ กุมภาพันธ์ ๒๕๖๗', 'เรื่อง ขอเชิญประชุม', 'เรียน นายอำเภอ ทุกอำเภอ', 'ด้วยจังหวัดแพร่',
    ]));
    expect(letter?.date).toBeNull();
    expect(letter?.warnings.map((w) => w.code)).toContain('date-invalid');
  });

  it('reads a radio message form whose fields come in its own order: จาก, ถึง, then ที่ ... ลง <date>', () => {
    const [message] = parseDocuments(pages([
      'วิทยุในราชการ', 'ด่วนมาก', 'จาก กรมยุทธศึกษาทหารบก', 'ถึง หน่วยขึ้นตรง ทบ.',
      'ที่ กห 0462/1234 ลง 15 พ.ค. 67', 'เรื่อง การฝึกอบรมหลักสูตรผู้บังคับหน่วย',
      'อ้างถึง วิทยุ ยศ.ทบ. ที่ กห 0462/998 ลง 2 พ.ค. 67', 'ตามที่อ้างถึง ขอให้หน่วยดำเนินการ',
    ]));
    expect(message).toMatchObject({
      kind: 'message_form',
      urgency: 'ด่วนมาก',
      issuer: { name: 'กรมยุทธศึกษาทหารบก' },
      addressee: 'หน่วยขึ้นตรง ทบ.',
      reference: { normalized: 'กห 0462/1234' },
      date: { iso: '2024-05-15' },
      subject: 'การฝึกอบรมหลักสูตรผู้บังคับหน่วย',
      references: [{ normalized: 'กห 0462/998', date: '2024-05-02' }],
    });
  });

  it('reads a radio message form in its other layouts: urgency beside the heading, colons after จาก and ถึง, เลขที่, the date on its own line', () => {
    const message = (lines: string[], method: 'text' | 'ocr' = 'ocr') => parseDocuments([{ number: 1, method, warnings: [], lines }]);
    const [inline] = message(['วิทยุในราชการ ด่วนที่สุด', 'จาก : ปลัดกระทรวงมหาดไทย', 'ถึง : ผู้ว่าราชการจังหวัด ทุกจังหวัด', 'ที่ มท ๐๒๑๑.๓/ว ๑๒๓๔ ลง ๑๒ มี.ค. ๖๗', 'ด้วยกระทรวงมหาดไทย ขอให้จังหวัดดำเนินการ'], 'text');
    expect(inline).toMatchObject({ kind: 'message_form', urgency: 'ด่วนที่สุด', issuer: { name: 'ปลัดกระทรวงมหาดไทย' }, addressee: 'ผู้ว่าราชการจังหวัด ทุกจังหวัด', reference: { normalized: 'มท 0211.3/ว 1234' }, date: { iso: '2024-03-12' } });
    const wrapped = message(['วิทยุในราชการ', 'จาก ปลัดกระทรวงมหาดไทย', 'ถึง ผู้ว่าราชการจังหวัด ทุกจังหวัด', 'เลขที่ มท ๐๒๑๑.๓/ว ๑๒๓๔', 'ลงวันที่ ๑๒ มีนาคม ๒๕๖๗', 'ด้วยกระทรวงมหาดไทย ขอให้จังหวัดดำเนินการ']);
    expect(wrapped).toHaveLength(1);
    expect(wrapped[0]).toMatchObject({ reference: { normalized: 'มท 0211.3/ว 1234' }, date: { iso: '2024-03-12' }, addressee: 'ผู้ว่าราชการจังหวัด ทุกจังหวัด' });
    const dated = message(['วิทยุในราชการ', 'จาก ปลัดกระทรวงมหาดไทย', 'ถึง ผู้ว่าราชการจังหวัด ทุกจังหวัด', 'ที่ มท ๐๒๑๑.๓/ว ๑๒๓๔', 'วันที่ ๑๒ มีนาคม ๒๕๖๗', 'เรื่อง การเตรียมความพร้อม', 'ด้วยกระทรวงมหาดไทย']);
    expect(dated).toHaveLength(1);
    expect(dated[0]).toMatchObject({ kind: 'message_form', reference: { normalized: 'มท 0211.3/ว 1234' }, date: { iso: '2024-03-12' }, subject: 'การเตรียมความพร้อม' });
  });

  it('reads a message form whose จาก and ถึง share one row of the form', () => {
    for (const method of ['text', 'ocr'] as const) {
      const [message] = parseDocuments([{ number: 1, method, warnings: [], lines: [
        'แบบข่าว', 'ด่วนมาก', 'จาก กองทัพภาคที่ ๓ ถึง มทบ.๓๓', 'ที่ กห ๐๓๕๓/๔๕๖ ลง ๑๕ พ.ค. ๖๗', 'เรื่อง ขอความร่วมมือ', 'ตามที่ได้กำหนด',
      ] }]);
      expect(message).toMatchObject({ kind: 'message_form', issuer: { name: 'กองทัพภาคที่ ๓' }, addressee: 'มทบ.๓๓', reference: { normalized: 'กห 0353/456' } });
    }
  });

  it('reads the urgency stamped beside a memo\'s heading', () => {
    const [memo] = parseDocuments(pages(['บันทึกข้อความ ด่วนมาก', 'ส่วนราชการ กกล.ศซบ.ทหาร', 'ที่ กห ๐๓๐๑.๑๐.๑/๑๒๓ วันที่ ๑๕ พ.ค. ๖๗', 'เรื่อง ขออนุมัติเดินทางไปราชการ', 'เสนอ ผอ.ศซบ.ทหาร', '๑. ตามที่ได้รับมอบหมาย']));
    expect(memo).toMatchObject({ kind: 'internal_memo', urgency: 'ด่วนมาก', reference: { normalized: 'กห 0301.10.1/123' } });
  });

  it('dates a military message form by its date-time group', () => {
    const [message] = parseDocuments(pages([
      'วิทยุในราชการ', 'จาก ทบ.', 'ถึง ทภ.๑', 'ที่ กห ๐๔๐๓/๕๕ ลง ๑๕๐๘๓๐ พ.ค. ๖๗', 'เรื่อง การตรวจเยี่ยม', 'ตามที่ได้กำหนด',
    ]));
    expect(message?.date).toMatchObject({ raw: '๑๕๐๘๓๐ พ.ค. ๖๗', iso: '2024-05-15' });
    for (const label of ['หมู่ วัน เวลา', 'หมู่วัน-เวลา']) {
      const [labelled] = parseDocuments(pages([
        'ข่าวในราชการ', `${label} ๑๕๐๘๓๐ พ.ค. ๖๗`, 'จาก ทบ.', 'ถึง ทภ.๑', 'ที่ กห ๐๔๐๓/๕๕', 'เรื่อง การตรวจเยี่ยม', 'ตามที่ได้กำหนด',
      ]));
      expect(labelled?.date?.iso).toBe('2024-05-15');
    }
  });

  it('reads the date after ลง or ลงวันที่ on the ที่ line, and no date from a word opening with ลง', () => {
    const letter = (refLine: string) => parseDocuments(pages([
      'วิทยุในราชการ', refLine, 'จาก กองทัพบก', 'ถึง กองทัพภาคที่ ๑', 'เรื่อง การตรวจเยี่ยม', 'ตามที่ได้กำหนด',
    ]))[0];
    expect(letter(`ที่ กห ๐๔๐๓/๕๕ ลงวันที่ ๓ มี.ค. ๖๘`)?.date?.iso).toBe('2025-03-03');
    expect(letter(`ที่ กห ๐๔๐๓/๕๕ ลง. ๓ มี.ค. ๖๘`)?.date?.iso).toBe('2025-03-03');
    expect(letter(`ที่ กห ๐๔๐๓/๕๕ ลงนาม ๓ มี.ค. ๖๘`)?.date ?? null).toBeNull();
  });

  it('leaves no bracket dangling where the memo office\'s phone stood inside one', () => {
    const issuer = (office: string) => parseDocuments(pages([
      'บันทึกข้อความ', `ส่วนราชการ ${office}`, 'ที่ กห ๐๓๐๑.๑๐.๑/๑๒๓ วันที่ ๑๕ พ.ค. ๖๗', 'เรื่อง ขออนุมัติเดินทางไปราชการ', 'เสนอ ผอ.ศซบ.ทหาร', '๑. ตามที่ได้รับมอบหมาย',
    ]))[0]?.issuer.name;
    expect(issuer('กกล.ศซบ.ทหาร (โทร. ๐ ๒๒๒๓ ๔๕๖๗)')).toBe('กกล.ศซบ.ทหาร');
    expect(issuer('สำนักงานปกครองและทะเบียน (ส่วนความมั่นคงภายในฯ โทร. ๐๒๒๒๔ ๒๙๔๐ โทรสาร ๐๒๒๒๔ ๒๙๔๑)')).toBe('สำนักงานปกครองและทะเบียน (ส่วนความมั่นคงภายในฯ)');
    expect(issuer('สำนักงานเขตลาดกระบัง (ฝ่ายทะเบียน) โทร. ๐ ๒๓๒๖ ๙๐๐๙')).toBe('สำนักงานเขตลาดกระบัง (ฝ่ายทะเบียน)');
  });

  it('reads a civilian title OCR misread by a letter in a scanned signer\'s name, and no other', () => {
    const signer = (name: string) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ พร ๐๐๑๗.๓/ว ๔๖๑', 'ศาลากลางจังหวัดแพร่', '๒ ธันวาคม ๒๕๖๗', 'เรื่อง ขอเชิญประชุม', 'เรียน นายอำเภอ ทุกอำเภอ',
      'ด้วยจังหวัดแพร่ขอเชิญประชุม', 'ขอแสดงความนับถือ', `(${name})`, 'ผู้ว่าราชการจังหวัดแพร่',
    ] }])[0]?.signatory?.name;
    expect(signer('นจงปิยะนุช แก้วมณี')).toBe('นางปิยะนุช แก้วมณี');
    expect(signer('นางสำวเบญจวรรณ ศรีสุวรรณ')).toBe('นางสาวเบญจวรรณ ศรีสุวรรณ');
    // นางสาว one letter off is also นาง one letter off: the longer title, whose letters are all there.
    expect(signer('บางสาวธิดารัตน์ ทองดี')).toBe('นางสาวธิดารัตน์ ทองดี');
    expect(signer('บางสายใจ ศรีสุวรรณ')).toBe('นางสายใจ ศรีสุวรรณ');
    expect(signer('นางสายใจ ศรีสุวรรณ')).toBe('นางสายใจ ศรีสุวรรณ');
    expect(signer('นาถชนก ศรีสุวรรณ')).toBe('นาถชนก ศรีสุวรรณ');
    // A speck read as a tone mark inside the title, which has none; not one on the given name.
    expect(signer('น่างอัญชลี ปันแก้ว')).toBe('นางอัญชลี ปันแก้ว');
    expect(signer('นางน้ำฝน ปันแก้ว')).toBe('นางน้ำฝน ปันแก้ว');
    // A speck read as a letter glued before a whole title.
    expect(signer('บนางสาวธิดารัตน์ ทองดี')).toBe('นางสาวธิดารัตน์ ทองดี');
    expect(signer('กนายสมชาย ยอดยิ่ง')).toBe('นายสมชาย ยอดยิ่ง');
  });

  it('reads a scanned signer\'s name with a speck before its bracket or a scribble after it, its title\'s speck taken out', () => {
    const signer = (line: string) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ พร ๐๐๑๗.๓/ว ๔๖๑', 'ศาลากลางจังหวัดแพร่', '๒ ธันวาคม ๒๕๖๗', 'เรื่อง ขอเชิญประชุม', 'เรียน นายอำเภอ ทุกอำเภอ',
      'ด้วยจังหวัดแพร่ขอเชิญประชุม', 'ขอแสดงความนับถือ', line, 'ผู้ว่าราชการจังหวัดแพร่',
    ] }])[0]?.signatory?.name;
    expect(signer('-(น่างอัญชลี ปันแก้ว)')).toBe('นางอัญชลี ปันแก้ว');
    // A dot or a bar between its parts, a space after a plain title: specks too.
    expect(signer('(นางอัญชลี.กาญจนวงศ์)')).toBe('นางอัญชลี กาญจนวงศ์');
    expect(signer('(นายธีรวัฒน์ ศรี. วรรณ)')).toBe('นายธีรวัฒน์ ศรีวรรณ');
    expect(signer('(นางปิยะนุ | ช แก้วมณี)')).toBe('นางปิยะนุช แก้วมณี');
    expect(signer('(นาง กนกวรรณ นาคสวัสดิ์)')).toBe('นางกนกวรรณ นาคสวัสดิ์');
    // A dash between two parts (no Thai name holds one): a speck where the space stands.
    expect(signer('(นางสาวรัชนี-ทองคำ)')).toBe('นางสาวรัชนี ทองคำ');
    expect(signer('(นาย- สมชาย ยอดยิ่ง)')).toBe('นายสมชาย ยอดยิ่ง');
    // A fragment of one or two signs OCR split off a part is part of the next; ณ of ณ อยุธยา stands alone.
    expect(signer('(นางกนกวรรณ นา คสวัสดิ์)')).toBe('นางกนกวรรณ นาคสวัสดิ์');
    expect(signer('(นายสมชาย ณ อยุธยา)')).toBe('นายสมชาย ณ อยุธยา');
    // A civilian's name is a given name and a surname: of three parts, the two shorter side by side
    // are one part OCR split ("พรหม มา", "สุข เจริญ"; "เบ จวรรณ" in the given name).
    expect(signer('(นางกนกวรรณ พรหม มา)')).toBe('นางกนกวรรณ พรหมมา');
    expect(signer('(นายณัฐวุฒิ สุข เจริญ)')).toBe('นายณัฐวุฒิ สุขเจริญ');
    expect(signer('(นางสาวเบ จวรรณ วงศ์ใหญ่)')).toBe('นางสาวเบจวรรณ วงศ์ใหญ่');
    expect(signer('(นายแพทย์ สมชาย วงศ์ใหญ่)')).toBe('นายแพทย์ สมชาย วงศ์ใหญ่');
    expect(signer('(นางสาวลำดวน สมบูรณ์ชัย) 0]')).toBe('นางสาวลำดวน สมบูรณ์ชัย');
    expect(signer('"(นายกิตติศักดิ์ หอมจันทร์)')).toBe('นายกิตติศักดิ์ หอมจันทร์');
    expect(signer('.(นางสาวเบญจวรรณ ศรีสุวรรณ)[: .')).toBe('นางสาวเบญจวรรณ ศรีสุวรรณ');
    // The signature's last stroke read as a 1 or l, or the bracket read twice.
    expect(signer('. 1((นางสาวลำดวน สมบูรณ์ชัย)')).toBe('นางสาวลำดวน สมบูรณ์ชัย');
    expect(signer('l(นายกิตติศักดิ์ หอมจันทร์)')).toBe('นายกิตติศักดิ์ หอมจันทร์');
    expect(signer('((นางอัญชลี ปันแก้ว)')).toBe('นางอัญชลี ปันแก้ว');
    // Its closing bracket lost under a scribble and its title misread by one letter.
    expect(signer('(บายอนุชา นาคสวัสดิ์ ,')).toBe('นายอนุชา นาคสวัสดิ์');
  });

  it('reads a scanned signer\'s name with no closing phrase above it despite a scribble set apart before it or a speck after it ("น (นาย...)", "(...) 0")', () => {
    const signer = (line: string) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'บันทึกข้อความ', 'ส่วนราชการ กองยุทธศาสตร์', 'ที่ ทส ๐๒๐๓.๓/๒๗๔ วันที่ ๑๕ พ.ค. ๖๘', 'เรื่อง ขอเชิญประชุม', 'เรียน อธิบดีกรมควบคุมมลพิษ',
      'ด้วยกระทรวงขอเชิญประชุม', 'จึงเรียนมาเพื่อโปรดทราบ', line, 'รองปลัดกระทรวง',
    ] }])[0]?.signatory?.name;
    expect(signer('น (นายวรวุฒิ หอมจันทร์)')).toBe('นายวรวุฒิ หอมจันทร์');
    expect(signer('[096 (นายวรวุฒิ หอมจันทร์)')).toBe('นายวรวุฒิ หอมจันทร์');
    expect(signer('(นางสาวลำดวน สมบูรณ์ชัย) 0')).toBe('นางสาวลำดวน สมบูรณ์ชัย');
    expect(signer('(นางสาวลำดวน สมบูรณ์ชัย) ณั')).toBe('นางสาวลำดวน สมบูรณ์ชัย');
    // More of the scribble: two specks after the bracket, a few pieces before it with a quote inside it.
    expect(signer('(นายอภิชาติ แก้วมณี) 6 7')).toBe('นายอภิชาติ แก้วมณี');
    // ...or three signs with a digit among them: no word.
    expect(signer('(นางวิไลวรรณ สายสุวรรณ) 7รว')).toBe('นางวิไลวรรณ สายสุวรรณ');
    expect(signer("[ ]ฏ. ล1.3.ฏ.('นายทรงศักดิ์ อินทร์แปง)")).toBe('นายทรงศักดิ์ อินทร์แปง');
    expect(signer('ผู้ประสานงาน (นายวรวุฒิ หอมจันทร์)')).toBeUndefined();
  });

  it('gives a military signer the rank printed beside the signature, above a bracketed name without a title', () => {
    const signer = (...foot: string[]) => parseDocuments(pages([
      'บันทึกข้อความ', 'ส่วนราชการ กกล.ศซบ.ทหาร', 'ที่ กห 0301.10.1/123 วันที่ 15 พ.ค. 67', 'เรื่อง ขออนุมัติเดินทางไปราชการ', 'เสนอ ผอ.ศซบ.ทหาร',
      '1. ตามที่ได้รับมอบหมาย', '2. จึงเรียนมาเพื่อกรุณาพิจารณา', ...foot,
    ]))[0]?.signatory;
    expect(signer('พ.อ.', '(สมชาย ใจดี)', 'ผอ.กกล.ศซบ.ทหาร')).toMatchObject({ name: 'พ.อ. สมชาย ใจดี', position: 'ผอ.กกล.ศซบ.ทหาร' });
    expect(signer('น.อ.หญิง', '( สมศรี ใจงาม )', 'หน.กกล.')?.name).toBe('น.อ.หญิง สมศรี ใจงาม');
    expect(signer('พันเอก', '(สมชาย ใจดี)', 'ผอ.กกล.ศซบ.ทหาร')?.name).toBe('พันเอก สมชาย ใจดี');
    expect(signer('พ.ท. ๔ะ', '(สมชาย ใจดี)', 'ผอ.กกล.ศซบ.ทหาร')?.name).toBe('พ.ท. สมชาย ใจดี');
    expect(signer('ร.ต.อ.', '(นายสมชาย ใจดี)', 'รอง สว.')?.name).toBe('นายสมชาย ใจดี');
    expect(signer('ผอ.กกล.', '(สมชาย ใจดี)', 'ผอ.กกล.ศซบ.ทหาร')?.name).toBe('สมชาย ใจดี');
  });

  it('reads a bracketed name the layout cut in two at the wide space before the family name', () => {
    const foot = (closing: string[], ...name: string[]) => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ สฎ ๐๐๑๗.๓/ว ๑๙๓๒', 'ศาลากลางจังหวัดสุราษฎร์ธานี', '๒ กรกฎาคม ๒๕๖๗', 'เรื่อง มาตรการควบคุมการเผา', 'เรียน นายอำเภอ ทุกอำเภอ',
      'ด้วยจังหวัดขอให้อำเภอดำเนินการ', 'จึงเรียนมาเพื่อโปรดทราบ', ...closing, ...name, 'ผู้ว่าราชการจังหวัดสุราษฎร์ธานี',
    ] }])[0]?.signatory;
    expect(foot(['ขอแสดงความนับถือ'], '(นางสาวณัฐธิดา', 'ทองดี)')).toMatchObject({ name: 'นางสาวณัฐธิดา ทองดี', position: 'ผู้ว่าราชการจังหวัดสุราษฎร์ธานี' });
    expect(foot([], '(นางสาวณัฐธิดา', 'ทองดี)')).toMatchObject({ name: 'นางสาวณัฐธิดา ทองดี', position: 'ผู้ว่าราชการจังหวัดสุราษฎร์ธานี' });
    expect(foot(['ขอแสดงความนับถือ'], '(นางสาวณัฐธิดา', 'ทองดี ปลัดจังหวัด)')?.name).not.toBe('นางสาวณัฐธิดา ทองดี ปลัดจังหวัด');
  });

  it('keeps a short rank standing alone on a scanned line, its signature unread, for the bracketed name under it', () => {
    const signer = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'บันทึกข้อความ', 'ส่วนราชการ กกล.ศซบ.ทหาร', 'ที่ กห 0301.10.1/123 วันที่ 15 พ.ค. 67', 'เรื่อง ขออนุมัติเดินทางไปราชการ', 'เสนอ ผอ.ศซบ.ทหาร',
      '1. ตามที่ได้รับมอบหมาย', '2. จึงเรียนมาเพื่อกรุณาพิจารณา', 'พ.อ.', '(สมชาย ใจดี)', 'ผอ.กกล.ศซบ.ทหาร',
    ] }])[0]?.signatory;
    expect(signer?.name).toBe('พ.อ. สมชาย ใจดี');
    const split = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'บันทึกข้อความ', 'ส่วนราชการ กกล.ศซบ.ทหาร', 'ที่ กห 0301.10.1/123 วันที่ 15 พ.ค. 67', 'เรื่อง ขออนุมัติเดินทางไปราชการ', 'เสนอ ผอ.ศซบ.ทหาร',
      '1. ตามที่ได้รับมอบหมาย', '2. จึงเรียนมาเพื่อกรุณาพิจารณา', 'พ.อ.', '(สมชาย', 'ใจดี)', 'ผอ.กกล.ศซบ.ทหาร',
    ] }])[0]?.signatory;
    expect(split).toMatchObject({ name: 'พ.อ. สมชาย ใจดี', position: 'ผอ.กกล.ศซบ.ทหาร' });
  });
});
