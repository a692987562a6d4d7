/**
 * What a clerk types in the correction form, read into the result's own shapes with the
 * pipeline's grammars: a reference number any way it is written ("มท ๐๘๐๔.๖/ว ๕๖๙"), a date in
 * Thai words or numbers ("๕ ก.พ. ๒๕๖๗", "5/2/2567", "2567-02-05"). Empty text means "none".
 */
import { z } from 'zod';
import { parseClockTime } from '../../pipeline/dates/index.js';
import { parseReferenceNumber } from '../../pipeline/parse/index.js';
import { toArabicDigits } from '../../pipeline/thai/index.js';
import {
  DocumentKind,
  IssuerLevel,
  type LetterDate,
  type LetterDocument,
  type ReceiptStamp,
  type ReferenceNumber,
  Urgency,
} from '../../schemas/index.js';
import { parseDateBound } from '../date-bounds.js';
import { parseReferenceQuery } from '../reference-query.js';
import { BUDDHIST_OFFSET } from '../register/thai-time.js';

const Text = (max: number) => z.string().trim().max(max);

const ReferenceText = Text(80).refine((raw) => raw === '' || readReference(raw) !== null, 'ไม่ใช่เลขที่หนังสือ เช่น มท 0804.6/ว 569');
const DateText = Text(60).refine((raw) => raw === '' || readDate(raw) !== null, 'ไม่ใช่วันที่ เช่น 5 ก.พ. 2567 หรือ 5/2/2567');
const TimeText = Text(10).refine((raw) => raw === '' || parseClockTime(toArabicDigits(raw)) !== null, 'ไม่ใช่เวลา เช่น 10.30');

/** The correction form: only the fields sent are corrected; `checked` alone records a review with no change. */
export const CorrectionInput = z
  .object({
    reference: ReferenceText.optional(),
    date: DateText.optional(),
    subject: Text(1000).optional(),
    addressee: Text(1000).optional(),
    issuer: z.object({ name: Text(300), level: IssuerLevel }).strict().optional(),
    urgency: Urgency.nullable().optional(),
    kind: DocumentKind.optional(),
    signatory: z.object({ name: Text(200), position: Text(500) }).strict().optional(),
    receiptStamps: z
      .array(z.object({ receiver: Text(300), number: Text(30), date: DateText, time: TimeText }).strict())
      .max(10)
      .optional(),
    checked: z.literal(true).optional(),
  })
  .strict();
export type CorrectionInput = z.infer<typeof CorrectionInput>;

/** The fields' new values in the document's shapes (only those given). */
export type CorrectedValues = Partial<Pick<LetterDocument, 'reference' | 'date' | 'subject' | 'addressee' | 'issuer' | 'urgency' | 'kind' | 'signatory' | 'receiptStamps'>>;

export function correctedValues(input: CorrectionInput, current: LetterDocument): CorrectedValues {
  const values: CorrectedValues = {};
  if (input.reference !== undefined) values.reference = input.reference === '' ? null : readReference(input.reference);
  if (input.date !== undefined) values.date = input.date === '' ? null : readDate(input.date);
  if (input.subject !== undefined) values.subject = input.subject || null;
  if (input.addressee !== undefined) values.addressee = input.addressee || null;
  if (input.issuer !== undefined) values.issuer = { name: input.issuer.name || null, level: input.issuer.level };
  if (input.urgency !== undefined) values.urgency = input.urgency;
  if (input.kind !== undefined) values.kind = input.kind;
  if (input.signatory !== undefined) {
    const { name, position } = input.signatory;
    const lines = position.split('\n').map((line) => line.trim()).filter(Boolean);
    values.signatory =
      name || lines.length > 0
        ? { name: name || null, position: lines.join(' ') || null, positionLines: lines, acting: current.signatory?.acting ?? null }
        : null;
  }
  if (input.receiptStamps !== undefined) values.receiptStamps = input.receiptStamps.map(readStamp);
  return values;
}

/** A whole reference number as the parser reads it, keeping what was typed as raw. */
export function readReference(raw: string): ReferenceNumber | null {
  if (!parseReferenceQuery(raw)) return null; // the whole text must be one number
  const reference = parseReferenceNumber(raw);
  return reference && { ...reference, raw: raw.trim() };
}

/** One day, in words or numbers, Buddhist or Gregorian years. */
export function readDate(raw: string): LetterDate | null {
  const start = parseDateBound(raw, 'start');
  if (start === null || start !== parseDateBound(raw, 'end')) return null; // a month or a year is not a date
  return { raw: raw.trim(), iso: start, buddhistYear: Number(start.slice(0, 4)) + BUDDHIST_OFFSET };
}

function readStamp(stamp: { receiver: string; number: string; date: string; time: string }): ReceiptStamp {
  const number = toArabicDigits(stamp.number) || null;
  const date = stamp.date ? readDate(stamp.date)!.iso : null;
  const time = stamp.time ? parseClockTime(toArabicDigits(stamp.time)) : null;
  const raw = [stamp.receiver, number && `เลขรับ ${stamp.number}`, stamp.date && `วันที่ ${stamp.date}`, stamp.time && `เวลา ${stamp.time}`]
    .filter(Boolean)
    .join(' ');
  return { receiver: stamp.receiver || null, label: number ? 'เลขรับ' : null, number, date, time, raw };
}
