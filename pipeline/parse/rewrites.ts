/**
 * Ordered text rewrites: a pattern and what it leaves in its place, applied one after another
 * (the specks OCR reads inside a date, a line, a name; the spaces it loses in a cited date).
 */

/** A pattern and what replaces it: a string, or a function of the match and its groups. */
export type Rewrite = readonly [RegExp, string | ((match: string, ...groups: string[]) => string)];

/** The text with each rewrite applied in turn (the two branches pick replace's two overloads). */
export const rewritten = (text: string, rewrites: readonly Rewrite[]): string =>
  rewrites.reduce((t, [pattern, put]) => (typeof put === 'string' ? t.replace(pattern, put) : t.replace(pattern, put)), text);
