/**
 * Private Use Area code points that Thai fonts use for positional glyph variants.
 *
 * Old Windows (U+F700–U+F71A) and Mac (U+F884–U+F89E) Thai fonts carry a second copy of each
 * mark, shifted left (over a tall consonant such as ป ฝ ฟ), shifted down (tone mark with no vowel
 * above) or both, and consonants without their descender (ญ ฐ with a vowel below). PDFs made with
 * such fonts, and pdf.js (which ignores /ActualText), hand out the variant instead of the
 * character. Every variant stands for exactly one standard character, so the repair is a lookup.
 * The layout follows the table in HarfBuzz's Thai shaper (hb-ot-shaper-thai.cc).
 */

/** Each row: the standard character, then its Windows and Mac PUA variants. */
const VARIANTS: ReadonlyArray<readonly [standard: string, windows: readonly number[], mac: readonly number[]]> = [
  // Tone marks: shifted down-left, shifted down, shifted left.
  ['\u0E48', [0xf705, 0xf70a, 0xf713], [0xf88c, 0xf88b, 0xf88a]], // mai ek
  ['\u0E49', [0xf706, 0xf70b, 0xf714], [0xf88f, 0xf88e, 0xf88d]], // mai tho
  ['\u0E4A', [0xf707, 0xf70c, 0xf715], [0xf892, 0xf891, 0xf890]], // mai tri
  ['\u0E4B', [0xf708, 0xf70d, 0xf716], [0xf895, 0xf894, 0xf893]], // mai chattawa
  ['\u0E4C', [0xf709, 0xf70e, 0xf717], [0xf898, 0xf897, 0xf896]], // thanthakhat
  // Vowels and marks above, shifted left.
  ['\u0E31', [0xf710], [0xf884]], // mai han-akat
  ['\u0E34', [0xf701], [0xf885]], // sara i
  ['\u0E35', [0xf702], [0xf886]], // sara ii
  ['\u0E36', [0xf703], [0xf887]], // sara ue
  ['\u0E37', [0xf704], [0xf888]], // sara uee
  ['\u0E47', [0xf712], [0xf889]], // maitaikhu
  ['\u0E4D', [0xf711], [0xf899]], // nikhahit
  // Vowels below, shifted down (under ฎ ฏ ญ ฐ).
  ['\u0E38', [0xf718], [0xf89b]], // sara u
  ['\u0E39', [0xf719], [0xf89c]], // sara uu
  ['\u0E3A', [0xf71a], [0xf89d]], // phinthu
  // Consonants drawn without their lower part.
  ['\u0E0D', [0xf70f], [0xf89a]], // yo ying
  ['\u0E10', [0xf700], [0xf89e]], // tho than
];

/** PUA code point -> standard Thai character. */
export const PUA_TO_STANDARD: ReadonlyMap<number, string> = new Map(
  VARIANTS.flatMap(([standard, windows, mac]) =>
    [...windows, ...mac].map((codePoint) => [codePoint, standard] as const),
  ),
);

/** Matches any code point in the two Thai PUA blocks. */
export const PUA_GLYPH = /[\uF700-\uF71A\uF884-\uF89E]/g;
