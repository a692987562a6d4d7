/**
 * Digit forms for search input. A local stand-in until pipeline/thai exports
 * toArabicDigits/toThaiDigits (agreed interface); then this module goes away.
 */
const THAI_ZERO = 0x0e50;

export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/gu, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));
}

export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)));
}
