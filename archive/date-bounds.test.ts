import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateBound } from './date-bounds.js';
import { toThaiDigits } from '../pipeline/thai/index.js';

describe('date-range bounds', () => {
  it('reads Buddhist and Gregorian years alike', () => {
    expect(parseDateBound('2567', 'start')).toBe('2024-01-01');
    expect(parseDateBound('2567', 'end')).toBe('2024-12-31');
    expect(parseDateBound('2024', 'end')).toBe('2024-12-31');
  });

  it('widens a month to its first or last day, leap years included', () => {
    expect(parseDateBound('๒๕๖๗-๐๒', 'start')).toBe('2024-02-01');
    expect(parseDateBound('๒๕๖๗-๐๒', 'end')).toBe('2024-02-29');
    expect(parseDateBound('2566-02', 'end')).toBe('2023-02-28');
  });

  it('reads a day written year first or day first', () => {
    expect(parseDateBound('2567-02-05', 'start')).toBe('2024-02-05');
    expect(parseDateBound('5/2/2567', 'end')).toBe('2024-02-05');
    expect(parseDateBound('๕/๒/๒๕๖๗', 'start')).toBe('2024-02-05');
  });

  it('reads dates and months written in words, as letters print them', () => {
    expect(parseDateBound('๕ กุมภาพันธ์ ๒๕๖๗', 'start')).toBe('2024-02-05');
    expect(parseDateBound('10 ก.พ. 2567', 'end')).toBe('2024-02-10');
    expect(parseDateBound('ก.พ. ๒๕๖๗', 'start')).toBe('2024-02-01');
    expect(parseDateBound('กุมภาพันธ์ พ.ศ. 2567', 'end')).toBe('2024-02-29');
  });

  it('rejects what names no period', () => {
    for (const raw of ['2567-13', '2567-02-30', '31/4/2024', 'กุมภา', '67', '0000', '']) {
      expect(parseDateBound(raw, 'start'), raw).toBeNull();
    }
  });

  it('gives the same day for a Buddhist date and its Gregorian equivalent, in either digit form', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const buddhist = `${Number(iso.slice(0, 4)) + 543}${iso.slice(4)}`;
        expect(parseDateBound(iso, 'start')).toBe(iso);
        expect(parseDateBound(toThaiDigits(buddhist), 'end')).toBe(iso);
      }),
    );
  });
});
