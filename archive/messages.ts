/**
 * Every message of the archive's HTTP API that a person may read, in Thai, in one place.
 * Machines tell errors apart by the HTTP status; people read these.
 */
export const MESSAGES = {
  signInRequired: 'กรุณาลงชื่อเข้าใช้ก่อน',
  tokenRequired: 'ต้องใช้รหัสเข้าใช้งาน (API token) ที่ถูกต้อง',
  signInFailed: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
  signInThrottled: 'ลงชื่อเข้าใช้ผิดหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่',
  csrfMissing: 'คำขอนี้ไม่มีรหัสยืนยันจากหน้าเว็บ (CSRF) ที่ถูกต้อง กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง',
  crossSite: 'ไม่รับคำขอที่ส่งมาจากเว็บไซต์อื่น',
  forbidden: (action: string) => `บัญชีนี้ไม่มีสิทธิ์${action}`,
  noUsersYet: 'ยังไม่มีบัญชีผู้ใช้ ผู้ดูแลระบบเพิ่มได้ด้วยคำสั่ง saraban users add',
  invalidRequest: 'คำขอไม่ถูกต้อง',
  notFound: 'ไม่พบสิ่งที่ขอ',
  noSuchLetter: 'ไม่พบหนังสือนี้ในคลัง',
  noChain: 'ไม่พบหนังสือนี้ หรือหนังสือไม่มีเลขที่และวันที่จึงเชื่อมสายการส่งต่อไม่ได้',
  noOriginal: 'ไม่มีแฟ้ม PDF ต้นฉบับในคลัง',
  searchTooSlow: 'การค้นหานี้ใช้เวลานานเกินไป กรุณาเพิ่มคำค้นหรือตัวกรองให้แคบลง',
  unknownHost: (variable: string, tokenVariable: string) =>
    `ไม่รู้จักชื่อเครื่องนี้: ผู้ดูแลระบบเพิ่มชื่อได้ใน ${variable} (--allowed-hosts) หรือตั้ง ${tokenVariable}`,
  unknownParameter: 'ไม่รู้จักตัวแปรนี้',
  repeatedParameter: 'ระบุซ้ำ',
  internalError: 'ระบบขัดข้อง กรุณาลองใหม่ หากยังไม่ได้ให้แจ้งผู้ดูแลระบบ',
  needsService: 'ใช้ได้เมื่อเปิดบริการรับหนังสือ (saraban serve) เท่านั้น',
  notInQuarantine: 'แฟ้มนี้ไม่ได้อยู่ในรายการที่อ่านไม่สำเร็จแล้ว',
  notDelivered: 'แฟ้มนี้ยังอ่านไม่เสร็จ จึงสั่งอ่านใหม่ไม่ได้',
} as const;

/** What each permission lets a user do, for "this account may not …" messages. */
export const PERMISSION_ACTIONS = {
  read: 'ค้นหาและเปิดอ่านหนังสือ',
  upload: 'รับหนังสือเข้า',
  correct: 'ตรวจทานและแก้ไขข้อมูลหนังสือ',
  export: 'ส่งออกทะเบียนหรือผลการค้นหา',
  'manage-users': 'จัดการบัญชีผู้ใช้',
} as const;
