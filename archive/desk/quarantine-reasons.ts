/**
 * Why a PDF went to quarantine, in words a clerk can act on. The service records a stage, a
 * machine code for bad input and the technical reason; this turns them into Thai with advice.
 */
interface Failure {
  stage: string;
  code?: string | undefined;
  reason: string;
  pages?: Array<{ page: number; reason: string }> | undefined;
}

const RESEND = 'ขอแฟ้มใหม่จากผู้ส่ง หรือสแกนใหม่ แล้วนำเข้าอีกครั้ง';
const RETRY = 'เมื่อแก้สาเหตุแล้ว กด "ลองใหม่"; หากยังไม่ได้ ให้แจ้งผู้ดูแลระบบ';

const BY_CODE: Record<string, { reason: string; advice: string }> = {
  empty: { reason: 'แฟ้มว่างเปล่า ไม่มีข้อมูล', advice: RESEND },
  'not-pdf': { reason: 'แฟ้มนี้ไม่ใช่ PDF', advice: 'บันทึกหรือสแกนเป็น PDF แล้วนำเข้าอีกครั้ง' },
  encrypted: { reason: 'PDF ตั้งรหัสผ่านหรือเข้ารหัสไว้ จึงเปิดอ่านไม่ได้', advice: 'ขอแฟ้มที่ไม่ตั้งรหัสผ่านจากผู้ส่ง แล้วนำเข้าอีกครั้ง' },
  truncated: { reason: 'แฟ้ม PDF ไม่ครบ (ส่งหรือคัดลอกมาไม่หมด)', advice: RESEND },
  unreadable: { reason: 'แฟ้ม PDF เสียหาย อ่านไม่ได้', advice: RESEND },
  'over-limit': {
    reason: 'แฟ้มใหญ่หรือซับซ้อนเกินขีดจำกัดที่ตั้งไว้ (เช่น ภาพความละเอียดสูงมาก) จึงไม่อ่านเพื่อความปลอดภัย',
    advice: 'สแกนใหม่ที่ความละเอียด 200–300 dpi แล้วนำเข้าอีกครั้ง หรือให้ผู้ดูแลระบบปรับขีดจำกัด',
  },
  symlink: { reason: 'เป็นทางลัด (ลิงก์) ไปยังแฟ้มอื่น ระบบไม่ตามลิงก์', advice: 'คัดลอกตัวแฟ้มจริงมาวางแทนลิงก์' },
  'not-a-file': { reason: 'ไม่ใช่แฟ้มธรรมดา จึงไม่รับเข้า', advice: 'คัดลอกตัวแฟ้ม PDF มาวางแทน' },
};

export function describeQuarantine(failure: Failure): { reason: string; advice: string } {
  const known = failure.code ? BY_CODE[failure.code] : undefined;
  if (known) return known;
  if (failure.stage === 'read-page' && failure.pages?.length) {
    const pages = failure.pages.map((page) => page.page).join(', ');
    return { reason: `อ่านหน้า ${pages} ไม่ได้`, advice: RETRY };
  }
  if (failure.stage === 'inspect') return { reason: 'เปิดแฟ้มไม่สำเร็จ', advice: RETRY };
  return { reason: 'ประมวลผลหนังสือไม่สำเร็จ', advice: RETRY };
}
