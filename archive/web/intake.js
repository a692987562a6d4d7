// Receiving: drag PDFs onto the page (or pick them), and watch what is waiting, being read,
// delivered, in quarantine or a duplicate; the view refreshes itself every two seconds.
import { $, api, can, el, fileSize, showView, thaiDateTime } from './lib.js';

const REFRESH_MS = 2000;
const STAGES = { waiting: 'รอคิว', inspecting: 'กำลังเปิดแฟ้ม', reading: 'กำลังอ่าน', assembling: 'กำลังจัดทำข้อมูล' };
let timer = null;
let lastView = '';

export function setUpIntake() {
  const zone = $('drop-zone');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    uploadAll([...event.dataTransfer.files]);
  });
  $('upload-input').addEventListener('change', (event) => {
    uploadAll([...event.target.files]);
    event.target.value = '';
  });
}

async function uploadAll(files) {
  for (const file of files) {
    const line = el('li', { class: 'upload' }, el('span', { class: 'name', text: file.name }), el('span', { class: 'state', text: ' กำลังส่ง…' }));
    $('uploads').prepend(line);
    const state = line.lastChild;
    try {
      const outcome = await api(`api/uploads?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file, raw: 'application/pdf' });
      const again = outcome.alreadyReceived
        ? ` — เคยรับแล้ว เลขทะเบียนรับ ${outcome.alreadyReceived.number}/${outcome.alreadyReceived.buddhistYear}`
        : '';
      state.textContent = ` ส่งเข้ากล่องรับหนังสือแล้ว (${fileSize(outcome.size)})${again}`;
      line.classList.add(outcome.alreadyReceived ? 'duplicate' : 'sent');
    } catch (error) {
      state.textContent = ` ไม่สำเร็จ: ${error.message}`;
      line.classList.add('failed');
    }
  }
  refresh();
}

export function showIntake() {
  showView('intake-view');
  $('drop-zone').hidden = !can('upload');
  lastView = '';
  refresh();
  clearInterval(timer);
  timer = setInterval(() => {
    if ($('intake-view').hidden) clearInterval(timer);
    else refresh();
  }, REFRESH_MS);
}

async function refresh() {
  try {
    const view = await api('api/intake');
    $('intake-error').textContent = '';
    const text = JSON.stringify(view);
    if (text !== lastView) render(view);
    lastView = text;
  } catch (error) {
    $('intake-error').textContent = error.status === 503 ? `${error.message}` : `โหลดข้อมูลไม่สำเร็จ: ${error.message}`;
  }
}

function receiptText(receipt) {
  return receipt ? `เลขรับ ${receipt.number}/${receipt.buddhistYear}` : '';
}

function list(id, countId, items, render, empty) {
  $(id).replaceChildren(...(items.length ? items.map(render) : [el('li', { class: 'hint', text: empty })]));
  if (countId) $(countId).textContent = items.length ? `(${items.length})` : '';
}

function render(view) {
  list('intake-waiting', 'waiting-count', view.waiting, (file) => el('li', { class: 'waiting' },
    el('span', { class: 'name', text: file.file }), ` · ${fileSize(file.size)} · `,
    el('span', { class: 'hint', text: file.looksComplete
      ? 'รอให้แฟ้มนิ่งก่อนรับเข้า'
      : `แฟ้มยังไม่ครบ (ไม่มีส่วนท้ายของ PDF) จะรอถึง ${thaiDateTime(file.takenBy)} แล้วรับเข้าตามที่มี` })),
    'ไม่มีแฟ้มรอ');

  list('intake-reading', 'reading-count', view.reading, (pdf) => {
    const known = pdf.pageCount !== null && pdf.pagesRead !== null;
    return el('li', { class: 'reading' },
      el('span', { class: 'name', text: pdf.file }), ` · ${receiptText(pdf.receipt)} · ${STAGES[pdf.stage]}`,
      known ? el('span', { class: 'progress-text', text: ` ${pdf.pagesRead}/${pdf.pageCount} หน้า` }) : null,
      known ? el('progress', { max: String(pdf.pageCount || 1), value: String(pdf.pagesRead) }) : null);
  }, 'ไม่มีแฟ้มที่กำลังอ่าน');

  list('intake-quarantined', 'quarantine-count', view.quarantined, (pdf) => el('li', { class: 'quarantined' },
    el('p', {}, el('span', { class: 'name', text: pdf.file }), ` · ${thaiDateTime(pdf.failedAt)}`),
    el('p', { class: 'reason', text: pdf.reason }),
    el('p', { class: 'hint', text: pdf.advice }),
    el('details', {}, el('summary', { text: 'รายละเอียดสำหรับผู้ดูแลระบบ' }), el('code', { text: pdf.detail })),
    can('upload') && pdf.sha256 ? el('button', { type: 'button', class: 'secondary retry', text: 'ลองใหม่', onclick: (event) => retry(pdf, event.target) }) : null),
  'ไม่มี');

  list('intake-delivered', null, view.delivered, (row) => el('li', { class: 'delivered' },
    el('span', { class: 'receipt-number', text: `${row.number}/${row.buddhistYear}` }), ' ',
    row.letterId ? el('a', { href: `#/letter/${row.letterId}`, text: row.reference || row.subject || row.fileName }) : el('span', { text: row.fileName }),
    el('span', { class: 'hint', text: ` · ${row.subject || ''} · ${row.fileName} (${row.letterCount} ฉบับในแฟ้ม) · รับเมื่อ ${thaiDateTime(row.receivedAt)}${row.receivedBy ? ` โดย ${row.receivedBy}` : ''}` })),
  'ยังไม่มี');

  list('intake-duplicates', null, view.duplicates, (dup) => el('li', { class: 'duplicate' },
    el('span', { class: 'name', text: dup.file }), ` ซ้ำกับ “${dup.duplicateOf}” ${receiptText(dup.receipt)} · ${thaiDateTime(dup.at)} `,
    dup.letterId ? el('a', { href: `#/letter/${dup.letterId}`, text: 'เปิดหนังสือที่ซ้ำ' }) : null),
  'ไม่มี');
}

async function retry(pdf, button) {
  button.disabled = true;
  try {
    await api(`api/intake/${pdf.sha256}/retry`, { method: 'POST', body: {} });
    button.textContent = 'ส่งอ่านใหม่แล้ว';
    refresh();
  } catch (error) {
    button.disabled = false;
    button.textContent = `ลองใหม่ไม่สำเร็จ: ${error.message}`;
  }
}
