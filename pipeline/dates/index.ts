/** Thai dates and times: finding, reading and checking them. */
export { parseThaiDate, findDates, type ThaiDateResult, type FoundDate, type DateOptions } from './thai-date.js';
export { clockTimeOnly, parseClockTime } from './clock-time.js';
export { matchMonth, type MonthOptions } from './month.js';
export { THAI_MONTHS, type ThaiMonth } from './months.js';
export type { Era } from './year.js';
export { isRealIsoDate } from './calendar.js';
