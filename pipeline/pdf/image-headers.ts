/**
 * The pixel size an encoded image claims in its own header, read without decoding it: a JPEG's
 * frame header (SOF) or a JPEG 2000 image header (JP2 `ihdr` box or codestream SIZ marker).
 * A decoder allocates by these numbers, which may differ from the PDF dictionary's Width/Height.
 */

export interface PixelSize {
  width: number;
  height: number;
}

/** SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC): the markers that carry the frame size. */
const isFrameMarker = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

/** Width and height from a JPEG's frame header; null when there is none before the scan data. */
export function jpegPixelSize(bytes: Uint8Array): PixelSize | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = view.indexOf(0xff);
  while (at >= 0 && at + 9 < view.length) {
    const marker = view[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
    } else if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2; // markers without a length
    } else if (isFrameMarker(marker)) {
      return { height: view.readUInt16BE(at + 5), width: view.readUInt16BE(at + 7) };
    } else if (marker === 0xda || marker === 0xd9) {
      return null; // scan data or the end, and no frame header yet
    } else {
      at += 2 + view.readUInt16BE(at + 2);
    }
  }
  return null;
}

/** Width and height of a JPEG 2000 image, from its JP2 header box or its codestream's SIZ marker. */
export function jpeg2000PixelSize(bytes: Uint8Array): PixelSize | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64 * 1024));
  const header = view.indexOf('ihdr', 0, 'latin1');
  if (header >= 0 && header + 12 <= view.length) {
    return { height: view.readUInt32BE(header + 4), width: view.readUInt32BE(header + 8) };
  }
  const siz = view.indexOf(Buffer.from([0xff, 0x51]));
  if (siz >= 0 && siz + 22 <= view.length) {
    const [xSize, ySize, xOffset, yOffset] = [6, 10, 14, 18].map((offset) => view.readUInt32BE(siz + offset)) as [number, number, number, number];
    return { width: xSize - xOffset, height: ySize - yOffset };
  }
  return null;
}
