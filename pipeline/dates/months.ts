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

/** "month", which formal orders put between day and month: "วันที่ ๕ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๗". */
export const MONTH_LABEL = 'เดือน';

/** Era markers that may stand between the month and the year. */
export const BUDDHIST_ERA_MARKERS = ['พ.ศ.', 'พุทธศักราช'] as const;
export const COMMON_ERA_MARKERS = ['ค.ศ.', 'คริสต์ศักราช'] as const;
