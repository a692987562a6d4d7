/** Thai text repair and matching helpers used by every stage that reads Thai. */
export { repairThaiText } from './repair.js';
export { toArabicDigits, toThaiDigits } from './digits.js';
export { matchKey } from './match-key.js';
export { editDistance } from './edit-distance.js';
export { OFFICIAL_WORDS } from './official-words.js';
