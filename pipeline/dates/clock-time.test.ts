import { describe, expect, it } from 'vitest';
import { parseClockTime } from './clock-time.js';

describe('parseClockTime', () => {
  it.each([
    ['15:14', '15:14'],
    ['๐๙.๓๐ น.', '09:30'],
    ['เวลา ๑๔.๓๐ น.', '14:30'],
    ['08.18', '08:18'],
    ['๐๘:๐๑', '08:01'],
    ['9.05 น.', '09:05'],
    ['เวลา ๑๖ : ๓๓', '16:33'],
  ])('reads "%s" as %s', (raw, time) => {
    expect(parseClockTime(raw)).toBe(time);
  });

  it('rejects impossible hours and minutes', () => {
    expect(parseClockTime('25:10')).toBeNull();
    expect(parseClockTime('๑๒.๗๕ น.')).toBeNull();
  });

  it('does not read decimals, dotted dates or reference numbers as times', () => {
    for (const raw of ['มท 0804.6/ว 569', '10.02.2567', '๐ ๒๒๔๑ ๙๐๓๖', '2.5', 'ไม่มี']) {
      expect(parseClockTime(raw), raw).toBeNull();
    }
  });
});
