/**
 * The typefaces letters can be typeset in, and which of them the rest of saraban has seen.
 *
 * - the shared corpus prints in Laksaman, Kinnari, Norasi and Loma;
 * - the glyph classifier is trained on fonts-thai-tlwg, on sixteen @fontsource families
 *   (FONTSOURCE_TRAINING) and on five Thai hand faces (HAND_TRAINING);
 * - HELD_OUT faces are in neither: a set printed in them measures letters nobody tuned on.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface Typeface {
  /** CSS family name */
  family: string;
  /** lower-case, dashed: used in item names so `npm run eval -- DIR --only SLUG` picks one face */
  slug: string;
  /** @fontsource package, or null for a system font (Debian's fonts-thai-tlwg) */
  package: string | null;
}

const system = (family: string): Typeface => ({ family, slug: slugOf(family), package: null });
const fontsource = (family: string): Typeface => ({ family, slug: slugOf(family), package: `@fontsource/${slugOf(family)}` });

function slugOf(family: string): string {
  return family.toLowerCase().replace(/\s+/g, '-');
}

export const SHARED_CORPUS: readonly Typeface[] = ['Laksaman', 'Kinnari', 'Norasi', 'Loma'].map(system);

export const TLWG: readonly Typeface[] = [
  'Garuda', 'Kinnari', 'Laksaman', 'Loma', 'Norasi', 'Purisa', 'Sawasdee', 'Tlwg Mono', 'Tlwg Typo',
  'Tlwg Typewriter', 'Tlwg Typist', 'Umpush', 'Waree',
].map(system);

/**
 * The seven families issue 11 names, then nine more Thai families of the npm registry (loopless
 * and looped, sans and serif, upright and handwriting-like) so that a face nobody trained on
 * looks like a neighbour of some face that was. No looped sibling of a held-out face is here
 * (Noto Sans Thai Looped, IBM Plex Sans Thai Looped): they share its digits.
 */
export const FONTSOURCE_TRAINING: readonly Typeface[] = [
  'Sarabun', 'Kanit', 'Prompt', 'Taviraj', 'Chakra Petch', 'Bai Jamjuree', 'K2D',
  'Athiti', 'Krub', 'Mitr', 'Maitree', 'Pridi', 'Trirong', 'Niramit', 'KoHo', 'Kodchasan',
].map(fontsource);

/**
 * Thai faces drawn like handwriting, some with a regular weight only: the neighbours a pen-like
 * printed face (Purisa) needs, since no face above looks like it. The glyph classifier trains on
 * them; letters are not typeset in them.
 */
export const HAND_TRAINING: readonly Typeface[] = ['Charm', 'Charmonman', 'Itim', 'Mali', 'Sriracha'].map(fontsource);

export const HELD_OUT: readonly Typeface[] = [
  'Noto Sans Thai', 'Noto Serif Thai', 'IBM Plex Sans Thai', 'Anuphan', 'Fahkwang',
].map(fontsource);

/** Every face not printed in the shared corpus. */
const UNUSED_IN_CORPUS = [...TLWG, ...FONTSOURCE_TRAINING, ...HELD_OUT].filter(
  (face) => !SHARED_CORPUS.some((used) => used.family === face.family),
);

export const TYPEFACE_SETS: Record<string, readonly Typeface[]> = {
  'held-out': HELD_OUT,
  'not-in-corpus': UNUSED_IN_CORPUS,
  training: [...TLWG, ...FONTSOURCE_TRAINING],
};

/** A named set, or a comma-separated list of family names or slugs. */
export function chooseTypefaces(spec: string): Typeface[] {
  const named = TYPEFACE_SETS[spec];
  if (named) return [...named];
  const known = [...TLWG, ...FONTSOURCE_TRAINING, ...HELD_OUT];
  return spec.split(',').map((name) => {
    const face = known.find((f) => f.family === name.trim() || f.slug === name.trim());
    if (!face) throw new Error(`unknown typeface "${name}" (known: ${known.map((f) => f.slug).join(', ')})`);
    return face;
  });
}

const require = createRequire(import.meta.url);

/** Stylesheets that declare the face's regular and bold weights (none for system fonts). */
export function stylesheets(face: Typeface): string[] {
  if (!face.package) return [];
  return ['400', '700'].map((weight) => pathToFileURL(require.resolve(`${face.package}/${weight}.css`)).href);
}
