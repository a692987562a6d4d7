import { describe, expect, it } from 'vitest';
import { dateRepairs, monthVariants, onlyDateRepair } from './date-repair.js';

describe('date repair', () => {
  it('lists the months one letter from a printed abbreviation', () => {
    expect(monthVariants('3 ก.ค. 2567')).toContain('3 ม.ค. 2567');
    expect(monthVariants('3 ก.ค. 2567')).not.toContain('3 ก.ค. 2567');
  });

  it('reads a month with a stray mark when only one month fits', () => {
    expect(onlyDateRepair('๑๘ พุย. ๒๕๖๗')).toMatchObject({ iso: '2024-11-18' });
    expect(onlyDateRepair('๓๑ ก.ุค. ๒๕๖๗')).toMatchObject({ iso: '2024-07-31' });
  });

  it('reads a month whose vowel mark OCR misread as the one month of its letters ("มี.ย." is มิ.ย., not also มี.ค.), and none where two have them', () => {
    expect(onlyDateRepair('๔ มี.ย. ๒๕๖๘')).toMatchObject({ iso: '2025-06-04' });
    expect(onlyDateRepair('๔ มิ.ค. ๒๕๖๘')).toBeNull();
    // ...also with the year's digits read as twin letters.
    expect(onlyDateRepair('๑๓ กุค. วว')).toMatchObject({ iso: '2023-07-13' });
  });

  it('reads a month with a speck read as a letter more, where one month only has the other letters ("มบี.ย." is มิ.ย.)', () => {
    expect(onlyDateRepair('๒ มบี.ย. ๒๕๖๖')).toMatchObject({ iso: '2023-06-02' });
    // ม.ค. and มี.ค. both have the letters of "มร.ค." less one: no reading.
    expect(onlyDateRepair('๒ มร.ค. ๒๕๖๖')).toBeNull();
  });

  it.each([
    ['๓ พค๒ย ๖๗', '2024-05-03'],
    ['๑๕ ธุค.๒ ๖๗', '2024-12-15'],
    ['๒ กุย.๒ ๖๗', '2024-09-02'],
    ['๘ มูค.๖๘', '2025-01-08'],
    ['๘ มูค. ๒๕๖๘', '2025-01-08'],
  ])('reads "%s", an abbreviation whose dots merged with the dotted leader under it, as %s', (raw, iso) => {
    expect(onlyDateRepair(raw)).toMatchObject({ iso });
  });

  it('reads a date with a dot glued before its day, or the abbreviation\'s first letter read as its twin digit ("๓.ค." for ต.ค.)', () => {
    expect(onlyDateRepair('.๒ก.ค.๖๗')).toMatchObject({ iso: '2024-07-02' });
    expect(onlyDateRepair('6 ๓.ค.68')).toMatchObject({ iso: '2025-10-06' });
    expect(onlyDateRepair('6 ๓.๗.68')).toBeNull();
  });

  it('reads a month with a letter read as its look-alike, where one month only has that letter ("ผุค." for พ.ค.)', () => {
    expect(onlyDateRepair('15 ผุค. 2566')).toMatchObject({ iso: '2023-05-15' });
    expect(onlyDateRepair('15 ผ.ค. 2566')).toMatchObject({ iso: '2023-05-15' });
    expect(onlyDateRepair('17 บ.ค. 2568')).toMatchObject({ iso: '2025-01-17' });
    // Tone marks and a thanthakhat on its letters are specks: no abbreviation carries one.
    expect(onlyDateRepair('๒๐ พ่.ค์. ๒๕๖๗')).toMatchObject({ iso: '2024-05-20' });
    // ธ read as ฮ in looped faces, a leader's dot under it too.
    expect(onlyDateRepair('๒๕ ฮ.ค.๖๖')).toMatchObject({ iso: '2023-12-25' });
    expect(onlyDateRepair('๒๖ ฮุค.๖๖')).toMatchObject({ iso: '2023-12-26' });
  });

  it('takes leader noise after a month only before a gap, never digits of the year', () => {
    expect(onlyDateRepair('๘ มูค.๒๕๖๘')).toMatchObject({ iso: '2025-01-08' });
    expect(onlyDateRepair('๓ พค๒ย๖๗')).toBeNull();
  });

  it('reads a month whose letters are all there but a dot came out as another sign ("ก.ย:")', () => {
    expect(onlyDateRepair('24 ก.ย: 2568')).toMatchObject({ iso: '2025-09-24' });
  });

  it('reads a month with a letter too many besides a leader\'s dot under it ("กคุค." for ก.ค.)', () => {
    expect(onlyDateRepair('14 กคุค. 2568')).toMatchObject({ iso: '2025-07-14' });
  });

  it('reads a day with a digit doubled, a ๐ after it or a digit read as its twin letter when only one day results', () => {
    expect(onlyDateRepair('๑๑๗ มกราคม ๒๕๖๘')).toMatchObject({ iso: '2025-01-17' });
    expect(onlyDateRepair('๑๑๗ เมษายน ๒๕๖๗')).toMatchObject({ iso: '2024-04-17' });
    expect(onlyDateRepair('วต.ค. ๒๕๖๘')).toMatchObject({ iso: '2025-10-06' });
    expect(onlyDateRepair('ต๑ ก.ค. ๒๕๖๗')).toMatchObject({ iso: '2024-07-31' });
    expect(onlyDateRepair('อ๗ มกราคม ๒๕๖๘')).toMatchObject({ iso: '2025-01-17' });
    // ว for ๖ after the day's first sign, whatever month follows: no word opens there ("อว" is ๑๖).
    expect(onlyDateRepair('อว กรกฎาคม.๒๕๖๗')).toMatchObject({ iso: '2024-07-16' });
    expect(onlyDateRepair('๒ว มกราคม ๒๕๖๘')).toMatchObject({ iso: '2025-01-26' });
    // อ alone is no day: a lone ๑ or ๖ OCR read so.
    expect(onlyDateRepair('อต.ค. ๒๕๖๘')).toBeNull();
    expect(onlyDateRepair('อม.ค. ๒๕๖๗')).toBeNull();
    expect(onlyDateRepair('๑อ มกราคม ๒๕๖๘')).toBeNull();
    // A ๐ glued after a two-digit day: a speck read as ๐, or the day's own ๐ read twice.
    expect(onlyDateRepair('๑๖๐ก.ค.๖๗')).toMatchObject({ iso: '2024-07-16' });
    expect(onlyDateRepair('๒๐๐ มกราคม ๒๕๖๘')).toMatchObject({ iso: '2025-01-20' });
    expect(onlyDateRepair('๑๒๗ มกราคม ๒๕๖๘')).toBeNull();
    expect(onlyDateRepair('๓๓๓ มกราคม ๒๕๖๘')).toBeNull();
  });

  it('reads a four-digit year with a dot (a speck, a leader\'s dot) anywhere between its digits', () => {
    expect(onlyDateRepair('๑๕ พ.ค. ๒๕.๖๖')).toMatchObject({ iso: '2023-05-15' });
    expect(onlyDateRepair('15 พฤษภาคม 25,66')).toMatchObject({ iso: '2023-05-15' });
    expect(onlyDateRepair('15 พ.ค. 2.566')).toMatchObject({ iso: '2023-05-15' });
    expect(onlyDateRepair('13 กรกฎาคม 256.6')).toMatchObject({ iso: '2023-07-13' });
    expect(onlyDateRepair('15 พ.ค. 25.6')).toBeNull();
  });

  it('reads a year with a speck glued before it (a dash where the line wrapped)', () => {
    expect(onlyDateRepair('๒ พ.ย. -๒๕๖๖')).toMatchObject({ iso: '2023-11-02' });
    expect(onlyDateRepair("๒ พฤศจิกายน '๒๕๖๖")).toMatchObject({ iso: '2023-11-02' });
  });

  it('reads a date with a speck glued between day and month, a digit for an abbreviation\'s dot, or specks after its year', () => {
    expect(onlyDateRepair('๒.มิถุนายน ๒๕๖๖')).toMatchObject({ iso: '2023-06-02' });
    expect(onlyDateRepair("12'มิถุนายน 2566")).toMatchObject({ iso: '2023-06-12' });
    expect(onlyDateRepair('2. พฤศจิกายน 2566')).toMatchObject({ iso: '2023-11-02' });
    // A dash or quote glued before the month, after the day's space.
    expect(onlyDateRepair('๒๔ -มี.ค. ๖๘')).toMatchObject({ iso: '2025-03-24' });
    expect(onlyDateRepair("๒๔ 'มีนาคม ๒๕๖๘")).toMatchObject({ iso: '2025-03-24' });
    expect(onlyDateRepair('14 ต๓.ค. 2567')).toMatchObject({ iso: '2024-10-14' });
    // A speck read as a digit between an abbreviation's dot and its second letter.
    expect(onlyDateRepair('27พ.1ย.67')).toMatchObject({ iso: '2024-11-27' });
    // A speck between the day's two digits.
    expect(onlyDateRepair('๒.๕ มิถุนายน ๒๕๖๖')).toMatchObject({ iso: '2023-06-25' });
    expect(onlyDateRepair('2.1 สิงหาคม พ.ศ. 2567')).toMatchObject({ iso: '2024-08-21' });
    // A twin digit OCR read before the month's first letter as well ("๓ต.ค." for ต.ค.).
    expect(onlyDateRepair('14 ๓ต.ค. 2567')).toMatchObject({ iso: '2024-10-14' });
    // ...glued to a day in the other script, whose digit it cannot be; and a digit for its dot after it.
    expect(onlyDateRepair('6๓ต.ค.68')).toMatchObject({ iso: '2025-10-06' });
    expect(onlyDateRepair('6๓ต๓.ค.68')).toMatchObject({ iso: '2025-10-06' });
    expect(dateRepairs('๒๓ต.ค.๖๘').map((r) => r.iso)).not.toContain('2025-10-02');
    expect(onlyDateRepair('๕ ส.ค.๒๕๖๗ฒ')).toMatchObject({ iso: '2024-08-05' });
    expect(onlyDateRepair('๑๕ ส.ค. ๒๕๖๘ ย')).toMatchObject({ iso: '2025-08-15' });
    expect(onlyDateRepair('๓๐ มิ.ย.๖๘..')).toMatchObject({ iso: '2025-06-30' });
    expect(onlyDateRepair('๓๐ มิ.ย. ๒๕๖๘ เป็นต้นไป')).toBeNull();
    expect(onlyDateRepair('วนท ๑๖ ก.ย ๒๕๖๖ว')).toBeNull();
    // A long line of specks after digits must not make the repair backtrack for ever.
    expect(onlyDateRepair(`๑๒ ${'ก ข '.repeat(2000)}!`)).toBeNull();
  });

  it('reads a year OCR read with ๖ as ว or another digit as its twin letter ("๑๓ ก.ค. วว"), but no other word', () => {
    expect(onlyDateRepair('๑๓ ก.ค. วว')).toMatchObject({ iso: '2023-07-13' });
    expect(onlyDateRepair('๒๖ ธันวาคม ๒๕ว๖')).toMatchObject({ iso: '2023-12-26' });
    expect(onlyDateRepair('๓ มีนาคม ๒๕๖ต')).toMatchObject({ iso: '2020-03-03' });
    expect(onlyDateRepair('๑๗ เม.ย.วฒ')).toMatchObject({ iso: '2024-04-17' });
    expect(onlyDateRepair('๑๓ ก.ค. วัน')).toBeNull();
    expect(onlyDateRepair('๑๓ ก.ค. ว')).toBeNull();
  });

  it('reads a date after a lone digit of the other script set apart before it as a speck ("2 ๑๗ เม.ย. ๒๕๖๗"), not one of its own script', () => {
    expect(onlyDateRepair('2 ๑๗ เม.ย. ๒๕๖๗')).toMatchObject({ iso: '2024-04-17' });
    expect(onlyDateRepair('๒ 17 เม.ย. 2567')).toMatchObject({ iso: '2024-04-17' });
    expect(onlyDateRepair('๒ ๑๗ เม.ย. ๒๕๖๗')).toBeNull();
  });

  it('reads an abbreviation\'s dot read twice before the year as one ("๔ ก.ย..วว")', () => {
    expect(onlyDateRepair('๔ ก.ย..วว')).toMatchObject({ iso: '2023-09-04' });
    expect(onlyDateRepair('๔ ก.ย.. ๒๕๖๖')).toMatchObject({ iso: '2023-09-04' });
  });

  it('reads a year one sign too long where a digit stands beside its own twin letter as that glyph read twice ("๒๙ ต.ค.๖วฒ")', () => {
    expect(onlyDateRepair('๒๙ ต.ค.๖วฒ')).toMatchObject({ iso: '2024-10-29' });
    expect(onlyDateRepair('๒๙ ตุลาคม ๒๕๖วฒ')).toMatchObject({ iso: '2024-10-29' });
    expect(onlyDateRepair('๒๙ ต.ค. ๖๗๘')).toBeNull();
    expect(onlyDateRepair('วนท ๑๖ ก.ย ๒๕๖วฒ')).toBeNull();
  });

  it('lists every reading of a garble that several repairs explain, for the bundle to choose from', () => {
    const isos = (garbled: string) => dateRepairs(garbled).map((r) => r.iso).sort();
    // A lone อ is ๑ or ๖; ถุย. is ก.ย. or พ.ย.; a leading vowel glued before the day is a speck.
    expect(isos('อต.ค. ๒๕๖๘')).toEqual(['2025-10-01', '2025-10-06']);
    expect(isos('7 ถุย. 2566')).toEqual(['2023-09-07', '2023-11-07']);
    expect(isos('ใ๒๒ กรกฎาคม ๒๕๖๘')).toEqual(['2025-07-22']);
    expect(onlyDateRepair('อต.ค. ๒๕๖๘')).toBeNull();
    expect(onlyDateRepair('ใ๒๒ กรกฎาคม ๒๕๖๘')).toMatchObject({ iso: '2025-07-22' });
    expect(isos('สน ๔๗๑๑๐')).toEqual([]);
  });

  it('reads a year of five digits as each year a speck read as one of its digits leaves, for the bundle to choose from', () => {
    const isos = (garbled: string) => dateRepairs(garbled).map((r) => r.iso).sort();
    // Years far from the bundle's are among them: its citations and stamps rule them out.
    expect(isos('๒ ธันวาคม ๒๕๖๔๗')).toEqual(['2004-12-02', '2021-12-02', '2024-12-02', '2104-12-02']);
    expect(isos('๒๗ ส.ค. ๒๕๐๖๖')).toEqual(['1963-08-27', '2023-08-27', '2066-08-27']);
    expect(onlyDateRepair('๒ ธันวาคม ๒๕๖๔๗')).toBeNull();
  });

  it('does not choose between several months one letter away', () => {
    expect(onlyDateRepair('3 ก.ค. 2567')).toBeNull();
  });
});
