// Shared by the page's views: DOM helpers, Thai labels, the session and API access.
// Every value from the archive is placed with textContent, never as HTML.

export const $ = (id) => document.getElementById(id);

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

// ---- Thai labels, in one place ----

export const MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
export const LEVELS = { ministry: 'กระทรวง', department: 'กรม', province: 'จังหวัด', district: 'อำเภอ', local: 'ท้องถิ่น', other: 'อื่น ๆ' };
export const KINDS = {
  external_letter: 'หนังสือภายนอก', internal_memo: 'บันทึกข้อความ', stamped_letter: 'หนังสือประทับตรา', order: 'คำสั่ง',
  announcement: 'ประกาศ', message_form: 'หนังสือสั่งการ (ข่าว)', attachment: 'เอกสารแนบ', unknown: 'ไม่ทราบ',
};
export const URGENCIES = ['ด่วนที่สุด', 'ด่วนมาก', 'ด่วน'];
export const EVIDENCE = { bundle: 'อยู่ในชุดเดียวกัน', enclosure: 'สิ่งที่ส่งมาด้วย', reference: 'อ้างถึง' };
export const ROLES = { clerk: 'เจ้าหน้าที่สารบรรณ', archivist: 'เจ้าหน้าที่เก็บรักษาและค้นหา', admin: 'ผู้ดูแลระบบ' };
/** Document fields, confidence keys and correction fields by their Thai names. */
export const FIELD_LABELS = {
  kind: 'ชนิดหนังสือ', reference: 'ที่ (เลขที่หนังสือ)', date: 'ลงวันที่', subject: 'เรื่อง', addressee: 'เรียน',
  signatory: 'ผู้ลงนาม', issuerLevel: 'ระดับส่วนราชการ', issuer: 'ส่วนราชการเจ้าของหนังสือ', urgency: 'ชั้นความเร็ว',
  receiptStamps: 'ตรารับหนังสือ', references: 'อ้างถึง', enclosures: 'สิ่งที่ส่งมาด้วย',
};
const WARNINGS = {
  'cited-date-invalid': 'วันที่ของหนังสือที่อ้างถึงไม่ถูกต้อง',
  'receipt-number-inferred': 'เลขรับได้จากการอนุมาน ควรตรวจกับตรารับ',
  'receipt-date-repaired': 'วันที่ในตรารับถูกซ่อมจากที่อ่านได้',
  'receipt-date-unreadable': 'อ่านวันที่ในตรารับไม่ได้',
  'receipt-date-out-of-range': 'วันที่ในตรารับไม่สอดคล้องกับวันที่ของหนังสือ',
  'date-repaired': 'วันที่ถูกซ่อมจากที่อ่านได้',
  'date-invalid': 'วันที่ที่อ่านได้ไม่มีจริง',
  'issuer-level-conflict': 'เลขที่หนังสือกับชื่อส่วนราชการบอกระดับไม่ตรงกัน',
  'reference-repaired': 'เลขที่หนังสือถูกซ่อมจากที่อ่านได้',
  'reference-from-citation': 'เลขที่หนังสือได้จากหนังสือฉบับอื่นที่อ้างถึง',
  'ocr-reread': 'อ่านซ้ำด้วยเครื่องอ่านอักษร (OCR)',
  'ocr-word-mended': 'ซ่อมคำราชการที่เครื่องอ่านอักษรอ่านเพี้ยน',
  'ocr-no-text': 'เครื่องอ่านอักษรไม่พบข้อความในหน้า',
  'ocr-low-confidence': 'เครื่องอ่านอักษรอ่านหน้านี้ได้ไม่ชัด',
  'text-layer-repaired': 'ซ่อมข้อความในแฟ้ม PDF',
  'text-layer-broken': 'ข้อความในแฟ้ม PDF เสีย จึงอ่านด้วยเครื่องอ่านอักษร',
  'text-layer-unreadable': 'อ่านข้อความในแฟ้ม PDF ไม่ได้ จึงอ่านด้วยเครื่องอ่านอักษร',
  'no-text-layer': 'แฟ้ม PDF ไม่มีข้อความ จึงอ่านด้วยเครื่องอ่านอักษร',
};

/** A pipeline warning in Thai, with what was read and what it became when known. */
export function warningText(warning) {
  const missing = /^(\w+)-missing$/.exec(warning.code);
  const text = WARNINGS[warning.code] || (missing ? `ไม่พบ${FIELD_LABELS[missing[1]] || 'ข้อมูล'}ในหนังสือ` : 'คำเตือนจากการอ่าน');
  const change = warning.before && warning.after ? ` (อ่านได้ “${warning.before}” ใช้ “${warning.after}”)` : warning.before ? ` (อ่านได้ “${warning.before}”)` : '';
  return text + change;
}

export function thaiDate(iso) {
  if (!iso) return 'ไม่ระบุวันที่';
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year + 543}`;
}

/** Day and time in Thailand of an ISO instant. */
export function thaiDateTime(instant) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(instant));
  const get = (type) => parts.find((part) => part.type === type).value;
  return `${thaiDate(`${get('year')}-${get('month')}-${get('day')}`)} ${get('hour')}.${get('minute')} น.`;
}

export function thaiDigits(text) {
  return String(text).replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);
}

export function fileSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

// ---- the session ----

export const session = { user: null, permissions: [], csrf: null, signInAvailable: false, tokenRequired: false, service: true };

export function can(permission) {
  return session.permissions.includes(permission);
}

export function authHeaders() {
  const token = sessionStorage.getItem('saraban-token');
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Listeners told when the API says nobody is signed in (the app shows the sign-in form). */
export const onSignInNeeded = new Set();

/**
 * Calls the API. JSON in and out; changes carry the CSRF token. Throws an Error with the
 * API's own Thai message (and its details) when the answer is not OK.
 */
export async function api(path, { method = 'GET', body, raw } = {}) {
  const headers = { ...authHeaders() };
  if (method !== 'GET' && session.csrf) headers['X-CSRF-Token'] = session.csrf;
  if (body !== undefined && !raw) headers['Content-Type'] = 'application/json';
  if (raw) headers['Content-Type'] = raw;
  const response = await fetch(path, { method, headers, body: raw ? body : body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401) for (const listener of onSignInNeeded) listener();
  const type = response.headers.get('Content-Type') || '';
  const answer = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const error = new Error([answer && answer.error, ...((answer && answer.issues) || [])].filter(Boolean).join(': ') || `ระบบตอบกลับผิดพลาด (${response.status})`);
    error.status = response.status;
    throw error;
  }
  return answer;
}

/** Fetches a file (with the session or token) and hands it to the browser as a download. */
export async function download(path, fallbackName) {
  const response = await fetch(path, { headers: authHeaders() });
  if (!response.ok) {
    const answer = await response.json().catch(() => ({}));
    throw new Error(answer.error || `ส่งออกไม่สำเร็จ (${response.status})`);
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const named = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const link = el('a', { href: URL.createObjectURL(await response.blob()), download: named ? decodeURIComponent(named[1]) : fallbackName });
  document.body.append(link);
  link.click();
  link.remove();
}

/** Shows one view (a <section data-view>) and hides the others. */
export function showView(id) {
  for (const view of document.querySelectorAll('section[data-view]')) view.hidden = view.id !== id;
  for (const link of document.querySelectorAll('#nav a')) link.classList.toggle('active', `${link.dataset.view}-view` === id);
}
