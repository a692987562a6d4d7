import { describe, expect, it } from 'vitest';
import { abbreviationsRead } from '../thai/index.js';
import { mendLine } from './mend.js';

describe('mendLine', () => {
  it('puts back marks OCR dropped from listed words and reports each change', () => {
    const { text, mends } = mendLine('องค์กรปกครองส่วนท้องถินในพืนที่');
    expect(text).toBe('องค์กรปกครองส่วนท้องถิ่นในพื้นที่');
    expect(mends).toEqual([
      { before: 'องค์กรปกครองส่วนท้องถิน', after: 'องค์กรปกครองส่วนท้องถิ่น', by: 'official-words' },
      { before: 'ในพืนที่', after: 'ในพื้นที่', by: 'official-words' },
    ]);
  });

  it('mends the bare header label ที only as a whole token', () => {
    expect(mendLine('ที มท ๐๘๑๙.๖/ว๓๒๓๓').text).toBe('ที่ มท ๐๘๑๙.๖/ว๓๒๓๓');
    expect(mendLine('วันที ๑๓ กรกฎาคม').text).toBe('วันที่ ๑๓ กรกฎาคม');
    expect(mendLine('ทีม').text).toBe('ทีม');
  });

  it('mends an official phrase read with one letter as its look-alike, reporting it', () => {
    expect(mendLine('ลงจันที่ ๒ มิถุนายน ๒๕๖๘').text).toBe('ลงวันที่ ๒ มิถุนายน ๒๕๖๘');
    expect(mendLine('เรียน ผู้จ่าราชการจังหวัด ทุกจังหวัด').text).toBe('เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด');
    const { text, mends } = mendLine('เรียน นายถำเภอ ทุกถำเภอ');
    expect(text).toBe('เรียน นายอำเภอ ทุกอำเภอ');
    expect(mends).toContainEqual({ before: 'นายถำเภอ', after: 'นายอำเภอ', by: 'official-words' });
    // โครงการ and แบบรายงาน, words of every letter's enclosures, with ร read as ธ or บ as ข.
    expect(mendLine('โคธงการลดการเผาในที่โล่ง').text).toBe('โครงการลดการเผาในที่โล่ง');
    expect(mendLine('แขบรายงานผลการป้องกันโรค').text).toBe('แบบรายงานผลการป้องกันโรค');
  });

  it('mends a listed word of eleven letters or more read with one look-alike letter though what was read is words too, and อ or ด read as ล', () => {
    expect(mendLine('เรียน ประสานกรรมการหมู่บ้าน ทุกหมู่บ้าน').text).toBe('เรียน ประธานกรรมการหมู่บ้าน ทุกหมู่บ้าน');
    expect(mendLine('เรียน นายลำเภอ ทุกอำเภอ').text).toBe('เรียน นายอำเภอ ทุกอำเภอ');
    expect(mendLine('ในศูนย์พัฒนาเล็กเล็กขององค์กร').text).toBe('ในศูนย์พัฒนาเด็กเล็กขององค์กร');
    expect(mendLine('๒. บัญชีรายซื้อผู้ประสานงาน จำนวน ๑ ชุด').text).toBe('๒. บัญชีรายชื่อผู้ประสานงาน จำนวน ๑ ชุด');
    expect(mendLine('เรื่อง การจัดชื้อจัดจ้างและการบริหารพัสดุภาครัฐ').text).toBe('เรื่อง การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ');
    expect(mendLine('เรียน ประธานกรรมการหมู่บ้าน กุกหมู่บ้าน').text).toBe('เรียน ประธานกรรมการหมู่บ้าน ทุกหมู่บ้าน');
    // ภาค|รัช are words alone; the phrase หน่วยงานภาครัฐ is not one letter from any other.
    expect(mendLine('การดำเนินงานของหน่วยงานภาครัช (ITA)').text).toBe('การดำเนินงานของหน่วยงานภาครัฐ (ITA)');
    // Not with a letter too many: จาก before กรม is no speck in the department's name.
    expect(mendLine('ได้รับแจ้งจากกรมควบคุมมลพิษ').text).toBe('ได้รับแจ้งจากกรมควบคุมมลพิษ');
  });

  it('mends a listed word of seven letters or more read with two letters as their look-alikes, where it reads far likelier', () => {
    expect(mendLine('เรียน นายอำเภอ ทุกถำเกอ').text).toBe('เรียน นายอำเภอ ทุกอำเภอ');
    // One of five letters, one look-alike each, as before; not two in a shorter word.
    expect(mendLine('ในหน่วยงานภาครัฐ ทุกแห่ง').text).toBe('ในหน่วยงานภาครัฐ ทุกแห่ง');
  });

  it('mends words read with ำ for า or า for ำ: a speck over the letter before read as the nikhahit, or the nikhahit lost', () => {
    expect(mendLine('เรียน นายกองค์กำรบริหารส่วนตำบล ทุกแห่ง').text).toBe('เรียน นายกองค์การบริหารส่วนตำบล ทุกแห่ง');
    expect(mendLine('ตั้งแต่เดือนกุมภำพันธ์ถึงเดือนมีนาคม').text).toBe('ตั้งแต่เดือนกุมภาพันธ์ถึงเดือนมีนาคม');
    expect(mendLine('กรมส่งเสริมกำรปกครองท้องถิ่น').text).toBe('กรมส่งเสริมการปกครองท้องถิ่น');
  });

  it('mends a listed word read with แ for เ, the one a stroke more than the other', () => {
    expect(mendLine('แทศมนตรีเมืองอุบลราชธานี และนายอำเภอ ทุกอำเภอ').text).toBe('เทศมนตรีเมืองอุบลราชธานี และนายอำเภอ ทุกอำเภอ');
    expect(mendLine('แต่ เต่ แก เก').text).toBe('แต่ เต่ แก เก');
  });

  it('mends a listed word with a speck read as a letter inside (six letters or more) or as a leading vowel (five or more), and one the dictionary completes', () => {
    expect(mendLine('นายกเทศบมนตรีเมืองสกลนคร').text).toBe('นายกเทศมนตรีเมืองสกลนคร');
    expect(mendLine('แบบรายงานผลการดำเนินงาน จำแนวน ๑ ชุด').text).toBe('แบบรายงานผลการดำเนินงาน จำนวน ๑ ชุด');
    // Not a consonant inside a word of five: "ทำงการ" is แนวทางการ misread, not ทำการ.
    expect(mendLine('เรื่อง แนวท่างการเร่งรัดการเบิกจ่ายงบประมาณ').text).not.toContain('ทำการ');
    // ชาช → ราช by the dictionary, then จ่า → ว่า as the listed ผู้ว่าราชการจังหวัด.
    expect(mendLine('เรียน ผู้จ่าชาชการจังหวัด ทุกจังหวัด').text).toBe('เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด');
    // A listed word put right (ถำเภอ → อำเภอ) completes a longer one with a speck inside (นายลอำเภอ).
    expect(mendLine('เรียน นายลถำเภอ ทุกอำเภอ').text).toBe('เรียน นายอำเภอ ทุกอำเภอ');
  });

  it('leaves look-alike readings that are words of their own, or part of a longer word', () => {
    // คิดตาม (think along) is no misreading of ติดตาม; ลำธาร (a stream) is no part of สาธารณภัย.
    expect(mendLine('ขอให้คิดตามที่เสนอ').text).toBe('ขอให้คิดตามที่เสนอ');
    expect(mendLine('กองป้องกันและบรรเทาสำธารณภัย').text).not.toContain('ลำธาร');
  });

  it('gives a month abbreviation between a day and a year the dots OCR read as a vowel, a colon or a comma', () => {
    expect(mendLine('ลงวันที่ ๒๔ กุย. ๒๕๖๘ จำนวน ๑ ฉบับ').text).toBe('ลงวันที่ ๒๔ ก.ย. ๒๕๖๘ จำนวน ๑ ฉบับ');
    expect(mendLine('ลงวันที่ 1มะค. 2567').text).toBe('ลงวันที่ 1 ม.ค. 2567');
    expect(mendLine('ลงวันที่ 24 ก.ย: 2568').text).toBe('ลงวันที่ 24 ก.ย. 2568');
    expect(mendLine('ลงวันที่ 11 ก.ย, 2566 จำนวน 1 ฉบับ').text).toBe('ลงวันที่ 11 ก.ย. 2566 จำนวน 1 ฉบับ');
    // Words between numbers, and abbreviations already right, stay.
    for (const text of ['๑๒ มะม่วง ๒๐ ลูก', 'ลงวันที่ ๑๕ ก.ค. ๖๗', 'ห้อง ๓ กุฎิ ๒๐ หลัง']) expect(mendLine(text).text).toBe(text);
  });

  it('writes a number OCR read in two scripts in the script of most of its digits, reporting it', () => {
    expect(mendLine('ที่ ชร 0๐๒๕.๒/ว ๔๖๘ ลงวันที่').text).toBe('ที่ ชร ๐๐๒๕.๒/ว ๔๖๘ ลงวันที่');
    expect(mendLine('ปีงบประมาณ พ.ศ. ๒๕๐6 โดย').mends).toEqual([{ before: '๒๕๐6', after: '๒๕๐๖', by: 'number-script' }]);
    expect(mendLine('ที่ กค 04๑0.7/ว3083').text).toBe('ที่ กค 0410.7/ว3083');
    // Too few digits to know which script the number is in: left as read.
    for (const text of ['เลขที่ ๘4', 'ชม 00๑๓.๒', '(PM ๒.5)']) expect(mendLine(text).text).toBe(text);
  });

  it('reads a nikhahit ending a word as the thanthakhat OCR mistook it for (กาญจนวงศํ), reporting it', () => {
    expect(mendLine('(นางสาววิไลวรรณ กาญจนวงศํ)').text).toBe('(นางสาววิไลวรรณ กาญจนวงศ์)');
    expect(mendLine('นายกิตติศักดิํ อินทร์แปง').mends).toContainEqual({ before: 'ํ', after: '์', by: 'spelling' });
    // Beside the thanthakhat it is a speck.
    expect(mendLine('(นางสาววิไลวรรณ กาญจนวงศ์ํ)').text).toBe('(นางสาววิไลวรรณ กาญจนวงศ์)');
    // Sara am written as nikhahit and sara aa is no thanthakhat.
    expect(mendLine('ประจําปี').text).toBe('ประจำปี');
  });

  it('reads back ฐ whose tail OCR read again as a lower vowel (ณัฐูธิดา, ณัชูธิดา, จปชู.), reporting it', () => {
    expect(mendLine('(นางสาวณัฐูธิดา พรหมมา)').text).toBe('(นางสาวณัฐธิดา พรหมมา)');
    expect(mendLine('(นางณัชูธิดา ศรีสุวรรณ)').text).toBe('(นางณัฐธิดา ศรีสุวรรณ)');
    expect(mendLine('นางณัฐุธิดา').mends).toEqual([{ before: 'ฐุ', after: 'ฐ', by: 'spelling' }]);
    expect(mendLine('ข้อมูลความจำเป็นพื้นฐาน (จปชู.) และ').text).toBe('ข้อมูลความจำเป็นพื้นฐาน (จปฐ.) และ');
    expect(mendLine('ผู้อำนวยการ สพชุ.').text).toBe('ผู้อำนวยการ สพฐ.');
    for (const text of ['ชุมชน', 'ประชุม', 'ถนนแสงชูโตะ', 'กตัญญู', 'นายชู.', 'ชูชู.']) expect(mendLine(text).text).toBe(text);
  });

  it('reads a bracket OCR made of ไ or ใ before a Thai letter as that vowel (ต่อ[ป, มหาด(ทย, รุก[นหน่วย), reporting it', () => {
    expect(mendLine('จักเป็นพระคุณ และดำเนินการต่อ[ป').text).toBe('จักเป็นพระคุณ และดำเนินการต่อไป');
    expect(mendLine('กระทรวงมหาด[ทย').text).toBe('กระทรวงมหาดไทย');
    expect(mendLine('การทุจริตเชิงรุก[นหน่วยงานภาครัฐ').text).toBe('การทุจริตเชิงรุกในหน่วยงานภาครัฐ');
    expect(mendLine('ที่ทำการ[ปรษณีย์').mends).toContainEqual({ before: '[', after: 'ไ', by: 'spelling' });
    // A round one too, glued after a Thai letter: print sets a space before a bracket.
    expect(mendLine('กระทรวงมหาด(ทย').text).toBe('กระทรวงมหาดไทย');
    // Only a bracket of its own kind closes one: a name's round brackets do not keep its "[" from being ไ.
    expect(mendLine('(นางสาววิ[ลวรรณ กาญจนวงศ์)').text).toBe('(นางสาววิไลวรรณ กาญจนวงศ์)');
    expect(mendLine('เพื่อให้การดำเนินงานเป็น(ปด้วยความเรียบร้อย').text).toBe('เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย');
    // A bracket that closes is a bracket, and so is a round one after a space.
    for (const text of ['[หมายเหตุ] ให้ส่งภายในวันที่', 'รหัส [A1]', 'ข้อมูลพื้นฐาน (จปฐ.) และ', 'องค์การบริหารส่วนตำบล (อบต', 'ข้อมูล(จปฐ.)']) expect(mendLine(text).text).toBe(text);
  });

  it('keeps one of two leading vowels OCR read in a row, the one the words need (นายกแเทศมนตรี, ขอใไห้), reporting it', () => {
    expect(mendLine('นายกแเทศมนตรีตำบล ทุกแห่ง').text).toBe('นายกเทศมนตรีตำบล ทุกแห่ง');
    expect(mendLine('หมายเลขใโทรศัพท์').text).toBe('หมายเลขโทรศัพท์');
    expect(mendLine('จึงเรียนมาเพื่อโปรดพิจารณาเแล้ว').text).toBe('จึงเรียนมาเพื่อโปรดพิจารณาแล้ว');
    expect(mendLine('ขอใไห้ดำเนินการ').text).toBe('ขอให้ดำเนินการ');
    expect(mendLine('นายกแเทศมนตรีตำบล').mends).toContainEqual({ before: 'แเ', after: 'เ', by: 'spelling' });
    // Neither reading a word: left as read.
    expect(mendLine('กขใโฒฌ').text).toBe('กขใโฒฌ');
  });

  it('reads การ before a จัด compound that OCR read as กำ (กำจัดเก็บ), not กำจัด before what it disposes of', () => {
    expect(mendLine('เรื่อง กำจัดเก็บข้อมูลความจำเป็นพื้นฐาน').text).toBe('เรื่อง การจัดเก็บข้อมูลความจำเป็นพื้นฐาน');
    expect(mendLine('กำจัดทำแผนพัฒนาท้องถิ่น').mends).toContainEqual({ before: 'กำจัด', after: 'การจัด', by: 'dictionary' });
    for (const text of ['การกำจัดขยะมูลฝอยชุมชน', 'กำจัดขยะ', 'เพื่อกำจัด']) expect(mendLine(text).text).toBe(text);
  });

  it('repairs split sara am before matching', () => {
    expect(mendLine('ประจําปี').text).toBe('ประจำปี');
  });

  it('leaves real words that differ from a listed word only by marks', () => {
    expect(mendLine('ปลดล็อก').mends).toEqual([]);
    expect(mendLine('เรียงลำดับ').mends).toEqual([]);
  });

  it('never mends a near-miss lying inside a longer word the dictionary knows', () => {
    for (const text of ['ดังนั้น จึงขอให้', 'ส่วนที่เหลือ', 'การออกประกาศนียบัตร']) expect(mendLine(text).text).toBe(text);
  });

  it('mends a near-miss whose misread mark makes ICU cut its last letter into a rare word with the next one (การดำเน็น|งานของ: นข)', () => {
    expect(mendLine('ในการดำเน็นงานของหน่วยงานภาครัฐ').text).toBe('ในการดำเนินงานของหน่วยงานภาครัฐ');
  });

  it('never mends inside a listed word that is already right', () => {
    // วนที่ inside ด่วนที่สุด looks like วันที่ with its sara a dropped.
    expect(mendLine('สำเนาหนังสือ ด่วนที่สุด ที่ มท ๐๘๐๔.๖/ว ๕๖๙').mends).toEqual([]);
  });

  it('never puts marks into a short listed word inside a longer one misread by another letter', () => {
    // ด่วนที่สุด with ด read as ล: วันที่ inside it would make the urgency line no urgency.
    expect(mendLine('ล่วนที่สุด').text).not.toContain('วันที่');
    expect(mendLine('วนที่ ๕ ก.ค. ๒๕๖๗').text).toBe('วันที่ ๕ ก.ค. ๒๕๖๗');
  });

  it('leaves a letter of a dotted abbreviation alone', () => {
    expect(mendLine('สำนักงาน ป.ป.ท. ด่วนที่สุด').mends).toEqual([]);
  });

  it('takes out a mark OCR added to a listed word', () => {
    expect(mendLine('สำเนาหนังสือที่อ้างถึง จำนว่น 1 ฉบับ').text).toBe('สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ');
    expect(mendLine('เรียน ประธาน่กรรมการหมู่บ้าน ทุกหมู่บ้าน').text).toBe('เรียน ประธานกรรมการหมู่บ้าน ทุกหมู่บ้าน');
    expect(mendLine('เรียน นายลอำเภอ ทุกอำเภอ').text).toBe('เรียน นายอำเภอ ทุกอำเภอ');
    // ICU leaves a run it cannot cut whole: that is no word it knows.
    expect(mendLine('ตามห่นังสือ ที่อ้างถึง').text).toBe('ตามหนังสือ ที่อ้างถึง');
  });

  it('takes out a speck OCR read as a mark in a listed word that has none: a ministry, a month', () => {
    expect(mendLine('สำเนาหนังสือกระทรูวงทรัพยากรธรรมชาติ').text).toBe('สำเนาหนังสือกระทรวงทรัพยากรธรรมชาติ');
    expect(mendLine('ลงวันที่ 14 กรก์ฎาคม 2568').text).toBe('ลงวันที่ 14 กรกฎาคม 2568');
  });

  it('takes out a speck OCR read as a mark in the name of a ministry, a department or a province', () => {
    expect(mendLine('อธิบดีกรมส่งเสริมการปกค่รองท้องถิ่น').text).toBe('อธิบดีกรมส่งเสริมการปกครองท้องถิ่น');
    expect(mendLine('ปลัดกระทรวงม่หาดไทย').text).toBe('ปลัดกระทรวงมหาดไทย');
    expect(mendLine('นายกเทศมนตรีเมืองกาญจ่นบุรี').text).toBe('นายกเทศมนตรีเมืองกาญจนบุรี');
    // A short province name alone is a word too (นาน, long): never mended by it.
    expect(mendLine('เป็นเวลานาน').text).toBe('เป็นเวลานาน');
  });

  it('drops marks that sit on no consonant', () => {
    expect(mendLine('ลงวันที่ ๑๓ ก.ุพ. ๒๕๖๗')).toEqual({ text: 'ลงวันที่ ๑๓ ก.พ. ๒๕๖๗', mends: [{ before: '.ุ', after: '.', by: 'official-words' }] });
  });

  it('mends the titles of local-government offices read with two look-alike letters (ท้องถิ่นถำเกอ)', () => {
    expect(mendLine('เรียน ท้องถิ่นถำเกอ ทุกอำเภอ').text).toBe('เรียน ท้องถิ่นอำเภอ ทุกอำเภอ');
    expect(mendLine('เรียน ท้องถิ่นจังหวัด ทุกจังหวัด').mends).toEqual([]);
  });

  it('mends a listed word read with sara am as a tone mark and sara aa and one letter as its look-alike (นายถ้าเภอ)', () => {
    expect(mendLine('เรียน นายถ้าเภอ ทุกอำเภอ').text).toBe('เรียน นายอำเภอ ทุกอำเภอ');
    expect(mendLine('เรียน นายอำเภอ ทุกถ้าเภอ').text).toBe('เรียน นายอำเภอ ทุกอำเภอ');
    // Sara aa alone is a look-alike of sara am like any other letter: in a word this long, two may be misread.
    expect(mendLine('เรียน นายอำเภอ ทุกถาเภอ').text).toBe('เรียน นายอำเภอ ทุกอำเภอ');
    // ...but a name is no listed word misread (ธิดารัตน์ is no ดำริ).
    expect(mendLine('นางสาวธิดารัตน์ ทองดี').text).toBe('นางสาวธิดารัตน์ ทองดี');
  });

  it('mends sara am read as a tone mark and sara aa', () => {
    expect(mendLine('จ้านวน ๑ ฉบับ').text).toBe('จำนวน ๑ ฉบับ');
    expect(mendLine('แบบรายงานผลการด่าเนินงาน').text).toBe('แบบรายงานผลการดำเนินงาน');
  });

  it('mends sara am read as mai han-akat and ง or จ (its ring and its tail) where no other slip explains the letters', () => {
    expect(mendLine('สำเนาหนังสือที่อ้างถึง จังนวน 1 ฉบับ').text).toBe('สำเนาหนังสือที่อ้างถึง จำนวน 1 ฉบับ');
    expect(mendLine('รายละเอียดโครงการ จัจนวน 1 ชุด').text).toBe('รายละเอียดโครงการ จำนวน 1 ชุด');
    // Words spelled so stay, and ดัง whose ด OCR read as ค is ดัง (คังกล่าว is ดังกล่าว, no คำกล่าว).
    for (const text of ['ขอให้จังหวัดแจ้ง', 'การจัดงานประจำปี']) expect(mendLine(text).text).toBe(text);
    expect(mendLine('ในการจัดงานคังกล่าว มีรายการรับ - จ่าย').text).toBe('ในการจัดงานดังกล่าว มีรายการรับ - จ่าย');
  });

  it('leaves names that hold a listed word spelled with sara aa', () => {
    expect(mendLine('นางธิดารัตน์ กาญจนวงศ์').mends).toEqual([]);
  });

  it('mends an office whose title opens like a person\'s one letter misread (นายอำเคอ is นายอำเภอ, no นาย and a name), but no name', () => {
    expect(mendLine('เรียน นายอำเคอ ทุกอำเภอ').text).toBe('เรียน นายอำเภอ ทุกอำเภอ');
    // นายช่วง is one letter from นายช่าง, too short an office to be told from a name so.
    for (const name of ['(นายอำพล ศรีสุข)', 'นายอำนาจ ทองดี', 'นายช่วง ศรีสุข']) expect(mendLine(name).text).toBe(name);
  });

  it('drops a mark that starts a line', () => {
    expect(mendLine('่เรื่อง').text).toBe('เรื่อง');
  });

  it('changes nothing in correct text', () => {
    const line = 'กรมส่งเสริมการปกครองท้องถิ่นพิจารณาแล้ว เพื่อให้การจัดเก็บภาษีเป็นไปด้วยความถูกต้อง';
    expect(mendLine(line)).toEqual({ text: line, mends: [] });
  });

  it('mends words whose tone marks OCR lost with the Thai dictionary, reporting each', () => {
    expect(mendLine('การรณรงค์ขับขีปลอดภัยช่วงเทศกาลสงกรานต์')).toEqual({
      text: 'การรณรงค์ขับขี่ปลอดภัยช่วงเทศกาลสงกรานต์',
      mends: [{ before: 'ขับขี', after: 'ขับขี่', by: 'dictionary' }],
    });
    expect(mendLine('การจัดซือจัดจ้างและการบริหารพัสดุภาครัฐ').text).toBe('การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ');
  });

  it('gives back a tone mark whose loss left another word inside a listed compound, but not in a misread month name', () => {
    expect(mendLine('มาตรการควบคุมการเผาในทีโล่ง')).toEqual({
      text: 'มาตรการควบคุมการเผาในที่โล่ง',
      mends: [{ before: 'ทีโล่ง', after: 'ที่โล่ง', by: 'dictionary' }],
    });
    expect(mendLine('ลงวันที่ ๑๗ อันวาคม ๒๕๖๗').text).toBe('ลงวันที่ ๑๗ อันวาคม ๒๕๖๗');
  });

  it('reads ค for ก, as loopless faces print them alike ("เชิงรุค", "คารบริหาร")', () => {
    expect(mendLine('การทุจริตเชิงรุคในหน่วยงาน').text).toBe('การทุจริตเชิงรุกในหน่วยงาน');
    expect(mendLine('การจัดซื้อจัดจ้างและคารบริหารพัสดุ').text).toBe('การจัดซื้อจัดจ้างและการบริหารพัสดุ');
  });

  it('reads an abbreviation with its dot, one letter from exactly one listed abbreviation its page reads, as that one, reporting it', () => {
    const subject = 'ข้อมูลความจำเป็นพื้นฐาน (จปช.) และข้อมูลพื้นฐานระดับหมู่บ้าน (คชช. ๒ค) ปี ๒๕๖๘';
    const onPage = abbreviationsRead([subject, 'ขอให้จัดเก็บข้อมูล จปฐ. และ กชช. ๒ค ให้แล้วเสร็จ']);
    const { text, mends } = mendLine(subject, onPage);
    expect(text).toBe('ข้อมูลความจำเป็นพื้นฐาน (จปฐ.) และข้อมูลพื้นฐานระดับหมู่บ้าน (กชช. ๒ค) ปี ๒๕๖๘');
    expect(mends).toContainEqual({ before: 'คชช.', after: 'กชช.', by: 'official-words' });
    // With no page reading the listed one as printed nothing is mended: real abbreviations no
    // list has (กปก. beside กปภ.) stay as printed.
    expect(mendLine(subject).text).toBe(subject);
  });

  it('leaves letters ending a word before a dot, and an abbreviation without its dot, as read', () => {
    expect(mendLine('ส่งให้กรม.').text).toBe('ส่งให้กรม.');
    expect(mendLine('รหัส คชช ๒ค').text).toBe('รหัส คชช ๒ค');
  });
});
