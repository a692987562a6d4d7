// The archivists' page: search, result list, record page and forwarding chain.
// Plain DOM code: every value from the archive is placed with textContent, never as HTML.
'use strict';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'ref', 'from', 'to', 'issuer', 'agency', 'level', 'urgency', 'kind'];
const MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const LEVELS = { ministry: 'กระทรวง', department: 'กรม', province: 'จังหวัด', district: 'อำเภอ', local: 'ท้องถิ่น', other: 'อื่น ๆ' };
const KINDS = {
  external_letter: 'หนังสือภายนอก', internal_memo: 'บันทึกข้อความ', stamped_letter: 'หนังสือประทับตรา', order: 'คำสั่ง',
  announcement: 'ประกาศ', message_form: 'หนังสือสั่งการ (ข่าว)', attachment: 'เอกสารแนบ', unknown: 'ไม่ทราบ',
};
const EVIDENCE = { bundle: 'อยู่ในชุดเดียวกัน', enclosure: 'สิ่งที่ส่งมาด้วย', reference: 'อ้างถึง' };

const $ = (id) => document.getElementById(id);
let lastSearchHash = '#/';

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function thaiDate(iso) {
  if (!iso) return 'ไม่ระบุวันที่';
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year + 543}`;
}

// ---- API access (with an optional bearer token kept for this browser tab only) ----

function authHeaders() {
  const token = sessionStorage.getItem('saraban-token');
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function api(path) {
  const response = await fetch(path, { headers: authHeaders() });
  if (response.status === 401) {
    $('token-panel').hidden = false;
    throw new Error('ต้องใช้รหัสเข้าใช้งาน');
  }
  const body = await response.json();
  if (!response.ok) throw new Error((body.issues || [body.error]).join('; '));
  return body;
}

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem('saraban-token', $('token').value);
  $('token-panel').hidden = true;
  showStats();
  route();
});

// ---- search ----

function formParams() {
  const data = new FormData($('search-form'));
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = String(data.get(name) || '').trim();
    if (value) params.set(name, value);
  }
  return params;
}

function fillForm(params) {
  const form = $('search-form');
  for (const name of FILTERS) form.elements[name].value = params.get(name) || '';
  if (FILTERS.slice(1).some((name) => params.get(name))) $('filters').open = true;
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  location.hash = `#/search?${formParams()}`;
});

async function showSearch(params) {
  $('record-view').hidden = true;
  $('search-view').hidden = false;
  fillForm(params);
  if (![...params.keys()].some((key) => FILTERS.includes(key))) {
    $('summary').textContent = 'พิมพ์คำค้นหรือเลขที่หนังสือ แล้วกดค้นหา';
    $('results').replaceChildren();
    $('pager').hidden = true;
    return;
  }
  if (!params.has('pageSize')) params.set('pageSize', String(PAGE_SIZE));
  $('summary').textContent = 'กำลังค้นหา…';
  try {
    const page = await api(`api/search?${params}`);
    renderResults(page, params);
  } catch (error) {
    $('summary').textContent = `ค้นหาไม่สำเร็จ: ${error.message}`;
    $('results').replaceChildren();
    $('pager').hidden = true;
  }
}

function renderResults(page, params) {
  const how = { reference: 'ตามเลขที่หนังสือ', words: 'ตามคำค้น', 'word-prefixes': 'ตามคำที่ขึ้นต้นด้วยคำค้น', filters: 'ตามตัวกรอง' };
  $('summary').textContent = page.total === 0 ? 'ไม่พบหนังสือที่ตรงกับการค้นหา' : `พบ ${page.total} รายการ (${how[page.matched]})`;
  $('results').replaceChildren(...page.items.map(resultItem));
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  $('pager').hidden = pages <= 1;
  $('page-label').textContent = `หน้า ${page.page} จาก ${pages}`;
  $('prev').disabled = page.page <= 1;
  $('next').disabled = page.page >= pages;
  $('prev').onclick = () => goToPage(params, page.page - 1);
  $('next').onclick = () => goToPage(params, page.page + 1);
}

function goToPage(params, page) {
  const next = new URLSearchParams(params);
  next.delete('pageSize');
  next.set('page', String(page));
  location.hash = `#/search?${next}`;
}

function badges(item) {
  const list = el('span', { class: 'badges' }, el('span', { class: 'badge', text: LEVELS[item.level] || item.level }));
  if (item.urgency) list.append(el('span', { class: 'badge urgent', text: item.urgency }));
  list.append(el('span', { class: 'badge plain', text: KINDS[item.kind] || item.kind }));
  return list;
}

function snippet(parts) {
  const block = el('p', { class: 'snippet' });
  for (const part of parts) block.append(part.hit ? el('mark', { text: part.text }) : document.createTextNode(part.text));
  return block;
}

function resultItem(item) {
  const title = el('a', { href: `#/letter/${item.id}`, class: 'result-link' },
    el('span', { class: 'ref', text: item.reference || 'ไม่มีเลขที่' }),
    el('span', { class: 'date', text: thaiDate(item.date) }));
  return el('li', { class: 'result' },
    el('div', { class: 'result-head' }, title, badges(item)),
    el('p', { class: 'subject', text: item.subject || '(ไม่มีเรื่อง)' }),
    el('p', { class: 'issuer', text: item.issuer || '' }),
    item.snippet ? snippet(item.snippet) : null,
    el('p', { class: 'source', text: `${item.source.file} · หน้า ${item.pages.first}–${item.pages.last}` }));
}

// ---- record page ----

function field(list, label, value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
  const content = el('dd');
  if (Array.isArray(value)) content.append(el('ul', {}, ...value.map((line) => el('li', { text: line }))));
  else content.textContent = String(value);
  list.append(el('dt', { text: label }), content);
}

function citedLine(text, reference, date) {
  return [text, reference && `(${reference}${date ? `, ${thaiDate(date)}` : ''})`].filter(Boolean).join(' ');
}

async function showRecord(id) {
  $('search-view').hidden = true;
  $('record-view').hidden = false;
  $('back').href = lastSearchHash;
  $('record-title').textContent = 'กำลังโหลด…';
  $('record-fields').replaceChildren();
  $('chain-tree').replaceChildren();
  $('record-original').replaceChildren();
  $('record-text').textContent = '';
  let record;
  try {
    record = await api(`api/letters/${encodeURIComponent(id)}`);
  } catch (error) {
    $('record-title').textContent = `เปิดหนังสือไม่สำเร็จ: ${error.message}`;
    return;
  }
  renderRecord(record);
  try {
    renderChain(await api(`api/letters/${encodeURIComponent(id)}/chain`), id);
  } catch {
    $('chain-tree').replaceChildren(el('p', { class: 'hint', text: 'หนังสือนี้ไม่มีเลขที่หรือวันที่ จึงเชื่อมสายการส่งต่อไม่ได้' }));
  }
}

function renderRecord(record) {
  const d = record.document;
  $('record-title').textContent = `${d.reference ? d.reference.normalized : 'ไม่มีเลขที่'} — ${d.subject || '(ไม่มีเรื่อง)'}`;
  const list = $('record-fields');
  field(list, 'ที่ (ตามที่พิมพ์)', d.reference && d.reference.raw);
  field(list, 'เลขที่ (มาตรฐาน)', d.reference && d.reference.normalized);
  field(list, 'ลงวันที่', d.date && `${thaiDate(d.date.iso)} (พิมพ์ว่า “${d.date.raw}”)`);
  field(list, 'เรื่อง', d.subject);
  field(list, 'เรียน', d.addressee);
  field(list, 'ส่วนราชการเจ้าของหนังสือ', d.issuer.name);
  field(list, 'ระดับ', LEVELS[d.issuer.level]);
  field(list, 'ชนิดหนังสือ', KINDS[d.kind]);
  field(list, 'ชั้นความเร็ว', d.urgency);
  field(list, 'ชั้นความลับ', d.secrecy);
  field(list, 'อ้างถึง', d.references.map((r) => citedLine(r.raw, r.normalized, r.date)));
  field(list, 'สิ่งที่ส่งมาด้วย', d.enclosures.map((e) => citedLine(e.text, e.reference, e.date)));
  if (d.signatory) {
    field(list, 'ผู้ลงนาม', d.signatory.name);
    field(list, 'ตำแหน่ง', d.signatory.positionLines.length ? d.signatory.positionLines : d.signatory.position);
  }
  if (d.contact) field(list, 'ติดต่อ', [d.contact.unit, d.contact.phone && `โทร. ${d.contact.phone}`, d.contact.fax && `โทรสาร ${d.contact.fax}`, d.contact.email].filter(Boolean));
  field(list, 'สำเนาส่ง', d.copies);
  field(list, 'ตรารับหนังสือ', d.receiptStamps.map((s) => [s.receiver, s.label && s.number && `${s.label} ${s.number}`, s.date && thaiDate(s.date), s.time && `เวลา ${s.time} น.`].filter(Boolean).join(' · ')));
  field(list, 'หน้าในแฟ้ม', `${d.pages.first}–${d.pages.last} จาก ${record.source.pageCount} หน้า (ฉบับที่ ${record.position} ในแฟ้ม)`);
  field(list, 'แฟ้มต้นฉบับ', record.source.file);
  field(list, 'SHA-256', record.source.sha256);
  field(list, 'สายการส่งต่อในแฟ้ม', record.source.chain.join(' → '));
  field(list, 'ความเชื่อมั่นรายช่อง', Object.entries(d.confidence).map(([name, value]) => `${name}: ${Math.round(value * 100)}%`));
  field(list, 'คำเตือนจากการอ่าน', d.warnings.map((w) => w.message));
  $('record-text').textContent = d.text;
  const original = $('record-original');
  if (record.originalAvailable) {
    const link = el('a', { href: `api/originals/${record.source.sha256}`, target: '_blank', rel: 'noopener', id: 'original-link', text: 'เปิดต้นฉบับ (PDF)' });
    link.addEventListener('click', openOriginalWithToken);
    original.append(link);
  } else {
    original.append(el('span', { class: 'hint', text: 'ไม่มีแฟ้ม PDF ต้นฉบับในคลัง' }));
  }
}

/** With a token the link cannot carry the header, so the PDF is fetched and opened from memory. */
async function openOriginalWithToken(event) {
  if (!sessionStorage.getItem('saraban-token')) return;
  event.preventDefault();
  const response = await fetch(event.currentTarget.href, { headers: authHeaders() });
  if (response.ok) window.open(URL.createObjectURL(await response.blob()), '_blank', 'noopener');
}

function chainEntry(node, currentId) {
  const current = node.letterIds.includes(currentId);
  const head = el('div', { class: `node${current ? ' current' : ''}${node.letterIds.length ? '' : ' missing'}` });
  const label = `${node.reference} · ${thaiDate(node.date)}`;
  head.append(node.letterIds.length && !current ? el('a', { href: `#/letter/${node.letterIds[0]}`, text: label }) : el('strong', { text: label }));
  if (node.issuer) head.append(el('span', { class: 'issuer', text: ` ${node.issuer}` }));
  if (node.evidence) head.append(el('span', { class: 'evidence', text: ` (${EVIDENCE[node.evidence]})` }));
  if (!node.letterIds.length) head.append(el('span', { class: 'evidence', text: ' — ยังไม่มีในคลัง' }));
  if (node.letterIds.length > 1) head.append(el('span', { class: 'evidence', text: ` — มี ${node.letterIds.length} สำเนาในคลัง` }));
  return head;
}

function chainTree(node, currentId) {
  const item = el('li', {}, chainEntry(node, currentId));
  if (node.children.length) item.append(el('ul', {}, ...node.children.map((child) => chainTree(child, currentId))));
  return item;
}

function renderChain(view, currentId) {
  const tree = el('ul', { class: 'tree', id: 'chain-list' }, chainTree(view.tree, currentId));
  const notes = view.truncated ? [el('p', { class: 'hint', text: 'สายการส่งต่อยาวเกินกว่าจะแสดงได้ทั้งหมด' })] : [];
  $('chain-tree').replaceChildren(tree, ...notes);
}

// ---- routing: #/search?…, #/letter/ID ----

async function route() {
  const hash = location.hash || '#/';
  if (hash.startsWith('#/letter/')) return showRecord(decodeURIComponent(hash.slice('#/letter/'.length)));
  lastSearchHash = hash;
  const query = hash.startsWith('#/search?') ? hash.slice('#/search?'.length) : '';
  return showSearch(new URLSearchParams(query));
}

async function showStats() {
  try {
    const stats = await api('api/stats');
    $('stats').textContent = `${stats.letters} ฉบับ จาก ${stats.sources} แฟ้ม`;
  } catch {
    $('stats').textContent = '';
  }
}

window.addEventListener('hashchange', route);
showStats();
route();
