/** Thai text repair and matching helpers used by every stage that reads Thai. */
export { composeSaraAm, repairThaiText } from './repair.js';
export { toArabicDigits, toThaiDigits } from './digits.js';
export { matchKey } from './match-key.js';
export { applyDifferences, type Difference, differences, editDistance } from './edit-distance.js';
export { OFFICIAL_WORDS } from './official-words.js';
export { abbreviationsRead, mendAbbreviations } from './abbreviations.js';
export {
  isThaiLetter,
  cannotSplitBetween,
  CONSONANTS,
  LEADING_VOWELS,
  FOLLOWING_VOWELS,
  VOWEL_MARKS,
  TONE_MARKS,
  OTHER_MARKS,
  SARA_AA,
  SARA_AM,
  COMBINING_MARKS,
  LETTERS,
} from './script.js';
export { segmentWords, wordSegments, wordBoundaries } from './words.js';
export { countThaiLetters, countSpellingErrors } from './spelling.js';
export { COMMON_WORD_COST, thaiDictionary, skeletonOf, type ThaiDictionary } from './dictionary.js';
export { areLookAlikes, mendWords, type WordMend } from './word-mending.js';
export { joinSplitWords } from './split-words.js';
export { mendMisreadCompounds } from './compound-mending.js';
export { mendName } from './name-mending.js';
export { cutSummary, readingCost, THAI_RUN, THAI_RUN_CHARACTER } from './dictionary-cut.js';
export { HONORIFICS, isTitledName, nameSpans, opensWithOffice, PLAIN_TITLES, withTitleUnmarked } from './person-names.js';
export { repairSaraAaLayer, type SaraAaRepair } from './sara-aa-layer.js';
