/**
 * Validating requests, with errors in Thai: each zod issue becomes "field label: what is wrong",
 * so the web page can show the API's own words to a clerk. Labels of every request field live here.
 */
import type { z } from 'zod';

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: string[] };

/** `root` names a value validated on its own (a letter id, a hash) in the messages. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, root?: string): Validated<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: thaiIssues(parsed.error, root) };
}

const FIELD_LABELS: Record<string, string> = {
  q: 'คำค้น',
  ref: 'เลขที่หนังสือ',
  from: 'ลงวันที่ ตั้งแต่',
  to: 'ลงวันที่ ถึง',
  issuer: 'ส่วนราชการเจ้าของหนังสือ',
  agency: 'รหัสหน่วยงาน',
  level: 'ระดับ',
  urgency: 'ชั้นความเร็ว',
  kind: 'ชนิดหนังสือ',
  page: 'หน้า',
  pageSize: 'จำนวนรายการต่อหน้า',
  sort: 'การเรียงลำดับ',
  year: 'ปี พ.ศ.',
  digits: 'ตัวเลข',
  name: 'ชื่อแฟ้ม',
  login: 'ชื่อผู้ใช้',
  displayName: 'ชื่อที่แสดง',
  password: 'รหัสผ่าน',
  role: 'บทบาท',
  disabled: 'ระงับการใช้งาน',
  reference: 'ที่ (เลขที่หนังสือ)',
  date: 'ลงวันที่',
  subject: 'เรื่อง',
  addressee: 'เรียน',
  signatory: 'ผู้ลงนาม',
  position: 'ตำแหน่ง',
  receiptStamps: 'ตรารับหนังสือ',
  receiver: 'หน่วยงานที่รับ',
  number: 'เลขรับ',
  time: 'เวลา',
  action: 'การปฏิบัติ',
  remarks: 'หมายเหตุ',
  changes: 'รายการแก้ไข',
};

const THAI = /[\u0E00-\u0E7F]/u;

function label(path: readonly PropertyKey[], root: string): string {
  const named = path.filter((part): part is string => typeof part === 'string');
  const last = named.at(-1);
  const shown = last === undefined ? root : (FIELD_LABELS[last] ?? last);
  const index = path.find((part) => typeof part === 'number');
  return index === undefined ? shown : `${shown} (รายการที่ ${index + 1})`;
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? `ยาวเกิน ${issue.maximum} ตัวอักษร` : `ต้องไม่เกิน ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string' ? `ต้องมีอย่างน้อย ${issue.minimum} ตัวอักษร` : `ต้องไม่น้อยกว่า ${issue.minimum}`;
    case 'invalid_value':
      return `ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `ไม่รู้จัก ${issue.keys.join(', ')}`;
    case 'invalid_type':
      return issue.expected === 'number' ? 'ต้องเป็นตัวเลข' : issue.input === undefined ? 'ต้องระบุ' : 'รูปแบบไม่ถูกต้อง';
    default:
      return THAI.test(issue.message) ? issue.message : 'รูปแบบไม่ถูกต้อง';
  }
}

/** "label: problem" per issue; `root` names a value validated on its own (a letter id, a hash). */
export function thaiIssues(error: z.ZodError, root = 'ค่า'): string[] {
  return error.issues.map((issue) => {
    const where = issue.code === 'unrecognized_keys' ? 'คำขอ' : label(issue.path, root);
    return `${where}: ${describe(issue)}`;
  });
}
