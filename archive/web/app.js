// The archive's page: search, records, and for signed-in users the records desk (receiving,
// review, the receipt register, users). Views are chosen by the address after # so every
// page has a link: #/search?…, #/letter/ID, #/intake, #/review, #/register, #/users.
import { $, ROLES, api, can, onSignInNeeded, session } from './lib.js';
import { setUpIntake, showIntake } from './intake.js';
import { showRecord } from './record.js';
import { setUpRegister, showPrint, showRegister } from './register.js';
import { showReview } from './review.js';
import { setUpSearch, showSearch } from './search.js';
import { setUpUsers, showUsers } from './users.js';

async function loadSession() {
  try {
    Object.assign(session, await api('api/session'));
  } catch {
    // an older server or a network fault: the archive still reads without a session
  }
  renderNav();
}

function renderNav() {
  for (const link of document.querySelectorAll('#nav a[data-needs]')) {
    link.hidden = !can(link.dataset.needs) || (link.dataset.service !== undefined && !session.service);
  }
  $('who').hidden = !session.user;
  if (session.user) $('who-name').textContent = `${session.user.displayName} (${ROLES[session.user.role]})`;
}

function needsSignIn() {
  return session.signInAvailable && !session.user && !sessionStorage.getItem('saraban-token');
}

function showSignIn() {
  for (const view of document.querySelectorAll('section[data-view]')) view.hidden = true;
  $('signin-panel').hidden = false;
  $('signin-login').focus();
}

onSignInNeeded.add(() => {
  if (session.signInAvailable) {
    session.user = null;
    session.permissions = [];
    renderNav();
    showSignIn();
  } else {
    $('token-panel').hidden = false;
  }
});

$('signin-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('signin-error').textContent = '';
  try {
    Object.assign(session, await api('api/session', { method: 'POST', body: { login: $('signin-login').value, password: $('signin-password').value } }));
    $('signin-password').value = '';
    $('signin-panel').hidden = true;
    renderNav();
    route();
  } catch (error) {
    $('signin-error').textContent = error.message;
  }
});

$('sign-out').addEventListener('click', async () => {
  await api('api/session', { method: 'DELETE', body: {} }).catch(() => {});
  location.hash = '#/';
  location.reload();
});

$('token-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  sessionStorage.setItem('saraban-token', $('token').value);
  $('token-panel').hidden = true;
  await loadSession();
  route();
});

async function route() {
  if (needsSignIn()) return showSignIn();
  $('signin-panel').hidden = true;
  showStats();
  const hash = location.hash || '#/';
  const [path, query = ''] = hash.slice(1).split('?');
  const params = new URLSearchParams(query);
  if (path.startsWith('/letter/')) return showRecord(decodeURIComponent(path.slice('/letter/'.length)), { edit: params.get('edit') === '1' });
  if (path === '/intake') return showIntake();
  if (path === '/review') return showReview();
  if (path === '/register/print') return showPrint(params);
  if (path === '/register') return showRegister(params);
  if (path === '/users') return showUsers();
  return showSearch(hash);
}

async function showStats() {
  try {
    const stats = await api('api/stats');
    $('stats').textContent = `${stats.letters} ฉบับ จาก ${stats.sources} แฟ้ม`;
  } catch {
    $('stats').textContent = '';
  }
}

setUpSearch();
setUpIntake();
setUpRegister();
setUpUsers();
window.addEventListener('hashchange', route);
await loadSession();
route();
