/**
 * The feature vector of one glyph for the glyph classifier: its ink, scaled to fit a small square
 * (aspect ratio kept, centred, contrast normalized), plus its size relative to the page's typical
 * glyph. The same code serves training (glyphs rendered from fonts) and recognition (glyphs cut
 * from scans), so the two can never drift apart.
 */

/** Side of the square the glyph is scaled into. */
export const GLYPH_GRID = 20;
/** Grid cells plus height, width and aspect ratio. */
export const FEATURE_COUNT = GLYPH_GRID * GLYPH_GRID + 3;

export interface GlyphImage {
  /** 8-bit gray, dark ink on white; pixels not belonging to the glyph already white. */
  data: Uint8Array;
  width: number;
  height: number;
}

/** Area-averaged ink (0 paper .. 1 ink) of the glyph in a GLYPH_GRID square. */
function inkGrid(glyph: GlyphImage): Float32Array {
  const grid = new Float32Array(GLYPH_GRID * GLYPH_GRID);
  const weight = new Float32Array(GLYPH_GRID * GLYPH_GRID);
  const scale = GLYPH_GRID / Math.max(glyph.width, glyph.height);
  const offsetX = (GLYPH_GRID - glyph.width * scale) / 2;
  const offsetY = (GLYPH_GRID - glyph.height * scale) / 2;
  // Each source pixel spreads over the grid cells its scaled square covers (sampled 2x2).
  for (let y = 0; y < glyph.height; y++) {
    for (let x = 0; x < glyph.width; x++) {
      const ink = (255 - (glyph.data[y * glyph.width + x] as number)) / 255;
      for (const dy of [0.25, 0.75]) {
        for (const dx of [0.25, 0.75]) {
          const gx = Math.min(GLYPH_GRID - 1, Math.floor(offsetX + (x + dx) * scale));
          const gy = Math.min(GLYPH_GRID - 1, Math.floor(offsetY + (y + dy) * scale));
          grid[gy * GLYPH_GRID + gx]! += ink;
          weight[gy * GLYPH_GRID + gx]! += 1;
        }
      }
    }
  }
  let max = 0;
  for (let i = 0; i < grid.length; i++) {
    if ((weight[i] as number) > 0) grid[i] = (grid[i] as number) / (weight[i] as number);
    max = Math.max(max, grid[i] as number);
  }
  if (max > 0) for (let i = 0; i < grid.length; i++) grid[i] = (grid[i] as number) / max;
  return grid;
}

/** Features of a glyph; `glyphHeight` is the typical glyph height of its page (or font size). */
export function glyphFeatures(glyph: GlyphImage, glyphHeight: number): Float32Array {
  const features = new Float32Array(FEATURE_COUNT);
  features.set(inkGrid(glyph));
  const size = GLYPH_GRID * GLYPH_GRID;
  features[size] = Math.min(3, glyph.height / glyphHeight);
  features[size + 1] = Math.min(3, glyph.width / glyphHeight);
  features[size + 2] = Math.min(3, glyph.width / glyph.height);
  return features;
}
