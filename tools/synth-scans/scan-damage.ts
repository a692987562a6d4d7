/**
 * What a scanner and a tired copier do to a page: paper tone and faded toner, a seal seen through
 * the paper, a dark copier edge, rotation, optical blur, low-resolution resampling, sensor noise,
 * dust speckle and JPEG compression. Four levels; `heavy` matches the shared corpus's worst pages
 * and `extreme` goes past them.
 */
import sharp, { type Sharp } from 'sharp';
import { sealSvg } from './drawings.js';

export type DamageLevel = 'light' | 'medium' | 'heavy' | 'extreme';

/** How one bundle was scanned (all its pages alike, but each page lies at its own angle). */
export interface ScanProfile {
  profile: DamageLevel;
  dpi: number;
  jpeg_quality: number;
  blur_sigma: number;
  /** standard deviation of the sensor noise, in gray levels */
  noise: number;
  /** dust specks per million pixels */
  speckle: number;
  lowres_factor: number;
  copier_edge: boolean;
  /** gray level of the paper and of solid ink */
  paper: number;
  ink: number;
  /** colour JPEG (a colour scanner) rather than grayscale */
  colour: boolean;
  /** largest page angle in degrees */
  max_angle: number;
}

type Range = [number, number];
interface LevelSpec {
  dpi: number[];
  angle: number;
  blur: Range;
  noise: Range;
  speckle: Range;
  lowres: Range | null;
  quality: Range;
  edge: number;
  ink: Range;
}

const LEVELS: Record<DamageLevel, LevelSpec> = {
  light: { dpi: [200, 250, 300], angle: 0.5, blur: [0.2, 0.45], noise: [2, 5], speckle: [0, 0], lowres: null, quality: [50, 65], edge: 0.1, ink: [10, 30] },
  medium: { dpi: [200, 250], angle: 0.8, blur: [0.45, 0.75], noise: [4, 9], speckle: [5, 20], lowres: null, quality: [44, 56], edge: 0.35, ink: [15, 40] },
  heavy: { dpi: [200, 250], angle: 1.1, blur: [0.8, 1.15], noise: [8, 14], speckle: [20, 60], lowres: [0.58, 0.74], quality: [32, 40], edge: 0.5, ink: [25, 55] },
  extreme: { dpi: [200], angle: 1.8, blur: [1.1, 1.45], noise: [12, 20], speckle: [50, 120], lowres: [0.48, 0.6], quality: [24, 33], edge: 0.6, ink: [50, 95] },
};

const between = (rand: () => number, [low, high]: Range): number => low + rand() * (high - low);
const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

export function drawProfile(level: DamageLevel, rand: () => number): ScanProfile {
  const spec = LEVELS[level];
  return {
    profile: level,
    dpi: spec.dpi[Math.floor(rand() * spec.dpi.length)]!,
    jpeg_quality: Math.round(between(rand, spec.quality)),
    blur_sigma: round(between(rand, spec.blur)),
    noise: round(between(rand, spec.noise), 1),
    speckle: Math.round(between(rand, spec.speckle)),
    lowres_factor: spec.lowres ? round(between(rand, spec.lowres)) : 1,
    copier_edge: rand() < spec.edge,
    paper: Math.round(between(rand, [232, 252])),
    ink: Math.round(between(rand, spec.ink)),
    colour: rand() < 0.2,
    max_angle: spec.angle,
  };
}

export interface PageDamage {
  angle_deg: number;
  overlay: boolean;
}

export function drawPageDamage(profile: ScanProfile, rand: () => number): PageDamage {
  return { angle_deg: round((rand() * 2 - 1) * profile.max_angle, 3), overlay: rand() < 0.3 };
}

/** The page picture (PNG from the renderer) as the scanner's JPEG. */
export async function scanPage(png: Buffer, profile: ScanProfile, page: PageDamage, rand: () => number): Promise<Buffer> {
  // Exactly A4 at the scan's resolution (the screenshot may be a pixel off).
  const width = Math.round((210 / 25.4) * profile.dpi);
  const height = Math.round((297 / 25.4) * profile.dpi);
  const image = sharp(await sharp(png).removeAlpha().resize(width, height, { fit: 'fill' }).png().toBuffer());
  const overlays = [];
  if (page.overlay) overlays.push(sealOverlay(width, rand));
  if (profile.copier_edge) overlays.push(...copierEdges(width, height, rand));
  return damageRaster(await image.composite(overlays).png().toBuffer(), profile, page.angle_deg, rand);
}

/**
 * The scanner's part of the damage, on any picture (a page, or a strip of type for the glyph
 * classifier's training): paper tone and toner strength, rotation about the centre (cropped back
 * to the picture's size), blur, low-resolution resampling, noise and dust, JPEG.
 */
export async function damageRaster(picture: Buffer, profile: ScanProfile, angle: number, rand: () => number): Promise<Buffer> {
  const { width, height } = await sharp(picture).metadata();
  // Paper tone and toner strength: white goes to `paper`, black to `ink`.
  const scale = (profile.paper - profile.ink) / 255;
  let sheet = sharp(picture);
  if (!profile.colour) sheet = sheet.toColourspace('b-w');
  const toned = await sheet
    .linear(scale, profile.ink)
    .rotate(angle, { background: { r: profile.paper, g: profile.paper, b: profile.paper } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const channels = toned.info.channels as 1 | 3;
  // Rotation grew the canvas: crop back to the picture, centred.
  let pipeline = sharp(toned.data, { raw: { width: toned.info.width, height: toned.info.height, channels } }).extract({
    left: Math.floor((toned.info.width - width) / 2),
    top: Math.floor((toned.info.height - height) / 2),
    width,
    height,
  });
  if (profile.blur_sigma >= 0.3) pipeline = pipeline.blur(profile.blur_sigma);
  let pixels: Buffer = await inSpace(pipeline, channels).raw().toBuffer();
  if (profile.lowres_factor < 1) pixels = await resample(pixels, width, height, channels, profile.lowres_factor);
  addNoiseAndSpeckle(pixels, width, height, channels, profile, rand);
  return inSpace(sharp(pixels, { raw: { width, height, channels } }), channels)
    .jpeg({ quality: profile.jpeg_quality, chromaSubsampling: '4:2:0' })
    .toBuffer();
}

function sealOverlay(width: number, rand: () => number) {
  const size = Math.round(width * (0.18 + rand() * 0.08));
  const colour = rand() < 0.5 ? '#7a1f2b' : '#555555';
  return {
    input: Buffer.from(sealSvg(size, colour, 0.12 + rand() * 0.15)),
    left: Math.round(width * (0.45 + rand() * 0.3)),
    top: Math.round(width * (0.9 + rand() * 0.4)),
  };
}

/** The dark band a copier leaves along one or two edges of the sheet. */
function copierEdges(width: number, height: number, rand: () => number) {
  const band = (w: number, h: number, horizontal: boolean) => {
    const gradient = horizontal ? 'x1="0" y1="0" x2="1" y2="0"' : 'x1="0" y1="0" x2="0" y2="1"';
    return Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><linearGradient id="g" ${gradient}><stop offset="0" stop-color="#000" stop-opacity="0.95"/><stop offset="0.35" stop-color="#222" stop-opacity="0.6"/><stop offset="1" stop-color="#444" stop-opacity="0"/></linearGradient></defs><rect width="${w}" height="${h}" fill="url(#g)"/></svg>`,
    );
  };
  const side = Math.max(4, Math.round(width * (0.008 + rand() * 0.02)));
  const edges = [{ input: band(side, height, true), left: 0, top: 0 }];
  if (rand() < 0.5) edges.push({ input: band(width, Math.max(4, Math.round(side * 0.7)), false), left: 0, top: 0 });
  return edges;
}

/** sharp writes one-channel input out as three channels unless told the colour space. */
const inSpace = (pipeline: Sharp, channels: 1 | 3): Sharp => pipeline.toColourspace(channels === 1 ? 'b-w' : 'srgb');

async function resample(pixels: Buffer, width: number, height: number, channels: 1 | 3, factor: number): Promise<Buffer> {
  const raw = { raw: { width, height, channels } };
  const small = await inSpace(sharp(pixels, raw).resize(Math.round(width * factor), Math.round(height * factor)), channels)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return inSpace(sharp(small.data, { raw: { width: small.info.width, height: small.info.height, channels } }).resize(width, height, { fit: 'fill', kernel: 'cubic' }), channels)
    .raw()
    .toBuffer();
}

/** Gaussian-like sensor noise on every pixel and dark specks of dust, 1–3 px across. */
function addNoiseAndSpeckle(pixels: Buffer, width: number, height: number, channels: number, profile: ScanProfile, rand: () => number): void {
  for (let i = 0; i < pixels.length; i += channels) {
    const shift = (rand() + rand() + rand() - 1.5) * 2 * profile.noise;
    for (let c = 0; c < channels; c++) pixels[i + c] = Math.max(0, Math.min(255, pixels[i + c]! + shift));
  }
  const specks = Math.round((profile.speckle * width * height) / 1e6);
  for (let s = 0; s < specks; s++) {
    const x0 = Math.floor(rand() * width);
    const y0 = Math.floor(rand() * height);
    const radius = 0.5 + rand() * 1.2;
    const level = Math.round(rand() * 90);
    for (let y = Math.floor(y0 - radius); y <= y0 + radius; y++) {
      for (let x = Math.floor(x0 - radius); x <= x0 + radius; x++) {
        if (x < 0 || y < 0 || x >= width || y >= height || (x - x0) ** 2 + (y - y0) ** 2 > radius * radius) continue;
        for (let c = 0; c < channels; c++) pixels[(y * width + x) * channels + c] = level;
      }
    }
  }
}
