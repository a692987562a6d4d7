/**
 * npm run synth-scans -- OUT_DIR [--corpus DIR] [--typefaces held-out|not-in-corpus|training|A,B]
 *                        [--variants N] [--seed N] [--only TEXT] [--digital]
 *
 * Re-typesets every bundle of a corpus (its NAME.truth.json files) in other typefaces, with some
 * documents switched to Arabic or Thai digits and abbreviated dates, renders the pages in
 * Chromium and damages them like scans. Writes NAME.SLUG.scan.pdf and NAME.SLUG.truth.json
 * (and NAME.SLUG.digital.pdf with --digital) into OUT_DIR, for `npm run eval -- OUT_DIR --variant scan`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolArguments } from '../command-line.js';
import { random } from '../ocr-training/glyph-samples.js';
import { documentLines } from './line-roles.js';
import { Renderer } from './render.js';
import { type DateStyle, type Digits, restyleDocument } from './restyle.js';
import { scanPdf } from './scan-pdf.js';
import { type DamageLevel, drawPageDamage, drawProfile, scanPage } from './scan-damage.js';
import { SourceTruth } from './source-truth.js';
import { chooseTypefaces, stylesheets, type Typeface } from './typefaces.js';
import { bundleHtml, type TypesetDocument } from './typeset.js';

const { values, positionals } = toolArguments(
  'usage: npm run synth-scans -- OUT_DIR [--corpus DIR] [--typefaces held-out|SET|A,B] [--variants 2] [--seed 11] [--only TEXT] [--digital]',
  {
    corpus: { type: 'string', default: '../shared/corpus' },
    typefaces: { type: 'string', default: 'held-out' },
    variants: { type: 'string', default: '2' },
    seed: { type: 'string', default: '11' },
    only: { type: 'string' },
    digital: { type: 'boolean', default: false },
  },
  1,
);
const out = positionals[0]!;

/** Shares of damage levels over the generated bundles. */
const DAMAGE: [DamageLevel, number][] = [['light', 0.25], ['medium', 0.3], ['heavy', 0.3], ['extreme', 0.15]];
/** Chance that a document printed in Thai digits is switched to Arabic, and the other way round. */
const TO_ARABIC = 0.45;
const TO_THAI = 0.2;
const DATE_STYLES: [DateStyle, number][] = [['as-printed', 0.5], ['abbreviated', 0.3], ['short-year', 0.2]];

function pick<T>(rand: () => number, weighted: [T, number][]): T {
  let roll = rand();
  for (const [value, share] of weighted) {
    roll -= share;
    if (roll < 0) return value;
  }
  return weighted.at(-1)![0];
}

/** FNV-1a: a stable seed per item and variant. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const faces = chooseTypefaces(values.typefaces!);
const variants = Number(values.variants);
const items = readdirSync(values.corpus!)
  .filter((name) => name.endsWith('.truth.json'))
  .map((name) => name.slice(0, -'.truth.json'.length))
  .sort();
mkdirSync(out, { recursive: true });

const renderer = await Renderer.open();
try {
  const allSheets = faces.flatMap(stylesheets);
  const sizes = await renderer.matchSizes(faces, allSheets);
  for (const [index, item] of items.entries()) {
    // Typefaces rotate over the whole corpus, so --only picks the same faces as a full run.
    if (values.only && !item.includes(values.only)) continue;
    const source = SourceTruth.parse(JSON.parse(readFileSync(join(values.corpus!, `${item}.truth.json`), 'utf8')));
    for (let v = 0; v < variants; v++) {
      const face = faces[(index * variants + v) % faces.length]!;
      const started = performance.now();
      const name = await generate(source, face, sizes.get(face.family)!, hash(`${values.seed}:${item}:${face.slug}`));
      process.stderr.write(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
  }
} finally {
  await renderer.close();
}

async function generate(source: SourceTruth, face: Typeface, matchedSize: number, seed: number): Promise<string> {
  const rand = random(seed);
  const name = `${source.item}.${face.slug}`;
  const documents = source.documents.map((document) => {
    const digits: Digits = document.digits === 'thai' ? (rand() < TO_ARABIC ? 'arabic' : 'thai') : rand() < TO_THAI ? 'thai' : 'arabic';
    const dates = pick(rand, DATE_STYLES);
    const restyled = restyleDocument(document, documentLines(document), { digits, dates });
    return { ...restyled, dates, size: matchedSize * (0.9 + rand() * 0.2) };
  });
  const typeset: TypesetDocument[] = documents.map((d) => ({ kind: d.document.kind, pages: d.pages, face, size: d.size, rand }));
  const profile = drawProfile(pick(rand, DAMAGE), rand);
  const rendered = await renderer.render(bundleHtml(typeset, stylesheets(face)), [], { dpi: profile.dpi, pdf: values.digital! });
  const pageDamage = rendered.pages.map(() => drawPageDamage(profile, rand));
  const jpegs: Buffer[] = [];
  for (const [i, png] of rendered.pages.entries()) jpegs.push(await scanPage(png, profile, pageDamage[i]!, rand));
  writeFileSync(join(out!, `${name}.scan.pdf`), await scanPdf(jpegs, name));
  if (rendered.pdf) writeFileSync(join(out!, `${name}.digital.pdf`), rendered.pdf);
  const truthDocuments = documents.map((d, i) => ({
    ...d.document,
    font: face.family,
    date_style: d.dates,
    font_size_pt: Number(rendered.sizes[i]!.toFixed(2)),
  }));
  const truth = {
    ...source,
    item: name,
    documents: truthDocuments,
    full_text: truthDocuments.map((d) => d.text).join('\f'),
    scan: { ...profile, pages: pageDamage.map((p, i) => ({ page: i + 1, ...p })) },
    generated_from: { item: source.item, generator: 'tools/synth-scans', seed },
  };
  writeFileSync(join(out!, `${name}.truth.json`), JSON.stringify(truth, null, 1));
  return name;
}
