import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../schemas/index.js';
import { forwardingLinks, recoverChain } from './index.js';

interface Spec { ref: string | null; date?: string; encloses?: [string, string | null][]; cites?: [string, string | null][]; kind?: LetterDocument['kind'] }

function doc(spec: Spec): LetterDocument {
  const [code = '', rest = ''] = (spec.ref ?? '').split(' ');
  return {
    pages: { first: 1, last: 1 }, kind: spec.kind ?? 'external_letter', urgency: null, secrecy: null,
    reference: spec.ref ? { raw: spec.ref, normalized: spec.ref, agencyCode: code, unit: rest.split('/')[0] ?? '', circular: false, number: '1' } : null,
    date: spec.date ? { raw: spec.date, iso: spec.date, buddhistYear: 0 } : null,
    issuer: { name: null, level: 'other' }, subject: null, addressee: null,
    references: (spec.cites ?? []).map(([normalized, date]) => ({ raw: normalized, normalized, date })),
    enclosures: (spec.encloses ?? []).map(([reference, date]) => ({ text: reference, reference, date })),
    signatory: null, contact: null, copies: [], receiptStamps: [], body: '', text: '', confidence: {}, warnings: [],
  };
}

describe('recoverChain', () => {
  it('follows enclosures and references from the newest letter to the origin', () => {
    const documents = [
      doc({ ref: 'พร 0017.3/ว 461', date: '2024-12-02', cites: [['มท 0816/ว 429', '2024-11-25']] }),
      doc({ ref: 'มท 0816/ว 429', date: '2024-11-25', encloses: [['มท 0208.5/43', '2024-11-18']] }),
      doc({ ref: 'มท 0208.5/43', date: '2024-11-18' }),
      doc({ ref: null, kind: 'attachment' }),
    ];
    expect(recoverChain(documents)).toEqual(['มท 0208.5/43', 'มท 0816/ว 429', 'พร 0017.3/ว 461']);
    expect(forwardingLinks(documents).map((l) => l.evidence)).toEqual(['reference', 'enclosure']);
  });

  it('falls back on bundle order for a letter that cites nothing', () => {
    const documents = [
      doc({ ref: 'พร 0023.4/ว 79', date: '2024-02-20', encloses: [['มท 0804.6/ว 569', '2024-02-05']] }),
      doc({ ref: 'มท 0804.6/ว 569', date: '2024-02-05' }),
      doc({ ref: 'มท 0226.2/20', date: '2024-01-02' }),
    ];
    expect(recoverChain(documents)).toEqual(['มท 0226.2/20', 'มท 0804.6/ว 569', 'พร 0023.4/ว 79']);
    expect(forwardingLinks(documents).at(-1)).toEqual({ older: 2, newer: 1, evidence: 'bundle_order' });
  });

  it('orders by citations even when the bundle is not newest first', () => {
    const documents = [
      doc({ ref: 'มท 0208.5/43', date: '2024-11-18' }),
      doc({ ref: 'พร 0017.3/ว 461', date: '2024-12-02', cites: [['มท 0816/ว 429', null]] }),
      doc({ ref: 'มท 0816/ว 429', date: '2024-11-25', encloses: [['มท 0208.5/43', '2024-11-18']] }),
    ];
    expect(recoverChain(documents)).toEqual(['มท 0208.5/43', 'มท 0816/ว 429', 'พร 0017.3/ว 461']);
  });

  it('links uncited neighbours oldest to newest when the bundle is in date order', () => {
    const documents = [doc({ ref: 'มท 0226.2/20', date: '2024-01-02' }), doc({ ref: 'พร 0023.4/ว 79', date: '2024-02-20' })];
    expect(forwardingLinks(documents)).toEqual([{ older: 0, newer: 1, evidence: 'bundle_order' }]);
    expect(recoverChain(documents)).toEqual(['มท 0226.2/20', 'พร 0023.4/ว 79']);
  });

  it('never links by bundle order two letters a citation already links, though the newer one is undated', () => {
    const documents = [
      doc({ ref: 'บร 0017.5/ว 993', encloses: [['ดศ 0204.1/ว 197', '2025-01-13']] }),
      doc({ ref: 'ดศ 0204.1/ว 197', date: '2025-01-13' }),
    ];
    expect(forwardingLinks(documents)).toEqual([{ older: 1, newer: 0, evidence: 'enclosure' }]);
    expect(recoverChain(documents)).toEqual(['ดศ 0204.1/ว 197', 'บร 0017.5/ว 993']);
  });

  it('is empty without letters', () => {
    expect(recoverChain([doc({ ref: null, kind: 'attachment' })])).toEqual([]);
  });
});

describe('forwardingLinks with misread codes', () => {
  it('links a citation whose agency code is one letter off when number and date agree', () => {
    const documents = [
      doc({ ref: 'สน 0017.5/ว 1932', date: '2025-09-15', encloses: [['กส 0410.7/ว 3083', '2025-09-01']] }),
      doc({ ref: 'กค 0410.7/ว 3083', date: '2025-09-01' }),
    ];
    expect(forwardingLinks(documents)).toEqual([{ older: 1, newer: 0, evidence: 'enclosure' }]);
  });
});

describe('forwardingLinks with misread digits', () => {
  it('links a citation a digit off when the dates agree, not when they differ', () => {
    const letters = (date: string) => [
      doc({ ref: 'อบ 0395.3/ว 1759', date: '2023-09-15', encloses: [['อบ 0009.2/ว 2175', '2023-09-11']] }),
      doc({ ref: 'อบ 0009.2/ว 217', date }),
    ];
    expect(forwardingLinks(letters('2023-09-11'))[0]?.evidence).toBe('enclosure');
    expect(forwardingLinks(letters('2023-09-01'))[0]?.evidence).toBe('bundle_order');
  });
});
