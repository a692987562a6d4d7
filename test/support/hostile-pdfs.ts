/**
 * Hostile PDFs, made here so no such file is ever kept in the repository: each is small on disk
 * and asks for far more memory or time than any letter needs when it is read.
 *
 *   jpegSizeClaim        a JPEG whose header claims 60000 × 60000 pixels (a 10 GB decode)
 *   contentFlateBomb     a page whose drawing instructions inflate from ~1.2 MB to ~1.2 GB
 *   imageFlateBomb       a 40000 × 30000 gray image, ~1.2 MB deflated
 *   nestedGraphicsStates tens of thousands of nested `q` operators (slow to interpret)
 *   deepArray            an array nested 50,000 levels deep in the page dictionary
 */
import zlib from 'node:zlib';
import sharp from 'sharp';

const MEGABYTE = 1 << 20;

/** A PDF of the given objects (numbered from 1; object 1 is the catalog), with a correct xref table. */
export function assemblePdf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)];
  parts.push(Buffer.from(`${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A stream object: dictionary entries plus the (already encoded) data. */
export function streamObject(entries: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${entries} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/** One A4 page with the given content stream object and resources (objects 1-3 are catalog, pages, page). */
function onePage(content: Buffer, resources = '<< >>', pageExtra = ''): Array<string | Buffer> {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources ${resources} ${pageExtra} >>`,
    content,
  ];
}

/**
 * A zlib stream that inflates to `bytes` copies of `fill` while staying about 1/1000 of that on
 * disk: one compressed megabyte, ended by a full flush (so it does not depend on what came
 * before), repeated, then the final block and the checksum.
 */
export function deflateBomb(bytes: number, fill = 0x20): Buffer {
  const chunk = zlib.deflateRawSync(Buffer.alloc(MEGABYTE, fill), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const repeats = Math.ceil(bytes / MEGABYTE);
  const total = BigInt(repeats) * BigInt(MEGABYTE);
  const prime = 65521n;
  const a = (1n + BigInt(fill) * total) % prime;
  const b = (total + (BigInt(fill) * total * (total + 1n)) / 2n) % prime;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(Number((b << 16n) | a));
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array<Buffer>(repeats).fill(chunk), Buffer.from([0x03, 0x00]), adler]);
}

const DRAW_IMAGE = Buffer.from('q 595 0 0 842 0 0 cm /Im0 Do Q');

/** A real 16 × 16 JPEG whose frame header (SOF) is rewritten to claim width × height pixels. */
export async function jpegClaiming(width: number, height: number): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#808080' } }).jpeg().toBuffer();
  for (let at = 2; at < jpeg.length - 9; ) {
    const marker = jpeg[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xc2) {
      jpeg.writeUInt16BE(height, at + 5);
      jpeg.writeUInt16BE(width, at + 7);
      return jpeg;
    }
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  throw new Error('no frame header in the JPEG');
}

/** An image XObject (object 5) claiming 60000 × 60000 pixels in its dictionary and in its JPEG header. */
export async function jpegSizeClaim(side = 60_000): Promise<Buffer> {
  const jpeg = await jpegClaiming(side, side);
  return assemblePdf([
    ...onePage(streamObject('', DRAW_IMAGE), '<< /XObject << /Im0 5 0 R >> >>'),
    streamObject(`/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, jpeg),
  ]);
}

/** A content stream of `inflatedBytes` spaces (about 1.2 MB on disk for 1.2 GB). */
export function contentFlateBomb(inflatedBytes = 1200 * MEGABYTE): Buffer {
  return assemblePdf(onePage(streamObject('/Filter /FlateDecode', deflateBomb(inflatedBytes))));
}

/** A 40000 × 30000 8-bit gray image of zeros, Flate-compressed (about 1.2 MB). */
export function imageFlateBomb(width = 40_000, height = 30_000): Buffer {
  return assemblePdf([
    ...onePage(streamObject('', DRAW_IMAGE), '<< /XObject << /Im0 5 0 R >> >>'),
    streamObject(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, deflateBomb(width * height, 0)),
  ]);
}

/** `depth` nested q operators (each saving the graphics state), closed again, with a line of text inside. */
export function nestedGraphicsStates(depth = 20_000): Buffer {
  const content = `${'q '.repeat(depth)}BT /F1 12 Tf 72 720 Td (nested) Tj ET ${'Q '.repeat(depth)}`;
  return assemblePdf([
    ...onePage(streamObject('/Filter /FlateDecode', zlib.deflateSync(content, { level: 9 })), '<< /Font << /F1 5 0 R >> >>'),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/** An array nested `depth` levels deep in the page dictionary. */
export function deepArray(depth = 50_000): Buffer {
  return assemblePdf(onePage(streamObject('', Buffer.from('0 0 m 10 10 l S')), '<< >>', `/Deep ${'['.repeat(depth)}${']'.repeat(depth)}`));
}
