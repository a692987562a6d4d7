import { describe, expect, it } from 'vitest';
import { issuerLevel, levelFromReference } from './issuer-level.js';
import { parseReferenceNumber } from './reference.js';

const levelOf = (raw: string) => levelFromReference(parseReferenceNumber(raw)!);

describe('levelFromReference', () => {
  it.each([
    ['มท ๐๒๒๖.๒/๒๐', 'ministry'],
    ['สธ 0203.2/20', 'ministry'],
    ['มท ๐๘๐๔.๖/ว ๕๖๙', 'department'],
    ['ศธ ๐๔๐๑๐/ว ๑๘๐๙', 'department'],
    ['พร ๐๐๒๓.๔/ว ๗๙', 'province'],
    ['อบ ๐๐๐๗.๓/ว ๑๒๙๗', 'province'],
    ['ชร ๐๓๒๘/๒๔๐', 'district'],
    ['สน ๗๔๔๗๐/ว ๑๑', 'local'],
    ['ปป ๐๐๑๔/๙๕', 'other'],
    ['กท ๐๔๐๑/ว ๑๒', 'local'],
  ])('%s is issued at %s level', (raw, level) => {
    expect(levelOf(raw)).toBe(level);
  });

  it('knows nothing of a code not in the table', () => {
    expect(levelOf('ฬฬ ๐๒๐๑/๑')).toBeNull();
  });
});

describe('issuerLevel', () => {
  it('falls back on the issuer name when the code is unknown', () => {
    const reading = issuerLevel({ reference: parseReferenceNumber('ฬฬ ๐๑๐๑/๑'), issuerName: 'ที่ว่าการอำเภอเทิง', position: null, addressee: null });
    expect(reading).toMatchObject({ level: 'district', conflict: null });
  });

  it('falls back on the signer title, then on the addressee', () => {
    expect(issuerLevel({ reference: null, issuerName: null, position: 'นายกองค์การบริหารส่วนตำบลโคกสูง', addressee: null }).level).toBe('local');
    expect(issuerLevel({ reference: null, issuerName: null, position: null, addressee: 'ผู้ว่าราชการจังหวัด ทุกจังหวัด' }).level).toBe('department');
  });

  it('trusts the reference over the name and reports the conflict', () => {
    const reading = issuerLevel({ reference: parseReferenceNumber('ปป ๐๐๑๔/๙๕'), issuerName: 'สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ', position: null, addressee: null });
    expect(reading.level).toBe('other');
    expect(reading.conflict).toEqual({ byReference: 'other', byName: 'department' });
  });
});
