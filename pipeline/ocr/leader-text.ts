/**
 * Leader dots are form furniture, not text: the dotted lines of a memo form's header fields and
 * the blanks of a form are erased from the image, and whatever Tesseract still reads off their
 * remains (a run of full stops, ellipses, underscores or dashes) is taken out of the line.
 * Single dots stay: abbreviations (พ.ศ., ก.ค.) and numbers (๐๘๑๙.๖) have them between letters.
 */

/**
 * Three or more dots or underscores mixed (spaced or not), any ellipsis, two or more underscores,
 * four or more dashes.
 */
const LEADER_RUN = /(?:[._·•]\s?){3,}|(?:[.·•]\s?)*…(?:\s?[.…·•])*|_{2,}|[-–—]{4,}/g;

export function withoutLeaderRuns(text: string): string {
  return text.replace(LEADER_RUN, ' ').replace(/\s+/g, ' ').trim();
}
