/**
 * The typefaces the glyph classifier learns from, registered with the canvas: every face of
 * Debian's fonts-thai-tlwg, the @fontsource families of issue 11 and their neighbours, and Thai
 * hand faces (tools/synth-scans/typefaces.ts keeps the lists), regular and bold where the family
 * has a bold. The held-out faces of the synthetic test set
 * can be registered too, to measure the network on type it never saw — never to train on.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { FONTSOURCE_TRAINING, HAND_TRAINING, HELD_OUT, TLWG } from '../synth-scans/typefaces.js';
import type { Typeface } from '../synth-scans/typefaces.js';

/** Where Debian's fonts-thai-tlwg puts its fonts. */
export const TLWG_FOLDER = '/usr/share/fonts/truetype/tlwg';

export type Weight = 'regular' | 'bold';

export interface FontFace {
  /** Family name ("Tlwg Typo", "Chakra Petch"): the unit of leave-one-typeface-out. */
  family: string;
  weight: Weight;
  /** CSS font list for the canvas: the family's Thai file, then its Latin file (Arabic digits). */
  font: string;
}

const require = createRequire(import.meta.url);
let registered = 0;

function register(file: string): string {
  const alias = `glyph-face-${++registered}`;
  GlobalFonts.registerFromPath(file, alias);
  return alias;
}

function tlwgFace(face: Typeface, weight: Weight, folder: string): FontFace {
  const file = path.join(folder, `${face.family.replace(/\s+/g, '')}${weight === 'bold' ? '-Bold' : ''}.ttf`);
  if (!existsSync(file)) throw new Error(`${file} is missing: apt-get install fonts-thai-tlwg`);
  return { family: face.family, weight, font: register(file) };
}

/** @fontsource ships a family as one file per script subset and weight; null when it has no such weight. */
function fontsourceFace(face: Typeface, weight: Weight): FontFace | null {
  const slug = face.slug;
  const css = weight === 'bold' ? 700 : 400;
  const file = (subset: string) => require.resolve(`${face.package}/files/${slug}-${subset}-${css}-normal.woff2`);
  try {
    return { family: face.family, weight, font: `${register(file('thai'))}, ${register(file('latin'))}` };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && weight === 'bold') return null;
    throw error;
  }
}

/** The regular and bold faces of some typefaces, registered with the canvas. */
export function facesOf(typefaces: readonly Typeface[], folder = TLWG_FOLDER): FontFace[] {
  return typefaces.flatMap((face) =>
    (['regular', 'bold'] as const).flatMap((weight) => (face.package ? (fontsourceFace(face, weight) ?? []) : [tlwgFace(face, weight, folder)])),
  );
}

/** Training faces: fonts-thai-tlwg, the @fontsource training families and the hand faces. */
export function trainingFaces(folder = TLWG_FOLDER): FontFace[] {
  return facesOf([...TLWG, ...FONTSOURCE_TRAINING, ...HAND_TRAINING], folder);
}

/** The faces of the held-out scan set: for measuring only. */
export function heldOutFaces(): FontFace[] {
  return facesOf(HELD_OUT, TLWG_FOLDER);
}
