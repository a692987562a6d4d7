/** Page JPEGs into an image-only PDF: one JPEG drawn over each A4 page, as scanners write them. */
import { PDFDocument } from 'pdf-lib';

/** A4 in points */
const A4: [number, number] = [595.28, 841.89];
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

export async function scanPdf(pages: Buffer[], title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setProducer('saraban tools/synth-scans');
  // A fixed date, so that the same seed writes the same bytes.
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  for (const jpeg of pages) {
    const image = await pdf.embedJpg(jpeg);
    const page = pdf.addPage(A4);
    page.drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  return pdf.save();
}
