// Users, for admins: list, add, change role, disable, set a new password.
import { $, ROLES, api, el, showView } from './lib.js';

export function setUpUsers() {
  $('user-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.target;
    const body = Object.fromEntries(['login', 'displayName', 'role', 'password'].map((name) => [name, form.elements[name].value]));
    try {
      await api('api/users', { method: 'POST', body });
      $('user-message').textContent = `เพิ่มผู้ใช้ ${body.login} แล้ว`;
      form.reset();
      showUsers();
    } catch (error) {
      $('user-message').textContent = `เพิ่มไม่สำเร็จ: ${error.message}`;
    }
  });
}

export async function showUsers() {
  showView('users-view');
  try {
    const { users } = await api('api/users');
    $('user-rows').replaceChildren(...users.map(userRow));
  } catch (error) {
    $('user-message').textContent = `โหลดไม่สำเร็จ: ${error.message}`;
  }
}

async function change(login, body, what) {
  try {
    await api(`api/users/${encodeURIComponent(login)}`, { method: 'PATCH', body });
    $('user-message').textContent = `${what}ของ ${login} แล้ว`;
    showUsers();
  } catch (error) {
    $('user-message').textContent = `ไม่สำเร็จ: ${error.message}`;
  }
}

function userRow(user) {
  const role = el('select', { 'aria-label': `บทบาทของ ${user.login}` }, ...Object.entries(ROLES).map(([value, label]) => el('option', { value, text: label, selected: value === user.role })));
  role.addEventListener('change', () => change(user.login, { role: role.value }, 'เปลี่ยนบทบาท'));
  const password = el('button', { type: 'button', class: 'secondary', text: 'ตั้งรหัสผ่านใหม่' });
  password.addEventListener('click', () => {
    const next = prompt(`รหัสผ่านใหม่ของ ${user.login} (อย่างน้อย 10 ตัวอักษร)`);
    if (next) change(user.login, { password: next }, 'ตั้งรหัสผ่านใหม่');
  });
  const toggle = el('button', { type: 'button', class: 'secondary', text: user.disabled ? 'เปิดใช้' : 'ระงับ' });
  toggle.addEventListener('click', () => change(user.login, { disabled: !user.disabled }, user.disabled ? 'เปิดใช้บัญชี' : 'ระงับบัญชี'));
  return el('tr', {}, el('td', { text: user.login }), el('td', { text: user.displayName }), el('td', {}, role),
    el('td', { text: user.disabled ? 'ระงับ' : 'ใช้งาน' }), el('td', {}, password, ' ', toggle));
}
