import { readFile, writeFile, rm, mkdir } from 'node:fs/promises';
import sharp from 'sharp';
import { openPdfDocument } from '/work/main/dist/pipeline/pdf/index.js';
import { loadPageImage } from '/work/main/dist/pipeline/ocr/page-image.js';
import { preparePage } from '/work/main/dist/pipeline/ocr/preprocess.js';
import { findTextLines } from '/work/main/dist/pipeline/ocr/layout.js';
import { recognitionView, lineImageOf } from '/work/main/dist/pipeline/ocr/recognize-lines.js';
import { OcrEngine } from '/work/main/dist/pipeline/ocr/engine.js';
const [file, pageNo, grep] = process.argv.slice(2);
const doc = await openPdfDocument(new Uint8Array(await readFile(file)));
const page = await preparePage(await loadPageImage(doc, Number(pageNo)));
const lines = findTextLines(page);
const view = await recognitionView(page.gray, page.glyphHeight);
const engine = await OcrEngine.start();
await rm('/tmp/lines', { recursive: true, force: true }); await mkdir('/tmp/lines');
for (const [i, line] of lines.entries()) {
  const { pgm } = lineImageOf(view, line);
  const read = await engine.recognize(pgm, line.hint);
  const text = read.map(l => l.text).join(' | ');
  if (grep && !text.includes(grep)) continue;
  console.log(i, JSON.stringify({l: line.left, r: line.right, t: line.top, b: line.bottom}), text);
  console.log('   words:', read.flatMap(l => l.words.map(w => `${w.text}(${w.confidence.toFixed(0)})`)).join(' '));
  await writeFile(`/tmp/lines/${i}.pgm`, pgm);
}
await engine.terminate();
