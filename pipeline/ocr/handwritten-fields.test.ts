import { describe, expect, it } from 'vitest';
import type { Box } from './geometry.js';
import { fieldImage, fillField, findFieldSlots, fieldReading } from './handwritten-fields.js';
import type { OcrLine } from './recognize-lines.js';

/** A line of words, each [text, left, right, confidence]; text joined as Tesseract does (no spaces inside Thai). */
function line(text: string, words: Array<[string, number, number, number?]>, top = 100, bottom = 140): OcrLine {
  const box = (left: number, right: number): Box => ({ left, right, top, bottom });
  return {
    text,
    confidence: 90,
    box: box(words[0]?.[1] ?? 0, words.at(-1)?.[2] ?? 0),
    words: words.map(([t, left, right, confidence = 95]) => ({ text: t, confidence, box: box(left, right), symbols: [] })),
  };
}

const memoHeader = line('ที่ กท ๐๔๐๖/ วันที่ กันยายน ๒๕๕๘', [
  ['ที่', 100, 140], ['กท', 160, 200], ['๐๔๐๖/', 210, 300], ['วันที่', 700, 780], ['กันยายน', 900, 1000], ['๒๕๕๘', 1010, 1080],
]);

describe('findFieldSlots', () => {
  it('finds the running number and the day written in coloured ink on a memo header', () => {
    const number = line('๖๕๕๐', [['๖๕๕๐', 310, 400, 40]], 95, 145);
    const day = line('๒๔', [['๒๔', 800, 860, 50]], 98, 142);
    const slots = findFieldSlots([memoHeader], [memoHeader.text], [number, day]);
    expect(slots.map((s) => [s.kind, s.ink, s.pieces])).toEqual([['reference-number', 'colour', [0]], ['date-day', 'colour', [1]]]);
    expect(slots[0]?.region.left).toBe(289); // the slash's right edge, less what a pen stroke may overlap
    expect(slots[1]?.region.right).toBe(899);
  });

  it('finds the running number after a printed unit Tesseract read with a sign for a digit ("๐๓๐%.๕/")', () => {
    const header = line('ที่  มท ๐๓๐%.๕/', [['ที่', 245, 272], ['มท', 289, 323], ['๐๓๐', 346, 404], ['%.', 406, 465], ['๕', 436, 452], ['/', 451, 470]]);
    const pen = line('๑ส๐@', [['๑ส๐@', 460, 568, 30]], 95, 145);
    expect(findFieldSlots([header], ['ที่  มท ๐๓๐๗.๕/'], [pen])).toMatchObject([{ kind: 'reference-number', ink: 'colour', pieces: [0] }]);
  });

  it('takes black ink Tesseract could not read as digits for a filled field', () => {
    const scrawl = line('ที่ กท ๐๔๐๖/ ห0', [['ที่', 100, 140], ['กท', 160, 200], ['๐๔๐๖/', 210, 300], ['ห0', 320, 400, 30]]);
    expect(findFieldSlots([scrawl], [scrawl.text], [])).toMatchObject([{ kind: 'reference-number', ink: 'black' }]);
  });

  it('leaves printed numbers and days alone, and a วันที่ inside a sentence', () => {
    const typed = line('ที่ มท ๐๘๑๙.๖/ว ๓๒๓๓', [['ที่', 100, 140], ['มท', 160, 200], ['๐๘๑๙.๖/ว', 210, 330], ['๓๒๓๓', 345, 420, 70]]);
    const body = line('ตามหนังสือ ที่ กท ๕๓๐๑/๖๒๗๖ ลงวันที่ ๗ กันยายน', [['ตามหนังสือ', 100, 300], ['ลงวันที่', 600, 700], ['๗', 720, 735, 40], ['กันยายน', 760, 900]]);
    expect(findFieldSlots([typed, body], ['ที่ มท ๐๘๑๙.๖/ว ๓๒๓๓', body.text], [])).toEqual([]);
    const speck = line('ที ลป ๕๑๑๑๓/๕๕ +', [['ที', 100, 140], ['ลป', 160, 200], ['๕๑๑๑๓/', 210, 330], ['๕๕', 345, 380, 70], ['+', 450, 460, 20]]);
    expect(findFieldSlots([speck], ['ที ลป ๘๑๑๑๗/๘๕ +'], [])).toEqual([]);
  });

  it('finds a number stamped across a blank when Tesseract lost the printed slash ("030751 )104")', () => {
    // The re-read text shows the prefix ("0307.5/"); the stamped 2183 stands a blank away from it.
    const stamped = line('ที่ มท 030751 )104', [['ที่', 245, 281], ['มท', 298, 328], ['030751', 334, 430, 30], [')104', 523, 607, 66]], 267, 322);
    const slots = findFieldSlots([stamped], ['ที่ มท 0307.5/1 .101'], []);
    expect(slots).toMatchObject([{ kind: 'reference-number', ink: 'black' }]);
    expect(slots[0]?.region.left).toBeGreaterThan(400);
    // A number typed right after the lost slash is print: no blank before it.
    const typed = line('ที่ มท 030751 2183', [['ที่', 245, 281], ['มท', 298, 328], ['030751', 334, 430, 30], ['2183', 445, 520, 60]], 267, 322);
    expect(findFieldSlots([typed], ['ที่ มท 0307.5/2183'], [])).toEqual([]);
    // Tesseract lost the slash inside one word with the typed number ("สธ๐๒๐๓๒๒๐"), and a speck a
    // blank away read "7": the re-read text shows the number typed right after the slash.
    const speck = line('ที่ สธ๐๒๐๓๒๒๐ 7 วันที่ ๐๕ตุลาคม ๒๕๐๕', [['ที่', 236, 290], ['สธ๐๒๐๓๒๒๐', 300, 560, 55], ['7', 700, 712, 20], ['วันที่', 840, 960], ['๐๕ตุลาคม', 980, 1150], ['๒๕๐๕', 1170, 1295]], 430, 495);
    expect(findFieldSlots([speck], ['ที่ สธ๐๒๐.๒/๒๐ ๒ วันที่ ๐๕ตุลาคม ๒๕๖๗'], []).filter((s) => s.kind === 'reference-number')).toEqual([]);
    // A slash Tesseract did read, the unit's digits misread as letters: the blank before the
    // address on the row is no field, and the typed number stays.
    // (Tesseract gave this line a word per letter.)
    const external = line('ที่ พล ฒว๕ฒ๐/ว ๕๕๕ องค์การ', [['ที่', 242, 290], ['พล', 304, 342], ['ฒว๕ฒ๐/ว', 362, 522], ['๕๕๕', 552, 608], ['อ', 688, 698], ['ง', 698, 722], ['ค์', 722, 762], ['ก', 768, 784], ['า', 792, 806], ['ร', 812, 826]], 436, 494);
    expect(findFieldSlots([external], ['ที่ พล ๗๖๘๗๐/ว ๔๕๘ องค์การ'], [])).toEqual([]);
  });

  it('leaves a printed circular number alone when Tesseract read its ว as a look-alike letter ("/ จ ๑๙๓๒")', () => {
    const typed = line('ที่ สฏ๐๐๑๕.๓ / จ ๑๕๓๒', [['ที่', 100, 140], ['สฏ๐๐๑๕.๓', 160, 330], ['/', 340, 350], ['จ', 365, 385, 91], ['๑๕๓๒', 400, 480, 95]]);
    expect(findFieldSlots([typed], ['ที่ สฎ๐๐๑๗.๓ / จ ๑๙๓๒'], [])).toEqual([]);
  });
});

describe('findFieldSlots: a number typed on after the slash', () => {
  it('leaves a number typed right after the slash alone, however Tesseract misread its digits ("/๕ฒ๓ต")', () => {
    const typed = line('ที่ อบ ๐๓๒๕.๓/๕ฒ๓ต', [['ที่', 298, 353], ['อบ', 369, 415], ['๐๓๒๕.๓/', 436, 606], ['๕', 612, 632, 92], ['ฒ', 646, 670, 89], ['๓', 677, 689, 61], ['ต', 689, 713, 89]], 460, 513);
    expect(findFieldSlots([typed], ['ที่ อบ ๐๓๒๘.๓/๔๗ต'], [])).toEqual([]);
  });

  it('still takes for a filled field an unsure sign a blank after the slash, or a faint one right after it', () => {
    const pen = line('ที่ กท ๐๕๐๒/ 7', [['ที่', 197, 244], ['กท', 253, 295], ['๐๕๐๒/', 308, 391], ['7', 415, 417, 27]], 386, 453);
    expect(findFieldSlots([pen], ['ที่ กท ๐๔๐๖/ 7'], [])).toMatchObject([{ kind: 'reference-number', ink: 'black' }]);
    const faint = line('ที่ กท ๐๕๐๒/ห0', [['ที่', 197, 244], ['กท', 253, 295], ['๐๕๐๒/', 308, 391], ['ห0', 395, 440, 30]], 386, 453);
    expect(findFieldSlots([faint], ['ที่ กท ๐๔๐๖/ห0'], [])).toMatchObject([{ kind: 'reference-number', ink: 'black' }]);
  });
});

describe('findFieldSlots: a typed number OCR read unsurely', () => {
  it('ends the number at the memo\'s วันที่ whose ว Tesseract read as จ: the digits before it are print', () => {
    const memo = line('ที่ มท 0819.6/ว3233 . จันที่ 13 กค.2566', [
      ['ที่', 100, 140], ['มท', 160, 200], ['0819.6/ว', 210, 530], ['3233', 540, 640, 19], ['.', 646, 650, 19], ['จ', 867, 885, 78], ['ันที่', 886, 960], ['13', 980, 1010], ['กค.2566', 1030, 1200],
    ]);
    expect(findFieldSlots([memo], [memo.text], [])).toEqual([]);
    expect(fillField(memo.text, 'reference-number', '3233')).toBe('ที่ มท 0819.6/ว 3233 จันที่ 13 กค.2566');
  });

  it('ends a printed running number at the word ลงวันที่ of a citation line, never inside it (the number was taken with "ลง" for a pen field and lost)', () => {
    const citation = line('ที มท ๐๕๐๕.9/ว ๕๒๕ ลงวันที.๕ กุมภาพันธ์ ๒๕๒๐ฒ', [
      ['ที', 100, 130], ['มท', 150, 200], ['๐๕๐๕.9/ว', 230, 420], ['๕๒๕', 440, 530, 45], ['ลงวันที.๕', 550, 740, 60], ['กุมภาพันธ์', 760, 980], ['๒๕๒๐ฒ', 1000, 1100],
    ]);
    expect(findFieldSlots([citation], ['ที มท ๐๘๐๔.๖/ว ๕๖๙ ลงวันที.๕ กุมภาพันธ์ ๒๕๖๗'], [])).toEqual([]);
  });

  it('takes a speck between the slash and the circular mark for part of the printed prefix ("/|ว11", "/1ว๕๕๕")', () => {
    const typed = line('ที่สน74470/|ว11', [['ที่สน74470/|ว', 100, 510], ['11', 528, 560, 68]]);
    expect(findFieldSlots([typed], [typed.text], [])).toEqual([]);
    const barAsOne = line('ที่อบอ๐๓๓๕ /1ว๕๕๕', [['ที่อบอ๐๓๓๕', 100, 400], ['/1', 410, 448], ['ว', 461, 476, 90], ['๕', 481, 499, 96], ['๕', 502, 522, 96], ['๕', 527, 544, 96]]);
    expect(findFieldSlots([barAsOne], ['ที่อบ๐๓๓๘ /1ว๔๘๕'], [])).toEqual([]);
  });

  it('leaves a printed day alone whose date line has a speck read as letters before it ("ที ๑๘ ก.พ. ๒๕๖๘")', () => {
    const date = line('ที ๑๕ ก.ุพ. ๒๕๒๕', [['ท', 495, 524, 93], ['ี', 514, 540, 75], ['๑', 558, 573, 96], ['๕', 583, 603, 96], ['ก.ุพ.', 627, 700], ['๒๕๒๕', 720, 800]]);
    expect(findFieldSlots([date], ['ที ๑๘ ก.ุพ. ๒๕๖๘'], [])).toEqual([]);
  });
});

describe('findFieldSlots beside an external letter\'s address', () => {
  const address = 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด';

  it('ends the running number where the address printed on its row begins', () => {
    const typed = line(`ที่ ชร 0894/ว709 ${address}`, [['ที่', 100, 140], ['ชร', 160, 200], ['0894/ว709', 210, 400, 60], [address, 560, 1400]]);
    expect(findFieldSlots([typed], [typed.text], [])).toEqual([]);
    const scrawl = line(`ที่ ชร 0894/ว ห0 ${address}`, [['ที่', 100, 140], ['ชร', 160, 200], ['0894/ว', 210, 330], ['ห0', 345, 420, 30], [address, 560, 1400]]);
    const [slot] = findFieldSlots([scrawl], [scrawl.text], []);
    expect(slot?.region.right).toBe(559);
    expect(fillField(scrawl.text, 'reference-number', '709')).toBe(`ที่ ชร 0894/ว 709 ${address}`);
  });

  it('ends a printed running number where the address glued to it begins (Tesseract left no space: "943สำนักงาน...")', () => {
    const glued = `ที่ สน 0832/ว 943${address}`;
    const letters = [...address].map((char, k): [string, number, number, number] => [char, 420 + 20 * k, 438 + 20 * k, 93]);
    const typed = line(glued, [['ที่', 100, 140], ['สน', 160, 200], ['0832/ว', 210, 330], ['943', 345, 410, 91], ...letters]);
    expect(findFieldSlots([typed], [glued], [])).toEqual([]);
  });
});

describe('fillField', () => {
  it('puts the reading in place of what stood in the field, keeping the rest of the line', () => {
    expect(fillField('ที่ กท ๐๔๐๖/ ห0 วันที่ (๒ฟู่ กันยายน ๒๕๕๘', 'reference-number', '๖๕๕๐')).toBe('ที่ กท ๐๔๐๖/ ๖๕๕๐ วันที่ (๒ฟู่ กันยายน ๒๕๕๘');
    expect(fillField('ที่ กท ๐๔๐๖/ วันที่ (๒ฟู่ กันยายน ๒๕๕๘', 'date-day')).toBe('ที่ กท ๐๔๐๖/ วันที่ กันยายน ๒๕๕๘');
    expect(fillField('วันที่ 7 พ.ค. ๖๗', 'date-day', '๓')).toBe('วันที่ ๓ พ.ค. ๖๗');
  });
});

describe('findFieldSlots in a closing', () => {
  it('finds the day written after ณ วันที่ of a notice, never after ลงวันที่', () => {
    const closing = line('ประกาศ ณ วันที่ กันยายน พ.ศ. ๒๕๕๖', [['ประกาศ', 100, 260], ['ณ', 280, 300], ['วันที่', 320, 400], ['กันยายน', 520, 640], ['พ.ศ.', 660, 720], ['๒๕๕๖', 740, 820]]);
    const pen = line('๖', [['๖', 440, 470, 30]], 98, 142);
    expect(findFieldSlots([closing], [closing.text], [pen])).toMatchObject([{ kind: 'date-day', ink: 'colour' }]);
    const cited = line('ตามหนังสือ ลงวันที่ กันยายน ๒๕๕๖', [['ตามหนังสือ', 100, 260], ['ลงวันที่', 280, 400], ['กันยายน', 520, 640], ['๒๕๕๖', 740, 820]]);
    expect(findFieldSlots([cited], [cited.text], [pen])).toEqual([]);
  });

  it('takes a digit of the other script than the printed line for a pen day read with the print', () => {
    const text = 'ประกาศ ณ วันที่ 2 กันยายน พ.ศ. ๒๕๕๖';
    const closing = line(text, [['ประกาศ', 100, 260], ['ณ', 280, 300], ['วันที่', 320, 400], ['2', 440, 470, 92], ['กันยายน', 520, 640], ['พ.ศ.', 660, 720], ['๒๕๕๖', 740, 820]]);
    expect(findFieldSlots([closing], [text], [])).toMatchObject([{ kind: 'date-day', ink: 'black' }]);
    const typed = text.replace('2', '๖');
    expect(findFieldSlots([line(typed, [['ประกาศ', 100, 260], ['ณ', 280, 300], ['วันที่', 320, 400], ['๖', 440, 470, 92], ['กันยายน', 520, 640], ['พ.ศ.', 660, 720], ['๒๕๕๖', 740, 820]])], [typed], [])).toEqual([]);
  });
});

describe('findFieldSlots on a form that prints เดือน before the month', () => {
  // A minutes' heading "วันที่ 11 เดือน กุมภาพันธ์ พ.ศ. 2550": the day ends at the month's label.
  const words = (day: [string, number, number, number?][]): Array<[string, number, number, number?]> => [
    ['วันที่', 320, 400], ...day, ['เดือน', 560, 640], ['กุมภาพันธ์', 680, 820], ['พ.ศ.', 860, 920], ['2550', 940, 1020],
  ];
  it('leaves a printed day alone though the label เดือน stands between it and the month', () => {
    const text = 'วันที่ 11 เดือน กุมภาพันธ์ พ.ศ. 2550';
    expect(findFieldSlots([line(text, words([['11', 450, 490, 91]]))], [text], [])).toEqual([]);
  });

  it('ends a filled day\'s field at เดือน, and puts the reading before the label', () => {
    const text = 'วันที่ 2ธ เดือน กุมภาพันธ์ พ.ศ. 2550';
    const slots = findFieldSlots([line(text, words([['2ธ', 450, 490, 30]]))], [text], []);
    expect(slots).toMatchObject([{ kind: 'date-day', ink: 'black' }]);
    expect(slots[0]?.region.right).toBe(559);
    expect(fillField(text, 'date-day', '26')).toBe('วันที่ 26 เดือน กุมภาพันธ์ พ.ศ. 2550');
  });
});

describe('findFieldSlots on a row the layout cut in two', () => {
  it('finds the day between วันที่ and the month opening the next piece, and joins them', () => {
    const label = line('วันที่', [['วันที่', 700, 780]]);
    const month = line('ก.ย. ๕๘', [['ก.ย.', 900, 960], ['๕๘', 980, 1020]]);
    const slots = findFieldSlots([label, month], [label.text, month.text], [line('๒๔', [['๒๔', 800, 860, 40]], 98, 142)]);
    expect(slots).toMatchObject([{ kind: 'date-day', line: 0, joins: 1, pieces: [0] }]);
  });
});

describe('findFieldSlots on the date line of an external letter (no label)', () => {
  const dateLine = (text: string, words: Array<[string, number, number, number?]>) => line(text, words, 300, 340);

  it('finds a day written in pen before the printed month and year', () => {
    const printed = dateLine('กันยายน 2546', [['กันยายน', 900, 1010], ['2546', 1060, 1130]]);
    const pen = line('17', [['17', 820, 860, 45]], 298, 342);
    const [slot] = findFieldSlots([printed], [printed.text], [pen]);
    expect(slot).toMatchObject({ kind: 'date-day', ink: 'colour', pieces: [0] });
    expect(slot?.region.right).toBe(899);
  });

  it('takes in a pen piece standing taller than the print, at most a line height beyond the line', () => {
    const printed = dateLine('กันยายน 2546', [['กันยายน', 900, 1010], ['2546', 1060, 1130]]);
    const tall = line('17', [['17', 800, 860, 45]], 270, 350);
    // The line is 41 px high: the field was looked for from 284 to 352.
    expect(findFieldSlots([printed], [printed.text], [tall])[0]?.region).toMatchObject({ top: 270, bottom: 352 });
    const huge = line('17', [['17', 800, 860, 45]], 200, 420);
    expect(findFieldSlots([printed], [printed.text], [huge])[0]?.region).toMatchObject({ top: 284 - 41, bottom: 352 + 41 });
  });

  it('takes black ink Tesseract made letters of before the month for a filled day', () => {
    const scrawl = dateLine('า3 กันยายน 2546', [['า3', 820, 860, 30], ['กันยายน', 900, 1010], ['2546', 1060, 1130]]);
    expect(findFieldSlots([scrawl], [scrawl.text], [])).toMatchObject([{ kind: 'date-day', ink: 'black' }]);
  });

  it('leaves a printed date alone, and a line of text that wraps before a month', () => {
    const typed = dateLine('๒ ธันวาคม ๒๕๖๗', [['๒', 850, 870, 93], ['ธันวาคม', 900, 1010], ['๒๕๖๗', 1060, 1130]]);
    expect(findFieldSlots([typed], [typed.text], [])).toEqual([]);
    const wrapped = dateLine('กันยายน ๒๕๕๖ เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย', [['กันยายน', 100, 210], ['๒๕๕๖', 230, 300], ['เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย', 320, 1200]]);
    expect(findFieldSlots([wrapped], [wrapped.text], [line('๑๒', [['๑๒', 20, 60, 40]], 298, 342)])).toEqual([]);
  });

  it('puts the reading before the month, in place of what Tesseract made of the day', () => {
    expect(fillField('า3 กันยายน 2546', 'date-day', '17')).toBe('17 กันยายน 2546');
    expect(fillField('กันยายน 2546', 'date-day', '17')).toBe('17 กันยายน 2546');
    expect(fillField('า3 กันยายน 2546', 'date-day')).toBe('กันยายน 2546');
  });
});

describe('fieldImage', () => {
  it('crops whole pixels from a region with fractional edges (a fractional crop made the digit reader loop)', () => {
    const page = { data: Buffer.alloc(100 * 50, 255), width: 100, height: 50, dpi: 200 };
    const image = fieldImage(page, { left: 10.6, right: 40.2, top: 5.5, bottom: 20.4 });
    expect(image).toMatchObject({ width: 30, height: 15 });
    expect(image.data.length).toBe(30 * 15);
  });
});

describe('fieldReading', () => {
  it('keeps a sure reading that can be the field, and makes a day no month has unread (never a guess)', () => {
    const sure = (text: string) => ({ text, confidence: 0.9, unread: false });
    expect(fieldReading('date-day', sure('๒๔'))).toEqual(sure('๒๔'));
    expect(fieldReading('reference-number', sure('97'))).toEqual(sure('97'));
    expect(fieldReading('date-day', sure('97'))).toEqual({ text: '', confidence: 0.9, unread: true });
    expect(fieldReading('date-day', sure('0'))).toMatchObject({ unread: true });
  });
});
