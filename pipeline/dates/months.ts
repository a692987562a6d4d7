/**
 * Thai month names as printed in official letters: the full name, the official abbreviation,
 * and the spoken short form (without -คม/-ยน/-พันธ์) that handwritten stamps sometimes use.
 */
export interface ThaiMonth {
  /** 1..12 */
  number: number;
  full: string;
  abbreviation: string;
  short: string;
}

export const THAI_MONTHS: readonly ThaiMonth[] = [
  { number: 1, full: 'มกราคม', abbreviation: 'ม.ค.', short: 'มกรา' },
  { number: 2, full: 'กุมภาพันธ์', abbreviation: 'ก.พ.', short: 'กุมภา' },
  { number: 3, full: 'มีนาคม', abbreviation: 'มี.ค.', short: 'มีนา' },
  { number: 4, full: 'เมษายน', abbreviation: 'เม.ย.', short: 'เมษา' },
  { number: 5, full: 'พฤษภาคม', abbreviation: 'พ.ค.', short: 'พฤษภา' },
  { number: 6, full: 'มิถุนายน', abbreviation: 'มิ.ย.', short: 'มิถุนา' },
  { number: 7, full: 'กรกฎาคม', abbreviation: 'ก.ค.', short: 'กรกฎา' },
  { number: 8, full: 'สิงหาคม', abbreviation: 'ส.ค.', short: 'สิงหา' },
  { number: 9, full: 'กันยายน', abbreviation: 'ก.ย.', short: 'กันยา' },
  { number: 10, full: 'ตุลาคม', abbreviation: 'ต.ค.', short: 'ตุลา' },
  { number: 11, full: 'พฤศจิกายน', abbreviation: 'พ.ย.', short: 'พฤศจิกา' },
  { number: 12, full: 'ธันวาคม', abbreviation: 'ธ.ค.', short: 'ธันวา' },
];

/** Every month's full name, as a pattern's alternatives. */
export const FULL_MONTH_PATTERN = THAI_MONTHS.map((m) => m.full).join('|');
/** Every month's abbreviation, its dots escaped, as a pattern's alternatives. */
export const ABBREVIATED_MONTH_PATTERN = THAI_MONTHS.map((m) => m.abbreviation.replaceAll('.', '\\.')).join('|');

/**
 * Abbreviations one letter apart whose letters OCR takes for each other in some typefaces: ม.ค.
 * and ก.ค. (the head of ม lost), ส.ค. and ธ.ค. (ธ's tail read as ส in looped faces). A month read
 * from such an abbreviation may be the other one; a full name is never confused so.
 */
const CONFUSABLE_ABBREVIATIONS: ReadonlyArray<readonly [number, number]> = [[1, 7], [8, 12]];

/** The month whose abbreviation OCR confuses with `month`'s, or null. */
export function confusableMonth(month: number): number | null {
  const pair = CONFUSABLE_ABBREVIATIONS.find((p) => p.includes(month));
  return pair ? (pair[0] === month ? pair[1] : pair[0]) : null;
}

/** "month", which formal orders put between day and month: "วันที่ ๕ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๗". */
export const MONTH_LABEL = 'เดือน';

/** Era markers that may stand between the month and the year. */
export const BUDDHIST_ERA_MARKERS = ['พ.ศ.', 'พุทธศักราช'] as const;
export const COMMON_ERA_MARKERS = ['ค.ศ.', 'คริสต์ศักราช'] as const;
