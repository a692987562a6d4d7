import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutLeaderRuns } from './leader-text.js';

describe('withoutLeaderRuns', () => {
  it('takes the remains of dotted lines out of a header line', () => {
    expect(withoutLeaderRuns('ที่ กท ๐๔๐๖/ .......... วันที่ ๒๔ กันยายน ๒๕๕๘ ......')).toBe('ที่ กท ๐๔๐๖/ วันที่ ๒๔ กันยายน ๒๕๕๘');
    expect(withoutLeaderRuns('เรื่อง ขออนุญาตจดทะเบียน . . . . . . .')).toBe('เรื่อง ขออนุญาตจดทะเบียน');
    expect(withoutLeaderRuns('ลงชื่อ ____________ ผู้รับ …… ----------')).toBe('ลงชื่อ ผู้รับ');
  });

  it('takes out a run of dots and underscores mixed (.._., found by the property below)', () => {
    expect(withoutLeaderRuns('วันที่ .._. กันยายน')).toBe('วันที่ กันยายน');
  });

  it('keeps the dots of abbreviations, numbers and dates', () => {
    expect(withoutLeaderRuns('ที่ มท ๐๘๑๙.๖/ว ๓๒๓๓ ลงวันที่ ๑๓ ก.ค. ๒๕๖๖ (ม.น.๔) โทร. 0-2326-9009')).toBe(
      'ที่ มท ๐๘๑๙.๖/ว ๓๒๓๓ ลงวันที่ ๑๓ ก.ค. ๒๕๖๖ (ม.น.๔) โทร. 0-2326-9009',
    );
  });

  it('never leaves a run of four leader characters, whatever the line', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('.', ' ', '_', '-', '…', 'ก', '๑', '/'), { maxLength: 40 }), (chars) => {
        expect(withoutLeaderRuns(chars.join(''))).not.toMatch(/[.…_]{4,}/);
      }),
    );
  });
});
