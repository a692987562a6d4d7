/**
 * Thai digits ๐–๙ (U+0E50–U+0E59) sit in value order, like ASCII 0–9, so conversion is an offset.
 */
const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;

/** Replaces every Thai digit by the Arabic digit of the same value; other characters stay. */
export function toArabicDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - THAI_ZERO + ARABIC_ZERO),
  );
}

/** Replaces every Arabic digit by the Thai digit of the same value; other characters stay. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - ARABIC_ZERO + THAI_ZERO),
  );
}
