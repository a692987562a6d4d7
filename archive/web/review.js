// The review queue: letters the machine was least sure of first; each opens in the correction form.
import { $, FIELD_LABELS, KINDS, api, el, showView, thaiDate } from './lib.js';

export async function showReview() {
  showView('review-view');
  $('review-summary').textContent = 'กำลังโหลด…';
  try {
    const queue = await api('api/review?pageSize=100');
    $('review-summary').textContent = queue.total === 0 ? 'ไม่มีหนังสือรอตรวจทาน' : `รอตรวจทาน ${queue.total} ฉบับ`;
    $('review-list').replaceChildren(...queue.items.map((item) => el('li', { class: 'result review-item' },
      el('div', { class: 'result-head' },
        el('a', { href: `#/letter/${item.id}?edit=1`, class: 'result-link' },
          el('span', { class: 'ref', text: item.reference || 'ไม่มีเลขที่' }),
          el('span', { class: 'date', text: thaiDate(item.date) })),
        el('span', { class: 'badge urgent', text: `ไม่แน่ใจ ${item.doubt.toFixed(2)}` })),
      el('p', { class: 'subject', text: item.subject || '(ไม่มีเรื่อง)' }),
      el('p', { class: 'issuer', text: `${KINDS[item.kind] || item.kind} · ${item.file} · หน้า ${item.pages.first}–${item.pages.last}` }),
      el('p', { class: 'hint', text: `ควรตรวจ: ${item.fields.map((name) => FIELD_LABELS[name] || name).join(', ')}` }))));
  } catch (error) {
    $('review-summary').textContent = `โหลดไม่สำเร็จ: ${error.message}`;
  }
}
