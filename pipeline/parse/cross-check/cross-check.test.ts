import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverChain } from '../../chain/index.js';
import { toThaiDigits } from '../../thai/index.js';
import { parseDocuments } from '../index.js';

interface Letter {
  ref: string;
  date: string;
  cites?: string;
  encloses?: string;
  stamp?: string;
}

const letterLines = (l: Letter) => [
  ...(l.stamp ? ['สำนักงานจังหวัดแพร่', `เลขรับ ๑๒๓`, `วันที่ ${l.stamp}`, 'เวลา ๑๐.๓๐ น.'] : []),
  `ที่ ${l.ref}`, 'ศาลากลางจังหวัดแพร่', l.date, 'เรื่อง ขอเชิญประชุม', 'เรียน นายอำเภอ ทุกอำเภอ',
  ...(l.cites ? [`อ้างถึง ${l.cites}`] : []),
  ...(l.encloses ? [`สิ่งที่ส่งมาด้วย ${l.encloses}`] : []),
  'ด้วยจังหวัดแพร่ขอเชิญประชุม', 'ขอแสดงความนับถือ', '(นายธีรวัฒน์ ศรีสุวรรณ)', 'ผู้ว่าราชการจังหวัดแพร่',
];
const scanned = (...letters: Letter[]) => letters.map((l, i) => ({ number: i + 1, method: 'ocr' as const, lines: letterLines(l), warnings: [] }));
/** The second letter of a scanned bundle: the one its first letter forwards. */
const forwardedOf = (...letters: Letter[]) => parseDocuments(scanned(...letters))[1];
const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);

describe('cross-checking a number printed three times', () => {
  it('takes the two agreeing copies over the letter’s own ที่ line, with a warning naming them', () => {
    const [forwarding, forwarded] = parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', cites: 'หนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๘๑๒/ว ๔๒๙', date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    ));
    expect(forwarded?.reference).toMatchObject({ normalized: 'มท 0816/ว 429', raw: 'มท ๐๘๑๒/ว ๔๒๙', unit: '0816' });
    const warning = forwarded?.warnings.find((w) => w.code === 'reference-reconciled');
    expect(warning).toMatchObject({ field: 'reference', before: 'มท 0812/ว 429', after: 'มท 0816/ว 429' });
    expect(warning?.message).toMatch(/2→6 \(look-alike digits\)/);
    expect(warning?.message).toMatch(/letter 1's อ้างถึง.*letter 1's สิ่งที่ส่งมาด้วย/);
    expect(recoverChain([forwarding!, forwarded!])).toEqual(['มท 0816/ว 429', 'พร 0017.3/ว 461']);
  });

  it('takes a clean copy over a ที่ line read through a twin letter after its own digit (๖๖๗ฒ: ๗ read twice)', () => {
    const forwarded = forwardedOf(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ มิถุนายน ๒๕๖๘', encloses: 'สำเนาหนังสืออำเภอ ที่ มท ๐๓๔๘.๑/๖๖๗ ลงวันที่ ๑ มิ.ย. ๖๘ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๓๔๘.๑/๖๖๗ฒ', date: '๑ มิถุนายน ๒๕๖๘' },
    );
    expect(forwarded?.reference?.normalized).toBe('มท 0348.1/667');
    expect(forwarded?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-reconciled', before: 'มท 0348.1/6677', after: 'มท 0348.1/667' }));
  });

  it('keeps a ที่ line read through a twin letter standing for another digit (๐๔๐ต: ๓ read as ต) against a copy that read its ว as 9', () => {
    const forwarded = forwardedOf(
      { ref: 'พล ๐๐๑๗.๒/ว ๒๒๖๖', date: '๒๘ กรกฎาคม ๒๕๖๘', encloses: 'สำเนาหนังสือกรม ที่ มท 0403.7/93645 ลงวันที่ 14 ก.ค. 68 จำนวน 1 ฉบับ' },
      { ref: 'มท ๐๔๐ต.๗/ว ๓๖๔๕', date: '๑๔ กรกฎาคม ๒๕๖๘' },
    );
    expect(forwarded?.reference?.normalized).toBe('มท 0403.7/ว 3645');
  });

  it('keeps a ที่ line\'s circular number, its digits contested by the two readers, against a clean copy that lost its ว ("/2976")', () => {
    const pages = scanned(
      { ref: 'กจ ๐๐๒๕.๓/ว ๓๒๙๒', date: '๒ สิงหาคม ๒๕๖๗', cites: 'หนังสือกรมป้องกันและบรรเทาสาธารณภัย ที่ มท 0606.7/2976 ลงวันที่ 22 ก.ค. 2567' },
      { ref: 'มท ๐๖๐๖.๗/ว ๒๙๗๖', date: '๒๒ กรกฎาคม ๒๕๖๗' },
    ).map((page, i) => (i === 1 ? { ...page, warnings: [{ code: 'ocr-reread', message: 'digits re-read', before: '๐๖๐๖.๗/ว ๒๙๑๖', after: '๐๖๐๖.๗/ว ๒๙๗๖' }] } : page));
    const [citing, cited] = parseDocuments(pages);
    expect(cited?.reference?.normalized).toBe('มท 0606.7/ว 2976');
    expect(citing?.references[0]?.normalized).toBe('มท 0606.7/ว 2976');
  });

  it('numbers a letter whose ที่ line lost its sub-block digit after the dot, its date unread, from the copy that forwards it', () => {
    const forwarded = forwardedOf(
      { ref: 'พร ๐๐๒๓.๔/ว ๗๙', date: '๒๐ สิงหาคม ๒๕๖๗', encloses: 'สำเนาหนังสือจังหวัด ที่ ชบ 0017.3/ว1917 ลงวันที่ 9 ส.ค. 2567 จำนวน 1 ฉบับ' },
      { ref: 'ซบ ๐๐๑๗./ว๑๙๑๗', date: 'วันที่ฐ สต ฐฐ' },
    );
    expect(forwarded?.reference?.normalized).toBe('ชบ 0017.3/ว 1917');
  });

  it('takes a clean copy over a ที่ line whose slash OCR read as ๗ before ว (๐๐๑๗.๑๗ว: no slash read)', () => {
    const forwarded = forwardedOf(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ มิถุนายน ๒๕๖๘', encloses: 'สำเนาหนังสือจังหวัด ที่ กจ 0017.1/ว2154 ลงวันที่ 1 มิ.ย. 68 จำนวน 1 ฉบับ' },
      { ref: 'กจ ๐๐๑๗.๑๗ว๒๑๕๔', date: '๑ มิถุนายน ๒๕๖๘' },
    );
    expect(forwarded?.reference?.normalized).toBe('กจ 0017.1/ว 2154');
  });

  it('takes the two agreeing copies over a ที่ line whose circular mark ว was read as ๙', () => {
    const [forwarding, forwarded] = parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', cites: 'หนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๘๑๖/๙๔๒๙', date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    ));
    expect(forwarded?.reference).toMatchObject({ normalized: 'มท 0816/ว 429', circular: true, number: '429' });
    expect(forwarded?.warnings.find((w) => w.code === 'reference-reconciled')?.message).toMatch(/9→ว/);
    expect(recoverChain([forwarding!, forwarded!])).toEqual(['มท 0816/ว 429', 'พร 0017.3/ว 461']);
  });

  it('weighs circular numbers as well-shaped: two agreeing copies outweigh a ที่ line that lost its ว', () => {
    const forwarded = forwardedOf(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', cites: 'หนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๘๑๖/๔๒๙', date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    );
    expect(forwarded?.reference?.normalized).toBe('มท 0816/ว 429');
  });

  it('corrects the one citation that reads otherwise, in its normalized number and its printed text', () => {
    const [forwarding] = parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', cites: 'หนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๕๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๘๑๖/ว ๔๒๙', date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    ));
    expect(forwarding?.enclosures[0]).toMatchObject({ reference: 'มท 0816/ว 429', text: expect.stringContaining('ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่') });
    expect(forwarding?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-reconciled', field: 'enclosures', before: 'มท 0816/ว 529' }));
  });

  it('decides nothing between two copies that disagree with nothing to tell them apart', () => {
    const [forwarding, forwarded] = parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๘๑๒/ว ๔๒๙', date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    ));
    expect(forwarded?.reference?.normalized).toBe('มท 0812/ว 429');
    expect(forwarding?.enclosures[0]?.reference).toBe('มท 0816/ว 429');
    expect(codes([...forwarding!.warnings, ...forwarded!.warnings])).not.toContain('reference-reconciled');
  });

  it('takes the copy read cleanly over a ที่ line whose running number OCR read with an @ in it', () => {
    const forwarded = forwardedOf(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', encloses: 'สำเนาหนังสือสำนักงาน ป.ป.ท. ที่ ปป ๐๐๑๔/๙๕ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
      { ref: 'ปป ๐๐๑๕/@๕', date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    );
    expect(forwarded?.reference?.normalized).toBe('ปป 0014/95');
    expect(forwarded?.warnings.find((w) => w.code === 'reference-reconciled')?.before).toBe('ปป 0015/5');
  });

  it('takes the copy read cleanly over a ที่ line whose running number OCR read after a dot the grammar passed over ("/.74")', () => {
    const forwarded = forwardedOf(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', encloses: 'สำเนาหนังสือกระทรวง ที่ ทส ๐๒๐๓.๓/๒๗๔ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
      { ref: 'ทส 0202.3/.74', date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    );
    expect(forwarded?.reference?.normalized).toBe('ทส 0203.3/274');
    expect(forwarded?.warnings.find((w) => w.code === 'reference-reconciled')?.before).toBe('ทส 0202.3/74');
  });

  it('keeps a ที่ line\'s circular number against a copy that read its ว as a digit ("2.902") or lost it ("/ 902"), though the two readers disagreed on the ที่ line', () => {
    for (const cited of ['พร 0023.6/2.902', 'พร 0023.6/ 902']) {
      const pages = scanned(
        { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒๐ กุมภาพันธ์ ๒๕๖๗', encloses: `สำเนาหนังสือจังหวัดแพร่ ที่ ${cited} ลงวันที่ 13 ก.พ. 2567 จำนวน 1 ฉบับ` },
        { ref: 'พร ๐๐๒๓.๖/ว ๙๐๒', date: '๑๓ กุมภาพันธ์ ๒๕๖๗' },
      ).map((page, i) => (i === 1 ? { ...page, warnings: [{ code: 'ocr-reread', message: 'digits re-read', before: '๐๐๒๓.๖', after: '๐๐๒๓.๖' }] } : page));
      const [, forwarded] = parseDocuments(pages);
      expect(forwarded?.reference?.normalized).toBe('พร 0023.6/ว 902');
    }
  });

  it('takes a copy\'s circular number over a ที่ line that read its ว as a digit ("/12266" for /ว 2266), though the two readers disagreed on the copy', () => {
    const pages = scanned(
      { ref: 'พร ๐๓๕๑/ว ๗๘๖', date: '๗ สิงหาคม ๒๕๖๘', encloses: 'สำเนาหนังสือจังหวัดแพร่ ที่ พร ๐๐๑๗.๒/ว ๒๒๖๖ ลงวันที่ ๒๘ ก.ค. ๒๕๖๘ จำนวน ๑ ฉบับ' },
      { ref: 'พร 0017.2/12266', date: '๒๘ กรกฎาคม ๒๕๖๘' },
    ).map((page, i) => (i === 0 ? { ...page, warnings: [{ code: 'ocr-reread', message: 'digits re-read', before: '๒๒๖๒', after: '๒๒๖๖' }] } : page));
    const [, forwarded] = parseDocuments(pages);
    expect(forwarded?.reference?.normalized).toBe('พร 0017.2/ว 2266');
    expect(forwarded?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-reconciled', before: 'พร 0017.2/12266' }));
  });

  it('takes a copy\'s circular number over a ที่ line that read it with a digit too many for a circular ("ว 35477")', () => {
    const forwarded = forwardedOf(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๘๐๔.๔/ว ๓๔๗๗ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๘๐๔.๔/ว ๓๕๔๗๗', date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    );
    expect(forwarded?.reference?.normalized).toBe('มท 0804.4/ว 3477');
  });

  it('takes a known agency code over a code no agency has in the letter\'s own ที่ line ("บท", "M" for มท)', () => {
    const pair = (own: string) => parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒๐ กุมภาพันธ์ ๒๕๖๘', cites: 'หนังสือกระทรวงมหาดไทย ที่ บท ๐๒๐๘.๓/๑๒๗ ลงวันที่ ๑๔ กุมภาพันธ์ ๒๕๖๘' },
      { ref: own, date: '๑๔ กุมภาพันธ์ ๒๕๖๘' },
    ));
    const [forwarding, forwarded] = pair('บท ๐๒๐๘.๓/๑๒๗');
    expect(forwarding?.references[0]?.normalized).toBe('มท 0208.3/127');
    expect(forwarded?.reference?.normalized).toBe('มท 0208.3/127');
    expect(forwarded?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-reconciled', before: 'บท 0208.3/127', after: 'มท 0208.3/127' }));
    // Nor does a code read as one Latin letter take the citation's known code from it.
    expect(pair('M0208.3/127').map((d) => [d.references[0]?.normalized, d.reference?.normalized])).toEqual([['มท 0208.3/127', 'พร 0017.3/ว 461'], [undefined, 'มท 0208.3/127']]);
    // Two known codes a letter apart: the copies cannot tell which, and the own ที่ line stands.
    expect(pair('ปท ๐๒๐๘.๓/๑๒๗')[1]?.reference?.normalized).toBe('ปท 0208.3/127');
  });

  it('settles a tie between two copies on the office block the bundle prints for another letter of that office', () => {
    const pair = (cites?: string) => parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ มิถุนายน ๒๕๖๘', encloses: 'สำเนาหนังสืออำเภอเชียงของ ที่ ชร ๐๓๖๙/๑๖๖ ลงวันที่ ๑ มิ.ย. ๖๘ จำนวน ๑ ฉบับ' },
      { ref: 'ชร ๐๒๖๙/๑๖๖', date: '๑ มิถุนายน ๒๕๖๘', ...(cites ? { cites } : {}) },
    ))[1]?.reference?.normalized;
    expect(pair('หนังสืออำเภอเชียงของ ที่ ชร ๐๓๖๙/ว๑๓๓ ลงวันที่ ๒๐ พฤษภาคม ๒๕๖๘')).toBe('ชร 0369/166');
    // Nothing else in the bundle: the two copies cannot tell, and the own ที่ line's block stands.
    expect(pair()).toMatch(/ 0269\/166$/u);
  });

  it('takes the copy that kept a digit over the one that lost it, but not one that may have read a digit twice', () => {
    const pair = (own: string, enclosed: string) => parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', encloses: `สำเนาหนังสือกรม ที่ มท ๐๔๐๓.๗/ว ${enclosed} ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ` },
      { ref: `มท ๐๔๐๓.๗/ว ${own}`, date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    ))[1]?.reference?.normalized;
    expect(pair('๓๔๕', '๓๖๔๕')).toBe('มท 0403.7/ว 3645');
    expect(pair('๒๕๐๐', '๒๕๐')).toBe('มท 0403.7/ว 2500');
    // Two digits lost from a number filled in apart from its prefix ("/ ๑" for /๑๔๑).
    expect(pair(' ๑', '๑๔๑')).toBe('มท 0403.7/ว 141');
    expect(pair('๑', '๑๑๑')).toBe('มท 0403.7/ว 1');
  });

  it('takes the copy that kept its dot over the one that lost it', () => {
    const [forwarding, forwarded] = parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', encloses: 'สำเนาหนังสือกรม ที่ สธ ๐๒๐๓.๒/๒๐ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
      { ref: 'สธ ๐๒๐๓๒/๒๐', date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    ));
    expect(forwarded?.reference?.normalized).toBe('สธ 0203.2/20');
    expect(forwarding?.warnings.map((w) => w.code)).not.toContain('reference-reconciled');
  });

  it('never corrects a text layer from OCR copies', () => {
    const pages = scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', cites: 'หนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๘๑๒/ว ๔๒๙', date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    );
    const [, forwarded] = parseDocuments([pages[0]!, { ...pages[1]!, method: 'text' }]);
    expect(forwarded?.reference?.normalized).toBe('มท 0812/ว 429');
  });

  it('takes the majority reading whatever digit of a copy is misread as a look-alike (property)', () => {
    const lookalike: Record<string, string> = { '0': '๑', '1': '๓', '2': '๖', '3': '๑', '4': '๕', '5': '๔', '6': '๒', '7': '๓', '8': '๙', '9': '๘' };
    const reference = fc.record({
      unit: fc.stringMatching(/^08[0-9]{2}\.[1-9]$/),
      number: fc.integer({ min: 1, max: 9999 }).map(String),
    });
    fc.assert(
      fc.property(reference, fc.nat(), fc.constantFrom(0, 1, 2), ({ unit, number }, at, odd) => {
        const digits = `${unit}/${number}`;
        const positions = [...digits].flatMap((c, i) => (/[0-9]/.test(c) ? [i] : []));
        const position = positions[at % positions.length]!;
        const misread = toThaiDigits(digits.slice(0, position)) + lookalike[digits[position]!] + toThaiDigits(digits.slice(position + 1));
        fc.pre(!(position === digits.indexOf('/') + 1 && lookalike[digits[position]!] === '๐'));
        const [u, n] = [misread.split('/')[0]!, misread.split('/')[1]!];
        const printed = (copy: number) => (copy === odd ? `มท ${u}/ว ${n}` : `มท ${toThaiDigits(unit)}/ว ${toThaiDigits(number)}`);
        const dated = 'ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗';
        const documents = parseDocuments(scanned(
          { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', cites: `หนังสือกรม ที่ ${printed(1)} ${dated}`, encloses: `สำเนาหนังสือกรม ที่ ${printed(2)} ${dated} จำนวน ๑ ฉบับ` },
          { ref: printed(0), date: '๒๕ พฤศจิกายน ๒๕๖๗' },
        ));
        const truth = `มท ${unit}/ว ${number}`;
        expect(documents[1]?.reference?.normalized).toBe(truth);
        expect(documents[0]?.references[0]?.normalized).toBe(truth);
        expect(documents[0]?.enclosures[0]?.reference).toBe(truth);
        const where = odd === 0 ? documents[1]! : documents[0]!;
        expect(codes(where.warnings)).toContain('reference-reconciled');
      }),
      { numRuns: 150 },
    );
  });
});

describe('cross-checking dates', () => {
  it('reads a citation’s day misread after its forwarding letter as the letter’s own day', () => {
    const [forwarding, forwarded] = parseDocuments(scanned(
      { ref: 'บร ๐๐๑๗.๕/ว ๙๙๓', date: '๑๗ มกราคม ๒๕๖๘', encloses: 'สำเนาหนังสือกระทรวง ที่ ดศ ๐๒๐๔.๑/ว ๑๙๗ ลงวันที่ ๑๘ มกราคม ๒๕๖๘ จำนวน ๑ ฉบับ' },
      { ref: 'ดศ ๐๒๐๔.๑/ว ๑๙๗', date: '๑๓ มกราคม ๒๕๖๘' },
    ));
    expect(forwarded?.date?.iso).toBe('2025-01-13');
    expect(forwarding?.enclosures[0]).toMatchObject({ date: '2025-01-13', text: expect.stringContaining('ลงวันที่ ๑๓ มกราคม ๒๕๖๘') });
    const warning = forwarding?.warnings.find((w) => w.code === 'date-reconciled');
    expect(warning?.message).toMatch(/2025-01-18 is after 2025-01-17/);
  });

  it('reads a letter’s own day that would put it before a letter it cites as the day its forwarding letter cites', () => {
    // ๒๓ read as ๒๑ on the letter itself: the 21st is before the 22nd, the date of the letter
    // it encloses, so only the forwarding letter's 23rd can be its date.
    const forwarded = forwardedOf(
      { ref: 'พร ๐๓๖๙/๑๖๖', date: '๑ ม.ค. ๒๕๖๗', encloses: 'สำเนาหนังสือจังหวัดแพร่ ที่ พร ๐๐๒๕.๒/ว ๔๖๘ ลงวันที่ ๒๓ ธ.ค. ๒๕๖๖ จำนวน ๑ ฉบับ' },
      { ref: 'พร ๐๐๒๕.๒/ว ๔๖๘', date: '๒๑ ธ.ค. ๒๕๖๖', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๖๑๗.๕/ว ๑๒๕๙ ลงวันที่ ๒๒ ธ.ค. ๒๕๖๖ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๖๑๗.๕/ว ๑๒๕๙', date: '๒๒ ธ.ค. ๒๕๖๖' },
    );
    expect(forwarded?.date?.iso).toBe('2023-12-23');
    const warning = forwarded?.warnings.find((w) => w.code === 'date-reconciled');
    expect(warning?.message).toMatch(/2023-12-21 is before 2023-12-22, the date of a letter it cites/);
  });

  it('gives a citation whose date OCR garbled past reading the date of the letter it cites, and none to one that prints no date', () => {
    const [forwarding] = parseDocuments(scanned(
      { ref: 'พร ๐๓๖๙/๑๖๖', date: '๕ ส.ค. ๒๕๖๗', cites: 'หนังสือจังหวัดแพร่ ที่ พร ๐๐๒๕.๓/ว ๓๒๙๒ ลงวันที่ ติ๊ ส.ค.วฒ', encloses: 'สำเนาหนังสือจังหวัดแพร่ ที่ พร ๐๐๒๕.๓/ว ๓๒๙๒ จำนวน ๑ ฉบับ' },
      { ref: 'พร ๐๐๒๕.๓/ว ๓๒๙๒', date: '๒ สิงหาคม ๒๕๖๗' },
    ));
    expect(forwarding?.references[0]).toMatchObject({ normalized: 'พร 0025.3/ว 3292', date: '2024-08-02' });
    expect(forwarding?.enclosures[0]?.date).toBeNull();
  });

  it('gives a citation whose label OCR cut to ลงวัน, its day lost with ที่, the date of the letter it cites', () => {
    const [forwarding] = parseDocuments(scanned(
      { ref: 'พร ๐๓๖๙/๑๖๖', date: '๕ ส.ค. ๒๕๖๗', cites: 'หนังสือจังหวัดแพร่ ที่ พร ๐๐๒๕.๓/ว ๓๒๙๒ ลงวัน ส.ค. ๒๕๖๗' },
      { ref: 'พร ๐๐๒๕.๓/ว ๓๒๙๒', date: '๒ สิงหาคม ๒๕๖๗' },
    ));
    expect(forwarding?.references[0]).toMatchObject({ normalized: 'พร 0025.3/ว 3292', date: '2024-08-02' });
  });

  it('gives a letter whose head is damaged the number and year its forwarding letter cites, keeping the day it shows', () => {
    const pages = scanned(
      { ref: 'บร ๐๐๑๗.๕/ว ๙๙๓', date: '๑๗ มกราคม ๒๕๖๘', encloses: 'สำเนาหนังสือกระทรวง ที่ ดศ ๐๒๐๔.๑/ว ๑๙๗ ลงวันที่ ๑๘ มกราคม ๒๕๖๘ จำนวน ๑ ฉบับ' },
      { ref: 'ดศ ๐๒๐๔./ว๑๙๗ วันที่ ๑๓ มกราคม ๒๐๕', date: 'ศาลากลาง' },
    );
    const [, forwarded] = parseDocuments(pages);
    expect(forwarded?.reference?.normalized).toBe('ดศ 0204.1/ว 197');
    expect(forwarded?.date?.iso).toBe('2025-01-13');
    expect(codes(forwarded!.warnings)).not.toContain('reference-missing');
  });

  it('gives a letter whose sub-block digit and slash OCR read as a second dot ("๐๘๑๐..ว") the number its undated citation prints', () => {
    const [citing, cited] = parseDocuments(scanned(
      { ref: 'สฎ ๐๐๒๓.๖/ว ๒๓๐๘', date: '๗ ก.ค. ๖๘', cites: 'หนังสือกรม ที่ มท0810.2/ว 2365 ลงวันที่ 1 340 มิ.ย. 663 1' },
      { ref: 'มท ๐๘๑๐..ว ๒๓๖๕', date: '๓๐ มิ.ย. ๒๕๖๘' },
    ));
    expect(citing?.references.map((r) => r.normalized)).toEqual(['มท 0810.2/ว 2365']);
    expect(cited?.reference?.normalized).toBe('มท 0810.2/ว 2365');
  });

  it('dates a letter whose date line is unread from a citation that misread its code letter as a look-alike and its sub-block digit and slash as one letter', () => {
    const forwarded = forwardedOf(
      { ref: 'พร ๐๓๖๙/๑๖๖', date: '๕ ม.ค. ๒๕๖๗', encloses: 'สำเนาหนังสือจังหวัดแพร่ ที่ผร ๐๐๒๕.เว ๔๖๘ ลงวันที่ ๒๗ ธันวาคม ๒๕๖๖ จำนวน ๑ ฉบับ' },
      { ref: 'พร ๐๐๒๕.๒/ว ๔๖๘', date: '๒๗ สฮส.ค. ๒๕๖๖' },
    );
    expect(forwarded?.date?.iso).toBe('2023-12-27');
  });

  it('never keeps a year 47 years off the bundle: corrected from evidence, or left out with a warning', () => {
    const documents = parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', stamp: '๓ ธ.ค. ๒๕๖๗' },
      { ref: 'มท ๐๘๑๖/ว ๔๒๙', date: '๒๕ พฤศจิกายน ๒๕๒๐', stamp: '๒๘ พ.ย. ๖๗' },
    ));
    const date = documents[1]!.date;
    expect(date === null || date.iso === '2024-11-25').toBe(true);
    expect(codes(documents[1]!.warnings).some((c) => c === 'date-year-implausible' || c === 'date-year-corrected')).toBe(true);
  });

  it('takes the year its forwarding letter cites for a letter whose own year is far off or unreadable', () => {
    for (const printed of ['๒๕ พฤศจิกายน ๒๕๒๐', '๒๕ พฤศจิกายน ๒๕วฒ']) {
      const forwarded = forwardedOf(
        { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
        { ref: 'มท ๐๘๑๖/ว ๔๒๙', date: printed },
      );
      expect(forwarded?.date?.iso, printed).toBe('2024-11-25');
      expect(forwarded?.warnings.map((w) => w.code), printed).toContain('date-reconciled');
    }
  });

  it('gives a letter whose number shows letters for digits (an unseen typeface) the number its forwarding letter cites', () => {
    const forwarded = forwardedOf(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๘ฑ๖/ว ๔๒๙', date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    );
    expect(forwarded?.reference?.normalized).toBe('มท 0816/ว 429');
  });

  it('never fills a letter’s missing date with a cited date that cannot be', () => {
    const forwarded = forwardedOf(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', stamp: '๓ ธ.ค. ๒๕๖๗', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๐๗ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๘๑๖/ว ๔๒๙', date: 'ศาลากลาง', stamp: '๒๘ พ.ย. ๖๗' },
    );
    expect(forwarded?.date).toBeNull();
  });

  it('never keeps a year decades before a letter the letter itself encloses, even with no other date to agree', () => {
    const [letter] = parseDocuments(scanned(
      { ref: 'สธ ๐๔๑๙.๓/ว ๓๔๓', date: '๓๐ ต.ค. ๒๖', encloses: 'สำเนาหนังสือกระทรวง ที่ สธ ๐๒๐๓.๒/๒๐ ลงวันที่ ๑๗ ตุลาคม ๒๕๖๗ จำนวน ๑ ฉบับ' },
    ));
    expect(letter?.date?.iso ?? null).not.toBe('1983-10-30');
    expect(codes(letter!.warnings).some((c) => c === 'date-year-implausible' || c === 'date-year-corrected')).toBe(true);
  });

  it('warns when a letter is dated before a letter it encloses or cites, naming both dates, and keeps both', () => {
    const [letter] = parseDocuments(scanned(
      { ref: 'นม ๐๐๑๗.๒/ว ๑๘๖๘', date: '๗ เม.ย. ๒๕๖๗', encloses: 'สำเนาหนังสือกระทรวง ที่ ศธ ๐๔๐๑๐/ว ๑๘๐๙ ลงวันที่ ๑๒ เม.ย. ๒๕๖๗ จำนวน ๑ ฉบับ' },
    ));
    expect(letter?.date?.iso).toBe('2024-04-07');
    expect(letter?.enclosures[0]?.date).toBe('2024-04-12');
    const warning = letter?.warnings.find((w) => w.code === 'date-before-cited');
    expect(warning).toMatchObject({ field: 'date', before: '2024-04-07' });
    expect(warning?.message).toMatch(/2024-04-12/);
    expect(letter?.confidence.date).toBeLessThanOrEqual(0.5);
    // A letter written the day of the letter it encloses, or after it, is no warning.
    const [sameDay] = parseDocuments(scanned(
      { ref: 'นม ๐๐๑๗.๒/ว ๑๘๖๘', date: '๑๒ เม.ย. ๒๕๖๗', encloses: 'สำเนาหนังสือกระทรวง ที่ ศธ ๐๔๐๑๐/ว ๑๘๐๙ ลงวันที่ ๑๒ เม.ย. ๒๕๖๗ จำนวน ๑ ฉบับ' },
    ));
    expect(codes(sameDay!.warnings)).not.toContain('date-before-cited');
  });

  it('corrects a year misread alike in a letter and in its own citation, against the rest of the bundle', () => {
    const [letter] = parseDocuments(scanned(
      { ref: 'กจ ๗๑๕๑๗/ว ๔๗๕', date: '๔ มิถุนายน ๒๕๐๘', encloses: 'สำเนาหนังสืออำเภอท่าม่วง ที่ กจ ๐๘๙๗/ว ๑๒๖๘ ลงวันที่ ๒ มิถุนายน ๒๕๐๘ จำนวน ๑ ฉบับ' },
      { ref: 'กจ ๐๘๙๗/ว ๑๒๖๘', date: '๒ มิถุนายน ๒๕๖๘', cites: 'หนังสือจังหวัดกาญจนบุรี ที่ กจ ๐๐๑๗.๒/ว ๒๕๘๖ ลงวันที่ ๒๖ พฤษภาคม ๒๕๖๘' },
      { ref: 'กจ ๐๐๑๗.๒/ว ๒๕๘๖', date: '๒๖ พฤษภาคม ๒๕๖๘' },
    ));
    expect(letter?.date?.iso).toBe('2025-06-04');
    expect(letter?.enclosures[0]?.date).toBe('2025-06-02');
  });

  it('never keeps a cited letter\'s year a generation before the letter citing it: corrected by a look-alike that fits, else left out', () => {
    const [letter] = parseDocuments(scanned(
      { ref: 'ชร ๐๐๒๓.๓/ว ๑๒๕', date: '๑๐ มกราคม ๒๕๖๗', cites: 'หนังสืออำเภอเชียงของ ที่ ชร ๐๓๖๙/ว ๑๓๓ ลงวันที่ ๒ พ.ย. ๒๖', encloses: 'สำเนาหนังสือจังหวัด ที่ ชร ๐๐๒๕.๒/ว ๔๖๘ ลงวันที่ ๒๗ ส.ค. ๒๕๑๓ จำนวน ๑ ฉบับ' },
    ));
    expect(letter?.references[0]?.date).toBe('2023-11-02');
    expect(letter?.warnings).toContainEqual(expect.objectContaining({ code: 'date-year-corrected', field: 'references', before: '1983-11-02', after: '2023-11-02' }));
    expect(letter?.enclosures[0]?.date).toBeNull();
    expect(letter?.warnings).toContainEqual(expect.objectContaining({ code: 'date-year-implausible', field: 'enclosures', before: '1970-08-27' }));
    const recent = parseDocuments(scanned({ ref: 'ชร ๐๐๒๓.๓/ว ๑๒๕', date: '๑๐ มกราคม ๒๕๖๗', cites: 'หนังสือกระทรวง ที่ มท ๐๘๐๘.๒/ว ๑๒๓๔ ลงวันที่ ๑๐ มีนาคม ๒๕๕๒' }));
    expect(recent[0]?.references[0]?.date).toBe('2009-03-10');
  });

  it('gives a letter whose ที่ line OCR read with a letter inside the office block the number its forwarding letter cites', () => {
    const [, cited] = parseDocuments(scanned(
      { ref: 'อบ ๐๓๓๘/ว ๔๘๕', date: '๑๐ พฤษภาคม ๒๕๖๖', cites: 'หนังสือสำนักงานคลังจังหวัดอุบลราชธานี ด่วนมาก ที่ อบ ๐๐๐๗.๓/ว ๑๒๙๗ ลงวันที่ ๘ พฤษภาคม ๒๕๖๖' },
      { ref: 'อบ ๐0เ๗.๓/ว ๑๒๙๗', date: '๘ พ.ค.ออ' },
    ));
    expect(cited?.reference?.normalized).toBe('อบ 0007.3/ว 1297');
    expect(cited?.date?.iso).toBe('2023-05-08');
  });

  it('corrects a year one look-alike digit off when exactly one reading fits the bundle', () => {
    const documents = parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗' },
      { ref: 'มท ๐๘๑๖/ว ๔๒๙', date: '๒๕ พฤศจิกายน ๒๕๖๓', stamp: '๒๘ พ.ย. ๖๗' },
    ));
    expect(documents[1]?.date).toMatchObject({ iso: '2024-11-25', buddhistYear: 2567 });
    expect(documents[1]?.warnings).toContainEqual(expect.objectContaining({ code: 'date-year-corrected', before: '2020-11-25', after: '2024-11-25' }));
  });

  // ธ.ค. read as ส.ค. in every copy (a looped face's ธ taken for ส): only the letter at the
  // bottom of the chain prints its month in full, and each letter encloses the one below it.
  const decemberChain = (top: string) => scanned(
    { ref: 'ชร ๐๐๒๕.๒/ว ๔๖๘', date: top, encloses: 'สำเนาหนังสือกรม ที่ มท ๐๖๑๗.๕/ว ๑๒๕๙ ลงวันที่ ๒๖ ส.ค. ๒๕๖๖ จำนวน ๑ ฉบับ' },
    { ref: 'มท ๐๖๑๗.๕/ว ๑๒๕๙', date: '๒๖ ส.ค. ๒๕๖๖', encloses: 'สำเนาหนังสือกระทรวง ที่ มท ๐๒๐๘/๑๔๑ ลงวันที่ ๒๕ ส.ค. ๒๕๖๖ จำนวน ๑ ฉบับ' },
    { ref: 'มท ๐๒๐๘/๑๔๑', date: '๒๕ ธันวาคม ๒๕๖๖' },
  );

  it('reads ส.ค. as its look-alike ธ.ค. where August would date letters before the December letter they enclose', () => {
    const [top, middle, bottom] = parseDocuments(decemberChain('๒๗ ส.ค. ๒๕๖๖'));
    expect([top, middle, bottom].map((d) => d?.date?.iso)).toEqual(['2023-12-27', '2023-12-26', '2023-12-25']);
    expect(middle?.enclosures[0]).toMatchObject({ date: '2023-12-25', text: expect.stringContaining('ลงวันที่ ๒๕ ธ.ค. ๒๕๖๖') });
    expect(top?.enclosures[0]).toMatchObject({ date: '2023-12-26', text: expect.stringContaining('ลงวันที่ ๒๖ ธ.ค. ๒๕๖๖') });
    expect(middle?.warnings.find((w) => w.code === 'date-reconciled' && w.field === 'date')?.message).toMatch(/ส\.ค\. a look-alike of ธ\.ค\..*2023-08-26 is before 2023-12-25/);
  });

  it('dates a letter whose own date line is unread from its look-alike copy once the letter it encloses is settled, not from its own first guess', () => {
    const chain = decemberChain('๒๗ ธันวาคม ๒๕๖๖').map((p, i) => (i === 1 ? { ...p, lines: p.lines.map((l) => (l === '๒๖ ส.ค. ๒๕๖๖' ? '๒๖ ฆ.ค. ๖๖' : l)) } : p));
    const [, middle] = parseDocuments(chain);
    expect(middle?.date?.iso).toBe('2023-12-26');
    expect(middle?.warnings.filter((w) => w.code === 'date-reconciled' && w.field === 'date').map((w) => w.after)).toEqual(['2023-12-26']);
  });

  it('reads ส.ค. as ธ.ค. down a chain also with a speck read as a tone mark on it ("ส.ค่."), and against a December letter that prints its month in full', () => {
    const documents = parseDocuments(scanned(
      { ref: 'ชร ๐๓๖๙/๑๖๖', date: '๑ มกราคม ๒๕๖๗', encloses: 'สำเนาหนังสือจังหวัด ที่ ชร ๐๐๒๕.๒/ว ๔๖๘ ลงวันที่ ๒๗ ธันวาคม ๒๕๖๖ จำนวน ๑ ฉบับ' },
      { ref: 'ชร ๐๐๒๕.๒/ว ๔๖๘', date: '๒๗ ส.ค่.๒๕๖๖', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๖๑๗.๕/ว ๑๒๕๙ ลงวันที่ ๒๖ ส.ค. ๒๕๖๖ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๖๑๗.๕/ว ๑๒๕๙', date: '๒๖ ส.ค.๒๕๖๖', encloses: 'สำเนาหนังสือกระทรวง ที่ มท ๐๒๐๘/๑๔๑ ลงวันที่ ๒๕ ธ.ค. ๒๕๖๖ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๒๐๘/๑๔๑', date: '๒๕ ธันวาคม ๒๕๖๖' },
    ));
    expect(documents.map((d) => d.date?.iso)).toEqual(['2024-01-01', '2023-12-27', '2023-12-26', '2023-12-25']);
  });

  it('reads ส.ค. as ธ.ค. on a letter whose receipt stamp misreads its month the same way', () => {
    const [read] = parseDocuments(scanned({ ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ส.ค. ๒๕๖๗', stamp: '๖ ส.ค. ๒๕๖๗', cites: 'หนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พ.ย. ๒๕๖๗' }));
    expect(read?.date?.iso).toBe('2024-12-02');
  });

  it('reads ส.ค. as ธ.ค. down a chain whose every copy misreads it, where December puts each letter days before the one that forwards it and August months', () => {
    const documents = parseDocuments(scanned(
      { ref: 'ชร ๐๐๒๕.๒/ว ๔๖๘', date: '๒๗ ธันวาคม ๒๕๖๖', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๖๑๗.๕/ว ๑๒๕๙ ลงวันที่ ๒๖ ส.ค. ๒๕๖๖ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๖๑๗.๕/ว ๑๒๕๙', date: '๒๖ ส.ค. ๒๕๖๖', encloses: 'สำเนาหนังสือกระทรวง ที่ มท ๐๒๐๘/๑๔๑ ลงวันที่ ๒๕ ส.ค. ๒๕๖๖ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๒๐๘/๑๔๑', date: '๒๕ ส.ค. ๒๕๖๖' },
    ));
    expect(documents.map((d) => d.date?.iso)).toEqual(['2023-12-27', '2023-12-26', '2023-12-25']);
    expect(documents[0]?.enclosures[0]).toMatchObject({ date: '2023-12-26', text: expect.stringContaining('ลงวันที่ ๒๖ ธ.ค. ๒๕๖๖') });
    expect(documents[1]?.warnings.find((w) => w.code === 'date-reconciled' && w.field === 'date')?.message).toMatch(/2023-08-26 is 123 days before 2023-12-27/);
    // Forwarded in September, August is days before and December after: August stays.
    const september = parseDocuments(scanned(
      { ref: 'ชร ๐๐๒๕.๒/ว ๔๖๘', date: '๒ กันยายน ๒๕๖๖', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๖๑๗.๕/ว ๑๒๕๙ ลงวันที่ ๒๖ ส.ค. ๒๕๖๖ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๖๑๗.๕/ว ๑๒๕๙', date: '๒๖ ส.ค. ๒๕๖๖' },
    ));
    expect(september.map((d) => d.date?.iso)).toEqual(['2023-09-02', '2023-08-26']);
    // A letter only cited (อ้างถึง), not forwarded, may be months older: its month stays as read.
    const cited = parseDocuments(scanned(
      { ref: 'ชร ๐๐๒๕.๒/ว ๔๖๘', date: '๒๗ ธันวาคม ๒๕๖๖', cites: 'หนังสือกรม ที่ มท ๐๖๑๗.๕/ว ๑๒๕๙ ลงวันที่ ๒๖ ส.ค. ๒๕๖๖' },
      { ref: 'มท ๐๖๑๗.๕/ว ๑๒๕๙', date: '๒๖ ส.ค. ๒๕๖๖' },
    ));
    expect(cited.map((d) => d.date?.iso)).toEqual(['2023-12-27', '2023-08-26']);
  });

  it('keeps ส.ค. as August where nothing the letters cite says otherwise, and never changes a month printed in full', () => {
    const documents = parseDocuments(scanned(
      { ref: 'ชร ๐๐๒๕.๒/ว ๔๖๘', date: '๒๗ ส.ค. ๒๕๖๖', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๖๑๗.๕/ว ๑๒๕๙ ลงวันที่ ๒๖ ส.ค. ๒๕๖๖ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๖๑๗.๕/ว ๑๒๕๙', date: '๒๖ สิงหาคม ๒๕๖๖' },
    ));
    expect(documents.map((d) => d.date?.iso)).toEqual(['2023-08-27', '2023-08-26']);
    expect(codes(documents.flatMap((d) => d.warnings))).not.toContain('date-reconciled');
    // The December letter at the bottom, printed in full, is what the others are read against.
    expect(parseDocuments(decemberChain('๒๗ ส.ค. ๒๕๖๖'))[2]?.date?.iso).toBe('2023-12-25');
  });

  it('takes a citation\'s clean date over the letter\'s own date line, read only by repairing its garbled letters', () => {
    const forwarded = forwardedOf(
      { ref: 'ชม ๐๐๑๗.๒/ว ๑๖๗๕', date: '๑๖ กรกฎาคม ๒๕๖๗', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๘๐๔.๔/ว ๓๔๗๗ ลงวันที่ ๑๕ กรกฎาคม ๒๕๖๗ จำนวน ๑ ฉบับ' },
      // Received the day it was written: a year before that stamp is not far enough to rule out.
      { ref: 'มท ๐๘๐๔.๔/ว ๓๔๗๗', date: '๑๕ กุ.ค.๖ว', stamp: '๑๕ ก.ค. ๒๕๖๗' },
    );
    expect(forwarded?.date?.iso).toBe('2024-07-15');
    expect(codes(forwarded?.warnings ?? [])).toContain('date-reconciled');
  });

  it('keeps the weight of a date whose digits were read as printed, only its month\'s letters repaired', () => {
    const forwarded = forwardedOf(
      { ref: 'ลป ๐๐๑๗.๒/ว ๔๗๔', date: '๒๑ ธันวาคม ๒๕๖๖', cites: 'หนังสืออำเภอ ที่ ลป ๐๘๑๐/ว ๔๔๓ ลงวันที่ ๙ ธ.ค. ๒๕๖๖' },
      { ref: 'ลป ๐๘๑๐/ว ๔๔๓', date: '๑๙ ธ.ศ. ๒๕๖๖' },
    );
    expect(forwarded?.date?.iso).toBe('2023-12-19');
  });

  it('leaves a date alone when nothing else in the bundle agrees on another time', () => {
    const [only] = parseDocuments(scanned({ ref: 'มท ๐๘๑๖/ว ๔๒๙', date: '๒๕ พฤศจิกายน ๒๕๒๐' }));
    expect(only?.date?.iso).toBe('1977-11-25');
    const pair = parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗' },
      { ref: 'มท ๐๘๑๖/ว ๔๒๙', date: '๒๕ พฤศจิกายน ๒๕๖๓' },
    ));
    expect(pair.map((d) => d.date?.iso)).toEqual(['2024-12-02', '2020-11-25']);
  });
});

describe('the text of a citation', () => {
  it('shows the agency code the OCR grammar resolved, as it shows in the number', () => {
    const [forwarding] = parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', encloses: 'สำเนาหนังสือจังหวัดชลบุรี ที่ ชขบ ๐๐๑๗.๓/ว๑๙๑๗ ลงวันที่ ๙ สิงหาคม ๒๕๖๗ จำนวน ๑ ฉบับ' },
    ));
    expect(forwarding?.enclosures[0]).toMatchObject({ reference: 'ชบ 0017.3/ว 1917', text: expect.stringContaining('ที่ ชบ ๐๐๑๗.๓/ว๑๙๑๗ ลงวันที่') });
    expect(forwarding?.warnings.map((w) => w.code)).toContain('citation-code-shown');
  });
});

describe('agency codes against the agency the letter names', () => {
  it('gives back a ministry code misread into a province’s from the department the head names (กรมควบคุมโรค writes สธ)', () => {
    const [letter] = parseDocuments(scanned({ ref: 'สส ๐๔๑๙.๓/ว ๓๔๓', date: '๒๙ ตุลาคม ๒๕๖๗' })
      .map((p) => ({ ...p, lines: p.lines.map((l) => (l === 'ศาลากลางจังหวัดแพร่' ? 'กรมควบคุมโรค' : l)) })));
    expect(letter?.reference?.normalized).toBe('สธ 0419.3/ว 343');
    expect(letter?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-reconciled', message: expect.stringContaining('names กรมควบคุมโรค, whose code is สธ') }));
  });

  it('reads a letter whose number is too garbled to take the code its head names (the code given, the number does not parse), instead of failing', () => {
    const lines = ['ที่ซฯ ๐๐.๓.๒๒.๖๐๘๐ สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดเชียงราย', 'ถนนแม่ฟ้าหลวง อำเภอเมืองเชียงราย', '๒๕ พฤษภาคม ๒๕๖๖',
      'เรื่อง การขับเคลื่อนการจัดการขยะมูลฝอยชุมชน', 'เรียน ท้องถิ่นอำเภอ ทุกอำเภอ', 'ด้วยจังหวัดเชียงรายแจ้งว่า'];
    const [letter] = parseDocuments([{ number: 1, method: 'ocr', warnings: [], lines }]);
    expect(letter?.subject).toBe('การขับเคลื่อนการจัดการขยะมูลฝอยชุมชน');
    expect(letter?.warnings.map((w) => w.code)).not.toContain('reference-reconciled');
  });

  it('gives a province code misread into another province’s one letter away the code of the district its head names, when its postcode agrees (อำเภอสัตหีบ ... ๒๐๑๘๐ is ชบ, read ชน)', () => {
    const withHead = (...head: string[]) => parseDocuments(scanned({ ref: 'ชน ๐๘๕๖/๕๗๙', date: '๒๑ สิงหาคม ๒๕๖๗' })
      .map((p) => ({ ...p, lines: p.lines.flatMap((l) => (l === 'ศาลากลางจังหวัดแพร่' ? head : [l])) })))[0];
    const letter = withHead('สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอสัตหีบ', 'อำเภอสัตหีบ ๒๐๑๘๐');
    expect(letter?.reference?.normalized).toBe('ชบ 0856/579');
    expect(letter?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-reconciled', message: expect.stringContaining('อำเภอสัตหีบ') }));
    // The district alone, a postcode of another province, a district of the province read, or of one more than a letter away: the code as read.
    expect(withHead('สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอสัตหีบ')?.reference?.normalized).toBe('ชน 0856/579');
    expect(withHead('สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอสัตหีบ', 'อำเภอสัตหีบ ๑๗๑๒๐')?.reference?.normalized).toBe('ชน 0856/579');
    expect(withHead('ที่ว่าการอำเภอสรรคบุรี', 'อำเภอสรรคบุรี ๑๗๑๔๐')?.reference?.normalized).toBe('ชน 0856/579');
    expect(withHead('ที่ว่าการอำเภอท่าม่วง', 'อำเภอท่าม่วง ๗๑๑๑๐')?.reference?.normalized).toBe('ชน 0856/579');
  });

  it('gives a code read in Latin letters the code of the department its head names, not the province of its address or postcode', () => {
    const head = ['กรมควบคุมโรค', 'ถนนติวานนท์ อำเภอเมือง', 'จังหวัดนนทบุรี 11000'];
    const [letter] = parseDocuments(scanned({ ref: 'das 0419.3/ว 343', date: '๒๙ ตุลาคม ๒๕๖๗' })
      .map((p) => ({ ...p, lines: p.lines.flatMap((l) => (l === 'ศาลากลางจังหวัดแพร่' ? head : [l])) })));
    expect(letter?.reference?.normalized).toBe('สธ 0419.3/ว 343');
  });

  it('gives a code that lost one of its letters the code the head names that holds the other, and no other code', () => {
    const withHead = (ref: string, head: string) => parseDocuments(scanned({ ref, date: '๒ กรกฎาคม ๒๕๖๗' })
      .map((p) => ({ ...p, lines: p.lines.map((l) => (l === 'ศาลากลางจังหวัดแพร่' ? head : l)) })))[0];
    expect(withHead('ส๐๐๑๗.๓/ว ๑๙๓๒', 'ศาลากลางจังหวัดสุราษฎร์ธานี')?.reference?.normalized).toBe('สฎ 0017.3/ว 1932');
    expect(withHead('ส๐๐๑๗.๓/ว ๑๙๓๒', 'ศาลากลางจังหวัดแพร่')?.reference).toBeNull();
    // The letter left read as its look-alike (ฏ for the ฎ of สฎ).
    expect(withHead('ฏ๐๐๑๗.๓/ว ๑๙๓๒', 'ศาลากลางจังหวัดสุราษฎร์ธานี')?.reference?.normalized).toBe('สฎ 0017.3/ว 1932');
    expect(withHead('ฏ๐๐๑๗.๓/ว ๑๙๓๒', 'ศาลากลางจังหวัดแพร่')?.reference).toBeNull();
  });

  it('knows the agency the head names when OCR garbled a mark of its name ("กรมควบคุมโร๊ค", "กระทรวงสาธาร์ณสุข")', () => {
    for (const head of ['กรมควบคุมโร๊ค', 'กระทรวงสาธาร์ณสุข']) {
      const [letter] = parseDocuments(scanned({ ref: 'สส ๐๔๑๙.๓/ว ๓๔๓', date: '๒๙ ตุลาคม ๒๕๖๗' })
        .map((p) => ({ ...p, lines: p.lines.map((l) => (l === 'ศาลากลางจังหวัดแพร่' ? head : l)) })));
      expect(letter?.reference?.normalized).toBe('สธ 0419.3/ว 343');
    }
    // Marks aside, จังหวัดเพชรบุรี (พบ) lies inside จังหวัดเพชรบูรณ์ (พช): the longer name is the one named.
    const [letter] = parseDocuments(scanned({ ref: 'พบ ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗' })
      .map((p) => ({ ...p, lines: p.lines.map((l) => (l === 'ศาลากลางจังหวัดแพร่' ? 'ศาลากลางจังหวัดเพชรบูรณ์' : l)) })));
    expect(letter?.reference?.normalized).toBe('พช 0017.3/ว 461');
  });

  it('gives back a code misread into another code, in every copy, from the province the head and the citation name', () => {
    const [forwarding, forwarded] = parseDocuments(scanned(
      { ref: 'พช ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', encloses: 'สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ ปท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗ จำนวน ๑ ฉบับ' },
      { ref: 'ปท ๐๘๑๖/ว ๔๒๙', date: '๒๕ พฤศจิกายน ๒๕๖๗' },
    ).map((p, i) => (i === 1 ? { ...p, lines: p.lines.map((l) => (l === 'ศาลากลางจังหวัดแพร่' ? 'กระทรวงมหาดไทย' : l)) } : p)));
    expect(forwarding?.reference?.normalized).toBe('พร 0017.3/ว 461');
    expect(forwarding?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-reconciled', message: expect.stringContaining('จังหวัดแพร่') }));
    expect(forwarded?.reference?.normalized).toBe('มท 0816/ว 429');
    expect(forwarded?.issuer.level).toBe('department');
  });

  it('keeps a code its letter names, and one whose look-alikes the letter does not name', () => {
    const [read] = parseDocuments(scanned({ ref: 'ปท ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗' }));
    expect(read?.reference?.normalized).toBe('ปท 0017.3/ว 461');
    const [known] = parseDocuments(scanned({ ref: 'ชม ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗' }));
    expect(known?.reference?.normalized).toBe('ชม 0017.3/ว 461');
  });

  it('gives a code no agency has the one code the letter names, however many letters off ("ซช" for ชร)', () => {
    const [read] = parseDocuments(scanned({ ref: 'ซช ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗' }));
    expect(read?.reference?.normalized).toBe('พร 0017.3/ว 461');
    expect(read?.warnings).toContainEqual(expect.objectContaining({ message: expect.stringContaining('จังหวัดแพร่') }));
  });

  it('gives a code no agency has whose letters are look-alikes of known codes ("บท": มท, ปท) one of those only, never another the letter names', () => {
    const [elsewhere] = parseDocuments(scanned({ ref: 'บท ๐๘๑๙.๖/ว ๓๒๓๓', date: '๒ ธันวาคม ๒๕๖๗' }));
    expect(elsewhere?.reference?.agencyCode).toBe('บท');
    const [ministry] = parseDocuments(scanned({ ref: 'บท ๐๘๑๙.๖/ว ๓๒๓๓', date: '๒ ธันวาคม ๒๕๖๗' }).map((p) => ({ ...p, lines: p.lines.map((l) => (l === 'ศาลากลางจังหวัดแพร่' ? 'กระทรวงมหาดไทย' : l)) })));
    expect(ministry?.reference?.normalized).toBe('มท 0819.6/ว 3233');
  });
});

describe('a letter whose own year OCR misread decades away', () => {
  it('is one letter with its copies once its year is read again, so they give it and what it encloses the month its face misread (ส.ค. for ธ.ค.)', () => {
    const page = (lines: string[], n: number) => ({ number: n, method: 'ocr' as const, lines, warnings: [] });
    const foot = ['ขอแสดงความนับถือ', '(นายสมชาย ใจดี)'];
    const [, forwarded] = parseDocuments([
      page(['ที่ ชร ๐๐๒๕.๒/ว ๔๖๘', 'ศาลากลางจังหวัดเชียงราย', '๒๗ ธันวาคม ๒๕๖๖', 'เรื่อง การเตรียมความพร้อม', 'เรียน นายอำเภอ ทุกอำเภอ',
        'สิ่งที่ส่งมาด้วย สำเนาหนังสือกรม ที่ มท0617.5/ว 1259 ลงวันที่ 26 ธ.ค. 2566 จำนวน 1 ฉบับ', 'ด้วยจังหวัดแจ้งว่า', ...foot, 'ผู้ว่าราชการจังหวัดเชียงราย'], 1),
      page(['ที่ มท0617.5/ว1259', 'กรมป้องกันและบรรเทาสาธารณภัย', '26 ส.ค. 2506', 'เรื่อง การเตรียมความพร้อม', 'เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด',
        'สิ่งที่ส่งมาด้วย สำเนาหนังสือกระทรวงมหาดไทย ที่ มท 0208/141 ลงวันที่ 25 ส.ค. 2566 จำนวน 1 ฉบับ', 'ด้วยกรมแจ้งว่า', ...foot, 'อธิบดี'], 2),
      page(['ที่ มท ๐๒๐๘/๑๔๑', 'กระทรวงมหาดไทย', '๒๕ ธันวาคม ๒๕๖๖', 'เรื่อง การเตรียมความพร้อม', 'เรียน อธิบดี', 'ด้วยกระทรวงแจ้งว่า', ...foot, 'ปลัดกระทรวง'], 3),
    ]);
    expect(forwarded?.date?.iso).toBe('2023-12-26');
    expect(forwarded?.enclosures[0]).toMatchObject({ reference: 'มท 0208/141', date: '2023-12-25' });
  });
});

describe('a date line that shows part of its year', () => {
  const newest = (date: string) =>
    parseDocuments(scanned({ ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date, cites: 'หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๑๓ กุมภาพันธ์ ๒๕๖๗' }))[0]!;

  it('takes the one year its remaining digits and the date it cites allow, with a warning', () => {
    // Two letters where the year's two digits stood ("อญ"): no digit of it read, but a year's
    // place; so too four digits that make no year of any era ("๓๕๒๐"), and four signs glued to the
    // month's dot, a paiyannoi among them ("ก.พ.วงฯฒ").
    // Three letters are a year one of whose digits OCR lost or joined to another ("ธ.ค.วงญ").
    for (const date of ['๒๐ ก.พ. ๗', '๒๐ ก.พ.ฒ', '20 กพ.267', '๒๐ ก.พ.๖อ', '๒๐ ก.พ.อญ', '๒๐ ก.พ. ญอบญ', '๒๐ ก.พ. ๓๕๒๐', '๒๐ ก.พ.วงฯฒ', '๒๐ ก.พ.วงญ', '๒๐ ก.พ. อญอ']) {
      const letter = newest(date);
      expect(letter.date?.iso).toBe('2024-02-20');
      expect(letter.warnings).toContainEqual(expect.objectContaining({ code: 'date-reconciled', message: expect.stringContaining('2024-02-13') }));
    }
  });

  it('finds the date line of a letter whose ที่ OCR misread, under its number, and dates it by its receipt stamp', () => {
    const lines = [
      'กี่ พร๐๐๑๗.๓ / ว ๔๖๑', 'ศาลากลางจังหวัดแพร่', '๒ก.ค. อฒ', 'เรื่อง ขอเชิญประชุม', 'เรียน นายอำเภอ ทุกอำเภอ', 'ด้วยจังหวัดแพร่ขอเชิญประชุม',
      'ขอแสดงความนับถือ', '(นายธีรวัฒน์ ศรีสุวรรณ)', 'ผู้ว่าราชการจังหวัดแพร่', 'อำเภอเมืองแพร่', 'เลขรับ ๒๔๐๒', 'วันที่ ๕ ก.ค. ๒๕๖๗', 'เวลา ๐๘.๑๘',
    ];
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, lines, warnings: [] }]);
    expect(letter?.reference?.normalized).toBe('พร 0017.3/ว 461');
    expect(letter?.date?.iso).toBe('2024-07-02');
  });

  it('finds the date line under a ที่ line whose number the loose reading cannot read (its block opening with อ)', () => {
    const [letter] = parseDocuments(scanned({ ref: 'พร อ๐๑๗.๓/ว ๔๖๑', date: '๒๐ ก.พ.อฒ', cites: 'หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๑๓ กุมภาพันธ์ ๒๕๖๗' }));
    expect(letter?.reference?.normalized).toBe('พร 0017.3/ว 461');
    expect(letter?.date?.iso).toBe('2024-02-20');
  });

  it('gives a memo whose ที่ label OCR lost the number and date its forwarding letter cites, from what its number line still shows', () => {
    const memo = ['บันทึกข้อความ', 'ส่วนราชการ กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม', '.ทส ๐๒๐๓./๒๗๔ วันที่ ๑๕ พค. ๒๕๖๘', 'เรื่อง ขอเชิญประชุม', 'เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด', 'ด้วยกระทรวงขอเชิญประชุม', '(นายธีรวัฒน์ ศรีสุวรรณ)', 'ปลัดกระทรวง'];
    const pages = [
      ...scanned({ ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒๐ พฤษภาคม ๒๕๖๘', encloses: 'สำเนาหนังสือกระทรวง ที่ ทส ๐๒๐๓.๓/๒๗๔ ลงวันที่ ๑๕ พฤษภาคม ๒๕๖๘ จำนวน ๑ ฉบับ' }),
      { number: 2, method: 'ocr' as const, lines: memo, warnings: [] },
    ];
    const [, forwarded] = parseDocuments(pages);
    expect(forwarded?.reference?.normalized).toBe('ทส 0203.3/274');
    expect(forwarded?.date?.iso).toBe('2025-05-15');
  });

  it('takes no bound from a receipt stamp whose year OCR misread decades from every letter of the bundle', () => {
    const forwarded = forwardedOf(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒๐ พฤษภาคม ๒๕๖๘', encloses: 'สำเนาหนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๑๕ พฤษภาคม ๒๕๖๘ จำนวน ๑ ฉบับ' },
      { ref: 'มท ๐๘๑๖/ว ๔๒๙', date: '๑๕ พฤษภาคม ๒๕วฒ', stamp: '๑๘ พ.ค. ๒๕๓๘' },
    );
    expect(forwarded?.date?.iso).toBe('2025-05-15');
  });

  it('takes the one reading of a garbled date line the date it cites allows ("อต.ค." is the 1st or the 6th; "ถุย." ก.ย. or พ.ย.)', () => {
    const dated = (date: string, cited: string) => parseDocuments(scanned({ ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date, cites: `หนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ${cited}` }))[0]!;
    const letter = dated('อต.ค. ๒๕๖๘', '๓ ตุลาคม ๒๕๖๘');
    expect(letter.date?.iso).toBe('2025-10-06');
    expect(letter.warnings).toContainEqual(expect.objectContaining({ code: 'date-reconciled', message: expect.stringContaining('2025-10-01 or 2025-10-06') }));
    // After the date it cites, before the day it was stamped received: September, not November.
    const stamped = parseDocuments(scanned({ ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '7 ถุย. 2566', stamp: '๑๑ ก.ย. ๒๕๖๖', cites: 'หนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๑ กันยายน ๒๕๖๖' }))[0]!;
    expect(stamped.date?.iso).toBe('2023-09-07');
    // ...or before the letter that cites it (without its date) was written.
    const [, cited] = parseDocuments(scanned(
      { ref: 'กจ ๐๓๔๘.๑/๖๖๗', date: '๑๕ กันยายน ๒๕๖๖', cites: 'หนังสือจังหวัด ที่ กจ ๐๐๑๗.๑/ว ๒๑๕๔' },
      { ref: 'กจ ๐๐๑๗.๑/ว ๒๑๕๔', date: '7 ถุย. 2566', cites: 'หนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๑ กันยายน ๒๕๖๖' },
    ));
    expect(cited?.date?.iso).toBe('2023-09-07');
    // The date so settled is a copy of its own for a citation whose date OCR garbled past reading.
    const [citing] = parseDocuments(scanned(
      { ref: 'กจ ๐๓๔๘.๑/๖๖๗', date: '๑๕ กันยายน ๒๕๖๖', cites: 'หนังสือจังหวัด ที่ กจ ๐๐๑๗.๑/ว ๒๑๕๔ ลงวันที่ @@ ก.ย. ๒๕๖๖' },
      { ref: 'กจ ๐๐๑๗.๑/ว ๒๑๕๔', date: '7 ถุย. 2566', cites: 'หนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๑ กันยายน ๒๕๖๖' },
    ));
    expect(citing?.references[0]?.date).toBe('2023-09-07');
    // Both readings after the date it cites: the line says too little.
    expect(dated('อต.ค. ๒๕๖๘', '๓๐ กันยายน ๒๕๖๘').date).toBeNull();
  });

  it('dates a letter whose year has a speck read as a digit more ("๒๕๖๔๗") as the date it cites allows', () => {
    const [letter] = parseDocuments(scanned({ ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๔๗', cites: 'หนังสือกรม ที่ มท ๐๘๑๖/ว ๔๒๙ ลงวันที่ ๒๕ พฤศจิกายน ๒๕๖๗' }));
    expect(letter?.date?.iso).toBe('2024-12-02');
    expect(letter?.warnings).toContainEqual(expect.objectContaining({ code: 'date-reconciled' }));
  });

  it('shows a cited date whose garbled month the bundle settled as the month it was ("ถุย." is ก.ย. here, not พ.ย.)', () => {
    const [forwarding] = parseDocuments(scanned(
      { ref: 'กจ ๐๓๔๘.๑/๖๖๗', date: '๑๕ กันยายน ๒๕๖๖', encloses: 'สำเนาหนังสือจังหวัด ที่ กจ 0017.1/ว 2154 ลงวันที่ 7 ถุย. 2566 จำนวน 1 ฉบับ' },
      { ref: 'กจ ๐๐๑๗.๑/ว ๒๑๕๔', date: '๗ กันยายน ๒๕๖๖' },
    ));
    expect(forwarding?.enclosures[0]).toMatchObject({ date: '2023-09-07', text: 'สำเนาหนังสือจังหวัด ที่ กจ 0017.1/ว 2154 ลงวันที่ 7 ก.ย. 2566 จำนวน 1 ฉบับ' });
  });

  it('dates nothing from a year with no digit left, one the digits rule out, or a day before the date it cites', () => {
    expect(newest('๒๐ ก.พ.')?.date ?? null).toBeNull();
    expect(newest('๒๐ ก.พ. ๕')?.date ?? null).toBeNull();
    expect(newest('๑๐ ก.พ. ๗')?.date ?? null).toBeNull();
    expect(newest('๑๐ ก.พ.อญ')?.date ?? null).toBeNull();
    // One letter is no year's shape, nor five.
    expect(newest('๒๐ ก.พ.ญ')?.date ?? null).toBeNull();
    expect(newest('๒๐ ก.พ. อญอบอ')?.date ?? null).toBeNull();
    // Its last digit unread: the digit before it must stand second to last.
    expect(newest('๒๐ ก.พ. ๗อ')?.date ?? null).toBeNull();
  });
});

describe('agency codes OCR read with a sign no code has', () => {
  it('gives a code read with a vowel, ฯ or a digit for a letter ("แม", "ชฯ", "พ5") the code the letter names', () => {
    for (const code of ['แร', 'พฯ', 'พ5', 'ผรร']) {
      expect(parseDocuments(scanned({ ref: `${code} ๐๐๑๗.๓/ว ๔๖๑`, date: '๒ ธันวาคม ๒๕๖๗' }))[0]?.reference?.normalized).toBe('พร 0017.3/ว 461');
    }
    // The label ที่ misread and glued to the code too ("กี่แร๐๐๑๗.๓/...").
    const glued = scanned({ ref: 'x', date: '๒ ธันวาคม ๒๕๖๗' }).map((p) => ({ ...p, lines: p.lines.map((l) => (l === 'ที่ x' ? 'กี่แร๐๐๑๗.๓/ว ๔๖๑' : l)) }));
    expect(parseDocuments(glued)[0]?.reference?.normalized).toBe('พร 0017.3/ว 461');
  });

  it('gives a cited code whose second letter OCR read as a digit before the office block the code the citation names', () => {
    for (const cited of ['ก10017.2/ว 1061', 'ก๐๐๐๑๗.๒/ว ๑๐๖๑']) {
      const [read] = parseDocuments(scanned({ ref: 'กจ ๐๐๑๗.๒/ว ๒๕๘๖', date: '๒๖ พฤษภาคม ๒๕๖๘', cites: `หนังสือจังหวัดกาญจนบุรี ที่ ${cited} ลงวันที่ ๓ มีนาคม ๒๕๖๘` }));
      expect(read?.references[0]?.normalized).toBe('กจ 0017.2/ว 1061');
    }
  });

  it('gives a code read in Latin letters, or with a letter too many two codes could lose, the code the text names', () => {
    expect(parseDocuments(scanned({ ref: 'us ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗' }))[0]?.reference?.normalized).toBe('พร 0017.3/ว 461');
    const [forwarding] = parseDocuments(scanned(
      { ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๑๐ พฤษภาคม ๒๕๖๖', encloses: 'สำเนาหนังสือกรมบัญชีกลาง ด่วนมาก ที่ n๐๔๐๖.๒/ว ๑๘๓๑ ลงวันที่ ๕ พ.ค. ๖๖ จำนวน ๑ ฉบับ' },
      { ref: 'กค ๐๔๐๖.๒/ว ๑๘๓๑', date: '๕ พฤษภาคม ๒๕๖๖' },
    ));
    expect(forwarding?.enclosures[0]?.reference).toBe('กค 0406.2/ว 1831');
    const [read] = parseDocuments(scanned({ ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', cites: 'หนังสือกระทรวงสาธารณสุข ที่ สธร ๐๒๐๓.๒/๒๐ ลงวันที่ ๑๗ ตุลาคม ๒๕๖๗' }));
    expect(read?.references[0]?.normalized).toBe('สธ 0203.2/20');
  });

  it('gives a code no agency has the province of the district office the citation names, and no known code', () => {
    const enclosedBy = (code: string) => parseDocuments(scanned({ ref: 'ชร ๐๐๒๕.๒/ว ๔๖๘', date: '๒ มกราคม ๒๕๖๗', encloses: `สำเนาหนังสืออำเภอเชียงของ ด่วนที่สุด ที่ ${code} ๐๓๖๙/๑๖๖ ลงวันที่ ๑ มกราคม ๒๕๖๗ จำนวน ๑ ฉบับ` }))[0]?.enclosures[0]?.reference;
    expect(enclosedBy('ซร')).toBe('ชร 0369/166');
    expect(enclosedBy('ชม')).toBe('ชม 0369/166');
  });

  it('gives a cited code no agency has, where no name is read, the province code of the provincial office citing it, and no known code', () => {
    const citedBy = (code: string) => parseDocuments(scanned({ ref: 'พร ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗', cites: `หนังสืออถำเกอเมืองแพร ที่ ${code} ๐๓๖๙/ว ๑๓๓ ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๗` }))[0]?.references[0]?.normalized;
    expect(citedBy('ผร')).toBe('พร 0369/ว 133');
    expect(citedBy('พล')).toBe('พล 0369/ว 133');
  });

  it('leaves out a number whose code nothing gives back, with a warning, and shows no such code in a chain', () => {
    const pages = scanned({ ref: 'แม ๐๐๑๗.๓/ว ๔๖๑', date: '๒ ธันวาคม ๒๕๖๗' }).map((p) => ({ ...p, lines: p.lines.filter((l) => !l.includes('แพร่')) }));
    const [read] = parseDocuments(pages);
    expect(read?.reference ?? null).toBeNull();
    expect(codes(read!.warnings)).toContain('reference-code-unread');
  });
});

describe('a local office’s code against the letters it answers', () => {
  const localMemo = (ref: string, cites: string, office = 'กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลสวนเขื่อน') => parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
    'บันทึกข้อความ', `ส่วนราชการ ${office}`, `ที่ ${ref} วันที่ ๒๕ ธันวาคม ๒๕๖๖`, 'เรื่อง การจัดงานวันเด็กแห่งชาติ', 'เรียน นายกเทศมนตรีตำบลสวนเขื่อน',
    `อ้างถึง หนังสืออำเภอห้างฉัตร ${cites}`, 'ด้วยกองสาธารณสุขจะจัดงาน',
  ] }])[0]!;

  it('gives a code one letter from its province’s the code of the provincial letters it cites', () => {
    const read = localMemo('สป ๘๑๑๑๗/๘๕', 'ที่ ลป ๐๘๑๐/ว ๔๔๓ ลงวันที่ ๑๙ ธันวาคม ๒๕๖๖');
    expect(read.reference?.normalized).toBe('ลป 81117/85');
    expect(read.warnings).toContainEqual(expect.objectContaining({ code: 'reference-reconciled', message: expect.stringContaining('ลป') }));
  });

  it('keeps its code when it cites only a ministry, or names the province of its code', () => {
    expect(localMemo('สป ๘๑๑๑๗/๘๕', 'ที่ มท ๐๘๑๐/ว ๔๔๓ ลงวันที่ ๑๙ ธันวาคม ๒๕๖๖').reference?.normalized).toBe('สป 81117/85');
    expect(localMemo('สป ๘๑๑๑๗/๘๕', 'ที่ ลป ๐๘๑๐/ว ๔๔๓ ลงวันที่ ๑๙ ธันวาคม ๒๕๖๖', 'เทศบาลตำบลบางพลี จังหวัดสมุทรปราการ').reference?.normalized).toBe('สป 81117/85');
  });

  it('keeps its code when its address\'s postcode lies in the province of its code', () => {
    const [letter] = parseDocuments([{ number: 1, method: 'ocr' as const, warnings: [], lines: [
      'ที่ชบ ๐๘๕๖ / ๕๗๙', 'สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอสัตหีบ', 'อำเภอสัตหีบ ชบ ๒๐๑๘๐', '๒๑ ส.ค. ๖๗',
      'เรื่อง มาตรการประหยัดพลังงาน', 'เรียน นายกองค์การบริหารส่วนตำบลไผ่โทน',
      'สิ่งที่ส่งมาด้วย สำเนาหนังสือจังหวัด ด่วนมาก ที่ นบ ๐๐๑๗.๓/ว ๑๙๑๗ ลงวันที่ ๙ ส.ค. ๖๗ จำนวน ๑ ฉบับ', 'ด้วยจังหวัดแจ้งว่า',
    ] }]);
    expect(letter?.reference?.normalized).toBe('ชบ 0856/579');
  });
});

describe('agency codes against the postcode of the office’s address', () => {
  // A district office's head: its own province's and district's names misread, its postcode read.
  const districtOffice = (ref: string, postcode: string) =>
    scanned({ ref, date: '๑ ม.ค. ๒๕๖๗' }).map((p) => ({
      ...p,
      lines: p.lines.map((l) => (l === 'ศาลากลางจังหวัดแพร่' ? `ที่ว่าการอำเภอเซียงของ\nถนนศรีสุข อำเภอเซียงของ\nจังหวัดเชียงซาย ${postcode}` : l)).flatMap((l) => l.split('\n')),
    }));

  it('gives a district office’s code no agency has the code of the province its postcode lies in', () => {
    const [read] = parseDocuments(districtOffice('ซช ๐๓๖๙/๑๖๖', '๕๗๑๔๐'));
    expect(read?.reference?.normalized).toBe('ชร 0369/166');
    expect(read?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-reconciled', message: expect.stringContaining('postcode 57140') }));
  });

  it('keeps a known code whatever the postcode says, and a code no agency has when the postcode is no province’s', () => {
    expect(parseDocuments(districtOffice('พร ๐๓๖๙/๑๖๖', '๕๗๑๔๐'))[0]?.reference?.normalized).toBe('พร 0369/166');
    expect(parseDocuments(districtOffice('ซช ๐๓๖๙/๑๖๖', '๐๐๐๐๐'))[0]?.reference?.normalized).toBe('ซช 0369/166');
  });
});

describe('office numbers against the agency table', () => {
  it('takes out a digit OCR read twice at the end of a province office block with a sub-unit after it', () => {
    const unitOf = (ref: string) => parseDocuments(scanned({ ref, date: '๒ ธันวาคม ๒๕๖๗' }))[0]?.reference?.normalized;
    expect(unitOf('พร ๐๐๒๓๓.๖/ว ๒๓๐๘')).toBe('พร 0023.6/ว 2308');
    expect(unitOf('พร ๐๐๒๓๕.๖/ว ๒๓๐๘')).toBe('พร 0023.5.6/ว 2308');
  });

  it('reads the ๐ of a provincial hall\'s office block read as ๙ or ๑ ("พร ๐๙๑๗.๓"): the province\'s own offices are numbered 00 and two digits', () => {
    const unitOf = (ref: string, hall = 'ศาลากลางจังหวัดแพร่') =>
      parseDocuments(scanned({ ref, date: '๒ ธันวาคม ๒๕๖๗' }).map((p) => ({ ...p, lines: p.lines.map((l) => (l === 'ศาลากลางจังหวัดแพร่' ? hall : l)) })))[0];
    expect(unitOf('พร ๐๙๑๗.๓/ว ๔๖๑')?.reference?.normalized).toBe('พร 0017.3/ว 461');
    expect(unitOf('พร ๐๙๑๗.๓/ว ๔๖๑')?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-reconciled', message: expect.stringContaining('ศาลากลางจังหวัด') }));
    expect(unitOf('พร ๐๑๒๓.๓/ว ๔๖๑', 'ศาลกลางจังหวัดแพร่')?.reference?.normalized).toBe('พร 0023.3/ว 461');
    // Both its ๐ read so ("สฎ๑๙๑๗.๓"): no office of a province has a four-digit block opening with another digit.
    expect(unitOf('พร ๑๙๑๗.๓/ว ๔๖๑')?.reference?.normalized).toBe('พร 0017.3/ว 461');
    expect(unitOf('พร ๙๐๑๗.๓/ว ๔๖๑')?.reference?.normalized).toBe('พร 0017.3/ว 461');
    // A district office (ที่ว่าการอำเภอ) numbers with 0 and three digits; other digits are no ๐ misread.
    expect(unitOf('พร ๐๙๑๗.๓/ว ๔๖๑', 'ที่ว่าการอำเภอเมืองแพร่')?.reference?.normalized).toBe('พร 0917.3/ว 461');
    expect(unitOf('พร ๐๘๑๗.๓/ว ๔๖๑')?.reference?.normalized).toBe('พร 0817.3/ว 461');
  });

  it('gives a province office number its lost dot', () => {
    const [read] = parseDocuments(scanned({ ref: 'ลป ๐๐๑๗๕/ว ๒๐๓', date: '๒ ธันวาคม ๒๕๖๗' }));
    expect(read?.reference?.normalized).toBe('ลป 0017.5/ว 203');
    expect(codes(read!.warnings)).toContain('reference-reconciled');
  });

  it('puts back a 0 lost from a province office block of 00 and two digits with a sub-unit ("พร ๐๑๗.๓")', () => {
    const unitOf = (ref: string) => parseDocuments(scanned({ ref, date: '๒ ธันวาคม ๒๕๖๗' }))[0]?.reference?.normalized;
    expect(unitOf('พร ๐๑๗.๓/ว ๔๖๑')).toBe('พร 0017.3/ว 461');
    expect(unitOf('พร ๐๐๒.๓.๔/ว ๗๙')).toBe('พร 0023.4/ว 79');
    expect(unitOf('มท ๐๘๑.๖/ว ๔๒๙')).toBe('มท 0816/ว 429');
  });

  it('puts back the leading 0 lost from a province office block of three digits ("พร ๘๙๔"): a province\'s four-digit blocks all open with 0', () => {
    const unitOf = (ref: string) => parseDocuments(scanned({ ref, date: '๒ ธันวาคม ๒๕๖๗' }))[0];
    expect(unitOf('พร ๘๙๔/ว๗๐๙')?.reference?.normalized).toBe('พร 0894/ว 709');
    expect(unitOf('พร ๘๙๔/ว๗๐๙')?.warnings).toContainEqual(expect.objectContaining({ code: 'reference-reconciled', before: 'พร 894/ว 709', after: 'พร 0894/ว 709' }));
    expect(unitOf('พร ๓๑๗.๒/ว ๔๖๑')?.reference?.normalized).toBe('พร 0317.2/ว 461');
    // Five digits are a local body's block, and a ministry's three may have lost more than its 0: left as read.
    expect(unitOf('พร ๗๒๔๐๑/ว ๗๐๙')?.reference?.normalized).toBe('พร 72401/ว 709');
    // With a sub-unit of two digits, the five digits of a local body's block with a speck read as a dot.
    expect(unitOf('อบ 716.28/ว835')?.reference?.normalized).toBe('อบ 71628/ว 835');
    expect(unitOf('มท ๖๑๗/ว ๑๒๕๙')?.reference?.normalized).toBe('มท 617/ว 1259');
  });

  it('puts back the leading 0 lost from a ministry office block with a sub-unit ("มท 617.5"), in the letter and in the copy that cites it', () => {
    const unitOf = (ref: string) => parseDocuments(scanned({ ref, date: '๒ ธันวาคม ๒๕๖๗' }))[0]?.reference?.normalized;
    expect(unitOf('มท ๖๑๗.๕/ว ๑๒๕๙')).toBe('มท 0617.5/ว 1259');
    expect(unitOf('มท ๖๑๗/ว ๑๒๕๙')).toBe('มท 617/ว 1259');
    const [forwarding, forwarded] = parseDocuments(scanned(
      { ref: 'ชร ๐๐๒๕.๒/ว ๔๖๘', date: '๒๗ ธันวาคม ๒๕๖๖', encloses: 'สำเนาหนังสือกรม ที่ มท617.5/ว 1259 ลงวันที่ 26 ธ.ค. 2566 จำนวน 1 ฉบับ' },
      { ref: 'มท ๐๖๑๗./ว๑๒๕๙', date: '๒๖ ธันวาคม ๒๕๖๖' },
    ));
    expect(forwarded?.reference?.normalized).toBe('มท 0617.5/ว 1259');
    expect(forwarding?.enclosures[0]?.reference).toBe('มท 0617.5/ว 1259');
  });

  it('reads a ministry office block\'s misread 0 as 0 ("มท ๒๒๒๖.๒"), and the issuer\'s level from the repaired block', () => {
    const [letter] = parseDocuments(scanned({ ref: 'มท ๒๒๒๖.๒/๒๐', date: '๑๗ ตุลาคม ๒๕๖๗' }));
    expect(letter?.reference?.normalized).toBe('มท 0226.2/20');
    // 02 is the Office of the Permanent Secretary: the ministry itself, not a department.
    expect(letter?.issuer.level).toBe('ministry');
  });

  it('takes out a speck read as a digit before a ministry\'s office block, also once the head gives back a code read as a province\'s', () => {
    const unitOf = (ref: string, head = 'ศาลากลางจังหวัดแพร่') => parseDocuments(scanned({ ref, date: '๑๗ ตุลาคม ๒๕๖๗' })
      .map((p) => ({ ...p, lines: p.lines.map((l) => (l === 'ศาลากลางจังหวัดแพร่' ? head : l)) })))[0]?.reference?.normalized;
    expect(unitOf('สธ5 0203.2/20')).toBe('สธ 0203.2/20');
    expect(unitOf('สร5 0203.2/20', 'กระทรวงสาธารณสุข')).toBe('สธ 0203.2/20');
  });

  it('shows the province a citation names with garbled letters as its number\'s code gives it, with a warning', () => {
    const [forwarding] = parseDocuments(scanned(
      { ref: 'ชม ๐๐๑๗.๒/ว ๑๖๗๕', date: '๒๐ กันยายน ๒๕๖๘', encloses: 'สำเนาหนังสือจังหวัดสตูลนคร ด่วนที่สุด ที่ สน ๐๐๑๗.๕/ว ๑๙๓๒ ลงวันที่ ๑๕ กันยายน ๒๕๖๘ จำนวน ๑ ฉบับ' },
    ));
    expect(forwarding?.enclosures[0]?.text).toBe('สำเนาหนังสือจังหวัดสกลนคร ด่วนที่สุด ที่ สน ๐๐๑๗.๕/ว ๑๙๓๒ ลงวันที่ ๑๕ กันยายน ๒๕๖๘ จำนวน ๑ ฉบับ');
    expect(forwarding?.warnings).toContainEqual(expect.objectContaining({ code: 'citation-place-shown', before: 'จังหวัดสตูลนคร', after: 'จังหวัดสกลนคร' }));
  });

  it('takes out a dot a speck made inside an office block of four digits', () => {
    const unitOf = (ref: string) => parseDocuments(scanned({ ref, date: '๒ ธันวาคม ๒๕๖๗' }))[0]?.reference?.normalized;
    expect(unitOf('พร ๐๐๒.๓.๔/ว ๗๙')).toBe('พร 0023.4/ว 79');
    expect(unitOf('มท ๐๘๑.๖/ว ๔๒๙')).toBe('มท 0816/ว 429');
    expect(unitOf('กห ๐๓๐๑.๑๐.๑/๑๒๓')).toBe('กห 0301.10.1/123');
    expect(unitOf('มท ๐๘๑.๖๖/ว ๔๒๙')).toBe('มท 081.66/ว 429');
  });

  it('repairs the office number of a letter cited from outside the bundle by the same shapes as a letter\'s own', () => {
    const citing = (cited: string) => parseDocuments(scanned({ ref: 'กจ ๐๐๑๗.๒/ว ๒๕๘๖', date: '๒๖ พฤษภาคม ๒๕๖๘', cites: `หนังสือจังหวัดกาญจนบุรี ที่ ${cited} ลงวันที่ ๓ มีนาคม ๒๕๖๘` }))[0]!;
    const read = citing('กจ 001.7.2/ว 1061');
    expect(read.references[0]).toMatchObject({ normalized: 'กจ 0017.2/ว 1061' });
    expect(read.warnings.find((w) => w.code === 'reference-reconciled')).toMatchObject({ field: 'references', before: 'กจ 001.7.2/ว 1061', after: 'กจ 0017.2/ว 1061' });
    expect(citing('มท 081.66/ว 429').references[0]?.normalized).toBe('มท 081.66/ว 429');
    // a block split after its first two digits ("00.17.2")
    expect(citing('กจ 00.17.2/ว 1061').references[0]).toMatchObject({ normalized: 'กจ 0017.2/ว 1061' });
  });

  it('reprints a cited number corrected twice (its shape, then the copies) as the last correction reads', () => {
    const [forwarding] = parseDocuments(scanned(
      { ref: 'สน ๐๘๓๒/ว ๙๔๓', date: '๒๔ กันยายน ๒๕๖๘', encloses: 'สำเนาหนังสือจังหวัดสกลนคร ด่วนที่สุด ที่ สน ๐๐๑๔๗.๕/ว ๑๙๓๒ ลงวันที่ ๑๕ กันยายน ๒๕๖๘ จำนวน ๑ ฉบับ' },
      { ref: 'สน ๐๐๑๗.๕/ว ๑๙๓๒', date: '๑๕ กันยายน ๒๕๖๘' },
    ));
    expect(forwarding?.enclosures[0]).toMatchObject({ reference: 'สน 0017.5/ว 1932', text: 'สำเนาหนังสือจังหวัดสกลนคร ด่วนที่สุด ที่ สน ๐๐๑๗.๕/ว ๑๙๓๒ ลงวันที่ ๑๕ กันยายน ๒๕๖๘ จำนวน ๑ ฉบับ' });
  });
});
