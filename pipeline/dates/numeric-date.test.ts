import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toThaiDigits } from '../thai/index.js';
import { isRealIsoDate } from './calendar.js';
import { findDates, parseThaiDate } from './thai-date.js';

describe('dates in figures', () => {
  it.each([
    ['๐๖/๐๑/๒๕๖๘', '2025-01-06', 2568],
    ['6/1/68', '2025-01-06', 2568],
    ['06-01-2568', '2025-01-06', 2568],
    ['10.02.2567', '2024-02-10', 2567],
    ['วันที่ ๖ / ๑ / ๒๕๖๘', '2025-01-06', 2568],
    ['5/2/2024', '2024-02-05', 2567],
    ['29/02/2567', '2024-02-29', 2567],
  ])('reads "%s" day first as %s', (raw, iso, buddhistYear) => {
    expect(parseThaiDate(raw)).toMatchObject({ ok: true, iso, buddhistYear });
  });

  it('rejects a day past the end of its month with a reason', () => {
    expect(parseThaiDate('30/02/2567')).toMatchObject({ ok: false, reason: expect.stringMatching(/day 30/) });
  });

  it('does not read reference numbers, order numbers, section numbers, times or phone numbers as dates', () => {
    for (const text of [
      'ที่ กค 0203.1/250', 'มท ๐๘๐๔.๖/ว ๕๖๙', 'คำสั่งที่ ๑๒/๒๕๖๗', 'ข้อ ๓.๑.๒๕', 'เวลา 08.30 - 09.00 น.',
      'โทร. 0-2241-9036', '13/25/2567', 'ที่ ๑/๒/๓', 'อบ 79735/ว 352',
    ]) {
      expect(findDates(text), text).toEqual([]);
    }
  });

  it('reads a two-digit year as the year nearest the letter when one is given', () => {
    expect(parseThaiDate('6/1/43', { near: '1999-12-20' })).toMatchObject({ ok: true, iso: '2000-01-06' });
  });

  it('finds a numeric date beside a date in words, in text order', () => {
    const found = findDates('ลงวันที่ ๕ ก.พ. ๒๕๖๗ รับวันที่ ๐๖/๐๒/๒๕๖๗');
    expect(found.map((d) => d.result.ok && d.result.iso)).toEqual(['2024-02-05', '2024-02-06']);
  });

  it('reads any valid date written in figures, any digits, separator, padding and year form', () => {
    const date = fc
      .record({ year: fc.integer({ min: 2450, max: 2650 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .filter(({ year, month, day }) => new Date(Date.UTC(year - 543, month - 1, day)).getUTCDate() === day);
    const style = fc.record({
      separator: fc.constantFrom('/', '-', '.'),
      spaced: fc.boolean(),
      padded: fc.boolean(),
      thai: fc.boolean(),
      year: fc.constantFrom('BE', 'BE 2 digits', 'CE'),
    });
    fc.assert(
      fc.property(date, style, ({ year, month, day }, s) => {
        fc.pre(!(s.separator === '.' && s.year === 'BE 2 digits'));
        const two = (n: number) => (s.padded ? String(n).padStart(2, '0') : String(n));
        const printedYear = s.year === 'CE' ? String(year - 543) : s.year === 'BE' ? String(year) : String(year % 100).padStart(2, '0');
        const gap = s.spaced ? ' ' : '';
        const figures = [two(day), two(month), printedYear].join(`${gap}${s.separator}${gap}`);
        const raw = s.thai ? toThaiDigits(figures) : figures;
        const near = `${year - 543}-06-15`;
        const iso = `${year - 543}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(parseThaiDate(`วันที่ ${raw} เวลา`, { near })).toMatchObject({ ok: true, iso, buddhistYear: year });
      }),
      { numRuns: 1500 },
    );
  });
});

describe('isRealIsoDate', () => {
  it('knows which days exist', () => {
    expect(['2024-02-29', '2025-01-31', '2000-02-29'].every(isRealIsoDate)).toBe(true);
    expect(['2023-02-29', '2025-04-31', '1900-02-29', '2025-13-01', '2025-1-1'].some(isRealIsoDate)).toBe(false);
  });
});
