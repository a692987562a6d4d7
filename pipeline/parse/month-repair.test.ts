import { describe, expect, it } from 'vitest';
import { monthVariants, onlyMonthRepair } from './month-repair.js';

describe('month repair', () => {
  it('lists the months one letter from a printed abbreviation', () => {
    expect(monthVariants('3 ก.ค. 2567')).toContain('3 ม.ค. 2567');
    expect(monthVariants('3 ก.ค. 2567')).not.toContain('3 ก.ค. 2567');
  });

  it('reads a month with a stray mark when only one month fits', () => {
    expect(onlyMonthRepair('๑๘ พุย. ๒๕๖๗')).toMatchObject({ iso: '2024-11-18' });
    expect(onlyMonthRepair('๓๑ ก.ุค. ๒๕๖๗')).toMatchObject({ iso: '2024-07-31' });
  });

  it('does not choose between several months one letter away', () => {
    expect(onlyMonthRepair('3 ก.ค. 2567')).toBeNull();
  });
});
