// The receipt register (ทะเบียนหนังสือรับ): a year's book as a table, action and remarks written
// by clerks, exports for archivists and a page to print.
import { $, api, can, download, el, showView, thaiDate, thaiDateTime, thaiDigits } from './lib.js';

const PRINT_ROWS = 5000;

export function setUpRegister() {
  $('register-year').addEventListener('change', () => (location.hash = `#/register?year=${$('register-year').value}`));
  $('register-digits').addEventListener('change', updatePrintLink);
  for (const button of document.querySelectorAll('#register-export [data-export]')) {
    button.addEventListener('click', async () => {
      const format = button.dataset.export;
      const params = new URLSearchParams({ year: $('register-year').value, format, digits: $('register-digits').value });
      try {
        await download(`api/register/export?${params}`, `ทะเบียนหนังสือรับ.${format}`);
      } catch (error) {
        $('register-summary').textContent = error.message;
      }
    });
  }
  $('print-now').addEventListener('click', () => window.print());
}

function updatePrintLink() {
  $('register-print').href = `#/register/print?year=${$('register-year').value}&digits=${$('register-digits').value}`;
}

export async function showRegister(params) {
  showView('register-view');
  $('register-export').hidden = !can('export');
  $('register-summary').textContent = 'กำลังโหลด…';
  try {
    const query = new URLSearchParams({ order: 'desc', pageSize: '500' });
    if (params.get('year')) query.set('year', params.get('year'));
    const book = await api(`api/register?${query}`);
    const years = book.years.length ? book.years : [book.year];
    $('register-year').replaceChildren(...years.map((year) => el('option', { value: String(year), text: String(year), selected: year === book.year })));
    $('register-title').textContent = `ทะเบียนหนังสือรับ พ.ศ. ${book.year}`;
    $('register-rows').replaceChildren(...book.items.map(registerRow));
    $('register-summary').textContent = book.total === 0
      ? 'ยังไม่มีหนังสือรับในปีนี้'
      : `${book.total} รายการ${book.total > book.items.length ? ` (แสดงล่าสุด ${book.items.length} รายการ ดูทั้งหมดได้ในหน้าพิมพ์หรือแฟ้มส่งออก)` : ''}`;
    updatePrintLink();
  } catch (error) {
    $('register-summary').textContent = `โหลดทะเบียนไม่สำเร็จ: ${error.message}`;
  }
}

/** Until a PDF is read its letter's columns stay empty; the subject column says why. */
function letterCell(row, text) {
  return el('td', { text: row.indexed ? (text ?? '') : '' });
}

function registerRow(row) {
  const subject = row.letterId ? el('a', { href: `#/letter/${row.letterId}`, text: row.subject || '(ไม่มีเรื่อง)' }) : null;
  return el('tr', {},
    el('td', { class: 'number', text: String(row.number) }),
    el('td', { text: `${thaiDate(row.receivedDate)} ${row.receivedTime} น.` }),
    letterCell(row, row.reference),
    letterCell(row, row.date && thaiDate(row.date)),
    letterCell(row, row.from),
    letterCell(row, row.to),
    subject ? el('td', {}, subject) : el('td', { class: 'hint', text: row.indexed ? '' : `ยังไม่มีข้อมูลจากการอ่าน: ${row.fileName}` }),
    notesCell(row, 'action'),
    notesCell(row, 'remarks'));
}

function notesCell(row, name) {
  if (!can('correct')) return el('td', { text: row[name] || '' });
  const field = el('input', { value: row[name] || '', maxlength: 500, 'aria-label': name === 'action' ? 'การปฏิบัติ' : 'หมายเหตุ', class: `notes ${name}` });
  field.addEventListener('change', async () => {
    const cells = field.closest('tr').querySelectorAll('input.notes');
    try {
      await api(`api/register/${row.sha256}/notes`, { method: 'PUT', body: { action: cells[0].value, remarks: cells[1].value } });
      field.classList.add('saved');
    } catch (error) {
      field.classList.add('failed');
      $('register-summary').textContent = `บันทึกไม่สำเร็จ: ${error.message}`;
    }
  });
  return el('td', {}, field);
}

export async function showPrint(params) {
  showView('print-view');
  const digits = params.get('digits') === 'thai' ? thaiDigits : String;
  $('print-rows').replaceChildren();
  try {
    const query = new URLSearchParams({ order: 'asc', pageSize: '500' });
    if (params.get('year')) query.set('year', params.get('year'));
    const rows = [];
    let book;
    for (let page = 1; rows.length < PRINT_ROWS; page++) {
      query.set('page', String(page));
      book = await api(`api/register?${query}`);
      rows.push(...book.items);
      if (book.items.length < book.pageSize) break;
    }
    $('print-title').textContent = digits(`ทะเบียนหนังสือรับ พ.ศ. ${book.year}`);
    $('print-note').textContent = digits(`${rows.length} รายการ · พิมพ์เมื่อ ${thaiDateTime(new Date().toISOString())}`);
    const cell = (text) => el('td', { text: text ? digits(text) : '' });
    $('print-rows').replaceChildren(...rows.map((row) => el('tr', {},
      cell(String(row.number)), cell(thaiDate(row.receivedDate)), cell(row.reference), cell(row.date && thaiDate(row.date)),
      cell(row.from), cell(row.to), cell(row.subject || (row.indexed ? '' : `(ยังไม่มีข้อมูลจากการอ่าน: ${row.fileName})`)), cell(row.action), cell(row.remarks))));
  } catch (error) {
    $('print-title').textContent = `โหลดทะเบียนไม่สำเร็จ: ${error.message}`;
  }
}
