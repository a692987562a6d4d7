/**
 * What the handwritten-digit network names: Thai and Arabic digits, the slash of dates and
 * reference numbers, and everything else (letters, leader dots, pen strokes, stamp borders, noise,
 * digits run together or cut in half) as NOT_A_DIGIT.
 */
import { toThaiDigits } from '../../thai/digits.js';

export const ARABIC_DIGITS = [...'0123456789'];
export const THAI_DIGITS = [...toThaiDigits('0123456789')];
export const SLASH = '/';
export const NOT_A_DIGIT = 'none';
export const DIGIT_LABELS = [...THAI_DIGITS, ...ARABIC_DIGITS, SLASH, NOT_A_DIGIT];

export type Script = 'thai' | 'arabic';
