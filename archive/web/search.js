// The search view: words or a reference number, filters, sort, results with copies, paging, export.
import { $, KINDS, LEVELS, api, can, download, el, showView, thaiDate } from './lib.js';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'ref', 'from', 'to', 'issuer', 'agency', 'level', 'urgency', 'kind', 'sort'];
const HOW = { reference: 'ตามเลขที่หนังสือ', words: 'ตามคำค้น', 'word-prefixes': 'ตามคำที่ขึ้นต้นด้วยคำค้น', filters: 'ตามตัวกรอง' };

export let lastSearchHash = '#/';

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

export function setUpSearch() {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/search?${formParams()}`;
  });
  for (const button of document.querySelectorAll('#search-export [data-export]')) {
    button.addEventListener('click', async () => {
      const params = searchParams(new URLSearchParams(lastSearchHash.split('?')[1] || ''));
      params.delete('page');
      params.delete('pageSize');
      params.delete('group');
      params.set('format', button.dataset.export);
      try {
        await download(`api/search/export?${params}`, `ผลการค้นหา.${button.dataset.export}`);
      } catch (error) {
        $('summary').textContent = error.message;
      }
    });
  }
}

/** What the API is asked: the page's own parameters, copies grouped, a page size. */
function searchParams(params) {
  const asked = new URLSearchParams();
  for (const [key, value] of params) if (FILTERS.includes(key) || key === 'page' || key === 'pageSize') asked.set(key, value);
  if (!asked.has('pageSize')) asked.set('pageSize', String(PAGE_SIZE));
  asked.set('group', 'copies');
  return asked;
}

export async function showSearch(hash) {
  lastSearchHash = hash;
  showView('search-view');
  const params = new URLSearchParams(hash.startsWith('#/search?') ? hash.slice('#/search?'.length) : '');
  fillForm(params);
  const browsing = ![...params.keys()].some((key) => FILTERS.includes(key));
  $('summary').textContent = 'กำลังค้นหา…';
  $('search-export').hidden = !can('export');
  try {
    const page = await api(`api/search?${searchParams(params)}`);
    renderResults(page, params, browsing);
  } catch (error) {
    $('summary').textContent = `ค้นหาไม่สำเร็จ: ${error.message}`;
    $('results').replaceChildren();
    $('pager').hidden = true;
  }
}

function renderResults(page, params, browsing) {
  if (page.total === 0) $('summary').textContent = browsing ? 'ยังไม่มีหนังสือในคลัง' : 'ไม่พบหนังสือที่ตรงกับการค้นหา';
  else if (browsing) $('summary').textContent = `หนังสือทั้งหมด ${page.total} ฉบับ เรียงจากลงวันที่ใหม่สุด`;
  else $('summary').textContent = `พบ ${page.total} รายการ (${HOW[page.matched]})`;
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
  const next = new URLSearchParams(params); // the page size stays as it was asked
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

function copiesLine(copies) {
  if (copies.length === 0) return null;
  return el('details', { class: 'copies' },
    el('summary', { text: `มีสำเนาฉบับเดียวกันในแฟ้มอื่นอีก ${copies.length} แฟ้ม` }),
    el('ul', {}, ...copies.map((copy) => el('li', {}, el('a', { href: `#/letter/${copy.id}`, text: copy.file })))));
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
    el('p', { class: 'source', text: `${item.source.file} · หน้า ${item.pages.first}–${item.pages.last}` }),
    copiesLine(item.copies));
}
