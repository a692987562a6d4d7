/**
 * Typefaces whose digits stand in for handwriting and stamps: Thai and Latin hand and marker
 * faces from @fontsource packages (devDependencies), Purisa and the typewriter faces of Debian's
 * fonts-thai-tlwg, and bold monospace/serif faces like numbering and date stamps. Printed Thai
 * faces add letters (not digits) to the non-digit class: the crop of a number may hold a label.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

export type FaceKind = 'hand' | 'stamp' | 'print';

export interface Face {
  /** Family name, as given to --holdout. */
  family: string;
  kind: FaceKind;
  /** Canvas font aliases: one drawing Thai, one drawing Latin (either may be missing). */
  thai?: string;
  latin?: string;
}

/** @fontsource packages: Thai hand faces (Thai and Arabic digits), then Latin hand and stamp faces. */
const FONTSOURCE: Record<string, FaceKind> = {
  sriracha: 'hand',
  itim: 'hand',
  mali: 'hand',
  charm: 'hand',
  charmonman: 'hand',
  kodchasan: 'hand',
  koho: 'hand',
  niramit: 'hand',
  caveat: 'hand',
  kalam: 'hand',
  'patrick-hand': 'hand',
  'indie-flower': 'hand',
  'gochi-hand': 'hand',
  handlee: 'hand',
  'reenie-beanie': 'hand',
  'shadows-into-light': 'hand',
  'permanent-marker': 'hand',
  'gloria-hallelujah': 'hand',
  'architects-daughter': 'hand',
  'nanum-pen-script': 'hand',
  schoolbell: 'hand',
  neucha: 'hand',
  mansalva: 'hand',
  'covered-by-your-grace': 'hand',
  'rock-salt': 'hand',
  'courier-prime': 'stamp',
  'special-elite': 'stamp',
  'space-mono': 'stamp',
  'ibm-plex-mono': 'stamp',
};

/** fonts-thai-tlwg files: a hand face, typewriter faces, bold serifs like numbering stamps, printed faces. */
const TLWG: Record<string, FaceKind> = {
  Purisa: 'hand',
  'Purisa-Bold': 'hand',
  TlwgTypewriter: 'stamp',
  'TlwgTypewriter-Bold': 'stamp',
  'TlwgMono-Bold': 'stamp',
  'Norasi-Bold': 'stamp',
  'Kinnari-Bold': 'stamp',
  Laksaman: 'print',
  Loma: 'print',
  Garuda: 'print',
  Sawasdee: 'print',
  Umpush: 'print',
};

const DEJAVU: Record<string, FaceKind> = { 'DejaVuSansMono-Bold': 'stamp', 'DejaVuSerif-Bold': 'stamp' };

export const DEFAULT_HOLDOUT = ['itim', 'mali', 'indie-flower', 'mansalva', 'special-elite'];

function register(file: string, alias: string): string | undefined {
  if (!existsSync(file)) return undefined;
  GlobalFonts.registerFromPath(file, alias);
  return alias;
}

/** Every face found under `fontsource` (node_modules/@fontsource), `tlwg` and `dejavu` folders. */
export function loadFaces(folders: { fontsource: string; tlwg: string; dejavu: string }): Face[] {
  const faces: Face[] = [];
  for (const [family, kind] of Object.entries(FONTSOURCE)) {
    const files = path.join(folders.fontsource, family, 'files');
    if (!existsSync(files)) throw new Error(`${files} is missing: npm install (the @fontsource devDependencies)`);
    const weights = new Set(readdirSync(files).flatMap((f) => /-(\d00)-normal\.woff2$/.exec(f)?.[1] ?? []));
    for (const weight of ['400', '700'].filter((w) => weights.has(w))) {
      const file = (subset: string) => path.join(files, `${family}-${subset}-${weight}-normal.woff2`);
      const thai = register(file('thai'), `hw-${family}-thai-${weight}`);
      const latin = register(file('latin'), `hw-${family}-latin-${weight}`);
      faces.push({ family, kind, ...(thai ? { thai } : {}), ...(latin ? { latin } : {}) });
    }
  }
  for (const [tables, folder] of [[TLWG, folders.tlwg], [DEJAVU, folders.dejavu]] as const) {
    for (const [name, kind] of Object.entries(tables)) {
      const alias = register(path.join(folder, `${name}.ttf`), `hw-${name}`);
      if (!alias) throw new Error(`${name}.ttf not found in ${folder}: apt-get install fonts-thai-tlwg fonts-dejavu-core`);
      const thai = folder === folders.tlwg ? alias : undefined;
      faces.push({ family: name.replace(/-.*$/, '').toLowerCase(), kind, ...(thai ? { thai } : {}), latin: alias });
    }
  }
  return faces;
}
