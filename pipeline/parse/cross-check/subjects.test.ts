import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../index.js';

const letter = (ref: string, subject: string) => [
  `ที่ ${ref}`, 'ศาลากลางจังหวัดเชียงราย', '๒ มกราคม ๒๕๖๗', `เรื่อง ${subject}`, 'เรียน นายอำเภอ ทุกอำเภอ',
  'ด้วยจังหวัดขอแจ้งแนวทาง', 'ขอแสดงความนับถือ', '(นายธีรวัฒน์ ศรีสุวรรณ)', 'ผู้ว่าราชการจังหวัดเชียงราย',
];
const bundle = (method: 'ocr' | 'text', ...subjects: string[]) =>
  subjects.map((subject, i) => ({ number: i + 1, method, lines: letter(`ชร ๐๐๑๗.${i + 1}/ว ${i + 10}`, subject), warnings: [] }));
const mixed = (printed: string, read: string) => [...bundle('text', printed), { ...bundle('ocr', read, read)[1]!, number: 2 }];
const subjectsOf = (pages: ReturnType<typeof bundle>) => parseDocuments(pages).map((d) => d.subject);

describe('one subject printed in several letters of a bundle', () => {
  it('takes the reading the Thai dictionary finds likeliest where OCR read each copy its own way, with a warning', () => {
    const documents = parseDocuments(bundle('ocr',
      'การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย ดินโคลนถล่ม และวาตภัย',
      'การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย ดินโคลนตล่ม และวาตภัย',
      'การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย ดินโคลนดล่ม และวาตภัย',
      'การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย ดินโคลนดล่ม และวาตภัย',
    ));
    expect(documents.map((d) => d.subject)).toEqual(Array(4).fill('การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย ดินโคลนถล่ม และวาตภัย'));
    expect(documents[0]!.warnings.map((w) => w.code)).not.toContain('subject-reconciled');
    const warning = documents[2]!.warnings.find((w) => w.code === 'subject-reconciled');
    expect(warning).toMatchObject({ field: 'subject', before: 'การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย ดินโคลนดล่ม และวาตภัย' });
    expect(warning?.message).toMatch(/letters 1, 2, 3, 4/);
  });

  it('puts together two copies each misread in another place', () => {
    expect(subjectsOf(bundle('ocr', 'การจัดเก็บภาษีที่ดินและสื่จปลูกสร้าง ประจำปี', 'การจัดเก็บภาษีทีดินและสิ่งปลูกสร้าง ประจำปี')))
      .toEqual(Array(2).fill('การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี'));
  });

  it('takes out a space OCR put inside a word where another copy reads the word whole', () => {
    expect(subjectsOf(bundle('ocr', 'การจัดการศึกษาปฐมวัยในศูนย์พัฒนาเด็กเล็ กขององค์กรปกครอง', 'การจัดการศึกษาปฐมวัยในศูนย์พัฒนาเด็กเล็กขององค์กรปกครอง')))
      .toEqual(Array(2).fill('การจัดการศึกษาปฐมวัยในศูนย์พัฒนาเด็กเล็กขององค์กรปกครอง'));
  });

  it('keeps each copy\'s own digits while its letters are mended from the others', () => {
    expect(subjectsOf(bundle('ocr', 'การจัดเก็บข้อมูลเพินฐานระดับหมู่บ้าน ปี ๒๕๖๘', 'การจัดเก็บข้อมูลพื้นฐานระดับหมู่บ้าน ปี 2568', 'การจัดเก็บข้อมูลพื้นฐานระดับหมู่บ้าน ปี 2568')))
      .toEqual(['การจัดเก็บข้อมูลพื้นฐานระดับหมู่บ้าน ปี ๒๕๖๘', 'การจัดเก็บข้อมูลพื้นฐานระดับหมู่บ้าน ปี 2568', 'การจัดเก็บข้อมูลพื้นฐานระดับหมู่บ้าน ปี 2568']);
  });

  it('keeps a subject printed in a text layer as printed and gives it to the OCR copies', () => {
    expect(subjectsOf(mixed('ขอความร่วมมือเผยแพร่ประชาสัมพันธ์เบ็นไมเยอร์', 'ขอความร่วมมือเผยแพร่ประชาสัมพันธ์เป็นไมเยอร์'))).toEqual(Array(2).fill('ขอความร่วมมือเผยแพร่ประชาสัมพันธ์เบ็นไมเยอร์'));
  });

  it('leaves a copy that reads as good Thai though others outvote it, and a word one letter puts in', () => {
    const outvoted = ['การจัดการศึกษาปฐมวัยในศูนย์พัฒนาเด็กเล็ก', 'การจัดการศึกษาปฐมวัยในศูนย์พัฒนาเล็กเล็ก', 'การจัดการศึกษาปฐมวัยในศูนย์พัฒนาเล็กเล็ก'];
    expect(subjectsOf(bundle('ocr', ...outvoted))).toEqual(outvoted);
    const worded = ['ขอความอนุเคราะห์เพื่อบูรณาการป้องกันการทุจริตเชิงรุก', 'ขอความอนุเคราะห์เพื่อบูรณาการการป้องกันการทุจริตเชิงรุก'];
    expect(subjectsOf(bundle('ocr', ...worded))).toEqual(worded);
  });

  it('gives a copy the Latin acronym another copy reads where OCR made signs or a letter or two of it, with a warning', () => {
    const ita = (acronym: string) => `การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ${acronym} ประจำปีงบประมาณ พ.ศ. 2568`;
    const documents = parseDocuments(bundle('ocr', ita('(|!7)'), ita(' ง'), ita(' (ITA)')));
    expect(documents.map((d) => d.subject)).toEqual(Array(3).fill(ita(' (ITA)')));
    expect(documents[0]!.warnings).toContainEqual(expect.objectContaining({ code: 'subject-reconciled', before: ita(' (|!7)'), after: ita(' (ITA)') }));
    const haze = (acronym: string) => `การป้องกันและแก้ไขปัญหาไฟป่าและฝุ่นละอองขนาดเล็ก ${acronym} ๒.๕)`;
    expect(subjectsOf(bundle('ocr', haze('(9๒'), haze('(PM')))).toEqual(Array(2).fill(haze('(PM')));
    // A Thai word where the other copy reads Latin is the letter's own wording, and stays; so does a copy printed without it.
    const without = 'การป้องกันและแก้ไขปัญหาไฟป่าและฝุ่นละอองขนาดเล็ก (๒.๕)';
    expect(subjectsOf(bundle('ocr', without, haze('(PM')))).toEqual([without, haze('(PM')]);
    // A copy that lost the acronym and its opening bracket shows the loss by the close it kept.
    expect(subjectsOf(bundle('ocr', 'การป้องกันและแก้ไขปัญหาไฟป่าและฝุ่นละอองขนาดเล็ก ๒.๕)', haze('(PM')))).toEqual(Array(2).fill(haze('(PM')));
    const worded = ['แบบรายงานผลการประเมินคุณธรรม ITA ประจำปี', 'แบบรายงานผลการประเมินคุณธรรม ด้านการบริหาร ประจำปี'];
    expect(subjectsOf(bundle('ocr', ...worded))).toEqual(worded);
  });

  it('takes out a space one copy reads between two words where two other copies read none, in either script of digits', () => {
    const ita = (first: string, year: string) => `การประเมินคุณธรรม${first}และความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ${year}`;
    expect(subjectsOf(bundle('ocr', ita(' ', '2568'), ita('', '๒๕๖๘'), ita('', '2568')))).toEqual([ita('', '2568'), ita('', '๒๕๖๘'), ita('', '2568')]);
    // One copy against one is no majority: a space printed between phrases may as well be lost.
    const flood = (space: string) => `การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย ดินโคลนถล่ม${space}และวาตภัย`;
    expect(subjectsOf(bundle('ocr', flood(' '), flood('')))).toEqual([flood(' '), flood('')]);
  });

  it('puts back a space one copy lacks where two other copies read one, in either script of digits', () => {
    const jpt = (space: string, year: string) => `ข้อมูลพื้นฐานระดับหมู่บ้าน (กชช.${space}๒ค) ปี${space}${year}`;
    expect(subjectsOf(bundle('ocr', jpt(' ', '2568'), jpt('', '๒๕๖๘'), jpt(' ', '๒๕๖๘')))).toEqual([jpt(' ', '2568'), jpt(' ', '๒๕๖๘'), jpt(' ', '๒๕๖๘')]);
    // One copy against one is no majority.
    expect(subjectsOf(bundle('ocr', jpt(' ', '2568'), jpt('', '2568')))).toEqual([jpt(' ', '2568'), jpt('', '2568')]);
  });

  it('leaves subjects that differ in a number or in more than a few letters as they are', () => {
    const numbered = ['ขอเชิญประชุมคณะกรรมการ ครั้งที่ ๑/๒๕๖๗', 'ขอเชิญประชุมคณะกรรมการ ครั้งที่ ๒/๒๕๖๗'];
    expect(subjectsOf(bundle('ocr', ...numbered))).toEqual(numbered);
    const different = ['การป้องกันโรคไข้เลือดออก', 'การป้องกันโรคพิษสุนัขบ้า'];
    expect(subjectsOf(bundle('ocr', ...different))).toEqual(different);
  });
});
