import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_OUTPUT_NAME_BYTES, fitToBytes, outputNameCandidates, printable } from './file-names.js';

const sha = 'ab'.repeat(32);

describe('fitToBytes', () => {
  it('cuts between whole characters, never splitting a Thai vowel or tone mark from its consonant', () => {
    expect(fitToBytes('น้ำ', 8)).toBe(''); // น้ำ is one character of 9 bytes
    expect(fitToBytes('กิน น้ำ', 10)).toBe('กิน ');
    expect(fitToBytes('short', 100)).toBe('short');
  });

  it('always fits and is a start of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 0, max: 300 }), (text, bytes) => {
        const fitted = fitToBytes(text, bytes);
        expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(bytes);
        expect(text.startsWith(fitted)).toBe(true);
      }),
    );
  });
});

describe('outputNameCandidates', () => {
  it('keeps a name that fits, then adds the start of the hash, then all of it', () => {
    expect(outputNameCandidates('หนังสือ 1', sha)).toEqual(['หนังสือ 1', `หนังสือ 1-${sha.slice(0, 8)}`, `หนังสือ 1-${sha}`]);
  });

  it('gives a name too long a readable start and the hash, within the limit', () => {
    const long = 'หนังสือราชการ'.repeat(20);
    const candidates = outputNameCandidates(long, sha);
    expect(candidates).toHaveLength(2);
    expect(candidates[0]!.endsWith(`-${sha.slice(0, 8)}`)).toBe(true);
    for (const name of candidates) {
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_OUTPUT_NAME_BYTES);
      expect(long.startsWith(name.slice(0, 30))).toBe(true);
    }
  });
});

describe('printable', () => {
  it('shows control characters as escapes, so a name stays on one line', () => {
    expect(printable('บรรทัดแรก\nบรรทัด\tสอง\u0007.pdf')).toBe('บรรทัดแรก\\nบรรทัด\\tสอง\\u0007.pdf');
    expect(printable('หนังสือ 1.pdf')).toBe('หนังสือ 1.pdf');
  });
});
