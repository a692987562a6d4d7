/**
 * Dates as a Thai office keeps them: the calendar day in Thailand (Asia/Bangkok, UTC+7 all
 * year) and the Buddhist year (พ.ศ. = ค.ศ. + 543), whatever the server's own time zone.
 */
const BANGKOK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Bangkok',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export const BUDDHIST_OFFSET = 543;

/** The Thai calendar day and time of an instant: { date: '2024-02-20', time: '14:05' }. */
export function bangkokDateTime(instant: Date): { date: string; time: string; buddhistYear: number } {
  const parts = Object.fromEntries(BANGKOK.formatToParts(instant).map((part) => [part.type, part.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, time: `${parts.hour}:${parts.minute}`, buddhistYear: Number(parts.year) + BUDDHIST_OFFSET };
}

const MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

/** "2024-02-05" -> "5 ก.พ. 2567", as registers write dates. */
export function thaiShortDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year + BUDDHIST_OFFSET}`;
}
