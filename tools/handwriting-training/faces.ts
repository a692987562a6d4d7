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

interface FontsourceFace {
  kind: FaceKind;
  /** Weights used (those the package has); 400 and 700 when not given. */
  weights?: string[];
}

const hand: FontsourceFace = { kind: 'hand' };
/** Date and numbering stamps: bold faces only. */
const stamp: FontsourceFace = { kind: 'stamp', weights: ['700'] };

/**
 * @fontsource packages: Thai hand faces (Thai and Arabic digits), Latin hand faces, then faces
 * like numbering machines and date stamps: typewriter and monospace, condensed bold sans, and
 * bold Thai text faces whose digits a date stamp's look like.
 */
const FONTSOURCE: Record<string, FontsourceFace> = {
  sriracha: hand,
  itim: hand,
  mali: hand,
  charm: hand,
  charmonman: hand,
  kodchasan: hand,
  koho: hand,
  niramit: hand,
  caveat: hand,
  kalam: hand,
  'patrick-hand': hand,
  'indie-flower': hand,
  'gochi-hand': hand,
  handlee: hand,
  'reenie-beanie': hand,
  'shadows-into-light': hand,
  'permanent-marker': hand,
  'gloria-hallelujah': hand,
  'architects-daughter': hand,
  'nanum-pen-script': hand,
  schoolbell: hand,
  neucha: hand,
  mansalva: hand,
  'covered-by-your-grace': hand,
  'rock-salt': hand,
  'homemade-apple': hand,
  'sue-ellen-francisco': hand,
  'annie-use-your-telescope': hand,
  'short-stack': hand,
  delius: hand,
  'swanky-and-moo-moo': hand,
  'cedarville-cursive': hand,
  'courier-prime': { kind: 'stamp' },
  'special-elite': { kind: 'stamp', weights: ['400'] },
  'space-mono': { kind: 'stamp' },
  'ibm-plex-mono': { kind: 'stamp' },
  'roboto-mono': stamp,
  'anonymous-pro': stamp,
  'share-tech-mono': { kind: 'stamp', weights: ['400'] },
  oswald: { kind: 'stamp', weights: ['600'] },
  'barlow-condensed': stamp,
  'chakra-petch': stamp,
  kanit: stamp,
  prompt: stamp,
  sarabun: stamp,
  k2d: stamp,
  taviraj: stamp,
  'noto-serif-thai': stamp,
  'ibm-plex-sans-thai': stamp,
  anuphan: stamp,
};

/** fonts-thai-tlwg files: a hand face, typewriter faces, bold serifs like numbering stamps, printed faces. */
const TLWG: Record<string, FaceKind> = {
  Purisa: 'hand',
  'Purisa-Bold': 'hand',
  TlwgTypewriter: 'stamp',
  'TlwgTypewriter-Bold': 'stamp',
  'TlwgTypist-Bold': 'stamp',
  'TlwgMono-Bold': 'stamp',
  'Norasi-Bold': 'stamp',
  'Kinnari-Bold': 'stamp',
  Laksaman: 'print',
  Loma: 'print',
  Garuda: 'print',
  Sawasdee: 'print',
  Umpush: 'print',
};

const DEJAVU: Record<string, FaceKind> = { 'DejaVuSansMono-Bold': 'stamp', 'DejaVuSerif-Bold': 'stamp', 'DejaVuSansCondensed-Bold': 'stamp' };

/** Hand faces, then stamp faces, never trained on: the figures on them are on unseen shapes. */
export const DEFAULT_HOLDOUT = ['itim', 'mali', 'indie-flower', 'mansalva', 'special-elite', 'chakra-petch', 'tlwgtypist', 'barlow-condensed'];

function register(file: string, alias: string): string | undefined {
  if (!existsSync(file)) return undefined;
  GlobalFonts.registerFromPath(file, alias);
  return alias;
}

/** Every face found under `fontsource` (node_modules/@fontsource), `tlwg` and `dejavu` folders. */
export function loadFaces(folders: { fontsource: string; tlwg: string; dejavu: string }): Face[] {
  const faces: Face[] = [];
  for (const [family, { kind, weights: wanted = ['400', '700'] }] of Object.entries(FONTSOURCE)) {
    const files = path.join(folders.fontsource, family, 'files');
    if (!existsSync(files)) throw new Error(`${files} is missing: npm install (the @fontsource devDependencies)`);
    const weights = new Set(readdirSync(files).flatMap((f) => /-(\d00)-normal\.woff2$/.exec(f)?.[1] ?? []));
    for (const weight of wanted.filter((w) => weights.has(w))) {
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
