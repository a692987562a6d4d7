import { describe, expect, it } from 'vitest';
import { compareReadings } from './digit-confusions.js';
import { looseDate, looseReference } from './partial-readings.js';
import { reprintDate, reprintMonth, reprintReference } from './printed-text.js';
import { placeNameShown } from './agency-names.js';
import { restoreLostDot, shapeProblem, withMisreadLeadingZero, withoutDoubledDigit, withoutGainedDot, withoutSpeckDigit } from './unit-shape.js';

describe('compareReadings', () => {
  it('counts look-alike digits and lost dots as half a misread, and names each change', () => {
    expect(compareReadings('มท 0812/ว 429', 'มท 0816/ว 429')).toEqual({ distance: 0.5, changes: ['2→6 (look-alike digits)'] });
    expect(compareReadings('ลป 00175/ว 1', 'ลป 0017.5/ว 1')).toEqual({ distance: 0.5, changes: ['a dot lost'] });
    expect(compareReadings('กจ 0348.1/67', 'กจ 0348.1/667').distance).toBe(1);
    expect(compareReadings('กค 0203.1/2500', 'กค 0203.1/250').changes).toEqual(['0 too many']);
    expect(compareReadings('มท 0804.6/ว 569', 'มท 0804.6/ว 569').distance).toBe(0);
  });
});

describe('shapeProblem', () => {
  it('accepts the shapes of ministry, province, district and local numbers', () => {
    for (const [agencyCode, unit, number] of [['มท', '0804.6', '569'], ['ศธ', '04056.12', '45'], ['พร', '0023.4', '79'], ['กจ', '0348.1', '667'], ['อบ', '79735', '352'], ['อว', '0603.07.04', '1734']]) {
      expect(shapeProblem({ agencyCode: agencyCode!, unit: unit!, number: number! }), `${agencyCode} ${unit}`).toBeNull();
    }
  });

  it('names what is wrong with a block that lost or gained a digit, or a number with a leading zero', () => {
    expect(shapeProblem({ agencyCode: 'มท', unit: '041', number: '5' })).toMatch(/office block 041/);
    expect(shapeProblem({ agencyCode: 'ลป', unit: '00175', number: '5' })).toMatch(/office block/);
    expect(shapeProblem({ agencyCode: 'มท', unit: '0804.6', number: '0569' })).toMatch(/running number/);
    expect(shapeProblem({ agencyCode: 'ฆท', unit: '1', number: '1' })).toBeNull();
  });

  it('names a circular\'s running number of five digits, which circulars numbered afresh each year never reach', () => {
    expect(shapeProblem({ agencyCode: 'มท', unit: '0804.4', number: '35477', circular: true })).toMatch(/running number/);
    expect(shapeProblem({ agencyCode: 'มท', unit: '0804.4', number: '3477', circular: true })).toBeNull();
    expect(shapeProblem({ agencyCode: 'มท', unit: '0804.4', number: '35477' })).toBeNull();
  });

  it('gives a province block of five digits starting with 0 its dot back, and nothing else', () => {
    expect(restoreLostDot({ agencyCode: 'ลป', unit: '00175', number: '1' })).toBe('0017.5');
    expect(restoreLostDot({ agencyCode: 'อบ', unit: '79735', number: '1' })).toBeNull();
    expect(restoreLostDot({ agencyCode: 'ศธ', unit: '04056', number: '1' })).toBeNull();
    // A sub-block after a block that read a digit twice: no dot was lost.
    expect(restoreLostDot({ agencyCode: 'สฎ', unit: '00017.3', number: '1932' })).toBeNull();
    expect(restoreLostDot({ agencyCode: 'พร', unit: '00235.6', number: '1' })).toBe('0023.5.6');
  });

  it('takes out a digit OCR read twice in a province block of five digits with a sub-block after it, where one block results', () => {
    expect(withoutDoubledDigit({ agencyCode: 'สฎ', unit: '00233.6', number: '1' })).toBe('0023.6');
    expect(withoutDoubledDigit({ agencyCode: 'สฎ', unit: '00017.3', number: '1932' })).toBe('0017.3');
    expect(withoutDoubledDigit({ agencyCode: 'ลป', unit: '01234.5', number: '1' })).toBeNull();
    expect(withoutDoubledDigit({ agencyCode: 'ลป', unit: '00233', number: '1' })).toBeNull();
    // A speck before a provincial office's block read as a digit (the tail of ฎ as ๑ or ๙).
    expect(withoutSpeckDigit({ agencyCode: 'สฎ', unit: '90017.3', number: '1932' })).toBe('0017.3');
    expect(withoutSpeckDigit({ agencyCode: 'สฎ', unit: '10017.3', number: '1932' })).toBe('0017.3');
    expect(withoutSpeckDigit({ agencyCode: 'อบ', unit: '79735', number: '352' })).toBeNull();
    // A ministry's office block always opens with 0: a digit before one is a speck (the tail of ธ read as 5).
    expect(withoutSpeckDigit({ agencyCode: 'สธ', unit: '50203.2', number: '20' })).toBe('0203.2');
    expect(withoutSpeckDigit({ agencyCode: 'มท', unit: '90804', number: '1' })).toBe('0804');
    expect(withoutSpeckDigit({ agencyCode: 'ศธ', unit: '54010', number: '1' })).toBeNull();
    expect(withoutSpeckDigit({ agencyCode: 'ศธ', unit: '04010', number: '1' })).toBeNull();
  });

  it('reads a ministry\'s four-digit office block not opening with 0 as one whose 0 OCR misread', () => {
    expect(withMisreadLeadingZero({ agencyCode: 'มท', unit: '2226.2', number: '20' })).toBe('0226.2');
    expect(withMisreadLeadingZero({ agencyCode: 'มท', unit: '0226.2', number: '20' })).toBeNull();
    expect(withMisreadLeadingZero({ agencyCode: 'มท', unit: '22262', number: '20' })).toBeNull();
    // A province's four digits may be a local body's five with one lost: nothing is sure.
    expect(withMisreadLeadingZero({ agencyCode: 'ชร', unit: '7259', number: '75' })).toBeNull();
  });

  it('joins an office block no agency has to the block after it when that alone gives it its shape', () => {
    expect(withoutGainedDot({ agencyCode: 'พร', unit: '002.3.4', number: '79' })).toBe('0023.4');
    expect(withoutGainedDot({ agencyCode: 'มท', unit: '081.6', number: '429' })).toBe('0816');
    expect(withoutGainedDot({ agencyCode: 'มท', unit: '0816.6', number: '429' })).toBeNull();
    expect(withoutGainedDot({ agencyCode: 'มท', unit: '081.66', number: '429' })).toBeNull();
    expect(withoutGainedDot({ agencyCode: 'ฆท', unit: '081.6', number: '429' })).toBeNull();
    expect(withoutGainedDot({ agencyCode: 'กจ', unit: '715.17', number: '475' })).toBe('71517');
    expect(withoutGainedDot({ agencyCode: 'กจ', unit: '0017.2', number: '475' })).toBeNull();
  });
});

describe('loose readings of damaged copies', () => {
  it('reads a number whose sub-unit digit was lost, and a date whose year was cut short', () => {
    expect(looseReference('ดศ ๐๒๐๔./ว๑๙๗ วันที่')).toEqual({ reading: 'ดศ 0204.?/ว 197', raw: 'ดศ ๐๒๐๔./ว๑๙๗' });
    // The sub-block's digit and the slash read as one letter before ว: an unknown digit.
    expect(looseReference('ที่ซร ๐๐๒๕.เว ๔๖๘ ลง')).toEqual({ reading: 'ซร 0025.?/ว 468', raw: 'ซร ๐๐๒๕.เว ๔๖๘' });
    expect(looseReference('ที่ชร ๐๐๒๕เว ๔๖๘ ลง')).toBeNull();
    // ...or as a second dot ("๐๘๑๐..ว").
    expect(looseReference('ที่มท ๐๘๑๐..ว ๒๓๖๕')).toEqual({ reading: 'มท 0810.?/ว 2365', raw: 'มท ๐๘๑๐..ว ๒๓๖๕' });
    expect(looseReference('ที่มท ๐๘๑๐.ว ๒๓๖๕')).toBeNull();
    // ...or the digit as a letter and the slash as a dot ("๐๐๑๗.เ.ว").
    expect(looseReference('ที่ซบ ๐๐๑๗.เ.ว๑๙๑๗')).toEqual({ reading: 'ซบ 0017.?/ว 1917', raw: 'ซบ ๐๐๑๗.เ.ว๑๙๑๗' });
    expect(looseDate('๑๓ มกราคม ๒๐๕')).toEqual({ day: 13, month: 1, year: null, raw: '๑๓ มกราคม ๒๐๕', yearDigits: '205' });
    expect(looseDate('ลงวันที่ ๕ ก.พ. ๒๕๖๗')).toMatchObject({ day: 5, month: 2, year: 2024 });
    expect(looseReference('ศาลากลางจังหวัดแพร่')).toBeNull();
    expect(looseReference('ที่ พล ๐๓ฒ๔.๑/ว ๗ต๙')?.reading).toBe('พล 03?4.1/ว 7?9');
    expect(looseReference('ที่ มท ฒฒฒฒ/ฒ๑')).toBeNull();
    // A leading vowel for a digit, as a consonant is ("๐0เ๗" for ๐๐๐๗).
    expect(looseReference('ที่ อบ ๐0เ๗.๓/ว ๑๒๙๗')?.reading).toBe('อบ 00?7.3/ว 1297');
    // A sub-block's digit read as a sign no number prints ("๐๐๑๗.%/").
    expect(looseReference('ที่ กจ ๐๐๑๗.%/ว ๑๐๖๑ ลงวันที่')?.reading).toBe('กจ 0017.?/ว 1061');
    expect(looseDate('๑๓ มกราคม ๒๕วฒ')).toEqual({ day: 13, month: 1, year: null, raw: '๑๓ มกราคม ๒๕วฒ', yearDigits: '25?7' });
  });

  it('keeps what is left of an unreadable year: digits, a twin letter as its digit, another letter as unknown', () => {
    expect(looseDate('๒๐ ก.พ. ๗')).toMatchObject({ day: 20, month: 2, year: null, yearDigits: '7' });
    expect(looseDate('๑๑ มี.ค.วฒ')).toMatchObject({ day: 11, month: 3, year: null, yearDigits: '?7' });
    expect(looseDate('22กค.268')).toMatchObject({ day: 22, month: 7, year: null, yearDigits: '268' });
    expect(looseDate('๕ มีนาคม')?.yearDigits).toBeUndefined();
    expect(looseDate('๕ มีนาคม ตาม')?.yearDigits).toBeUndefined();
    // No digit read, but two or four signs where the year stands.
    expect(looseDate('๒๐ ก.พ.อญ')).toMatchObject({ day: 20, month: 2, year: null, yearDigits: '??' });
    expect(looseDate('๒๐ ก.พ.ญ')?.yearDigits).toBeUndefined();
    expect(looseDate('๑๗ เม.ย.วงฯฒ')).toMatchObject({ day: 17, month: 4, year: null, yearDigits: '???7' });
    // Four digits no era has: each of them misread.
    expect(looseDate('๑๖ ก.ค. ๓๕๒๐')).toMatchObject({ day: 16, month: 7, year: null, yearDigits: '????' });
    expect(looseDate('๕ มีนาคม ๒๕ ให้')?.yearDigits).toBeUndefined();
  });
});

describe('reprinting a corrected reading', () => {
  it('respells a look-alike month abbreviation letter for letter, dots and spacing kept', () => {
    expect(reprintMonth('๒๖ ส.ค. ๒๕๖๖', 8, 12)).toBe('๒๖ ธ.ค. ๒๕๖๖');
    expect(reprintMonth('1 ม. ค. 67', 1, 7)).toBe('1 ก. ค. 67');
    expect(reprintMonth('๒๖ สิงหาคม ๒๕๖๖', 8, 12)).toBe('๒๖ สิงหาคม ๒๕๖๖');
  });

  it('keeps the printed digits, spaces and ว of the copy', () => {
    expect(reprintReference('พน ๐๙๐๕./ว ๓๐๔๘', 'พน 0905.3/ว 3048')).toBe('พน ๐๙๐๕.๓/ว ๓๐๔๘');
    expect(reprintReference('กจ ๐๓๔๘.๑/๖๗', 'กจ 0348.1/667')).toBe('กจ ๐๓๔๘.๑/๖๖๗');
    expect(reprintReference('มท 0816/ว529', 'มท 0816/ว 429')).toBe('มท 0816/ว429');
    // A speck taken out between a letter and a digit stood in the gap print sets there; between digits, in none.
    expect(reprintReference('มท๐๖๑๗.๕/ว่๑๒๕๙', 'มท 0617.5/ว 1259')).toBe('มท๐๖๑๗.๕/ว ๑๒๕๙');
    expect(reprintReference('ศธ.04010/ว 1809', 'ศธ 04010/ว 1809')).toBe('ศธ 04010/ว 1809');
    expect(reprintReference('มท 0808..7/ว 2366', 'มท 0808.7/ว 2366')).toBe('มท 0808.7/ว 2366');
    expect(reprintReference('อบ ๐๓๒๘.๓/ว๑๒.๕๙', 'อบ 0328.3/ว 1259')).toBe('อบ ๐๓๒๘.๓/ว๑๒๕๙');
    // Nor does print set a space inside a running number (a narrow 1 OCR read apart).
    expect(reprintReference('ทส 0304.2/1 210', 'ทส 0304.2/1210')).toBe('ทส 0304.2/1210');
    expect(reprintReference('มท 0816/ว 1 268', 'มท 0816/ว 1268')).toBe('มท 0816/ว 1268');
    // Nor after the slash: a speck taken out there takes OCR's spaces around it along ("/\n1 ว1022", a number wrapped to the next line).
    expect(reprintReference('พม 0605.4/ 1 ว1022', 'พม 0605.4/ว 1022')).toBe('พม 0605.4/ว1022');
    expect(reprintReference('พร 0023.4/7ว 79', 'พร 0023.4/ว 79')).toBe('พร 0023.4/ว 79');
    // A mark misread with a speck on it keeps the space after it.
    expect(reprintReference('มท0617.5/จู 1259', 'มท 0617.5/ว 1259')).toBe('มท0617.5/ว 1259');
  });

  it('rewrites a date’s day and year in the form printed', () => {
    expect(reprintDate('๑๘ มกราคม ๒๕๖๘', { day: 13, month: 1, year: 2025 })).toBe('๑๓ มกราคม ๒๕๖๘');
    expect(reprintDate('18 ม.ค. 67', { day: 3, month: 1, year: 2025 })).toBe('3 ม.ค. 68');
    expect(reprintDate('06/01/2520', { day: 6, month: 1, year: 2025 })).toBe('06/01/2568');
  });
});

describe('places a citation names, given back from its number\'s code', () => {
  it('gives back a province or district name OCR garbled, from the province the code is', () => {
    expect(placeNameShown('สำเนาหนังสือจังหวัดสตูลนคร ด่วนที่สุด ที่ สน', 'สน')).toEqual({ before: 'จังหวัดสตูลนคร', after: 'จังหวัดสกลนคร' });
    expect(placeNameShown('สำเนาหนังสืออำเภอทุ่าม่วง ด่วนมาก ที่ กจ', 'กจ')).toEqual({ before: 'อำเภอทุ่าม่วง', after: 'อำเภอท่าม่วง' });
    expect(placeNameShown('สำเนาหนังสืออำเภอทองผ้าภูมิ ด่วนที่สุด ที่ กจ', 'กจ')).toEqual({ before: 'อำเภอทองผ้าภูมิ', after: 'อำเภอทองผาภูมิ' });
    // A long district name two slips off (a look-alike letter and a speck read as a tone mark)...
    expect(placeNameShown('สำเนาหนังสืออำเภอเชียงช่อง ด่วนที่สุด ที่ ชร', 'ชร')).toEqual({ before: 'อำเภอเชียงช่อง', after: 'อำเภอเชียงของ' });
    // ...but not a short one: two slips make another name of a few letters.
    expect(placeNameShown('สำเนาหนังสืออำเภอผาบ ที่ ชร', 'ชร')).toBeNull();
  });

  it('keeps a name that is a place, one too far from the code\'s, and a code that is no province\'s', () => {
    expect(placeNameShown('สำเนาหนังสือจังหวัดสตูล ที่ สน', 'สน')).toBeNull();
    expect(placeNameShown('สำเนาหนังสือจังหวัดสกลนครด่วนที่สุด ที่ สน', 'สน')).toBeNull();
    expect(placeNameShown('สำเนาหนังสือจังหวัดเชียงราย ที่ สน', 'สน')).toBeNull();
    expect(placeNameShown('สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท', 'มท')).toBeNull();
  });
});
