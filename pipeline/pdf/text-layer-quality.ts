/**
 * Whether a page's text layer can be trusted, or the page should be read by OCR instead:
 * no text layer (a scan, maybe with a few stray characters), or a layer broken beyond sure
 * repair (an earlier poor OCR layer, a font without a usable ToUnicode map, scrambled order).
 *
 * Thresholds were measured on the pages of 30 Chromium-made PDFs (all good) against their typed
 * text scrambled, stripped of marks or with a share of consonants replaced at random:
 *   spelling errors per Thai letter: extracted good pages 0, characters scrambled ≥ 0.086;
 *   Thai letters in ICU word segments of ≤ 2 letters (600-character sample): good pages ≤ 0.089
 *   (words cut by line ends, short words ใน ปี มา), scrambled clusters ≥ 0.17.
 * With these, 0 of 141 good pages go to OCR; 93 % of scrambled, 84 % of mark-stripped, 13 % /
 * 41 % / 57 % of pages with 10 / 20 / 35 % of consonants replaced do. Sending a good page to OCR
 * costs more than keeping a mediocre layer, so the dictionary threshold keeps a wide margin.
 */
import { countSpellingErrors, countThaiLetters, wordSegments } from '../thai/index.js';

export type TextLayerVerdict = { usable: true } | { usable: false; code: 'no-text-layer' | 'text-layer-broken'; reason: string };

/** Fewer visible characters than this is no text layer: a scan page with a stray stamp or mark. */
const MIN_VISIBLE_CHARACTERS = 16;
/** Character-based measures need this many characters to mean anything. */
const MIN_MEASURED_CHARACTERS = 60;
const MAX_GARBAGE_SHARE = 0.05;
const MAX_SPELLING_ERROR_RATE = 0.03;
const MAX_SHORT_SEGMENT_SHARE = 0.15;
const MAX_MIXED_SCRIPT_TOKEN_SHARE = 0.05;
/** The dictionary measure reads lines up to this many characters: a sample is enough to judge. */
const SEGMENTED_SAMPLE_CHARACTERS = 600;

/**
 * Replacement and control characters, private-use code points left after the Thai repair, and
 * the Latin-1 letters and signs that Thai text becomes when a font's TIS-620 codes are read as
 * Latin-1 ("¡ÃÐ·ÃǧÁËÒ´ä·Â").
 */
const GARBAGE = /[\ufffd\u0000-\u0008\u000b-\u001f\u007f-\u009f\ue000-\uf8ff\u00a1-\u00bf\u00c0-\u00ff]/g;
const THAI_WITH_LATIN = /[\u0e01-\u0e4e][A-Za-z]|[A-Za-z][\u0e01-\u0e4e]/;

const broken = (reason: string): TextLayerVerdict => ({ usable: false, code: 'text-layer-broken', reason });

export function judgeTextLayer(lines: readonly string[]): TextLayerVerdict {
  const text = lines.join('\n');
  const visible = text.replace(/\s+/g, '');
  if (visible.length < MIN_VISIBLE_CHARACTERS) {
    const reason = visible.length === 0 ? 'the page has no text layer' : `the text layer holds only ${visible.length} characters`;
    return { usable: false, code: 'no-text-layer', reason };
  }
  if (visible.length < MIN_MEASURED_CHARACTERS) return { usable: true };

  const garbage = visible.match(GARBAGE)?.length ?? 0;
  if (garbage > MAX_GARBAGE_SHARE * visible.length) {
    return broken(`${percent(garbage / visible.length)} of its characters are garbage (replacement, control, private-use or Latin-1 mojibake)`);
  }
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  const mixed = tokens.filter((t) => THAI_WITH_LATIN.test(t)).length;
  const thaiTokens = tokens.filter((t) => countThaiLetters(t) > 0).length;
  if (thaiTokens > 0 && mixed > MAX_MIXED_SCRIPT_TOKEN_SHARE * thaiTokens && mixed > 2) {
    return broken(`${mixed} of ${thaiTokens} Thai words have Latin letters inside them`);
  }
  return judgeThai(text);
}

function judgeThai(text: string): TextLayerVerdict {
  const thaiLetters = countThaiLetters(text);
  if (thaiLetters < MIN_MEASURED_CHARACTERS) return { usable: true };

  const errors = countSpellingErrors(text);
  if (errors > MAX_SPELLING_ERROR_RATE * thaiLetters) {
    return broken(`Thai spelling is broken in ${errors} places (${percent(errors / thaiLetters)} of Thai letters): marks or vowels without their consonant`);
  }
  const sample = text.length > SEGMENTED_SAMPLE_CHARACTERS ? text.slice(0, text.lastIndexOf('\n', SEGMENTED_SAMPLE_CHARACTERS) + 1 || SEGMENTED_SAMPLE_CHARACTERS) : text;
  let sampleLetters = 0;
  let lettersInShortSegments = 0;
  for (const segment of wordSegments(sample)) {
    const letters = countThaiLetters(segment);
    sampleLetters += letters;
    if (letters > 0 && letters <= 2) lettersInShortSegments += letters;
  }
  if (lettersInShortSegments > MAX_SHORT_SEGMENT_SHARE * sampleLetters) {
    return broken(`most Thai text does not segment into dictionary words (${percent(lettersInShortSegments / sampleLetters)} of Thai letters fall in 1–2 letter fragments)`);
  }
  return { usable: true };
}

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;
