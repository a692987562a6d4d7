// The record page: every field of a letter, its receipt, pages, chain and revisions; clerks
// correct doubtful fields beside a crop of the page where each was read.
import { $, EVIDENCE, FIELD_LABELS, KINDS, LEVELS, URGENCIES, api, authHeaders, can, el, showView, thaiDate, thaiDateTime, warningText } from './lib.js';
import { cropBand, locateText, renderPage } from './pdf-view.js';
import { lastSearchHash } from './search.js';

const MAX_THUMBNAILS = 12;
/** Where each field usually sits when the PDF has no text layer to find it in: page and band. */
const USUAL_PLACE = {
  reference: { page: 'first', center: 0.2 }, date: { page: 'first', center: 0.24 }, issuer: { page: 'first', center: 0.18 },
  urgency: { page: 'first', center: 0.1 }, kind: { page: 'first', center: 0.12 }, subject: { page: 'first', center: 0.3 },
  addressee: { page: 'first', center: 0.34 }, signatory: { page: 'last', center: 0.72 }, receiptStamps: { page: 'first', center: 0.1 },
};

let current = null;

export async function showRecord(id, { edit = false } = {}) {
  showView('record-view');
  $('back').href = lastSearchHash;
  $('record-title').textContent = 'กำลังโหลด…';
  for (const part of ['record-fields', 'chain-tree', 'record-original', 'thumbnails', 'revisions', 'record-receipt']) $(part).replaceChildren();
  $('record-text').textContent = '';
  $('record-message').textContent = '';
  $('correction-form').hidden = true;
  try {
    current = await api(`api/letters/${encodeURIComponent(id)}`);
  } catch (error) {
    $('record-title').textContent = `เปิดหนังสือไม่สำเร็จ: ${error.message}`;
    return;
  }
  renderRecord(current);
  if (edit && can('correct')) openCorrection();
  try {
    renderChain(await api(`api/letters/${encodeURIComponent(id)}/chain`), id);
  } catch {
    $('chain-tree').replaceChildren(el('p', { class: 'hint', text: 'หนังสือนี้ไม่มีเลขที่หรือวันที่ จึงเชื่อมสายการส่งต่อไม่ได้' }));
  }
}

function field(list, label, value, key) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
  const content = el('dd');
  if (Array.isArray(value)) content.append(el('ul', {}, ...value.map((line) => el('li', { text: line }))));
  else content.textContent = String(value);
  const doubtful = key && current.doubt.fields.includes(key) && current.revisions.length === 0;
  const corrected = key && current.revisions.some((revision) => revision.changes.some((change) => change.field === key));
  const term = el('dt', { class: doubtful ? 'doubtful' : corrected ? 'corrected' : undefined, text: label });
  if (doubtful) term.append(el('span', { class: 'flag', text: ' ควรตรวจ' }));
  if (corrected) term.append(el('span', { class: 'flag ok', text: ' แก้ไขแล้ว' }));
  list.append(term, content);
}

function citedLine(text, reference, date) {
  return [text, reference && `(${reference}${date ? `, ${thaiDate(date)}` : ''})`].filter(Boolean).join(' ');
}

function stampLine(stamp) {
  return [stamp.receiver, stamp.label && stamp.number && `${stamp.label} ${stamp.number}`, stamp.date && thaiDate(stamp.date), stamp.time && `เวลา ${stamp.time} น.`].filter(Boolean).join(' · ');
}

function renderRecord(record) {
  const d = record.document;
  $('record-title').textContent = `${d.reference ? d.reference.normalized : 'ไม่มีเลขที่'} — ${d.subject || '(ไม่มีเรื่อง)'}`;
  if (record.receipt) {
    const by = record.receipt.receivedBy ? ` · นำเข้าโดย ${record.receipt.receivedBy}` : '';
    $('record-receipt').textContent = `เลขทะเบียนรับ ${record.receipt.number}/${record.receipt.buddhistYear} · รับเมื่อ ${thaiDateTime(record.receipt.receivedAt)}${by}`;
  }
  const list = $('record-fields');
  field(list, 'ที่ (ตามที่พิมพ์)', d.reference && d.reference.raw, 'reference');
  field(list, 'เลขที่ (มาตรฐาน)', d.reference && d.reference.normalized);
  field(list, 'ลงวันที่', d.date && `${thaiDate(d.date.iso)} (พิมพ์ว่า “${d.date.raw}”)`, 'date');
  field(list, 'เรื่อง', d.subject, 'subject');
  field(list, 'เรียน', d.addressee, 'addressee');
  field(list, 'ส่วนราชการเจ้าของหนังสือ', d.issuer.name, 'issuer');
  field(list, 'ระดับ', LEVELS[d.issuer.level]);
  field(list, 'ชนิดหนังสือ', KINDS[d.kind], 'kind');
  field(list, 'ชั้นความเร็ว', d.urgency, 'urgency');
  field(list, 'ชั้นความลับ', d.secrecy);
  field(list, 'อ้างถึง', d.references.map((r) => citedLine(r.raw, r.normalized, r.date)));
  field(list, 'สิ่งที่ส่งมาด้วย', d.enclosures.map((e) => citedLine(e.text, e.reference, e.date)));
  if (d.signatory) {
    field(list, 'ผู้ลงนาม', d.signatory.name, 'signatory');
    field(list, 'ตำแหน่ง', d.signatory.positionLines.length ? d.signatory.positionLines : d.signatory.position);
  }
  if (d.contact) field(list, 'ติดต่อ', [d.contact.unit, d.contact.phone && `โทร. ${d.contact.phone}`, d.contact.fax && `โทรสาร ${d.contact.fax}`, d.contact.email].filter(Boolean));
  field(list, 'สำเนาส่ง', d.copies);
  field(list, 'ตรารับหนังสือ', d.receiptStamps.map(stampLine), 'receiptStamps');
  field(list, 'หน้าในแฟ้ม', `${d.pages.first}–${d.pages.last} จาก ${record.source.pageCount} หน้า (ฉบับที่ ${record.position} ในแฟ้ม)`);
  field(list, 'แฟ้มต้นฉบับ', record.source.file);
  field(list, 'รหัสแฟ้ม (SHA-256)', record.source.sha256);
  field(list, 'สายการส่งต่อในแฟ้ม', record.source.chain.join(' → '));
  field(list, 'ความเชื่อมั่นในการอ่าน', Object.entries(d.confidence).map(([name, value]) => `${FIELD_LABELS[name] || name} ${Math.round(value * 100)}%`));
  field(list, 'คำเตือนจากการอ่าน', d.warnings.map(warningText));
  $('record-text').textContent = d.text;
  renderOriginal(record);
  renderRevisions(record);
  $('edit-record').hidden = !can('correct');
  $('edit-record').onclick = openCorrection;
  $('reprocess').hidden = !can('correct');
  $('reprocess').onclick = () => reprocess(record);
}

function renderOriginal(record) {
  const original = $('record-original');
  if (!record.originalAvailable) {
    original.append(el('span', { class: 'hint', text: 'ไม่มีแฟ้ม PDF ต้นฉบับในคลัง' }));
    return;
  }
  const first = record.document.pages.first;
  const link = el('a', { href: `api/originals/${record.source.sha256}#page=${first}`, target: '_blank', rel: 'noopener', id: 'original-link', text: `เปิดต้นฉบับ (PDF) หน้า ${first}` });
  link.addEventListener('click', openOriginalWithToken);
  original.append(link);
  const pages = [];
  for (let n = first; n <= record.document.pages.last && pages.length < MAX_THUMBNAILS; n++) pages.push(n);
  $('thumbnails').replaceChildren(...pages.map((n) => {
    const holder = el('a', { href: `api/originals/${record.source.sha256}#page=${n}`, target: '_blank', rel: 'noopener', class: 'thumbnail', title: `หน้า ${n}` },
      el('span', { class: 'page-number', text: `หน้า ${n}` }));
    holder.addEventListener('click', openOriginalWithToken);
    renderPage(record.source.sha256, n, 150).then((canvas) => holder.prepend(canvas)).catch(() => holder.classList.add('no-image'));
    return holder;
  }));
}

/** With a token the link cannot carry the header, so the PDF is fetched and opened from memory. */
async function openOriginalWithToken(event) {
  if (!sessionStorage.getItem('saraban-token')) return;
  event.preventDefault();
  const [url, page] = event.currentTarget.href.split('#');
  const response = await fetch(url, { headers: authHeaders() });
  if (response.ok) window.open(`${URL.createObjectURL(await response.blob())}#${page || ''}`, '_blank', 'noopener');
}

function describeValue(field, value) {
  if (value === null || value === undefined) return '(ไม่มี)';
  if (field === 'reference') return value.normalized;
  if (field === 'date') return thaiDate(value.iso);
  if (field === 'issuer') return `${value.name || '(ไม่มีชื่อ)'} (${LEVELS[value.level]})`;
  if (field === 'kind') return KINDS[value] || value;
  if (field === 'signatory') return [value.name, value.position].filter(Boolean).join(' · ');
  if (field === 'receiptStamps') return value.length ? value.map(stampLine).join(' / ') : '(ไม่มี)';
  return String(value);
}

function renderRevisions(record) {
  $('revisions-section').hidden = record.revisions.length === 0;
  $('revisions').replaceChildren(...record.revisions.map((revision) => el('li', {},
    el('p', { class: 'revision-head', text: `ครั้งที่ ${revision.revision} โดย ${revision.by} เมื่อ ${thaiDateTime(revision.at)}` }),
    revision.changes.length === 0
      ? el('p', { class: 'hint', text: 'ตรวจแล้ว ไม่มีข้อมูลต้องแก้' })
      : el('ul', {}, ...revision.changes.map((change) => el('li', {},
          el('strong', { text: `${FIELD_LABELS[change.field] || change.field}: ` }),
          el('del', { text: describeValue(change.field, change.before) }), ' → ',
          el('ins', { text: describeValue(change.field, change.after) })))))));
}

async function reprocess(record) {
  $('record-message').textContent = 'กำลังสั่งอ่านใหม่…';
  try {
    await api(`api/intake/${record.source.sha256}/reprocess`, { method: 'POST', body: {} });
    $('record-message').textContent = 'สั่งอ่านแฟ้มใหม่แล้ว ข้อมูลที่แก้ไขไว้จะคงอยู่ ดูความคืบหน้าได้ที่หน้ารับหนังสือ';
  } catch (error) {
    $('record-message').textContent = error.message;
  }
}

// ---- correcting ----

const input = (name, value, props = {}) => el('input', { name, value: value || '', ...props });

function select(name, options, chosen) {
  const node = el('select', { name });
  for (const [value, label] of options) node.append(el('option', { value, text: label, selected: value === (chosen ?? '') }));
  return node;
}

function stampRow(stamp = {}) {
  return el('fieldset', { class: 'stamp' },
    el('label', {}, 'หน่วยงานที่รับ', input('stamp-receiver', stamp.receiver)),
    el('label', {}, 'เลขรับ', input('stamp-number', stamp.number, { inputmode: 'numeric', maxlength: 30 })),
    el('label', {}, 'วันที่', input('stamp-date', stamp.date ? thaiDate(stamp.date) : '', { maxlength: 60 })),
    el('label', {}, 'เวลา', input('stamp-time', stamp.time || '', { maxlength: 10, placeholder: '10.30' })));
}

/** One form row: the field's label, its input, and for a doubtful field a crop of where it was read. */
function row(key, ...controls) {
  const doubtful = current.doubt.fields.includes(key);
  const place = el('div', { class: 'crop-place' });
  const line = el('div', { class: `form-row${doubtful ? ' doubtful' : ''}`, 'data-field': key },
    el('span', { class: 'form-label', text: FIELD_LABELS[key] + (doubtful ? ' (ควรตรวจ)' : '') }),
    el('div', { class: 'form-controls' }, ...controls), place);
  if (doubtful && current.originalAvailable) showCrop(key, place);
  return line;
}

async function showCrop(key, place) {
  const d = current.document;
  const usual = USUAL_PLACE[key] || { page: 'first', center: 0.3 };
  const pageNumber = usual.page === 'last' ? d.pages.last : d.pages.first;
  const printed = { reference: d.reference?.raw, date: d.date?.raw, subject: d.subject, addressee: d.addressee, issuer: d.issuer.name, signatory: d.signatory?.name, receiptStamps: d.receiptStamps[0]?.raw }[key];
  try {
    const canvas = await renderPage(current.source.sha256, pageNumber, 900);
    const found = printed ? await locateText(current.source.sha256, pageNumber, printed) : null;
    const estimate = found ?? lineEstimate(d, printed) ?? usual.center;
    place.replaceChildren(cropBand(canvas, estimate, found === null ? 0.16 : 0.08),
      el('span', { class: 'hint', text: `หน้า ${pageNumber}${found === null ? ' (บริเวณโดยประมาณ)' : ''}` }));
  } catch {
    place.replaceChildren(el('span', { class: 'hint', text: 'แสดงภาพหน้าไม่ได้' }));
  }
}

/**
 * A scan has no text layer to find a field in: on a one-page letter the field's line among the
 * letter's lines (read top to bottom) tells roughly how far down the page it is.
 */
function lineEstimate(document, printed) {
  if (!printed || document.pages.first !== document.pages.last) return null;
  const lines = document.text.split('\n').filter((line) => line.trim());
  const needle = printed.replace(/\s+/g, '').slice(0, 12);
  const index = lines.findIndex((line) => line.replace(/\s+/g, '').includes(needle));
  return index < 0 ? null : 0.06 + (0.88 * (index + 0.5)) / lines.length;
}

function openCorrection() {
  const d = current.document;
  const form = $('correction-form');
  form.replaceChildren(
    el('h2', { text: 'แก้ไขข้อมูลหนังสือ' }),
    el('p', { class: 'hint', text: 'ข้อมูลที่เครื่องอ่านได้จะเก็บไว้ การแก้ไขแต่ละครั้งบันทึกชื่อผู้แก้และเวลา' }),
    row('reference', input('reference', d.reference?.raw, { maxlength: 80, placeholder: 'มท 0804.6/ว 569' })),
    row('date', input('date', d.date ? thaiDate(d.date.iso) : '', { maxlength: 60, placeholder: '5 ก.พ. 2567' })),
    row('subject', el('textarea', { name: 'subject', rows: 2, maxlength: 1000, text: d.subject || '' })),
    row('addressee', el('textarea', { name: 'addressee', rows: 2, maxlength: 1000, text: d.addressee || '' })),
    row('issuer', input('issuerName', d.issuer.name, { maxlength: 300 }), select('issuerLevel', Object.entries(LEVELS), d.issuer.level)),
    row('urgency', select('urgency', [['', 'ไม่มี'], ...URGENCIES.map((u) => [u, u])], d.urgency)),
    row('kind', select('kind', Object.entries(KINDS), d.kind)),
    row('signatory', input('signatoryName', d.signatory?.name, { maxlength: 200, placeholder: 'ชื่อผู้ลงนาม' }),
      el('textarea', { name: 'signatoryPosition', rows: 2, maxlength: 500, text: (d.signatory?.positionLines || []).join('\n'), placeholder: 'ตำแหน่ง (บรรทัดละหนึ่งตำแหน่ง)' })),
    row('receiptStamps', el('div', { class: 'stamps' }, ...(d.receiptStamps.length ? d.receiptStamps : [{}]).map(stampRow)),
      el('button', { type: 'button', class: 'secondary', text: 'เพิ่มตรารับ', onclick: (event) => event.target.previousSibling.append(stampRow()) })),
    el('div', { class: 'form-buttons' },
      el('button', { type: 'submit', id: 'save-correction', text: 'บันทึกการแก้ไข' }),
      el('button', { type: 'button', class: 'secondary', id: 'confirm-reading', text: 'ตรวจแล้ว ถูกต้อง', onclick: () => save({ checked: true }) }),
      el('button', { type: 'button', class: 'link-button', text: 'ยกเลิก', onclick: () => (form.hidden = true) })),
    el('p', { id: 'correction-message', class: 'error', role: 'alert' }));
  form.onsubmit = (event) => {
    event.preventDefault();
    save(formValues(form));
  };
  form.hidden = false;
  form.scrollIntoView({ block: 'start' });
}

function formValues(form) {
  const value = (name) => form.elements[name].value.trim();
  return {
    reference: value('reference'),
    date: value('date'),
    subject: value('subject'),
    addressee: value('addressee'),
    issuer: { name: value('issuerName'), level: value('issuerLevel') },
    urgency: value('urgency') || null,
    kind: value('kind'),
    signatory: { name: value('signatoryName'), position: form.elements.signatoryPosition.value },
    receiptStamps: [...form.querySelectorAll('fieldset.stamp')]
      .map((set) => Object.fromEntries(['receiver', 'number', 'date', 'time'].map((name) => [name, set.elements[`stamp-${name}`].value.trim()])))
      .filter((stamp) => Object.values(stamp).some(Boolean)),
  };
}

/** Sends only what changed from the letter as shown, so an untouched field is never rewritten. */
function changedOnly(values) {
  const d = current.document;
  const same = {
    reference: values.reference === (d.reference?.raw || ''),
    date: values.date === (d.date ? thaiDate(d.date.iso) : ''),
    subject: values.subject === (d.subject || ''),
    addressee: values.addressee === (d.addressee || ''),
    issuer: values.issuer.name === (d.issuer.name || '') && values.issuer.level === d.issuer.level,
    urgency: values.urgency === d.urgency,
    kind: values.kind === d.kind,
    signatory: values.signatory.name === (d.signatory?.name || '') && values.signatory.position.trim() === (d.signatory?.positionLines || []).join('\n'),
    receiptStamps: JSON.stringify(values.receiptStamps) === JSON.stringify(d.receiptStamps.map((s) => ({ receiver: s.receiver || '', number: s.number || '', date: s.date ? thaiDate(s.date) : '', time: s.time || '' })).filter((s) => Object.values(s).some(Boolean))),
  };
  return Object.fromEntries(Object.entries(values).filter(([key]) => !same[key]));
}

async function save(values) {
  const body = values.checked ? { checked: true } : changedOnly(values);
  const message = $('correction-message');
  if (Object.keys(body).length === 0) {
    message.textContent = 'ยังไม่ได้แก้ข้อมูลใด หากข้อมูลถูกต้องแล้ว กด “ตรวจแล้ว ถูกต้อง”';
    return;
  }
  message.textContent = 'กำลังบันทึก…';
  try {
    const saved = await api(`api/letters/${encodeURIComponent(current.id)}/corrections`, { method: 'POST', body });
    current = saved.letter;
    for (const part of ['record-fields', 'record-original', 'thumbnails', 'record-receipt']) $(part).replaceChildren();
    renderRecord(current);
    $('correction-form').hidden = true;
    $('record-message').textContent = saved.revision ? `บันทึกแล้ว (ฉบับแก้ไขที่ ${saved.revision.revision})` : 'ไม่มีข้อมูลเปลี่ยน';
  } catch (error) {
    message.textContent = `บันทึกไม่สำเร็จ: ${error.message}`;
  }
}

// ---- the chain ----

function chainEntry(node, currentId) {
  const isCurrent = node.letterIds.includes(currentId);
  const head = el('div', { class: `node${isCurrent ? ' current' : ''}${node.letterIds.length ? '' : ' missing'}` });
  const label = `${node.reference} · ${thaiDate(node.date)}`;
  head.append(node.letterIds.length && !isCurrent ? el('a', { href: `#/letter/${node.letterIds[0]}`, text: label }) : el('strong', { text: label }));
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
