import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toThaiDigits } from '../thai/index.js';
import { THAI_MONTHS } from './months.js';
import { findDates, parseThaiDate } from './thai-date.js';

describe('parseThaiDate: forms seen in letters', () => {
  it.each([
    ['๒๐ กุมภาพันธ์ ๒๕๖๗', '2024-02-20', 2567],
    ['๑๐ ก.พ. ๒๕๖๗', '2024-02-10', 2567],
    ['๓ พ.ค. ๖๗', '2024-05-03', 2567],
    ['๓๑ ม.ค.๖๓', '2020-01-31', 2563],
    ['๑๐ มกราคม พ.ศ. ๒๕๖๗', '2024-01-10', 2567],
    ['๕ กุมภาพันธ์ พุทธศักราช ๒๕๖๗', '2024-02-05', 2567],
    ['3 ม.ค. 2567', '2024-01-03', 2567],
    ['๑๐ ก. พ. ๒๕๖๗', '2024-02-10', 2567],
    ['๑๐ ก .พ. ๒๕๖๗', '2024-02-10', 2567],
    ['๒๗ พฤษจิกายน ๒๕๖๗', '2024-11-27', 2567],
    ['๓o มีนาคม ๒๕๖๗', '2024-03-30', 2567],
    ['๑๐ กุมภาพันธ์พ.ศ.๒๕๖๗', '2024-02-10', 2567],
    ['ลงวันที่ ๕ กุมภาพันธ์ ๒๕๖๗', '2024-02-05', 2567],
    ['สั่ง ณ วันที่ ๕ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๗', '2024-02-05', 2567],
    ['๕ กุมภา พันธ์ ๒๕๖๗', '2024-02-05', 2567],
    ['๒๗ พฤศจิ กายน ๒๕๖๗', '2024-11-27', 2567],
    ['๕ มีนาคม พ.ศ. ๒๕๖๗', '2024-03-05', 2567],
    ['๕ มกรา ๖๗', '2024-01-05', 2567],
    ['25 กย 58', '2015-09-25', 2558],
    ['๓ พค. ๖๗', '2024-05-03', 2567],
    ['๓ ก.ค ๖๗', '2024-07-03', 2567],
    ['๒๑ ธ.ค.. ๒๕๖๗', '2024-12-21', 2567],
    ['20 ก.ค. 2546', '2003-07-20', 2546],
  ])('reads "%s" as %s (BE %i)', (raw, iso, buddhistYear) => {
    expect(parseThaiDate(raw)).toEqual({ ok: true, raw, iso, buddhistYear, era: 'BE' });
  });

  it('reads Gregorian years marked ค.ศ. or plainly Gregorian as CE', () => {
    expect(parseThaiDate('๕ มีนาคม ค.ศ. ๒๐๒๔')).toMatchObject({ ok: true, iso: '2024-03-05', buddhistYear: 2567, era: 'CE' });
    expect(parseThaiDate('5 มีนาคม 2024')).toMatchObject({ ok: true, iso: '2024-03-05', era: 'CE' });
    expect(parseThaiDate('5 มี.ค. ค.ศ. 24')).toMatchObject({ ok: true, iso: '2024-03-05', era: 'CE' });
  });

  it('reads 2567 as a Buddhist year even without พ.ศ.', () => {
    expect(parseThaiDate('5 มีนาคม 2567')).toMatchObject({ ok: true, iso: '2024-03-05', era: 'BE' });
  });

  it('rejects years that are neither plausible BE nor CE, and contradictory markers', () => {
    expect(parseThaiDate('5 มีนาคม 2300')).toMatchObject({ ok: false, reason: expect.stringContaining('2300') });
    expect(parseThaiDate('5 มีนาคม พ.ศ. 2024')).toMatchObject({ ok: false });
    expect(parseThaiDate('5 มีนาคม ค.ศ. 2567')).toMatchObject({ ok: false });
  });

  it('takes no two-digit year from a year whose last digits came out as letters', () => {
    expect(parseThaiDate('๑๓ มกราคม ๒๕วฒ').ok).toBe(false);
    expect(parseThaiDate('๑๓ ม.ค. ๖๘ เรื่อง')).toMatchObject({ ok: true, iso: '2025-01-13' });
  });

  it('says why when there is no date at all', () => {
    expect(parseThaiDate('ที่ มท ๐๘๐๔.๖/ว ๕๖๙')).toMatchObject({ ok: false, reason: expect.any(String) });
    expect(parseThaiDate('๕ กุมภาพันธ์')).toMatchObject({ ok: false });
  });
});

describe('parseThaiDate: impossible dates are rejected with a reason, never shifted', () => {
  it.each(['๓๐ ก.พ. ๒๕๖๗', '๓๑ เมษายน ๒๕๖๗', '๐ มกราคม ๒๕๖๗', '๒๙ กุมภาพันธ์ ๒๕๖๖', '๓๒ ธันวาคม ๒๕๖๖'])(
    'rejects "%s"',
    (raw) => {
      const result = parseThaiDate(raw);
      expect(result.ok).toBe(false);
      expect(result).toMatchObject({ reason: expect.stringMatching(/day/) });
    },
  );

  it('accepts 29 February in a Gregorian leap year (2567 = 2024) and in 2000 (BE 2543)', () => {
    expect(parseThaiDate('๒๙ กุมภาพันธ์ ๒๕๖๗')).toMatchObject({ ok: true, iso: '2024-02-29' });
    expect(parseThaiDate('๒๙ ก.พ. ๒๕๔๓')).toMatchObject({ ok: true, iso: '2000-02-29' });
    expect(parseThaiDate('๒๙ ก.พ. ๒๔๘๓')).toMatchObject({ ok: true, iso: '1940-02-29' });
    expect(parseThaiDate('๒๙ ก.พ. ๒๔๔๓')).toMatchObject({ ok: false });
  });
});

describe('parseThaiDate: two-digit years', () => {
  it('reads yy as 25yy by default', () => {
    expect(parseThaiDate('๕ ม.ค. ๖๗')).toMatchObject({ ok: true, iso: '2024-01-05', buddhistYear: 2567 });
    expect(parseThaiDate('๕ ม.ค. ๐๕')).toMatchObject({ ok: true, buddhistYear: 2505 });
  });

  it('picks the century that puts the date closest to the near date', () => {
    expect(parseThaiDate('๕ ม.ค. ๙๘', { near: '1955-06-01' })).toMatchObject({ ok: true, buddhistYear: 2498 });
    expect(parseThaiDate('๕ ม.ค. ๐๒', { near: '2058-12-01' })).toMatchObject({ ok: true, buddhistYear: 2602 });
    expect(parseThaiDate('๕ ม.ค. ๖๗', { near: '2024-02-05' })).toMatchObject({ ok: true, buddhistYear: 2567 });
  });

  it('refuses a near value that is not an ISO date', () => {
    expect(() => parseThaiDate('๕ ม.ค. ๖๗', { near: '5 Feb 2024' })).toThrow(TypeError);
  });
});

describe('findDates', () => {
  it('finds the date of an enclosure line with its offset', () => {
    const text = 'สิ่งที่ส่งมาด้วย สำเนาหนังสือกรม ที่ มท ๐๘๐๔.๖/ว ๕๖๙ ลงวันที่ ๕ กุมภาพันธ์ ๒๕๖๗ จำนวน ๑ ชุด';
    const [found, ...rest] = findDates(text);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ raw: '๕ กุมภาพันธ์ ๒๕๖๗', result: { ok: true, iso: '2024-02-05' } });
    expect(text.slice(found!.index, found!.index + found!.raw.length)).toBe(found!.raw);
  });

  it('finds the date in a receipt stamp but not the receipt number or the time', () => {
    const stamp = 'กรมส่งเสริมการปกครองท้องถิ่น\nเลขรับ 359\nวันที่ 3 ม.ค. 2567\nเวลา 15:14';
    expect(findDates(stamp).map((d) => d.raw)).toEqual(['3 ม.ค. 2567']);
  });

  it('does not read a time after a month as a two-digit year', () => {
    expect(findDates('รับ ๓ ม.ค. ๑๕:๑๔ น.')).toEqual([]);
  });

  it('finds several dates in order, including an impossible one with its reason', () => {
    const found = findDates('ลงวันที่ ๒ มกราคม ๒๕๖๗ และ ๓๐ ก.พ. ๒๕๖๗, รับ ๑๐ ก.พ. ๖๗');
    expect(found.map((d) => d.raw)).toEqual(['๒ มกราคม ๒๕๖๗', '๓๐ ก.พ. ๒๕๖๗', '๑๐ ก.พ. ๖๗']);
    expect(found.map((d) => d.result.ok)).toEqual([true, false, true]);
  });

  it('joins the day of a date stamp whose digits are letter-spaced, on a line of its own or after วันที่', () => {
    expect(parseThaiDate('2 5 กพ 2553')).toMatchObject({ ok: true, iso: '2010-02-25' });
    expect(parseThaiDate('1 0 ก.ค. 2552')).toMatchObject({ ok: true, iso: '2009-07-10' });
    expect(findDates('ที่ มท 0307.5/ 2183\n2 5 ก.พ. 2553').map((d) => d.raw)).toEqual(['2 5 ก.พ. 2553']);
    expect(parseThaiDate('วันที่ ๒ ๔ กันยายน ๒๕๕๘')).toMatchObject({ ok: true, iso: '2015-09-24' });
    expect(parseThaiDate('วันที่ 1 5 ก.พ. 2553 และ')).toMatchObject({ ok: true, iso: '2010-02-15' });
  });

  it('joins a day whose two digits OCR split with a dot, on a line of its own or after วันที่', () => {
    expect(parseThaiDate('1.2เม.ย. 2567')).toMatchObject({ ok: true, iso: '2024-04-12' });
    expect(parseThaiDate('วันที่ 1.2 ธ.ค. 66', { near: '2023-12-01' })).toMatchObject({ ok: true, iso: '2023-12-12' });
    expect(findDates('ที่ มท 0307.5/ 2183\n๑.๙ พฤษภาคม ๒๕๖๘').map((d) => d.raw)).toEqual(['๑.๙ พฤษภาคม ๒๕๖๘']);
    // In running text a clause number is no day split by a dot (nor is its decimal a day).
    expect(findDates('ตามข้อ 1.5 กันยายน 2566')).toEqual([]);
  });

  it('keeps a lone day after another number in running text, and a spaced pair no day can be', () => {
    expect(findDates('ข้อ 2 5 มกราคม 2553').map((d) => d.raw)).toEqual(['5 มกราคม 2553']);
    expect(findDates('จำนวน 2 ฉบับ 5 มกราคม 2553').map((d) => d.raw)).toEqual(['5 มกราคม 2553']);
    expect(parseThaiDate('4 5 มกราคม 2553')).toMatchObject({ ok: true, iso: '2010-01-05' });
  });

  it('reads a message form\'s date-time group as its day, and no group whose hour or minute cannot be', () => {
    expect(parseThaiDate('๑๕๐๘๓๐ พ.ค. ๖๗')).toMatchObject({ ok: true, iso: '2024-05-15' });
    expect(parseThaiDate('312359 ธ.ค. 2566')).toMatchObject({ ok: true, iso: '2023-12-31' });
    expect(findDates('ลง ๐๒๑๔๐๐ มี.ค. ๖๘ ตามที่').map((d) => d.raw)).toEqual(['๐๒๑๔๐๐ มี.ค. ๖๘']);
    expect(findDates('จำนวน ๑๕๒๕๓๐ บาท')).toEqual([]);
    expect(findDates('๑๕๒๕๓๐ พ.ค. ๖๗')).toEqual([]);
    expect(findDates('๑๕๐๘๖๐ พ.ค. ๖๗')).toEqual([]);
    expect(findDates('โทร ๐๒๑๕๐๘๓๐ พ.ค. ๖๗')).toEqual([]);
    expect(parseThaiDate('๓๐๑๒๐๐ ก.พ. ๖๗')).toMatchObject({ ok: false });
  });

  it('reads a dot or comma OCR glued between a full month name and a four-digit year as a speck, never one after an abbreviation\'s own dot', () => {
    expect(findDates('วันที่ 14 กรกฎาคม.2568')[0]?.result).toMatchObject({ ok: true, iso: '2025-07-14' });
    expect(findDates('วันที่ ๑๔ กรกฎาคม, ๒๕๖๘')[0]?.result).toMatchObject({ ok: true, iso: '2025-07-14' });
    // Not before a two-digit number: a sentence that ends at the month and a count after it.
    expect(findDates('ภายในวันที่ ๓๑ มกราคม. ๒๕ คน')).toEqual([]);
  });

  it('finds a date split over two lines', () => {
    expect(findDates('ลงวันที่ ๕\nกุมภาพันธ์ ๒๕๖๗')[0]?.result).toMatchObject({ ok: true, iso: '2024-02-05' });
  });

  it('ignores phone numbers, reference numbers, page markers and stamp noise', () => {
    const text = [
      'โทร. ๐-๒๒๔๑-๙๐๓๖ โทรสาร ๐ ๒๒๒๕ ๕๕๒๑',
      'ที่ มท ๐๒๒๖.๒/๒๐',
      '- ๒ -',
      '#75 ร.ก.พ.๖๕',
      'ปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗)',
      'จำนวน ๑๒ ฉบับ ๒๕๖๗ บาท',
    ].join('\n');
    expect(findDates(text)).toEqual([]);
  });
});

/** One way of writing a date, as letters, stamps and OCR do. */
interface Style {
  /** Abbreviations as printed and as OCR and clerks leave them: stray spaces, dots doubled, lost or left out. */
  month: 'full' | 'abbreviation' | 'short' | 'ก. พ.' | 'ก .พ.' | 'ก . พ .' | 'ก.พ' | 'ก..พ.' | 'กพ.' | 'กพ';
  thaiDigits: boolean;
  /** The year printed in BE (with or without a marker) or in CE (marked ค.ศ. or plain). */
  era: '' | 'พ.ศ. ' | 'พุทธศักราช ' | 'พ. ศ. ' | 'ค.ศ. ' | 'CE without marker';
  twoDigitYear: boolean;
  gap: ' ' | '' | '  ';
}

const style: fc.Arbitrary<Style> = fc.record({
  month: fc.constantFrom('full', 'abbreviation', 'short', 'ก. พ.', 'ก .พ.', 'ก . พ .', 'ก.พ', 'ก..พ.', 'กพ.', 'กพ'),
  thaiDigits: fc.boolean(),
  era: fc.constantFrom('', 'พ.ศ. ', 'พุทธศักราช ', 'พ. ศ. ', 'ค.ศ. ', 'CE without marker'),
  twoDigitYear: fc.boolean(),
  gap: fc.constantFrom(' ', '', '  '),
});

function isCommonEra(s: Style): boolean {
  return s.era === 'ค.ศ. ' || s.era === 'CE without marker';
}

/** Can this date be written in this style? Plain CE years must be 4 digits in 1900–2199. */
function writable(buddhistYear: number, s: Style): boolean {
  if (!isCommonEra(s)) return true;
  const gregorianYear = buddhistYear - 543;
  return gregorianYear >= 1900 && gregorianYear <= 2199 && !(s.era === 'CE without marker' && s.twoDigitYear);
}

function monthText(month: number, kind: Style['month']): string {
  const names = THAI_MONTHS[month - 1]!;
  if (kind === 'full' || kind === 'abbreviation' || kind === 'short') return names[kind];
  // Stray spaces around the dots, as in the style's own example.
  const [first, second] = names.abbreviation.split('.') as [string, string];
  return kind.replace(/[กพ]/g, (letter) => (letter === 'ก' ? first : second));
}

function format(day: number, month: number, buddhistYear: number, s: Style): string {
  const digits = (n: number) => (s.thaiDigits ? toThaiDigits(String(n)) : String(n));
  const printedYear = isCommonEra(s) ? buddhistYear - 543 : buddhistYear;
  const year = s.twoDigitYear ? digits(printedYear % 100).padStart(2, s.thaiDigits ? '๐' : '0') : digits(printedYear);
  // A full name glued to the year would read as one word; only abbreviations end in a dot.
  const gap = s.month === 'full' || s.month === 'short' || s.month === 'กพ' ? ' ' : s.gap;
  const marker = s.era === 'CE without marker' ? '' : s.era;
  return `${digits(day)} ${monthText(month, s.month)}${gap}${marker}${year}`;
}

/** The oracle: JavaScript's own calendar. */
function expectedIso(day: number, month: number, buddhistYear: number): string | null {
  const date = new Date(Date.UTC(buddhistYear - 543, month - 1, day));
  return date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null;
}

describe('parseThaiDate: properties', () => {
  const validDate = fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), year: fc.integer({ min: 2400, max: 2799 }) })
    .filter(({ day, month, year }) => expectedIso(day, month, year) !== null);

  it('reads any valid date back in every supported style', () => {
    fc.assert(
      fc.property(validDate, style, ({ day, month, year }, s) => {
        fc.pre(writable(year, s));
        const raw = format(day, month, year, s);
        // A two-digit year means 25yy unless a near date says otherwise.
        const near = `${year - 543}-06-15`;
        const result = parseThaiDate(raw, s.twoDigitYear ? { near } : {});
        const era = isCommonEra(s) ? 'CE' : 'BE';
        expect(result).toEqual({ ok: true, raw, iso: expectedIso(day, month, year), buddhistYear: year, era });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a two-digit day whose digits a date stamp set apart as that day, in every style', () => {
    fc.assert(
      fc.property(validDate.filter(({ day }) => day >= 10), style, ({ day, month, year }, s) => {
        fc.pre(writable(year, s));
        const raw = format(day, month, year, s);
        const spaced = raw.replace(/^(\S)(\S)/u, '$1 $2');
        const near = `${year - 543}-06-15`;
        expect(parseThaiDate(spaced, s.twoDigitYear ? { near } : {})).toMatchObject({ ok: true, iso: expectedIso(day, month, year) });
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every day past the end of its month, in every style', () => {
    const invalidDate = fc
      .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 28, max: 31 }), year: fc.integer({ min: 2400, max: 2799 }) })
      .filter(({ day, month, year }) => expectedIso(day, month, year) === null);
    fc.assert(
      fc.property(invalidDate, style, ({ day, month, year }, s) => {
        fc.pre(writable(year, s));
        const result = parseThaiDate(format(day, month, year, s), { near: `${year - 543}-06-15` });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a date written in any style inside running text, at its offset', () => {
    const filler = fc.constantFrom('ลงวันที่ ', 'ตามหนังสือ ที่ มท ๐๘๐๔.๖/ว ๕๖๙ ลงวันที่ ', 'โทร. ๐ ๒๒๒๕ ๕๕๒๑ วันที่ ', '');
    const tail = fc.constantFrom('', ' เรื่อง ขอความอนุเคราะห์', ' เวลา ๑๔.๓๐ น.', '\nจำนวน ๒ ฉบับ');
    fc.assert(
      fc.property(validDate, style, filler, tail, ({ day, month, year }, s, before, after) => {
        fc.pre(writable(year, s));
        const raw = format(day, month, year, s);
        const found = findDates(before + raw + after, { near: `${year - 543}-06-15` });
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ raw, index: before.length, result: { ok: true, iso: expectedIso(day, month, year) } });
      }),
      { numRuns: 1000 },
    );
  });
});
