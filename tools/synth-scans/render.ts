/// <reference lib="dom" />
/**
 * Headless Chromium (Debian's /usr/bin/chromium through playwright-core), offline: every request
 * other than a local file is refused. Measures typefaces, fits each document's font size to its
 * pages, screenshots pages at a given resolution and prints the text-layer PDF.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import type { Typeface } from './typefaces.js';

const CHROMIUM = '/usr/bin/chromium';
const OFFLINE_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** CSS pixels per inch */
const CSS_DPI = 96;
/** The face the shared corpus mostly prints in, at the official 16 pt: the size others are matched to. */
const REFERENCE_FACE = 'Laksaman';
export const REFERENCE_SIZE_PT = 16;
/** What a face must draw itself (no fallback): Thai letters and marks, both digit sets, punctuation. */
const GLYPH_CHECK = 'กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะัาำิีึืุูเแโใไๅๆ็่้๊๋์ฯ๐๑๒๓๔๕๖๗๘๙0123456789./-()';
/** A typical line of a letter, to match the faces' widths. */
const WIDTH_SAMPLE = 'ด้วยกระทรวงมหาดไทยได้รับแจ้งว่า ที่ มท ๐๘๐๔.๖/ว ๕๖๙ ลงวันที่ ๕ กุมภาพันธ์ ๒๕๖๗ จำนวน 1 ฉบับ';

export interface RenderedBundle {
  /** PNG per page */
  pages: Buffer[];
  /** the text-layer PDF, when asked for */
  pdf: Buffer | null;
  /** the font size each document ended at after fitting, in points */
  sizes: number[];
}

export class Renderer {
  private constructor(
    private readonly browser: Browser,
    private readonly folder: string,
  ) {}

  static async open(): Promise<Renderer> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: OFFLINE_FLAGS });
    return new Renderer(browser, mkdtempSync(join(tmpdir(), 'synth-scans-')));
  }

  async close(): Promise<void> {
    await this.browser.close();
    rmSync(this.folder, { recursive: true, force: true });
  }

  /**
   * For each face, the point size at which it sets a line of a letter as wide as Laksaman at
   * 16 pt; throws if a face lacks a glyph a letter needs (Chromium would silently fall back).
   */
  async matchSizes(faces: Typeface[], stylesheets: string[]): Promise<Map<string, number>> {
    const page = await this.openPage(`<div id="probe"></div>`, stylesheets, 1);
    try {
      const measured = await page.evaluate(
        async ({ families, reference, check, sample }) => {
          const probe = document.getElementById('probe')!;
          const width = (family: string, text: string, weight: number) => {
            probe.style.cssText = `position:absolute;white-space:nowrap;font:${weight} 100px ${family}`;
            probe.textContent = text;
            return probe.getBoundingClientRect().width;
          };
          const result: { family: string; width: number; missing: boolean }[] = [];
          for (const family of [reference, ...families]) {
            for (const weight of [400, 700]) await document.fonts.load(`${weight} 100px '${family}'`, check);
            // The same text with two very different fallbacks: equal widths mean no fallback was used.
            const missing = [400, 700].some(
              (weight) => Math.abs(width(`'${family}', 'Tlwg Mono'`, check, weight) - width(`'${family}', 'Loma'`, check, weight)) > 0.5,
            );
            result.push({ family, width: width(`'${family}'`, sample, 400), missing });
          }
          return result;
        },
        { families: faces.map((f) => f.family), reference: REFERENCE_FACE, check: GLYPH_CHECK, sample: WIDTH_SAMPLE },
      );
      const reference = measured[0]!.width;
      const sizes = new Map<string, number>();
      for (const face of measured.slice(1)) {
        if (face.missing) throw new Error(`typeface ${face.family} lacks glyphs a letter needs (or is not installed)`);
        sizes.set(face.family, (REFERENCE_SIZE_PT * reference) / face.width);
      }
      return sizes;
    } finally {
      await page.close();
    }
  }

  /** Fits every document's pages, then screenshots them at `dpi` (and prints the PDF if asked). */
  async render(html: string, stylesheets: string[], options: { dpi: number; pdf: boolean }): Promise<RenderedBundle> {
    const page = await this.openPage(html, stylesheets, options.dpi / CSS_DPI);
    try {
      const sizes = await fitDocuments(page);
      const locator = page.locator('.page');
      const pages: Buffer[] = [];
      for (let i = 0; i < (await locator.count()); i++) pages.push(await locator.nth(i).screenshot({ type: 'png', animations: 'disabled' }));
      const pdf = options.pdf ? await page.pdf({ preferCSSPageSize: true, printBackground: true }) : null;
      return { pages, pdf, sizes };
    } finally {
      await page.context().close();
    }
  }

  private async openPage(body: string, stylesheets: string[], scale: number): Promise<Page> {
    const context = await this.browser.newContext({ deviceScaleFactor: scale, viewport: { width: 794, height: 1123 } });
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const page = await context.newPage();
    const file = join(this.folder, 'page.html');
    const html = body.startsWith('<!doctype')
      ? body
      : `<!doctype html><html><head><meta charset="utf-8">${stylesheets.map((s) => `<link rel="stylesheet" href="${s}">`).join('')}</head><body>${body}</body></html>`;
    writeFileSync(file, html);
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(() => document.fonts.ready);
    return page;
  }
}

/** Shrinks each document's font by 3 % steps until none of its pages overflows (down or right); returns the sizes. */
async function fitDocuments(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.page'));
    const documents = new Map<string, HTMLElement[]>();
    for (const p of pages) documents.set(p.dataset.document!, [...(documents.get(p.dataset.document!) ?? []), p]);
    const sizes: number[] = [];
    for (const group of documents.values()) {
      let size = parseFloat(group[0]!.style.fontSize);
      const overflows = () => group.some((p) => {
        const flow = p.querySelector<HTMLElement>('.flow')!;
        return flow.scrollHeight > flow.clientHeight + 1 || flow.scrollWidth > flow.clientWidth + 1;
      });
      for (let step = 0; step < 20 && overflows(); step++) {
        size *= 0.97;
        for (const p of group) p.style.fontSize = `${size.toFixed(2)}pt`;
      }
      sizes.push(size);
    }
    await document.fonts.ready;
    return sizes;
  });
}
