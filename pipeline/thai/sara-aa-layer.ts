/**
 * Text layers whose font maps sara aa (า) to the code point of sara am (ำ): a whole page reads
 * "สรรพนำม", "กองบัญชำกำร". Every ำ of such a page may stand for า or for a real ำ; the Thai
 * dictionary tells which, word by word (dictionary-cut.ts). The page is repaired only when the
 * dictionary makes the repair sure: read as printed, its Thai cuts into words as badly as
 * scrambled text does; repaired, as well as any good page. Pages without the defect (ำ far
 * rarer than า) never load the dictionary.
 *
 * Measured on the 30 born-digital letters of the development corpus (pages with 200+ Thai
 * letters in runs holding า or ำ): a good page costs 1.28–1.60 nats a letter to cut into words;
 * the same pages with every า turned into ำ cost 2.88–4.83.
 */
import { cutCost, cutRun, THAI_RUN } from './dictionary-cut.js';
import { thaiDictionary } from './dictionary.js';
import { SARA_AA, SARA_AM } from './script.js';

/** Sara am this many times at least, and more often than sara aa (in Thai text า is several times as common). */
const MIN_SARA_AM = 8;
/** Cost of the cut per Thai letter (runs holding ำ): a page this costly as printed is broken... */
const MIN_COST_BEFORE = 2.2;
/** ...and one this cheap once repaired reads as Thai. */
const MAX_COST_AFTER = 1.9;
/** Words of more than this many ำ are not respelled (2^n spellings). */
const MAX_RESPELLED = 4;

/** The likeliest dictionary word among the piece's spellings with some of its ำ read as า. */
function asSaraAa(piece: string): { word: string; cost: number } | null {
  const at = [...piece].flatMap((c, i) => (c === SARA_AM ? [i] : []));
  if (at.length === 0 || at.length > MAX_RESPELLED) return null;
  const dictionary = thaiDictionary();
  let best: { word: string; cost: number } | null = null;
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const chars = [...piece];
    at.forEach((i, k) => {
      if (mask & (1 << k)) chars[i] = SARA_AA;
    });
    const word = chars.join('');
    const cost = dictionary.cost(word);
    if (Number.isFinite(cost) && (!best || cost < best.cost)) best = { word, cost };
  }
  return best;
}

export interface SaraAaRepair {
  lines: string[];
  /** how many ำ were read as า */
  repaired: number;
  /** nats per Thai letter to cut the runs holding ำ into words, as printed and repaired */
  costBefore: number;
  costAfter: number;
}

/**
 * The page's lines with ำ read as า where the font put one for the other; null when the page
 * shows no such defect or the dictionary does not make the repair sure.
 */
export function repairSaraAaLayer(lines: readonly string[]): SaraAaRepair | null {
  const text = lines.join('\n');
  const saraAm = text.split(SARA_AM).length - 1;
  if (saraAm < MIN_SARA_AM || saraAm <= text.split(SARA_AA).length - 1) return null;
  let letters = 0;
  let before = 0;
  let after = 0;
  let repaired = 0;
  const out = lines.map((line) =>
    line.replace(THAI_RUN, (run) => {
      if (!run.includes(SARA_AM)) return run;
      letters += run.length;
      before += cutCost(cutRun(run));
      const steps = cutRun(run, asSaraAa);
      after += cutCost(steps);
      return steps
        .map((s) => {
          if (s.word === null) return run.slice(s.from, s.to);
          repaired += [...s.word].filter((c, i) => c !== run[s.from + i]).length;
          return s.word;
        })
        .join('');
    }),
  );
  const costBefore = before / Math.max(1, letters);
  const costAfter = after / Math.max(1, letters);
  const sure = costBefore >= MIN_COST_BEFORE && costAfter <= MAX_COST_AFTER;
  return sure && repaired > 0 ? { lines: out, repaired, costBefore, costAfter } : null;
}
