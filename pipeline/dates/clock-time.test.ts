import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toThaiDigits } from '../thai/index.js';
import { clockTimeOnly, parseClockTime } from './clock-time.js';

describe('parseClockTime', () => {
  it.each([
    ['15:14', '15:14'],
    ['๐๙.๓๐ น.', '09:30'],
    ['เวลา ๑๔.๓๐ น.', '14:30'],
    ['08.18', '08:18'],
    ['๐๘:๐๑', '08:01'],
    ['9.05 น.', '09:05'],
    ['เวลา ๑๖ : ๓๓', '16:33'],
    ['เวลา ๑๙:๑๒:๑๕', '19:12'],
    ['15.00 น.', '15:00'],
    ['15-', '15:00'],
    ['เวลา ๑๓ - น.', '13:00'],
    ['15- น.', '15:00'],
  ])('reads "%s" as %s', (raw, time) => {
    expect(parseClockTime(raw)).toBe(time);
  });

  it('rejects impossible hours and minutes', () => {
    expect(parseClockTime('25:10')).toBeNull();
    expect(parseClockTime('๑๒.๗๕ น.')).toBeNull();
    expect(parseClockTime('19:12:75')).toBeNull();
    expect(parseClockTime('25-')).toBeNull();
  });

  it('does not read decimals, dotted dates or reference numbers as times', () => {
    for (const raw of ['มท 0804.6/ว 569', '10.02.2567', '๐ ๒๒๔๑ ๙๐๓๖', '2.5', 'ไม่มี', '15-16 น.', 'โทร. 0-2241-9036']) {
      expect(parseClockTime(raw), raw).toBeNull();
    }
  });
});

describe('parseClockTime: properties', () => {
  it('reads every time of day back, with or without seconds, Thai or Arabic digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 59 })),
        fc.constantFrom(':', '.'), fc.boolean(), fc.constantFrom('', ' น.', 'เวลา '),
        (h, m, sec, sep, thai, label) => {
          const two = (n: number) => String(n).padStart(2, '0');
          const figures = [two(h), two(m), ...(sec === null ? [] : [two(sec)])].join(sep);
          const raw = label === 'เวลา ' ? label + figures : figures + label;
          expect(parseClockTime(thai ? toThaiDigits(raw) : raw)).toBe(`${two(h)}:${two(m)}`);
        },
      ),
    );
  });
});

describe('clockTimeOnly', () => {
  it('reads a stamp line that is nothing but a time', () => {
    expect(clockTimeOnly('๑๙:๑๒:๑๕')).toBe('19:12');
    expect(clockTimeOnly('15.00 น.')).toBe('15:00');
    expect(clockTimeOnly('15- น.')).toBe('15:00');
  });

  it('refuses lines with more than a time on them', () => {
    for (const text of ['ประชุมเวลา 15.00 น.', '08.30 - 09.00 น.', '15:14 ห้องประชุม', '2.5']) expect(clockTimeOnly(text), text).toBeNull();
  });
});
