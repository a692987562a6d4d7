import { describe, expect, it } from 'vitest';
import { parseDocuments } from './index.js';

const memo = (lines: string[]) => parseDocuments([{ number: 1, method: 'ocr', lines, warnings: [] }])[0];

const HEADER = [
  'ส่วนราชการ ศูนย์ซ่อมบำรุงทหาร โทร. ๐ ๒๒๒๑ ๒๑๑๑',
  'ที่ กห ๐๓๐๑.๑๐.๑/๑๒๓',
  'วันที่ ๓ พฤษภาคม ๒๕๖๗',
  'เรื่อง ขออนุมัติจัดซื้อวัสดุ',
  'เสนอ ผบ.ศซบ.ทหาร',
  'ด้วยศูนย์ซ่อมบำรุงทหารมีความจำเป็นต้องจัดซื้อวัสดุสำหรับซ่อมบำรุงยานพาหนะ จึงเสนอมาเพื่อโปรดพิจารณาอนุมัติ',
];

describe('urgency and secrecy stamped on a scan', () => {
  it('are read from the title line they were stamped on', () => {
    expect(memo(['บันทึกข้อความ ด่วนมาก', ...HEADER])).toMatchObject({ kind: 'internal_memo', urgency: 'ด่วนมาก' });
    expect(memo(['ลับ บันทึกข้อความ', ...HEADER])).toMatchObject({ secrecy: 'ลับ' });
  });

  it('are read from a stamp read after the page lines', () => {
    expect(memo(['บันทึกข้อความ', ...HEADER, 'ด่วนที่สุด'])).toMatchObject({ urgency: 'ด่วนที่สุด' });
  });

  it('are not read from words inside the body', () => {
    expect(memo(['บันทึกข้อความ', ...HEADER, 'จึงเรียนมาเพื่อโปรดพิจารณาเป็นการด่วนมาก']).urgency).toBeNull();
  });
});
