/**
 * Abbreviations read across the bundle. A page's OCR mends an abbreviation it read one letter
 * wrong only to a listed one the same page reads as printed (mend.ts): real abbreviations no list
 * holds stand one letter from listed ones. A forwarded letter's subject comes again in every
 * letter of the bundle, so where one page misreads an abbreviation in it and repeats it nowhere
 * else, another page often reads it as printed: the whole bundle's readings are evidence too.
 */
import type { PageText } from '../../schemas/index.js';
import { abbreviationsRead, mendAbbreviations } from '../thai/index.js';

export function mendAbbreviationsAcrossBundle(pages: PageText[]): PageText[] {
  const evidence = abbreviationsRead(pages.flatMap((p) => p.lines));
  if (evidence.size === 0) return pages;
  return pages.map((page) => {
    if (page.method !== 'ocr') return page;
    const warnings = [...page.warnings];
    const lines = page.lines.map((line) => {
      const { text, mends } = mendAbbreviations(line, evidence);
      for (const { before, after } of mends) {
        warnings.push({ code: 'ocr-word-mended', message: `page ${page.number}: an abbreviation OCR read one letter wrong, read as another page of the bundle prints it`, before, after });
      }
      return text;
    });
    return warnings.length === page.warnings.length ? page : { ...page, lines, warnings };
  });
}
