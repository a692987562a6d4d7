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

  it.each([
    ['๓ พค๒ย ๖๗', '2024-05-03'],
    ['๑๕ ธุค.๒ ๖๗', '2024-12-15'],
    ['๒ กุย.๒ ๖๗', '2024-09-02'],
    ['๘ มูค.๖๘', '2025-01-08'],
    ['๘ มูค. ๒๕๖๘', '2025-01-08'],
  ])('reads "%s", an abbreviation whose dots merged with the dotted leader under it, as %s', (raw, iso) => {
    expect(onlyMonthRepair(raw)).toMatchObject({ iso });
  });

  it('takes leader noise after a month only before a gap, never digits of the year', () => {
    expect(onlyMonthRepair('๘ มูค.๒๕๖๘')).toMatchObject({ iso: '2025-01-08' });
    expect(onlyMonthRepair('๓ พค๒ย๖๗')).toBeNull();
  });

  it('reads a month whose letters are all there but a dot came out as another sign ("ก.ย:")', () => {
    expect(onlyMonthRepair('24 ก.ย: 2568')).toMatchObject({ iso: '2025-09-24' });
  });

  it('does not choose between several months one letter away', () => {
    expect(onlyMonthRepair('3 ก.ค. 2567')).toBeNull();
  });
});
