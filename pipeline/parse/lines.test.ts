import { describe, expect, it } from 'vitest';
import { bundleLines, isPageMarker, markCatchwords, withoutInnerSpecks, withoutSpecks } from './lines.js';

const page = (number: number, lines: string[]) => ({ number, method: 'text' as const, lines, warnings: [] });

describe('page furniture', () => {
  it('recognises page markers with Thai or Arabic digits', () => {
    expect(isPageMarker('- ๒ -')).toBe(true);
    expect(isPageMarker('-2-')).toBe(true);
    expect(isPageMarker('- ๒ - ตามหนังสือ')).toBe(false);
  });

  it('keeps a short OCR line that closes the bracket the line above left open, and drops a speck', () => {
    const scanned = (lines: string[]) => bundleLines([{ number: 1, method: 'ocr' as const, lines, warnings: [] }]);
    expect(scanned(['เรื่อง การแก้ไขปัญหาฝุ่นละอองขนาดเล็ก (PM', '๒.๕)']).map((l) => l.role)).toEqual(['content', 'content']);
    expect(scanned(['เรื่อง การแก้ไขปัญหาฝุ่นละอองขนาดเล็ก', '๒.๕)']).map((l) => l.role)).toEqual(['content', 'noise']);
    // ...or continues it with a number or a Latin word, its closing bracket lost.
    expect(scanned(['เรื่อง การแก้ไขปัญหาฝุ่นละอองขนาดเล็ก (PM', '2.5']).map((l) => l.role)).toEqual(['content', 'content']);
    expect(scanned(['เรื่อง การแก้ไขปัญหาฝุ่นละอองขนาดเล็ก', '2.5']).map((l) => l.role)).toEqual(['content', 'noise']);
  });

  it('drops dust OCR read left of a line (a dot or quote set apart by a space), never a leader or a text layer’s', () => {
    const ocr = bundleLines([{ number: 1, method: 'ocr' as const, lines: ['. มีนาคม ๒๕๖๘', "' ด้วยจังหวัดแพร่", '....... ลงชื่อ'], warnings: [] }]);
    expect(ocr.map((l) => l.text)).toEqual(['มีนาคม ๒๕๖๘', 'ด้วยจังหวัดแพร่', '....... ลงชื่อ']);
    expect(bundleLines([page(1, ['. มีนาคม ๒๕๖๘'])])[0]?.text).toBe('. มีนาคม ๒๕๖๘');
  });

  it('drops a vowel or tone mark OCR read alone left of a line ("ะ ๐๐๐๗.๓/ว ๑๒๙๗"): no word opens with one', () => {
    const ocr = bundleLines([{ number: 1, method: 'ocr' as const, lines: ['ะ ๐อ๐๗.๓/ว ๑๒๙๗ ลงวันที่ ๘ พฤษภาคม ๒๕๖๖', '่ ด้วยจังหวัดแพร่', 'ๆ ไป'], warnings: [] }]);
    expect(ocr.map((l) => l.text)).toEqual(['๐อ๐๗.๓/ว ๑๒๙๗ ลงวันที่ ๘ พฤษภาคม ๒๕๖๖', 'ด้วยจังหวัดแพร่', 'ๆ ไป']);
  });

  it('drops a quote OCR read glued before a header label that nothing closes ("\"ที่ สฎ…"), not a quoted title', () => {
    const ocr = bundleLines([{ number: 1, method: 'ocr' as const, lines: ['"ที่ สฎ0017.3 /ว 1932', '“เรื่อง การประชุม', '“ที่นี่” คือบ้าน'], warnings: [] }]);
    expect(ocr.map((l) => l.text)).toEqual(['ที่ สฎ0017.3 /ว 1932', 'เรื่อง การประชุม', '“ที่นี่” คือบ้าน']);
  });

  it('drops a dash, dot or bar OCR read glued before a ที่ line\'s label and code, not a bullet before other words', () => {
    const ocr = bundleLines([{ number: 1, method: 'ocr' as const, lines: ['-ที่อบ ๐๓๕๒.๒/๓๔๔', '.ที่ มท ๐๘๑๖/ว ๔๒๙', '-ที่ประชุมมีมติ', '-ที่ซฯ ๐๐๒๕.๒/ว ๔๖๘'], warnings: [] }]);
    // A code whose last letter OCR read as ฯ ("ซฯ" for ชร) is a code too.
    expect(ocr.map((l) => l.text)).toEqual(['ที่อบ ๐๓๕๒.๒/๓๔๔', 'ที่ มท ๐๘๑๖/ว ๔๒๙', '-ที่ประชุมมีมติ', 'ที่ซฯ ๐๐๒๕.๒/ว ๔๖๘']);
  });

  it('drops specks glued before a receipt stamp\'s number and date labels, not a digit before other words', () => {
    const ocr = bundleLines([{ number: 1, method: 'ocr' as const, lines: ['./เลขรับ ๕๖๑๙', '4วันที่ ๓๐ ต.ค.๖๗', '4วันทำการ'], warnings: [] }]);
    expect(ocr.map((l) => l.text)).toEqual(['เลขรับ ๕๖๑๙', 'วันที่ ๓๐ ต.ค.๖๗', '4วันทำการ']);
  });

  it('drops a letter or two glued before a receipt stamp\'s own number label and its digits ("รีเลขรับ"), not before รับที่ or เลขที่, which end words', () => {
    const ocr = bundleLines([{ number: 1, method: 'ocr' as const, lines: ['รีเลขรับ ๕๖๑๙', 'ฯเลขทะเบียนรับ 12', 'ผู้รับที่ ๓', 'ณเลขที่ ๑๒', 'รีเลขรับเรื่อง'], warnings: [] }]);
    expect(ocr.map((l) => l.text)).toEqual(['เลขรับ ๕๖๑๙', 'เลขทะเบียนรับ 12', 'ผู้รับที่ ๓', 'ณเลขที่ ๑๒', 'รีเลขรับเรื่อง']);
  });

  it('drops a dash, dot or bar glued before a salutation and its addressee ("i -เรียน นายอำเภอ"), not before other words', () => {
    const ocr = bundleLines([{ number: 1, method: 'ocr' as const, lines: ['i -เรียน นายอำเภอ ทุกอำเภอ', '.เสนอ ผู้ว่าราชการจังหวัด', '-เรียนรู้ร่วมกัน', '-เรียนรู้ ร่วมกัน'], warnings: [] }]);
    expect(ocr.map((l) => l.text)).toEqual(['เรียน นายอำเภอ ทุกอำเภอ', 'เสนอ ผู้ว่าราชการจังหวัด', '-เรียนรู้ร่วมกัน', '-เรียนรู้ ร่วมกัน']);
  });

  it('drops a dash glued before a unit word wrapped alone from ทุก (ทุก / -แห่ง), not before a list item', () => {
    const ocr = bundleLines([{ number: 1, method: 'ocr' as const, lines: ['เรียน นายกองค์การบริหารส่วนตำบล ทุก', '-แห่ง', '-จังหวัดเชียงราย'], warnings: [] }]);
    expect(ocr.map((l) => l.text)).toEqual(['เรียน นายกองค์การบริหารส่วนตำบล ทุก', 'แห่ง', '-จังหวัดเชียงราย']);
  });

  it('drops a bar-like speck OCR read as a lone Latin letter left of a Thai line, not a Latin word', () => {
    const ocr = bundleLines([{ number: 1, method: 'ocr' as const, lines: ['i ที่ มท ๐๘๑๙.๖/ว ๓๒๓๓', 'l เรื่อง การประชุม', 'A ประเภท', 'PM ๒.๕', 'i ๕ส.ค.๒๕๖๗', 'l 5'], warnings: [] }]);
    expect(ocr.map((l) => l.text)).toEqual(['ที่ มท ๐๘๑๙.๖/ว ๓๒๓๓', 'เรื่อง การประชุม', 'A ประเภท', 'PM ๒.๕', '๕ส.ค.๒๕๖๗', 'l 5']);
  });

  it('drops an อ glued before a two-digit day and its month: no day has three digits', () => {
    const ocr = bundleLines([{ number: 1, method: 'ocr' as const, lines: ['อ๑๗ ม.ค. ๖๘', 'อ๑ ม.ค. ๖๘', 'อบ ๐๐๑๗'], warnings: [] }]);
    expect(ocr.map((l) => l.text)).toEqual(['๑๗ ม.ค. ๖๘', 'อ๑ ม.ค. ๖๘', 'อบ ๐๐๑๗']);
  });

  it('drops a lone letter or dash set apart left of a date that fills the line, not ณ ("on") nor before other words', () => {
    const ocr = bundleLines([{ number: 1, method: 'ocr' as const, lines: ['ต ๑๖ กรกฎาคม ๒๕๖๗', 'ก 5 ส.ค. 2567', '- ๑๕ สิงหาคม ๒๕๖๘', 'ณ ๑๖ กรกฎาคม ๒๕๖๗', 'ต ๑๖ กรกฎาคม ๒๕๖๗ เป็นต้นไป', '- ๑๖ คน'], warnings: [] }]);
    expect(ocr.map((l) => l.text)).toEqual(['๑๖ กรกฎาคม ๒๕๖๗', '5 ส.ค. 2567', '๑๕ สิงหาคม ๒๕๖๘', 'ณ ๑๖ กรกฎาคม ๒๕๖๗', 'ต ๑๖ กรกฎาคม ๒๕๖๗ เป็นต้นไป', '- ๑๖ คน']);
  });

  it('drops a lone i left of an Arabic day and its month, not an l or I, which may be a 1 of the day', () => {
    const ocr = bundleLines([{ number: 1, method: 'ocr' as const, lines: ['i 2สค.2567', 'l 5 ก.พ. 2567', 'I 5 ก.พ. 2567', 'i 5'], warnings: [] }]);
    expect(ocr.map((l) => l.text)).toEqual(['2สค.2567', 'l 5 ก.พ. 2567', 'I 5 ก.พ. 2567', 'i 5']);
  });

  it('marks the running head of a Royal Gazette page, but not a sentence that cites the Gazette', () => {
    const lines = bundleLines([page(1, [
      '๓๙๙๖', 'เล่ม ๙๑ ตอนที่ ๑๘๕ ราชกิจจานุเบกษา ๕ พฤศจิกายน ๒๕๑๗', 'ประกาศกระทรวงมหาดไทย',
      'ทั้งนี้ ตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษา เป็นต้นไป ตามเล่มที่ระบุไว้ในบัญชีท้ายประกาศนี้ซึ่งมีรายละเอียดมาก',
    ])]);
    expect(lines.map((l) => l.role)).toEqual(['content', 'running-head', 'content', 'content']);
  });

  it('marks a catchword that repeats the next page opening', () => {
    const lines = bundleLines([page(1, ['ข้อความ', 'ดังนั้น...']), page(2, ['- ๒ -', 'ดังนั้น เพื่อให้การ'])]);
    markCatchwords(lines);
    expect(lines.map((l) => l.role)).toEqual(['content', 'catchword', 'page-marker', 'content']);
  });

  it('marks a catchword whose page ends before a page marker even if the next text differs', () => {
    const lines = bundleLines([page(1, ['(นายสุทธิพงษ์...', '- ๒ -', '(นายสุทธิพงษ์ จุลเจริญ)'])]);
    markCatchwords(lines);
    expect(lines[0]?.role).toBe('catchword');
  });

  it('marks a catchword written with a leading slash', () => {
    const lines = bundleLines([page(1, ['ข้อความ', '/ดังนั้น...']), page(2, ['- ๒ -', 'ดังนั้น เพื่อให้การ'])]);
    markCatchwords(lines);
    expect(lines[1]?.role).toBe('catchword');
  });

  it('marks a catchword the next page repeats, though unknown lines (a misread stamp) follow it', () => {
    const lines = bundleLines([
      page(1, ['นายกองค์การบริหารส่วนตำบลหนองหาร', 'กองสาธารณสุข...', '-- ภารบรรณกลาง 2', 'เลขรับ 9306']),
      page(2, ['- ๒ -', 'กองสาธารณสุขและสิ่งแวดล้อม องค์การบริหารส่วนตำบลหนองหาร']),
    ]);
    markCatchwords(lines);
    expect(lines[1]?.role).toBe('catchword');
  });

  it('marks a slash catchword without dots when the next page opens with its words (OCR lost the marker)', () => {
    const lines = bundleLines([page(1, ['๕.๒ นายประสิทธิ์ เผือกขาวผ่อง รองประธานกรรมการ', '/๕.๓ นายคณิสร']), page(2, ['๕.๓ นายคณิสร เย็นใจ กรรมการ'])]);
    markCatchwords(lines);
    expect(lines.map((l) => l.role)).toEqual(['content', 'catchword', 'content']);
  });

  it('leaves a line opening with a slash that the next page does not repeat', () => {
    const lines = bundleLines([page(1, ['ข้อความ', '/๒๕๖๗ ตามที่แจ้ง']), page(2, ['บัญชีรายชื่อ'])]);
    markCatchwords(lines);
    expect(lines[1]?.role).toBe('content');
  });

  it('leaves a line ending in dots that the next line does not repeat', () => {
    const lines = bundleLines([page(1, ['๑๒. ผู้เสนอ...', '๑๐. หน่วยงานที่รับผิดชอบโครงการ'])]);
    markCatchwords(lines);
    expect(lines[0]?.role).toBe('content');
  });
});

describe('specks inside an OCR line of print', () => {
  it('takes out a dot standing alone, one where print sets a space after a bracket, one doubled or inside a year after พ.ศ.', () => {
    expect(withoutInnerSpecks('ชุมชน "จังหวัดสะอาด" . ปีงบประมาณ')).toBe('ชุมชน "จังหวัดสะอาด" ปีงบประมาณ');
    expect(withoutInnerSpecks('พื้นฐาน (จปฐ.).และข้อมูล')).toBe('พื้นฐาน (จปฐ.) และข้อมูล');
    expect(withoutInnerSpecks('ประจำปีงบประมาณ พ.ศ..2568')).toBe('ประจำปีงบประมาณ พ.ศ.2568');
    expect(withoutInnerSpecks('ประจำปีงบประมาณ พ.ศ. ๒๕.๖๘')).toBe('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(withoutInnerSpecks('ประจำปีงบประมาณ พ.ศ. 2.568')).toBe('ประจำปีงบประมาณ พ.ศ. 2568');
    expect(withoutInnerSpecks('ประจำปีงบประมาณ พ.ศ. 256.8')).toBe('ประจำปีงบประมาณ พ.ศ. 2568');
    expect(withoutInnerSpecks('ปี 2.5 ล้าน')).toBe('ปี 2.5 ล้าน');
  });

  it('takes out a dot glued to a spelled word before a space and the next word, not an abbreviation\'s', () => {
    expect(withoutInnerSpecks('นายกองค์การบริหารส่วนตำบล. ทุกแห่ง')).toBe('นายกองค์การบริหารส่วนตำบล ทุกแห่ง');
    for (const kept of ['สพป. เชียงใหม่', 'พื้นฐาน (จปฐ. และ', 'ลงวันที่ ๕ ม.ค. ๖๗', 'กทม. และปริมณฑล', 'วันที่ ๓ เม.ย. ๒๕๖๗']) expect(withoutInnerSpecks(kept)).toBe(kept);
  });

  it('takes out a quote standing alone between words, and a comma between a count and its unit', () => {
    expect(withoutInnerSpecks("ที่ กจ 0348.1/667 ลงวันที่ ' 15 กันยายน 2566")).toBe('ที่ กจ 0348.1/667 ลงวันที่ 15 กันยายน 2566');
    expect(withoutInnerSpecks('สำเนาหนังสือที่อ้างถึง จำนวน ๑,ฉบับ')).toBe('สำเนาหนังสือที่อ้างถึง จำนวน ๑ ฉบับ');
    expect(withoutInnerSpecks('งบประมาณ 1,000 บาท ข้อ 1, 2')).toBe('งบประมาณ 1,000 บาท ข้อ 1, 2');
  });

  it('takes out a dot inside a four-digit year after ปี, where the digits make a year', () => {
    expect(withoutInnerSpecks('ข้อมูลพื้นฐานระดับหมู่บ้าน (กชช. ๒ค) ปี ๒๕.๖๘')).toBe('ข้อมูลพื้นฐานระดับหมู่บ้าน (กชช. ๒ค) ปี ๒๕๖๘');
    expect(withoutInnerSpecks('อัตรา ปี 12.50 บาท')).toBe('อัตรา ปี 12.50 บาท');
  });

  it('takes out a dot inside a four-digit year after a month, full or abbreviated', () => {
    expect(withoutInnerSpecks('วันที่ 13 กรกฎาคม 256.6')).toBe('วันที่ 13 กรกฎาคม 2566');
    expect(withoutInnerSpecks('ลงวันที่ ๒๕ พ.ค. ๒๕.๖๖ จำนวน ๑ ฉบับ')).toBe('ลงวันที่ ๒๕ พ.ค. ๒๕๖๖ จำนวน ๑ ฉบับ');
    expect(withoutInnerSpecks('ภายในเดือนมีนาคม 2.5 ล้านบาท')).toBe('ภายในเดือนมีนาคม 2.5 ล้านบาท');
  });

  it('gives back the era mark OCR misread before a year (ผ.ศ., พ.ศ:) and the space print sets before it', () => {
    expect(withoutInnerSpecks('ประจำปีงบประมาณ ผ.ศ. 2568')).toBe('ประจำปีงบประมาณ พ.ศ. 2568');
    expect(withoutInnerSpecks('เทศกาลปีใหม่ พ.ศ: 2567')).toBe('เทศกาลปีใหม่ พ.ศ. 2567');
    expect(withoutInnerSpecks('ประจำปีงบประมาณพ.ศ. ๒๕๖๘')).toBe('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(withoutInnerSpecks('สิ่งปลูกสร้าง ประจำปี.พ.ศ. 2567')).toBe('สิ่งปลูกสร้าง ประจำปี พ.ศ. 2567');
    for (const kept of ['ผศ. ดร.สมชาย', 'ผ.ศ. สมชาย ใจดี']) expect(withoutInnerSpecks(kept)).toBe(kept);
  });

  it('takes out a dot glued between two dictionary words, never an abbreviation\'s or a number\'s', () => {
    expect(withoutInnerSpecks('ระวังและป้องกัน.การทุจริต')).toBe('ระวังและป้องกันการทุจริต');
    for (const kept of ['สำนักงาน สพป.เชียงใหม่', 'ผอ.รพ.สต.บ้านนา', 'นายก อบต.หนองแขม', 'ข้อ ๓.๑ การ', 'เรื่อง ก.พ. การ', 'ปี 2.5 ล้าน']) expect(withoutInnerSpecks(kept)).toBe(kept);
  });
});

describe('specks at the ends of an OCR value', () => {
  it('takes out a speck and then the sign it hid ("ปฏิบัติการ- ร")', () => {
    expect(withoutSpecks('ขอเชิญประชุมเชิงปฏิบัติการ- ร')).toBe('ขอเชิญประชุมเชิงปฏิบัติการ');
  });

  it('takes out a dot after a dictionary word with a vowel, never after an abbreviation', () => {
    expect(withoutSpecks('การทุจริตเชิงรุกในหน่วยงานภาครัฐ.')).toBe('การทุจริตเชิงรุกในหน่วยงานภาครัฐ');
    // ...whatever the words before it (บูรณาการ is cut บูรณ|า|การ).
    expect(withoutSpecks('เพื่อบูรณาการป้องกันการทุจริตเชิงรุกในหน่วยงานภาครัฐ.')).toBe('เพื่อบูรณาการป้องกันการทุจริตเชิงรุกในหน่วยงานภาครัฐ');
    for (const kept of ['แบบรายงานผลการจัดเก็บข้อมูล จปฐ.', 'ผู้ว่าราชการ กทม.', 'การเบิกจ่ายของ อปท.']) expect(withoutSpecks(kept)).toBe(kept);
  });
});

describe('OCR noise', () => {
  const ocrPage = (lines: string[]) => ({ ...page(1, lines), method: 'ocr' as const });
  const full = 'เรียน นายกเทศมนตรีตำบล ทุกแห่ง และนายกองค์การบริหารส่วนตำบล ทุก';

  it('takes short lines of stray signs and lone letters as noise', () => {
    const lines = bundleLines([ocrPage([full, '/|“', 'ค', 'ศี 4'])]);
    expect(lines.map((l) => l.role)).toEqual(['content', 'noise', 'noise', 'noise']);
  });

  it('keeps a short Thai word that a full line wrapped onto', () => {
    const lines = bundleLines([ocrPage([full, 'แห่ง', 'สิ่งที่ส่งมาด้วย สำเนาหนังสือจังหวัดกาญจนบุรี ด่วนมาก ที่ กจ ๐๐๑๗.๒/', 'ฉบับ'])]);
    expect(lines.map((l) => l.role)).toEqual(['content', 'content', 'content', 'content']);
  });

  it('keeps a two-letter dictionary word a full line wrapped onto (บ้า of สุนัขบ้า), not two letters that are no word', () => {
    expect(bundleLines([ocrPage([full, 'บ้า'])]).at(-1)?.role).toBe('content');
    expect(bundleLines([ocrPage([full, 'ฆฎ'])]).at(-1)?.role).toBe('noise');
  });

  it('keeps the unit of a count that wrapped alone onto the next line', () => {
    const lines = bundleLines([ocrPage([full, '๐๘๐๔.๔/ว๓๔๗๗ ลงวันที่ ๑๕ กรกฎาคม ๒๕๖๗ จำนวน ๑', 'ฉบับ'])]);
    expect(lines.at(-1)?.role).toBe('content');
    // ...also behind a speck OCR read after the count.
    expect(bundleLines([ocrPage([`${full} ${full}`, 'ลงวันที่ ๕ กุมภาพันธ์ ๒๕๖๗ จำนวน ๑ .', 'ฉบับ'])]).at(-1)?.role).toBe('content');
  });

  it('takes a short word below a short line as noise', () => {
    const lines = bundleLines([ocrPage([full, 'ขอแสดงความนับถือ', 'สปอ'])]);
    expect(lines.at(-1)?.role).toBe('noise');
  });
});
