import { describe, expect, it } from 'vitest';
import { readReceiptStamp } from './receipt.js';
import type { StampParts } from './stamps.js';

const parts = (dateRaw: string, extra: Partial<StampParts> = {}): StampParts => ({
  lines: [], receiver: null, label: 'เลขรับ', numberRaw: '๕๖๑๙', dateRaw, timeRaw: '๐๘:๐๑', ...extra,
});

describe('readReceiptStamp', () => {
  it('reads number, date and time in Arabic digits and ISO form', () => {
    const { stamp, warnings } = readReceiptStamp(parts('๓๐ ต.ค. ๖๗'), { notBefore: '2024-10-29', notAfter: null });
    expect(stamp).toMatchObject({ number: '5619', date: '2024-10-30', time: '08:01' });
    expect(warnings).toEqual([]);
  });

  it('repairs a month read one letter off when only that makes the date possible', () => {
    const { stamp, warnings } = readReceiptStamp(parts('3 ก.ค. 2567'), { notBefore: '2024-01-02', notAfter: '2024-02-05' });
    expect(stamp.date).toBe('2024-01-03');
    expect(warnings).toEqual([expect.objectContaining({ code: 'receipt-date-repaired', before: '2024-07-03', after: '2024-01-03' })]);
  });

  it('repairs an unreadable month one mark off when it fits the bounds', () => {
    const { stamp, warnings } = readReceiptStamp(parts('19 กูค. 67'), { notBefore: '2024-07-16', notAfter: null });
    expect(stamp.date).toBe('2024-07-19');
    expect(warnings[0]).toMatchObject({ code: 'receipt-date-repaired', before: '19 กูค. 67', after: '2024-07-19' });
  });

  it('keeps an impossible date that no one-letter change explains, with a warning', () => {
    const { stamp, warnings } = readReceiptStamp(parts('3 ธันวาคม 2567'), { notBefore: '2024-01-02', notAfter: '2024-02-05' });
    expect(stamp.date).toBe('2024-12-03');
    expect(warnings[0]?.code).toBe('receipt-date-out-of-range');
  });

  it('leaves out a date years outside its bounds (a stamp year OCR misread), with a warning', () => {
    const { stamp, warnings } = readReceiptStamp(parts('๓๐ ต.ค. ๒๖'), { notBefore: '2024-10-29', notAfter: null });
    expect(stamp.date).toBeNull();
    expect(warnings[0]).toMatchObject({ code: 'receipt-date-implausible', before: '1983-10-30' });
  });

  it('reads a date OCR garbled so that one reading alone repairs it, when that reading fits the bounds', () => {
    const { stamp, warnings } = readReceiptStamp(parts('๓๐ ต.ค.วฒ'), { notBefore: '2024-10-29', notAfter: null });
    expect(stamp.date).toBe('2024-10-30');
    expect(warnings[0]).toMatchObject({ code: 'receipt-date-repaired', before: '๓๐ ต.ค.วฒ', after: '2024-10-30' });
    expect(readReceiptStamp(parts('๓๐ ต.ค.วฒ'), { notBefore: null, notAfter: null }).stamp.date).toBeNull();
    expect(readReceiptStamp(parts('๓๐ ต.ค.วฒ'), { notBefore: '2024-11-02', notAfter: null }).stamp.date).toBeNull();
  });

  it('leaves the date null with a warning when it cannot be read', () => {
    const { stamp, warnings } = readReceiptStamp(parts('31 ก.พ. 2567'), { notBefore: null, notAfter: null });
    expect(stamp.date).toBeNull();
    expect(warnings[0]?.code).toBe('receipt-date-unreadable');
  });
});
