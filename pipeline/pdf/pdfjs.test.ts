import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('loading pdfjs through pipeline/pdf', () => {
  it("leaves Node's own Array.prototype.push, JSON.parse and JSON.stringify in place, worker included", async () => {
    const before = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const { readPdfText } = await import('./read-text.js');
    await readPdfText(new Uint8Array(readFileSync(new URL('../../test/fixtures/pdf/standard-font.pdf', import.meta.url))));
    expect({ push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify }).toEqual(before);
  });
});
