import { describe, expect, it } from 'vitest';

describe('loading pdfjs through pipeline/pdf', () => {
  it("leaves Node's own Array.prototype.push, JSON.parse and JSON.stringify in place", async () => {
    const before = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    await import('./pdfjs.js');
    expect({ push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify }).toEqual(before);
  });
});
