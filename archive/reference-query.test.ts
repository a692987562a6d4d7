import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactReference, parseReferenceQuery } from './reference-query.js';
import { toThaiDigits } from '../pipeline/thai/index.js';

const consonant = fc.constantFrom(...'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮ');
const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));

/** A reference number's parts and the normalized form the pipeline stores. */
const reference = fc
  .record({
    code: fc.tuple(consonant, consonant).map(([a, b]) => a + b),
    office: digits(4, 5),
    subUnits: fc.array(digits(1, 3), { maxLength: 2 }),
    circular: fc.boolean(),
    number: digits(1, 5),
  })
  .map((parts) => ({
    ...parts,
    unit: [parts.office, ...parts.subUnits].join('.'),
    normalized: `${parts.code} ${[parts.office, ...parts.subUnits].join('.')}/${parts.circular ? 'ว ' : ''}${parts.number}`,
  }));

const space = fc.constantFrom('', ' ', '  ');

describe('reference numbers typed any way', () => {
  it('normalizes Thai or Arabic digits, any spacing, with or without ที่ and the dot after ว', () => {
    fc.assert(
      fc.property(reference, fc.boolean(), fc.boolean(), fc.boolean(), space, space, space, space, (ref, thai, prefixed, dotted, s1, s2, s3, s4) => {
        const marker = ref.circular ? `ว${dotted ? '.' : ''}${s4}` : '';
        const typed = `${prefixed ? 'ที่ ' : ''}${ref.code}${s1}${ref.unit}${s2}/${s3}${marker}${ref.number}`;
        const written = thai ? toThaiDigits(typed) : typed;
        expect(parseReferenceQuery(written)?.normalized).toBe(ref.normalized);
        expect(compactReference(written)).toBe(compactReference(ref.normalized));
      }),
    );
  });

  it('reads text that is not one whole reference number as no reference', () => {
    for (const text of ['ทุจริต', '0804.6/ว 569', 'มท 0804.6', 'มท 0804.6/ว 569 และ', '']) {
      expect(parseReferenceQuery(text)).toBeNull();
    }
  });

  it('reduces a fragment to the compact form of the stored number it is part of', () => {
    expect(compactReference('มท 0804.6/ว 569')).toBe('มท0804.6/ว569');
    expect(compactReference('มท 0804.6/ว 569')).toContain(compactReference('๐๘๐๔.๖ / ว. ๕๖๙'));
  });
});
