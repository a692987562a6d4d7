/**
 * A letter is written on or after the letters it cites and encloses. Where the bundle settled no
 * other reading, a letter dated before one of them keeps the dates as read, but not silently:
 * one of the two is misread ("๗ เม.ย." for ๑๗, enclosing a letter of 12 April), and a clerk is
 * told which, with the letter's date trusted less.
 */
import type { LetterDocument } from '../../../schemas/index.js';

/** A date that breaks the order is as likely misread as the one it breaks it against. */
const DOUBTED_CONFIDENCE = 0.5;

/** The latest date among what `doc` cites and encloses, with where it is printed. */
function latestCited(doc: LetterDocument): { iso: string; field: 'references' | 'enclosures' } | null {
  const cited = [
    ...doc.references.map((r) => ({ iso: r.date, field: 'references' as const })),
    ...doc.enclosures.map((e) => ({ iso: e.date, field: 'enclosures' as const })),
  ].filter((c): c is { iso: string; field: 'references' | 'enclosures' } => c.iso !== null);
  return cited.sort((a, b) => b.iso.localeCompare(a.iso))[0] ?? null;
}

/** Warns on every letter dated before a letter it cites or encloses. */
export function warnDatesBeforeCited(documents: LetterDocument[]): void {
  for (const doc of documents) {
    const own = doc.date?.iso;
    const cited = latestCited(doc);
    if (!own || !cited || own >= cited.iso) continue;
    const what = cited.field === 'references' ? 'a letter it cites (อ้างถึง)' : 'a letter it encloses (สิ่งที่ส่งมาด้วย)';
    const message = `the letter is dated ${own}, before ${what} dated ${cited.iso}: one of the two dates is misread`;
    doc.warnings.push({ code: 'date-before-cited', message, field: 'date', before: own });
    doc.confidence.date = Math.min(doc.confidence.date ?? 1, DOUBTED_CONFIDENCE);
  }
}
