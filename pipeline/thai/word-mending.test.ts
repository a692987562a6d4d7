import { describe, expect, it } from 'vitest';
import { areLookAlikes, lostMarks, mendWords } from './word-mending.js';

/** The line gets exactly the one mend, and its text that word in place of the misreading. */
function expectOneMend(line: string, before: string, after: string): void {
  const { text, mends } = mendWords(line);
  expect(mends).toEqual([{ before, after }]);
  expect(text).toBe(line.replace(before, after));
}

describe('mendWords', () => {
  it.each([
    ['การรณรงค์ขับขีปลอดภัยช่วงเทศกาลสงกรานต์', 'ขับขี', 'ขับขี่'],
    ['การจัดซือจัดจ้างและการบริหารพัสดุภาครัฐ', 'ซือ', 'ซื้อ'],
    ['โครงการเสริมสร้างความมั้นคงปลอดภัยไซเบอร์', 'มั้นคง', 'มั่นคง'],
    ['โครงการขับเคลือนระบบเฝ้าระวังและป้องกันการทุจริต', 'ขับเคลือน', 'ขับเคลื่อน'],
  ])('puts back the marks OCR lost or misread in "%s"', expectOneMend);

  it.each([
    ['แนวทางการเร่งรัดการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประบาณ', 'ปีงบประบาณ', 'ปีงบประมาณ'],
    ['เรียน ผายกเทศมนตรีตำบล ทุกแห่ง', 'ผายกเทศมนตรี', 'นายกเทศมนตรี'],
    // Read as two rare words (จำ|บวน), the common one they hide still wins.
    ['ลงวันที่ ๑ ก.ย. ๒๕๖๘ จำบวน ๑ ฉบับ', 'จำบวน', 'จำนวน'],
    ['เรียน ผู้ว่าชาชการจังหวัด ทุกจังหวัด', 'ผู้ว่าชาชการ', 'ผู้ว่าราชการ'],
    ['การประเมินคุณฮรรมและความโปร่งใส', 'คุณฮรรม', 'คุณธรรม'],
    // an upper vowel read as another too (ื for ี)
    ['เบิกจ่ายงบประมาณรายจ่ายประจำปืจบประมาณ พ.ศ. 2566', 'ปืจบประมาณ', 'ปีงบประมาณ'],
    ['อธิบดีกรมป้องกันและบรรเทาสาสารณภัย', 'สาสารณภัย', 'สาธารณภัย'],
    // a lower vowel read as the other (ู for ุ)
    ['โครงการป้องกันและลดอูบัติเหตุทางถนนช่วงเทศกาล', 'อูบัติเหตุ', 'อุบัติเหตุ'],
  ])('reads a letter an unseen typeface made into its look-alike in "%s"', expectOneMend);

  it.each([
    ['ลงวันที่ ๕ พ.ค. ๖๖ จำแวน ๑ ฉบับ', 'จำแวน', 'จำนวน'],
    ['การจัดการศึกษาปจมวัยในศูนย์พัฒนาเด็กเล็ก', 'ปจมวัย', 'ปฐมวัย'],
    ['สำเนาหนังสือกระทรวงสาธารณสย ด่วน', 'สาธารณสย', 'สาธารณสุข'],
  ])('reads any one letter of a long common word that no look-alike explains in "%s"', expectOneMend);

  it.each([
    // เตรียบ is listed, but a word this rare one look-alike from เตรียม is เตรียม misread.
    ['เรื่อง การเตรียบความพร้อมรับมือสถานการณ์อุทกภัย', 'เตรียบ', 'เตรียม'],
  ])('reads a very rare listed word one look-alike letter from a common one as that one misread in "%s"', expectOneMend);

  it.each([
    ['การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย ดินโคลนดล่ม และวาตภัย', 'ดล่ม', 'ถล่ม'],
    ['การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย ดินโคลนตล่ม และวาตภัย', 'ตล่ม', 'ถล่ม'],
    ['การป้องกันการทุจริตเชิจรุกในหน่วยงานภาครัฐ', 'เชิจ', 'เชิง'],
  ])('reads a look-alike letter in a three-letter piece whose tone mark or upper vowel stands as printed in "%s"', expectOneMend);

  it.each([
    ['เรียน ผู้อำนวยการกองบ่กครองและทะเบียน', 'บ่กครอง', 'ปกครอง'],
    ['การแข่งขันกีฬาพุ่ตบอลเยาวชน', 'พุ่ตบอล', 'ฟุตบอล'],
    ['ให้ส่วนราชการผ่ากเงินไว้กับคลัง', 'ผ่าก', 'ฝาก'],
  ])('reads ป, ฝ or ฟ whose tail came loose as บ, ผ or พ under a mai ek in "%s"', expectOneMend);

  it('leaves บ, ผ and พ under a printed mai ek alone where they make words', () => {
    for (const line of ['ตั้งแต่เวลาบ่ายโมงเป็นต้นไป', 'ขุดบ่อบาดาลเพื่อการเกษตร', 'ผ่านการอบรมแล้ว', 'พ่อค้าแม่ค้าในตลาด']) {
      expect(mendWords(line).mends, line).toEqual([]);
    }
  });

  it('leaves a three-letter piece as read with no tone mark, one the mend would give another tone, one two look-alikes could mend, and a word under a speck read as a tone', () => {
    // จาต would be จาด (a look-alike), but it is the วาต of วาตภัย misread.
    expect(mendWords('อุทกภัย ดินโคลนถล่ม และจาตภัย').mends).toEqual([]);
    // น่วย would be บ๊วย, a look-alike with another tone: it is หน่วยงาน split by a space.
    expect(mendWords('ความโปร่งใสในการดำเนินงานของห น่วยงานภาครัฐ').mends).toEqual([]);
    // ช้อม standing alone is ช้อน or ซ้อม, each one look-alike letter away: no telling which
    // (in ฝึกช้อม the longer word tells: ฝึกซ้อม).
    expect(mendWords('ช้อม ตามแผน').mends).toEqual([]);
    // Without its tone ง้าน is งาน: the tone is a speck, no misread letter (ง้วน).
    expect(mendWords('การดำเนินง้าน').text).toBe('การดำเนินงาน');
    // มิต is มิด or บิต, each one look-alike away.
    expect(mendWords('มิต ตามแผน').mends).toEqual([]);
  });

  it('mends a word no list has by the full margin, whatever rare word stands elsewhere in its run (คาร is no คาร์ here)', () => {
    expect(mendWords('เรื่อง คารเฝ้าระวังและดูแลความปลอดภัยของนักเรียนในสถานศึกษา').mends).toEqual([]);
  });

  it('leaves a loan word or foreign name with a silent letter to its spelling (ไมเยอร์ is no ไมเนอร์)', () => {
    expect(mendWords('จดทะเบียนแก้ไขเพิ่มเติมข้อบังคับมูลนิธิเป็นไมเยอร์').mends).toEqual([]);
  });

  it('drops a consonant a speck made inside a word, never one at a word\'s end', () => {
    expectOneMend('แนวทางการเร่งรัดการเบิกจ่ายประจำปีงจบประมาณ', 'ปีงจบประมาณ', 'ปีงบประมาณ');
    expect(mendWords('และหลักสูตรบริษัทภิบาลต่อต้านการทุจริต มีความรู้ความเข้าใจ').mends).toEqual([]);
  });

  it.each([
    ['การดำเนินการเพื่อป้องกันการทุจริตในหน่วยงานกภาครัฐ', 'กภาค', 'ภาค'],
    ['รายละเอียดโครงการลดกภารเผาในที่โล่ง', 'กภาร', 'การ'],
    ['การจัดซื้อจัดจ้างและคการบริหารพัสดุภาครัฐ', 'คการ', 'การ'],
  ])('reads a letter OCR read twice, once as its look-alike, once, at a word\'s start too, in "%s"', expectOneMend);

  it('keeps both letters of a look-alike pair a word is spelled with', () => {
    expect(mendWords('ขบวนแห่เทียนพรรษา และชมนิทรรศการ').mends).toEqual([]);
  });

  it.each([
    ['การป้องกันการทุจริตเชิงรุกไนหน่วยงานภาครัฐ', 'ไน', 'ใน'],
    ['จึงเรียนมาเพื่อโปรดพิจารณา ขอไห้ดำเนินการต่อไป', 'ไห้', 'ให้'],
    ['กำหนดการเปิดภาคเรียนไหม่', 'ไหม่', 'ใหม่'],
  ])('reads ใ for the ไ OCR made of it, even in a short word, in "%s"', expectOneMend);

  it.each([
    ['แบบรายงานผลการป้องกันไรคพิษสุนัขบ้า', 'ไรค', 'โรค'],
    ['หมายเลขไทรศัพท์ 0 2278 8400', 'ไทรศัพท์', 'โทรศัพท์'],
  ])('reads โ for the ไ OCR made of it in "%s"', expectOneMend);

  it.each([
    ['มาตรการควบคุมกำรเผาในที่โล่งและลดฝุ่นละออง', 'กำร', 'การ'],
    ['การเลือกตั้งสมาชิกสภำท้องถิ่นหรือผู้บริหารท้องถิ่น', 'สภำ', 'สภา'],
  ])('reads า for the ำ a speck made of it, even in a short word, in "%s"', expectOneMend);

  it('leaves ไ words alone where ใ or โ would make another word', () => {
    for (const line of ['ไฟไหม้ป่าในพื้นที่', 'เสื้อไนลอนสีขาว', 'ไม่ได้ไปประชุม', 'ไรผู้ใดจะทราบ', 'โปรดพิจารณา', 'ไปรษณีย์อิเล็กทรอนิกส์']) expect(mendWords(line).mends, line).toEqual([]);
  });

  it('leaves lines read right alone, though a look-alike letter would make other words of them', () => {
    for (const line of ['การประชุมคณะกรรมการบริหาร', 'นายกองค์การบริหารส่วนตำบลบางบัวทอง', 'ขอให้ดำเนินการตามมติที่ประชุม']) {
      expect(mendWords(line).mends, line).toEqual([]);
    }
  });

  it('never changes a person’s name, under a signature or after a title', () => {
    for (const line of ['(นายทรงศักดิ์ อินทร์แปง)', 'ผู้ประสานงาน นางสาวศิริพร บัวขาว โทร. ๐ ๒๒๔๑ ๙๐๐๐', 'เรียน นายสมชาย ใจดี']) {
      expect(mendWords(line).mends, line).toEqual([]);
    }
  });

  it('leaves agency codes, abbreviations and words it cannot place alone', () => {
    for (const line of ['ที่ กจ ๐๐๒๕.๓/ว ๓๒๙๒', 'ลงวันที่ ๑๑ กย ๖๖', 'ประเมินคุณธรรมและความโปร่งใส (ITA)', 'ระบบคลาวด์และบล็อกเชน']) {
      expect(mendWords(line).mends, line).toEqual([]);
    }
  });

  it.each([
    ['โครง่การเสริมสร้างความมั่นคงปลอดภัยไซเบอร์', 'โครง่การ', 'โครงการ'],
    ['การดำเนินงานโครงการสัตว์ปล้อดโรค คนปลอดภัย', 'ปล้อด', 'ปลอด'],
    ['นายกองค์ก่ารบริหารส่วนจังหวัดแพร่', 'องค์ก่าร', 'องค์การ'],
    ['การเลือกตั้งสมาชิก์สภาท้องถิ่นหรือผู้บริหารท้องถิ่น', 'สมาชิก์', 'สมาชิก'],
  ])('takes out a tone mark or karan a speck made where the letters make no word with it in "%s"', expectOneMend);

  it('takes a word whose only slip is a stray tone for a word read as printed beside another mend', () => {
    // สาธารณสย is mended; กร่ะทรวง beside it is กระทรวง but for a speck, not a second misreading.
    expect(mendWords('สำเนาหนังสือกร่ะทรวงสาธารณสย').mends).toContainEqual({ before: 'สาธารณสย', after: 'สาธารณสุข' });
  });

  it('never takes away a printed mark, only adds lost ones or reads a tone or an upper vowel as another', () => {
    expect(lostMarks('ขับขี', 'ขับขี่')).toBe(1);
    expect(lostMarks('มั้นคง', 'มั่นคง')).toBe(1);
    expect(lostMarks('ถื่น', 'ถิ่น')).toBe(1);
    expect(lostMarks('อูบัติ', 'อุบัติ')).toBe(1);
    expect(lostMarks('ปูศุ', 'ปศุ')).toBeNull();
    expect(lostMarks('ถื่น', 'ถ่น')).toBeNull();
    expect(lostMarks('ปลํ้า', 'ปลา')).toBeNull();
    expect(lostMarks('เคี่ยน', 'เคียน')).toBeNull();
  });
});

describe('areLookAlikes', () => {
  it('answers for the letters of one group either way, and for ใ ไ โ, and for nothing else', () => {
    for (const [a, b] of [['บ', 'ม'], ['ม', 'บ'], ['ฐ', 'ช'], ['า', 'ำ'], ['ใ', 'ไ'], ['โ', 'ไ']]) expect(areLookAlikes(a!, b!)).toBe(true);
    for (const [a, b] of [['ก', 'ข'], ['ใ', 'โ'], ['บ', 'บ'], ['a', 'b'], ['บม', 'ม'], ['', 'ม']]) expect(areLookAlikes(a!, b!)).toBe(false);
  });
});
