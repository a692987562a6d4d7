import { describe, expect, it } from 'vitest';
import { bundleLines } from './lines.js';
import { findReceiptStamps, receiptNumber } from './stamps.js';

const read = (lines: string[], method: 'text' | 'ocr' = 'text') => {
  const all = bundleLines([{ number: 1, method, lines, warnings: [] }]);
  return { all, stamps: findReceiptStamps(all) };
};

describe('findReceiptStamps', () => {
  it('reads a labelled stamp printed after a signature, with the receiver above it', () => {
    const { all, stamps } = read([
      '(นางสาวลำดวน สมบูรณ์ชัย)', 'อธิบดีกรมส่งเสริมการปกครองท้องถิ่น',
      'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดกาญจนบุรี', 'เลขรับ 3526', 'วันที่ 14 ก.ค. 2566', 'เวลา 15.43',
    ]);
    expect(stamps).toHaveLength(1);
    expect(stamps[0]).toMatchObject({
      receiver: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดกาญจนบุรี', label: 'เลขรับ', numberRaw: '3526',
      dateRaw: '14 ก.ค. 2566', timeRaw: '15.43',
    });
    expect(all.map((l) => l.role)).toEqual(['content', 'content', 'stamp', 'stamp', 'stamp', 'stamp']);
  });

  it('reads a scanned stamp whose number has a speck after it and whose date has a comma for a dot', () => {
    const { stamps } = read(['| สารบรรณกลาง', 'เลขรับ 916 .', 'วันที่ 26 ธ,ค. 2566', '1 เวลา 10.32 น-', 'บันทึกข้อความ'], 'ocr');
    expect(stamps).toHaveLength(1);
    expect(stamps[0]).toMatchObject({ label: 'เลขรับ', numberRaw: '916', dateRaw: '26 ธ,ค. 2566' });
  });

  it('reads a scanned stamp with specks glued before its labels and a year OCR read as twin letters', () => {
    const { all, stamps } = read(['.สำนักงานสาธารณสุขจังหวัดลำปาง', './เลขรับ ๕๖๑๙', '4วันที่ ๓๐ ต.ค.วฒ', 'ที่ สธ ๐๔๑๙.๓/ว ๓๔๓'], 'ocr');
    expect(stamps).toHaveLength(1);
    expect(stamps[0]).toMatchObject({ label: 'เลขรับ', numberRaw: '๕๖๑๙', dateRaw: '๓๐ ต.ค.วฒ' });
    expect(all.map((l) => l.role)).toEqual(['stamp', 'stamp', 'stamp', 'content']);
  });

  it('reads a scanned stamp whose number OCR split with a speck and whose time row opens with a bracket of the box', () => {
    const { all, stamps } = read(['กรมส่งเสริมการปก', 'เลขรับ 26.70', 'วันที่ 21 พยย. 2567', '[ เวลา 12.04 น.', 'บันทึกข้อความ'], 'ocr');
    expect(stamps).toHaveLength(1);
    expect(stamps[0]).toMatchObject({ label: 'เลขรับ', numberRaw: '26.70', dateRaw: '21 พยย. 2567', timeRaw: '12.04 น.' });
    expect(receiptNumber(stamps[0]!.numberRaw)).toBe('2670');
    expect(all.map((l) => l.role)).toEqual(['stamp', 'stamp', 'stamp', 'stamp', 'content']);
  });

  it('keeps a stamp whose handwritten number was left unread: the label alone, then date and time', () => {
    const { stamps } = read(['สำนักงานปกครองและทะเบียน', 'รับที่', 'วันที่ 20 ก.ค. 2552', 'เวลา 15.00'], 'ocr');
    expect(stamps).toHaveLength(1);
    expect(stamps[0]).toMatchObject({ label: 'รับที่', numberRaw: null, dateRaw: '20 ก.ค. 2552', timeRaw: '15.00' });
    expect(read(['เลขที่', 'ตามหนังสือที่อ้างถึง'], 'ocr').stamps).toEqual([]);
  });

  it('keeps such a stamp when its date row is labelled but its stamped date was garbled by OCR', () => {
    const body = 'ตามที่กรุงเทพมหานครได้ส่งเรื่องของมูลนิธิขอแจ้งการเลิกมูลนิธิ ซึ่งคณะกรรมการของมูลนิธิฯ มีมติให้เลิกมูลนิธิฯ';
    // The label alone is shorter than a speck OCR reads as letters: it is still no speck.
    const { all, stamps } = read([body, 'สํ เนักงานบกควีอิ งละทะเปียน', 'รุบที่', 'ภันที่ ฯ ค 2558', 'กรุงเทพมหานครี'], 'ocr');
    expect(stamps).toMatchObject([{ label: 'รุบที่', numberRaw: null, dateRaw: null }]);
    expect(all[2]?.role).toBe('stamp');
  });

  it('keeps a stamp whose number row was lost and whose time OCR garbled: date and time rows by their labels', () => {
    const { all, stamps } = read(['สำนักงานสาธารณสุขจังหวัดลำปาง', 'วันที่๓๐ ต.ค.๖๗', 'เวลา๐๖๘.๐๑', 'ที่ สธ 0419.3/ว 343', 'กรมควบคุมโรค', '29 ตุลาคม 2567'], 'ocr');
    expect(stamps).toMatchObject([{ receiver: 'สำนักงานสาธารณสุขจังหวัดลำปาง', dateRaw: '๓๐ ต.ค.๖๗' }]);
    expect(all.map((l) => l.role)).toEqual(['stamp', 'stamp', 'stamp', 'content', 'content', 'content']);
    const trailing = read(['องค์การบริหารส่วนตำบลหนองหาร', 'เลขรับ ๑๒๓', 'วันที่ ๑๖ ก.ย ๒๕๖๖ว', 'เวลา ๐๙.๒๒ น.', 'ที่ กจ ๐๓๔๘.๑/๖๖๗'], 'ocr');
    expect(trailing.stamps).toMatchObject([{ numberRaw: '๑๒๓', dateRaw: '๑๖ ก.ย ๒๕๖๖' }]);
    const specked = read(['เลขรั15/97', 'วันที่ 4 มิย. 2566', "เวลา 14.2/ '", 'ที่ ชร ๐๘๙๔/ว๗๐๙', 'อำเภอเชียงของ ชร ๕๗๑๔๐', '๒มิถุนายน ๒๕๖๖'], 'ocr');
    expect(specked.stamps).toMatchObject([{ dateRaw: '4 มิย. 2566' }]);
    expect(specked.all.slice(1, 3).map((l) => l.role)).toEqual(['stamp', 'stamp']);
  });

  it('reads a stamp that lost its labels: office, date, time', () => {
    const { stamps } = read(['(นายสุทธิพงษ์ จุลเจริญ)', 'ปลัดกระทรวงมหาดไทย', 'กรมส่งเสริมการปกครองท้องถิ่น', '3 ก.ค. 2567', '15:14'], 'ocr');
    expect(stamps[0]).toMatchObject({ receiver: 'กรมส่งเสริมการปกครองท้องถิ่น', label: null, dateRaw: '3 ก.ค. 2567', timeRaw: '15:14' });
  });

  it('reads a stamp box at the top of a page: wrapped receiver, urgency line between, year on its own line', () => {
    const { all, stamps } = read([
      'องค์การบริหาร', 'ส่วนตำบลดอน', 'มูล', 'เลขรับ 7857', 'วันที่ 6 มี.ค.', 'ด่วนที่สุด', '68', 'เวลา 12:44', 'ที่ อบ ๐๓๓๘ / ว๔๘๕',
    ]);
    expect(stamps[0]).toMatchObject({ receiver: 'องค์การบริหารส่วนตำบลดอนมูล', dateRaw: 'วันที่ 6 มี.ค. 68'.slice(7), timeRaw: '12:44' });
    expect(all.filter((l) => l.role === 'content').map((l) => l.text)).toEqual(['ด่วนที่สุด', 'ที่ อบ ๐๓๓๘ / ว๔๘๕']);
  });

  it('reads a receiver wrapped in the stamp box below a signature, leaving the position lines out', () => {
    const { stamps } = read([
      '(นางสาววิไลวรรณ บัวขาว)', 'รองอธิบดี ปฏิบัติราชการแทน', 'อธิบดีกรมการพัฒนาชุมชน', 'สำนักงานพัฒนาชุมชนจังหวัด',
      'นครราชสีมา', 'เลขรับ ๖๘๓๐', 'วันที่ ๑๕ ก.ค. ๒๕๖๘', 'เวลา ๐๘.๓๕ น.',
    ]);
    expect(stamps[0]?.receiver).toBe('สำนักงานพัฒนาชุมชนจังหวัดนครราชสีมา');
  });

  it('does not take a memo date line for a stamp', () => {
    const { stamps } = read(['ที่ มท ๐๘๐๔.๖/ว๕๖๙', 'วันที่ ๕ กุมภาพันธ์ ๒๕๖๗', 'เรื่อง ขอความอนุเคราะห์']);
    expect(stamps).toEqual([]);
  });
});
