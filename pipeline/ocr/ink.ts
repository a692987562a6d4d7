/**
 * Inks told apart by colour. On a real letter the black print is what was typed; blue or violet
 * ballpoint, red or purple rubber stamps and blue date stamps were added afterwards (running
 * numbers, days, receipt and urgency stamps), often across the printed lines. Read together with
 * the print they garble both; read apart, each is clean.
 *
 * The page is made gray from its darkest channel (any ink reads dark) and, on a colour scan,
 * each pixel's colour is kept in one byte: its chroma (max − min of R, G, B, halved) when its
 * hue is one of pen and stamp inks (red through violet to blue); yellow and green hues (tinted
 * paper, a highlighter) count as no colour. Inks are then told apart per connected component of ink, by
 * the share of its pixels that are coloured, against the page's own black (a scanner's colour
 * cast makes black print a little coloured everywhere).
 */
import { findComponents } from './components.js';
import type { GrayImage } from './page-image.js';

/** A page raster with the colour of its pixels, on colour scans. */
export interface ColourImage extends GrayImage {
  /** Per pixel: 0 no colour; else chroma / 2 (1..127) of an ink hue (red, violet, blue). */
  colour?: Uint8Array;
}

/** Pixels this light (darkest channel) are paper, whatever their tint. */
const PAPER_LEVEL = 215;
/** Fewer coloured ink pixels than this share of the page is no colour ink (JPEG fringes). */
const MIN_COLOUR_SHARE = 0.0004;
/** Coloured means chroma at least this (in halved units: 8 is 16 of 255)... */
const MIN_CHROMA = 8;
/** ...and at least this many times the page's typical chroma of black ink. */
const CAST_FACTOR = 2.5;
/** A component is print when at most this share of its pixels is coloured... */
const PRINT_COMPONENT_SHARE = 0.15;
/** ...coloured ink as a whole (with the light edges of its strokes) when at most this share of
 * its pixels is dark and colourless; else it is split pixel by pixel (a stamp over a line). */
const MAX_BLACK_IN_COLOURED_SHARE = 0.1;
/** Darker than this (darkest channel) and colourless is black ink. */
const BLACK_LEVEL = 120;
/** Coloured components smaller than this (square inches) are specks of a tinted page, left as print. */
const MIN_COMPONENT_SQUARE_INCHES = 0.0006;
/** Less coloured ink than this (square inches) on a page is no pen or stamp. */
const MIN_COLOUR_INK_SQUARE_INCHES = 0.03;
/** When more than this share of all ink is coloured, the letter itself is in colour: one ink. */
const MAX_COLOUR_INK_SHARE = 0.5;

/**
 * Gray (darkest channel) and colour bytes of an RGB(A) raster; colour is null on a page with
 * no coloured ink to speak of (a gray scan saved as colour, a black-only letter).
 */
export function grayAndColour(rgb: Uint8Array, width: number, height: number, channels: number): { gray: Buffer; colour: Buffer | null } {
  const pixels = width * height;
  const gray = Buffer.alloc(pixels);
  const colour = Buffer.alloc(pixels);
  let coloured = 0;
  for (let p = 0, i = 0; p < pixels; p++, i += channels) {
    const r = rgb[i] as number;
    const g = rgb[i + 1] as number;
    const b = rgb[i + 2] as number;
    const min = Math.min(r, g, b);
    gray[p] = min;
    if (min >= PAPER_LEVEL) continue;
    const max = Math.max(r, g, b);
    const chroma = (max - min) >> 1;
    if (chroma < 2) continue;
    // Hue sectors: red-ish is red, magenta, pink, orange-red; blue-ish is cyan to violet.
    // Yellow, brown and green (max is G, or R with B the least and G close) are left out.
    if (max === b || (max === r && g - min < (max - min) / 3)) {
      colour[p] = chroma;
      if (chroma >= MIN_CHROMA) coloured++;
    }
  }
  return { gray, colour: coloured >= MIN_COLOUR_SHARE * pixels ? colour : null };
}

export interface SeparatedInks {
  /** The page with coloured ink painted as paper. */
  print: GrayImage;
  /** Only the coloured ink, on paper; null when there is none. */
  colour: GrayImage | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Otsu-free ink mask: darker than the midpoint between the page's paper and its darkest ink. */
function inkMask(gray: Uint8Array): Uint8Array {
  const mask = new Uint8Array(gray.length);
  for (let i = 0; i < gray.length; i++) mask[i] = (gray[i] as number) < PAPER_LEVEL - 40 ? 0 : 255;
  return mask;
}

/**
 * Splits a colour page into its print and its coloured ink. A component of ink is coloured when
 * most of its pixels are; a component that is partly coloured (a stamp over a printed line) is
 * split pixel by pixel. The light halo around coloured strokes goes with them.
 */
export function separateInks(image: ColourImage): SeparatedInks {
  const { colour } = image;
  if (!colour) return { print: image, colour: null };
  const { width, height } = image;
  const mask = inkMask(image.data);
  const { runs, components } = findComponents(mask, width, height);
  // The chroma of ordinary black ink on this scan: most ink pixels are print (a page where they
  // are not is left whole below), so the median ink pixel is print.
  let inkPixels = 0;
  for (const c of components) inkPixels += c.pixels;
  const stride = Math.max(1, Math.floor(inkPixels / 20_000));
  const sample: number[] = [];
  let seen = 0;
  for (let i = 0; i < runs.count; i++) {
    const row = (runs.row[i] as number) * width;
    for (let x = runs.start[i] as number; x <= (runs.end[i] as number); x++) {
      if (seen++ % stride === 0) sample.push(colour[row + x] as number);
    }
  }
  const threshold = Math.max(MIN_CHROMA, Math.ceil(CAST_FACTOR * median(sample)));
  const isColoured = (p: number) => (colour[p] as number) >= threshold;
  const print = Buffer.from(image.data);
  const inks = Buffer.alloc(image.data.length, 255);
  let total = 0;
  let allInk = 0;
  const minComponent = MIN_COMPONENT_SQUARE_INCHES * image.dpi * image.dpi;
  for (const component of components) {
    allInk += component.pixels;
    if (component.pixels < minComponent) continue;
    let colouredPixels = 0;
    let blackPixels = 0;
    for (const r of component.runs) {
      const row = (runs.row[r] as number) * width;
      for (let x = runs.start[r] as number; x <= (runs.end[r] as number); x++) {
        if (isColoured(row + x)) colouredPixels++;
        else if ((image.data[row + x] as number) < BLACK_LEVEL) blackPixels++;
      }
    }
    if (colouredPixels <= PRINT_COMPONENT_SHARE * component.pixels) continue;
    const whole = blackPixels <= MAX_BLACK_IN_COLOURED_SHARE * component.pixels;
    for (const r of component.runs) {
      const row = (runs.row[r] as number) * width;
      for (let x = runs.start[r] as number; x <= (runs.end[r] as number); x++) {
        const p = row + x;
        if (!whole && !isColoured(p)) continue;
        inks[p] = image.data[p] as number;
        print[p] = 255;
        total++;
      }
    }
  }
  if (total < MIN_COLOUR_INK_SQUARE_INCHES * image.dpi * image.dpi || total > MAX_COLOUR_INK_SHARE * allInk) {
    return { print: image, colour: null };
  }
  // Coloured pixels lighter than ink (the edge of a stroke, a faint pen) go with the colour too:
  // left in the print, they would draw a ghost of the stamp there.
  for (let p = 0; p < mask.length; p++) {
    if ((mask[p] as number) === 255 && isColoured(p)) {
      inks[p] = image.data[p] as number;
      print[p] = 255;
    }
  }
  return { print: { ...image, data: print }, colour: { ...image, data: inks } };
}
