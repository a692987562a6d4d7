/**
 * The feature vector of one glyph for the glyph classifier: its ink, scaled to fit a small square
 * (aspect ratio kept, centred, contrast normalized), plus its size relative to the page's typical
 * glyph. The same code serves training (glyphs rendered from fonts) and recognition (glyphs cut
 * from scans), so the two can never drift apart.
 */

/** Side of the square the glyph is scaled into. */
export const GLYPH_GRID = 20;
/** Stroke directions (of the ink's edges: 8 compass points, so the inside of a loop differs from its outside)... */
const DIRECTIONS = 8;
/** ...counted in this many cells across the glyph (each a 4×4 block of a 20×20 grid). */
const DIRECTION_CELLS = 5;
/** Grid cells, direction cells, then height, width and aspect ratio. */
export const FEATURE_COUNT = GLYPH_GRID * GLYPH_GRID + DIRECTIONS * DIRECTION_CELLS * DIRECTION_CELLS + 3;

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

/**
 * Where the glyph's edges run, by direction: the gradient of the ink grid (Sobel), its strength
 * shared between the two nearest of 8 directions, summed over 5×5 cells and scaled so the
 * strongest cell is 1. Edge directions say more about a stroke's shape than which cells it
 * covers, and vary less between typefaces: one face's ๓ is another's ๓ a little wider.
 */
function directionCells(grid: Float32Array): Float32Array {
  const cells = new Float32Array(DIRECTIONS * DIRECTION_CELLS * DIRECTION_CELLS);
  const at = (x: number, y: number) =>
    x < 0 || y < 0 || x >= GLYPH_GRID || y >= GLYPH_GRID ? 0 : (grid[y * GLYPH_GRID + x] as number);
  const cellSide = GLYPH_GRID / DIRECTION_CELLS;
  for (let y = 0; y < GLYPH_GRID; y++) {
    for (let x = 0; x < GLYPH_GRID; x++) {
      const gx = at(x + 1, y - 1) + 2 * at(x + 1, y) + at(x + 1, y + 1) - at(x - 1, y - 1) - 2 * at(x - 1, y) - at(x - 1, y + 1);
      const gy = at(x - 1, y + 1) + 2 * at(x, y + 1) + at(x + 1, y + 1) - at(x - 1, y - 1) - 2 * at(x, y - 1) - at(x + 1, y - 1);
      const strength = Math.hypot(gx, gy);
      if (strength === 0) continue;
      const direction = ((Math.atan2(gy, gx) / (2 * Math.PI)) * DIRECTIONS + DIRECTIONS) % DIRECTIONS;
      const lower = Math.floor(direction);
      const share = direction - lower;
      const cell = Math.floor(y / cellSide) * DIRECTION_CELLS + Math.floor(x / cellSide);
      cells[lower * DIRECTION_CELLS * DIRECTION_CELLS + cell]! += strength * (1 - share);
      cells[((lower + 1) % DIRECTIONS) * DIRECTION_CELLS * DIRECTION_CELLS + cell]! += strength * share;
    }
  }
  let max = 0;
  for (const value of cells) max = Math.max(max, value);
  if (max > 0) for (let i = 0; i < cells.length; i++) cells[i] = (cells[i] as number) / max;
  return cells;
}

/** Features of a glyph; `glyphHeight` is the typical glyph height of its page (or font size). */
export function glyphFeatures(glyph: GlyphImage, glyphHeight: number): Float32Array {
  const features = new Float32Array(FEATURE_COUNT);
  const grid = inkGrid(glyph);
  features.set(grid);
  features.set(directionCells(grid), GLYPH_GRID * GLYPH_GRID);
  const size = FEATURE_COUNT - 3;
  features[size] = Math.min(3, glyph.height / glyphHeight);
  features[size + 1] = Math.min(3, glyph.width / glyphHeight);
  features[size + 2] = Math.min(3, glyph.width / glyph.height);
  return features;
}
