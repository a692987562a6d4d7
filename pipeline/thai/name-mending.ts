/**
 * A person's name OCR read with one letter or mark wrong. Thai given names and surnames are
 * built of words (ณัฐ + วุฒิ, วิไล + วรรณ, กนก + วรรณ, ประ + เสริฐ): a part of a name that reads
 * as words far likelier once one letter is read as OCR misreads it in names (NAME_LOOK_ALIKES),
 * a lower vowel or a karan a speck made is taken out or a sara am read as a tone mark and sara
 * aa, or as a final mai han-akat, is put back ("ณัชวุฒิ", "วิโลวรรณ", "กนกุวรรณ", "ปูระเสริฐ",
 * "ป์วีณา", "ทองค๊า", "ทองคั"), or a tone mark a speck put on a syllable's final, or on a part
 * that is one word without it, taken out ("ปัน่แก้ว", "ไพ่โรจน์"), or a karan OCR lost put back
 * ("ทรงศักดิ"), or a letter read twice, first as its look-alike, read once ("ณัชฐธิดา"), is read
 * so, when exactly one such reading is clearly the likeliest. Names are spelled as their
 * bearers please: a rare spelling is no misreading, so only these few changes are weighed.
 */
import { readingCost } from './dictionary-cut.js';
import { thaiDictionary } from './dictionary.js';
import { HONORIFICS } from './person-names.js';
import { SARA_AA, SARA_AM, TONE_MARKS } from './script.js';
import type { WordMend } from './word-mending.js';

/** A mended part must read this much likelier (nats) than the part as read... */
const CHANGE_PRICE = 6;
/** ...and this much likelier than any other reading one change away. */
const MARGIN = 3;
/**
 * A karan put back over a part's last letter asks less: OCR loses the small mark often, the
 * endings that take one (ศักดิ์, สวัสดิ์, อินทร์, วงศ์) are common in names, and a part whose
 * ending is a word of its own without one (วุฒิ, ชาติ, กิตติ) reads far likelier as it stands.
 */
const KARAN_PRICE = 3.5;
/** Parts shorter than this (letters and marks) have too many one-change neighbours to mend. */
const MIN_PART_LENGTH = 3;

/**
 * What OCR does to names and only this: ฐ read as ช (its tail lost: ณัชวุฒิ), ช and ซ for each
 * other, ง read as จ (พจษ์), ไ read as โ or ใ (วิโลวรรณ, วงศ์ไหญ่), แ and เ for each other (a
 * stroke more or less: แทพสุริยา), a short vowel for a long one,
 * ธ read as ฮ or ส (ณัฐฮิดา, สีรวัฒน์: ฮ is rare in Thai names, and loopless faces read ธ as ส
 * as they read ธ.ค. as ส.ค.), ร read as ธ (ศิธิพร), ท read as ก (สุกธิพงษ์), ว as จ (วิไลจรรณ),
 * ก as ค (แค้วมณี), ด as ค (ทองคี), น or ป as บ (a loop or a tail lost), ท as ฑ (ฑองคำ: a
 * speck under it read as its foot) or as ภ (ไภย: its foot read as a tail), บ as ข (ขัวขาว: a
 * loop gained), า as ำ (อนุชำ: a speck over the letter before read as its nikhahit), and the
 * small marks above for one another: sara ue for sara i (ยอดยึ่ง), mai ek and mai tho (มั้นคง),
 * mai tho for mai han-akat (บ้วขาว). Not every
 * look-alike of the word lists: a name one such letter from a common word is often that name
 * (ประภาศ is no ประกาศ, แกว้น no แกว่น): tone marks are the bearer's own, read as others only
 * where the part is far likelier so (มั้นคง).
 */
const NAME_LOOK_ALIKES: Readonly<Record<string, string>> = {
  'ก': 'ท', 'ช': 'ฐซ', 'ซ': 'ช', 'ฐ': 'ช', 'จ': 'งว', 'แ': 'เ', 'เ': 'แ', 'ง': 'จ', 'ค': 'กด', 'บ': 'นป', 'โ': 'ไ', 'ไ': 'โใ', 'ใ': 'ไ', '\u0E34': '\u0E35', '\u0E35': '\u0E34', 'ฮ': 'ธ', 'ส': 'ธ', 'ธ': 'ร',
  'ฑ': 'ท', 'ภ': 'ท', 'ำ': 'า', 'ข': 'บ', '\u0E36': '\u0E34', '\u0E48': '\u0E49', '\u0E49': '\u0E48\u0E31',
};
/** A lower vowel OCR made of a speck under a letter ("ปูระเสริฐ", "กนกุวรรณ"); an upper mark taken out would make another name (ชนิดา, ชนดา). */
const LOWER_VOWEL = /[\u0E38\u0E39]/u;

const TONE_MARK = new RegExp(`^[${TONE_MARKS}]$`, 'u');
/**
 * A karan OCR made of a speck above a letter ("ป์วีณา", "จัน์ทร์แก้ว"), or a tone mark ending a part
 * ("สิทธิโชค่"). Other tone marks are not taken out so: a name may carry one no word explains
 * (หมื่นแกว้น).
 */
const KARAN = '\u0E4C';
/** No Thai word ends in mai han-akat: one there is sara am whose sara aa OCR lost ("ทองคั"). */
const MAI_HAN_AKAT = '\u0E31';

const without = (chars: string[], at: number): string => [...chars.slice(0, at), ...chars.slice(at + 1)].join('');

/** Every reading of `part` with one letter or mark changed as OCR changes them. */
function oneChangeAway(part: string): string[] {
  const chars = [...part];
  const out = new Set<string>();
  const put = (at: number, replacement: string) => out.add([...chars.slice(0, at), replacement, ...chars.slice(at + 1)].join(''));
  chars.forEach((c, at) => {
    // Sara am read as a tone mark and sara aa ("ทองค๊า"): OCR takes its nikhahit for a mark.
    if (TONE_MARK.test(c) && chars[at + 1] === SARA_AA) out.add([...chars.slice(0, at), SARA_AM, ...chars.slice(at + 2)].join(''));
    // A tone mark on the final of a mai han-akat syllable ("ปัน่"): no syllable marks its final.
    const onFinal = TONE_MARK.test(c) && chars[at - 2] === MAI_HAN_AKAT;
    if (LOWER_VOWEL.test(c) || c === KARAN || (TONE_MARK.test(c) && at === chars.length - 1) || onFinal) put(at, '');
    if (c === MAI_HAN_AKAT && at === chars.length - 1) put(at, SARA_AM);
    // A tone mark anywhere, where the part without it is one word of the dictionary ("ไพ่โรจน์"):
    // elsewhere a name's tone marks are its bearer's own (หมื่นแกว้น).
    if (TONE_MARK.test(c) && thaiDictionary().has(without(chars, at))) put(at, '');
    for (const other of NAME_LOOK_ALIKES[c] ?? '') put(at, other);
    // One letter read twice, first as a look-alike of it ("ณัชฐธิดา", "ณัฐสธิดา"): the first goes.
    const next = chars[at + 1];
    if (next !== undefined && (NAME_LOOK_ALIKES[c] ?? '').includes(next)) put(at, '');
  });
  if (!chars.includes(KARAN) && !TONE_MARK.test(chars.at(-1) ?? '')) out.add(part + KARAN);
  out.delete(part);
  return [...out];
}

/** The one reading of a name part, one change away, clearly likelier as words than the part as read; null when none. */
export function mendNamePart(part: string): string | null {
  if ([...part].length < MIN_PART_LENGTH) return null;
  const readings = oneChangeAway(part)
    .map((reading) => ({ reading, cost: readingCost(reading) }))
    .sort((a, b) => a.cost - b.cost);
  const [best, next] = readings;
  if (!best || (next && next.cost - best.cost < MARGIN)) return null;
  const price = best.reading === part + KARAN ? KARAN_PRICE : CHANGE_PRICE;
  return readingCost(part) - best.cost >= price ? best.reading : null;
}

const TITLE_FIRST = [...HONORIFICS].sort((a, b) => b.length - a.length);

/** The name (title, given name, surname) with each part mended where mendNamePart finds one reading. */
export function mendName(name: string): { text: string; mends: WordMend[] } {
  const title = TITLE_FIRST.find((t) => name.startsWith(t)) ?? '';
  const mends: WordMend[] = [];
  const parts = name.slice(title.length).split(/(\s+)/u).map((part) => {
    const mended = /\s/u.test(part) ? null : mendNamePart(part);
    if (mended === null) return part;
    mends.push({ before: part, after: mended });
    return mended;
  });
  return { text: title + parts.join(''), mends };
}
