/** Thai dates and times: finding, reading and checking them. */
export { parseThaiDate, findDates, type ThaiDateResult, type FoundDate, type DateOptions } from './thai-date.js';
export { clockTimeOnly, parseClockTime } from './clock-time.js';
export { isMonthAbbreviated, matchMonth, misreadMonthName, type MonthOptions } from './month.js';
export { ABBREVIATED_MONTH_PATTERN, confusableMonth, FULL_MONTH_PATTERN, MONTH_LABEL, THAI_MONTHS, type ThaiMonth } from './months.js';
export { type Era, isPlausibleYear } from './year.js';
export { daysBetween, isDayOfMonth, isRealIsoDate } from './calendar.js';
