import { describe, expect, it } from 'vitest';
import { glyphClassifier } from '../../pipeline/ocr/glyphs/classifier.js';
import { glyphFeatures } from '../../pipeline/ocr/glyphs/features.js';
import { FONTSOURCE_TRAINING } from '../synth-scans/typefaces.js';
import { facesOf } from './faces.js';
import { drawStrip, GLYPH_LABELS, glyphHeightPerEm, labelledGlyphs, random, stripText } from './glyph-samples.js';

// @fontsource Sarabun (a devDependency), so the test needs no system font.
const [sarabun] = facesOf(FONTSOURCE_TRAINING.filter((face) => face.family === 'Sarabun'));
const EM = 60;

async function glyphsOf(text: string) {
  const strip = drawStrip(sarabun!, text, EM);
  return labelledGlyphs(strip, strip.png, glyphHeightPerEm(sarabun!) * EM);
}

describe('training glyphs', () => {
  it('are cut by the pipeline and labelled with the character drawn under each, marks left out', async () => {
    const glyphs = await glyphsOf('ที่ มท ๐๘๐๔.๖/ว ๕๖๙ 2567');
    expect(glyphs.map((g) => GLYPH_LABELS[g.label]).join('')).toBe('ทมท๐๘๐๔.๖/ว๕๖๙2567');
  });

  it('come out the same for the same seed', () => {
    expect(stripText(random(3))).toBe(stripText(random(3)));
  });

  it('are digits the shipped network reads, in a face it was trained on', async () => {
    const digits = '๐๑๒๓๔๕๖๗๘๙0123456789';
    const glyphs = await glyphsOf(`ที่ ${digits}`);
    const classifier = glyphClassifier();
    const read = glyphs.slice(1).map((g) => classifier.classify(glyphFeatures(g.image, glyphHeightPerEm(sarabun!) * EM)).label);
    expect(read.join('')).toBe(digits);
  });
});
