import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { letter, result } from '../../test/archive/builders.js';
import { removeTempDataDirs, tempDataDir } from '../../test/archive/fixtures.js';
import { openArchive } from '../archive.js';
import { correctedValues, readDate, readReference } from './correction-input.js';
import { doubtOf } from './doubt.js';
import { machineReadingOf, withRevisions } from './revisions.js';

afterAll(removeTempDataDirs);

const bundle = () =>
  result(
    'correction-bundle',
    [
      letter({ reference: 'พร 0023.4/ว 79', date: '2024-02-20', subject: 'การป้องกันการทุจริต', level: 'province', encloses: [{ reference: 'มท 0804.6/ว 569', date: '2024-02-05' }] }),
      letter({ reference: 'มท 0804.6/ว 596', date: '2024-02-05', subject: 'ขอความอนุเคราะห์', level: 'department' }),
    ],
    ['มท 0804.6/ว 596', 'พร 0023.4/ว 79'],
  );

describe('typed corrections', () => {
  it('read reference numbers and dates the way clerks type them', () => {
    expect(readReference('มท ๐๘๐๔.๖/ว ๕๖๙')).toMatchObject({ normalized: 'มท 0804.6/ว 569', raw: 'มท ๐๘๐๔.๖/ว ๕๖๙', circular: true });
    expect(readReference('ทุจริต')).toBeNull();
    expect(readReference('มท 0804.6/ว 569 และอื่น ๆ')).toBeNull();
    expect(readDate('๕ ก.พ. ๒๕๖๗')).toEqual({ raw: '๕ ก.พ. ๒๕๖๗', iso: '2024-02-05', buddhistYear: 2567 });
    expect(readDate('5/2/2567')?.iso).toBe('2024-02-05');
    expect(readDate('ก.พ. 2567')).toBeNull(); // a month is not a date
  });

  it('turn empty text into "none" and keep the signatory acting phrase', () => {
    const current = { ...letter({ reference: 'มท 0804.6/ว 569' }), signatory: { name: 'ก', position: 'ข', positionLines: ['ข'], acting: 'ปฏิบัติราชการแทน' } };
    const values = correctedValues({ subject: '', signatory: { name: 'นายสมชาย ใจดี', position: 'นายอำเภอ\nเมือง' } }, current);
    expect(values.subject).toBeNull();
    expect(values.signatory).toEqual({ name: 'นายสมชาย ใจดี', position: 'นายอำเภอ เมือง', positionLines: ['นายอำเภอ', 'เมือง'], acting: 'ปฏิบัติราชการแทน' });
  });
});

describe('revisions', () => {
  it('undo back to the exact machine reading, whatever fields were corrected in what order', () => {
    const subjects = fc.array(fc.tuple(fc.constantFrom(1, 2), fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(subjects, (edits) => {
        const machine = bundle();
        let current = machine;
        const revisions = edits.map(([document, subject], index) => {
          const before = current.documents[document - 1]!.subject;
          const revision = { revision: index + 1, document, by: 'somchai', at: '2024-03-01T00:00:00Z', changes: [{ field: 'subject' as const, before, after: subject }] };
          current = withRevisions(machine, [...current.corrections, revision]);
          return revision;
        });
        expect(current.revision).toBe(revisions.length);
        expect(machineReadingOf(current)).toEqual(machine);
      }),
    );
  });
});

describe('corrections in the archive', () => {
  it('are searched at once, keep the machine reading, and rename the letter in its chain', () => {
    const archive = openArchive(tempDataDir());
    try {
      const machine = bundle();
      archive.indexResult(machine);
      const id = `${machine.source.sha256}-2`;
      const outcome = archive.correct(id, 'somchai', { reference: readReference('มท 0804.6/ว 569'), subject: 'ขอเชิญประชุมคณะทำงาน' });
      expect(outcome?.revision).toMatchObject({ revision: 1, document: 2, by: 'somchai' });
      expect(outcome?.revision?.changes.map((change) => change.field)).toEqual(['reference', 'subject']);
      expect(outcome?.result.chain).toEqual(['มท 0804.6/ว 569', 'พร 0023.4/ว 79']);

      expect(archive.search({ q: 'มท 0804.6/ว 569' }).items.map((hit) => hit.id)).toEqual([id]);
      expect(archive.search({ q: 'มท 0804.6/ว 596' }).total).toBe(0);
      expect(archive.search({ q: 'คณะทำงาน' }).items.map((hit) => hit.id)).toEqual([id]);
      const record = archive.letter(id)!;
      expect(record.document.subject).toBe('ขอเชิญประชุมคณะทำงาน');
      expect(record.machineReading?.subject).toBe('ขอความอนุเคราะห์');
      expect(record.revisions).toHaveLength(1);
      // The province letter encloses มท 0804.6/ว 569: now the corrected letter is its parent.
      expect(archive.chain(`${machine.source.sha256}-1`)?.path.map((step) => step.letterIds.length)).toEqual([1, 1]);

      // The same values again are no new revision.
      expect(archive.correct(id, 'somchai', { subject: 'ขอเชิญประชุมคณะทำงาน' })?.revision).toBeNull();
    } finally {
      archive.close();
    }
  });

  it('survive a new machine reading of the PDF, and travel with the outbox revision into another archive', () => {
    const dataDir = tempDataDir();
    const archive = openArchive(dataDir);
    const machine = bundle();
    archive.indexResult(machine);
    const id = `${machine.source.sha256}-1`;
    const delivered = archive.correct(id, 'somchai', { subject: 'เรื่องที่แก้แล้ว' })!.result;
    expect(archive.indexResult(machine).result.documents[0]!.subject).toBe('เรื่องที่แก้แล้ว');
    expect(archive.search({ q: 'แก้แล้ว' }).total).toBe(1);
    archive.close();

    const reopened = openArchive(dataDir);
    expect(reopened.letter(id)?.document.subject).toBe('เรื่องที่แก้แล้ว');
    reopened.close();

    const elsewhere = openArchive(tempDataDir());
    try {
      const indexed = elsewhere.indexResult(JSON.parse(JSON.stringify(delivered)));
      expect(indexed.result).toEqual(delivered);
      expect(elsewhere.letter(id)?.machineReading?.subject).toBe('การป้องกันการทุจริต');
      expect(elsewhere.revisions.list(machine.source.sha256)).toEqual(delivered.corrections);
    } finally {
      elsewhere.close();
    }
  });

  it('keep a queue of doubtful letters, most doubtful first, that a check or a correction takes a letter out of', () => {
    const archive = openArchive(tempDataDir());
    try {
      const sure = letter({ reference: 'มท 0001/1', date: '2024-01-01', subject: 'แน่นอน' });
      const unsure = { ...letter({ reference: 'มท 0001/2', date: '2024-01-01', subject: 'ไม่แน่ใจ' }), confidence: { reference: 0.5, date: 0.8 } };
      const worse = { ...letter({ reference: 'มท 0001/3', date: null, subject: 'ไม่แน่ใจมาก' }), confidence: { reference: 0.5, date: 0 } };
      const bundled = result('review-queue', [sure, unsure, worse]);
      archive.indexResult(bundled);
      const queue = archive.reviewQueue.list(1, 20);
      expect(queue.items.map((item) => item.reference)).toEqual(['มท 0001/3', 'มท 0001/2']);
      expect(queue.items[0]!.fields).toEqual(['reference', 'date']);
      archive.correct(`${bundled.source.sha256}-3`, 'somchai', {}, true);
      expect(archive.reviewQueue.list(1, 20).items.map((item) => item.reference)).toEqual(['มท 0001/2']);
      expect(archive.letter(`${bundled.source.sha256}-3`)?.revisions[0]?.changes).toEqual([]);
    } finally {
      archive.close();
    }
  });
});

describe('doubt', () => {
  it('counts low confidence and warnings, but not attachments or fields a kind does not have', () => {
    const order = { ...letter({ reference: 'มท 1/2567', kind: 'order' }), confidence: { addressee: 0, reference: 1 } };
    expect(doubtOf(order)).toEqual({ score: 0, fields: [] });
    const memo = { ...letter({ reference: null }), confidence: { reference: 0, issuerLevel: 0.6 }, warnings: [{ code: 'x', message: 'x', field: 'date' }] };
    expect(doubtOf(memo)).toEqual({ score: 1.65, fields: ['reference', 'issuer', 'date'] });
    expect(doubtOf({ ...memo, kind: 'attachment' }).score).toBe(0);
  });
});
