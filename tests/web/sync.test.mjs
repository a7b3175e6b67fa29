// Sync client (issue 5) end to end, through real input: log in, draft a
// training application while the server is down (the page runs from the
// service worker), submit → 等待发送; the server comes back on the same port
// and data dir → the submission arrives exactly once (checked with the API as
// the user) and its receipt number appears; reload → still one, state kept;
// a reviewer returns it → after the next sync 已退回 with the reason; the
// login survives reloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, createAccount, serverAdmin, freePort, launchBrowser, item, clickItem, artifactsDir, webRoot } from './harness.mjs';
import { hookText, type } from './input.mjs';
import { serverApi, fillTrainingApplication } from './sync-fixture.mjs';

const limit = { timeout: 300000 };
const viewport = { width: 1280, height: 1300 };
const uscc = '91220102MA0000011J';
const orgName = '长春一汽富维汽车零部件有限公司';
const password = 'correct horse battery staple';
const reason = '花名册缺少参训人员签字，请补充后重新提交';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skillaid-sync-'));
const dataDir = path.join(tmp, 'data');
const root = path.join(tmp, 'web');
let chrome, server, port;

const admin = (...args) => serverAdmin(dataDir, args, password);
// skillaid-server on `port` with this test's data dir (kept across restarts).
const restartServer = () => startServer({ root, port, dataDir });
const stopServer = () => server?.stop();

const api = (p) => `http://127.0.0.1:${port}/api/v1${p}`;
const apiLogin = (login) => serverApi(port, password).login(login);
const apiGet = (token, p) => serverApi(port, password).get(token, p);

before(async () => {
  fs.cpSync(webRoot, root, { recursive: true });
  port = await freePort();
  createAccount(dataDir, { uscc, orgName, login: 'zhangsan', password });
  server = await restartServer();
  chrome = await launchBrowser();
});
after(async () => {
  await chrome?.close();
  await stopServer();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.ready === '1' || document.body.dataset.error, null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.body.dataset.error || null), null);
}

test('login, submit while the server is down, exactly one arrival with its receipt, return with a reason', limit, async () => {
  const context = await chrome.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await ready(page);
  await page.waitForFunction(() => document.body.dataset.offlineReady === '1' && navigator.serviceWorker.controller,
                             null, { timeout: 60000 });

  // Login: masked password, the organisation shown.
  await clickItem(page, 'nav.sync');
  assert.equal(await hookText(page, 'sync.user', (t) => t === ''), '', 'not logged in yet');
  await type(page, 'sync.login', 'zhangsan');
  await clickItem(page, 'sync.password', 30);
  await page.keyboard.insertText(password);
  await hookText(page, 'sync.password', (t) => t === '*'.repeat(password.length), 'the password hook shows only stars');
  await clickItem(page, 'sync.login_button');
  assert.equal(await hookText(page, 'sync.user', (t) => t !== ''), `zhangsan|${orgName}`);
  await page.screenshot({ path: path.join(artifactsDir, 'sync-login.png') });

  // (c) The login survives a reload (token in the page's SQLite settings).
  await page.reload();
  await ready(page);
  await clickItem(page, 'nav.sync');
  assert.equal(await hookText(page, 'sync.user', (t) => t !== ''), `zhangsan|${orgName}`);

  // The server goes away; the app starts from the service worker and drafts.
  await stopServer();
  await page.reload();
  await ready(page);
  const office = await fillTrainingApplication(page, orgName);
  admin('create-reviewer', '--office', office, '--login', 'lvyuan-review', '--password-stdin');
  await clickItem(page, 'submit');
  assert.equal(await hookText(page, 'submit.state', (t) => t === 'waiting'), 'waiting');
  await clickItem(page, 'nav.home');
  assert.equal(await hookText(page, 'outbox_count', (t) => t === '1'), '1');
  assert.equal(await hookText(page, 'outbox.0.state', (t) => t === 'waiting'), 'waiting');
  // At least one failed attempt, to be retried with backoff.
  await hookText(page, 'outbox.0.error', (t) => t !== '', 'a failed attempt is shown');
  await page.screenshot({ path: path.join(artifactsDir, 'sync-waiting.png') });

  // The server is back on the same port and data: the retry delivers it, once.
  server = await restartServer();
  await page.waitForFunction(() => window.skillaidTest.items['outbox.0.state'].text === 'received', null, { timeout: 120000 });
  const token = await apiLogin('zhangsan');
  const list = await apiGet(token, '/submissions?since=0');
  assert.equal(list.items.length, 1, 'exactly one submission arrived');
  const receipt = list.items[0].receipt;
  assert.match(receipt, /^CC-\d{8}-\d{6,}$/);
  assert.equal(await hookText(page, 'outbox.0.receipt', (t) => t !== ''), receipt, 'the receipt number is shown');
  assert.equal(await hookText(page, 'outbox_count', (t) => t === '0'), '0');
  assert.ok(Number(await page.evaluate(() => document.body.dataset.syncGzipSent || 0)) >= 1, 'sent gzip-compressed');
  const detail = await apiGet(token, `/submissions/${list.items[0].id}`);
  assert.equal(detail.submitted.organisation.uscc, uscc);
  await page.screenshot({ path: path.join(artifactsDir, 'sync-received.png') });

  // Reload: still one, state and receipt kept, nothing sent again.
  await page.reload();
  await ready(page);
  assert.equal(await hookText(page, 'outbox.size', (t) => t === '1'), '1');
  assert.equal(await hookText(page, 'outbox.0.state', (t) => t === 'received'), 'received');
  assert.equal((await item(page, 'outbox.0.label')).text, '已接收', 'received is 已接收 (engine/forms/status.h), not 已受理');
  assert.equal((await item(page, 'outbox.0.receipt')).text, receipt);
  await page.waitForTimeout(1000);
  assert.equal((await apiGet(token, '/submissions?since=0')).items.length, 1, 'still exactly one after the reload');

  // (b) The reviewer of the routed office returns it with a reason.
  const reviewer = await apiLogin('lvyuan-review');
  const r = await fetch(api(`/submissions/${list.items[0].id}/review`), {
    method: 'POST', headers: { Authorization: `Bearer ${reviewer}` }, body: JSON.stringify({ action: 'return', reason }),
  });
  assert.equal(r.status, 200);
  await clickItem(page, 'outbox.sync_now');
  assert.equal(await hookText(page, 'outbox.0.state', (t) => t === 'returned'), 'returned');
  assert.equal((await item(page, 'outbox.0.label')).text, '已退回');
  assert.equal((await item(page, 'outbox.0.reason')).text, reason);
  await page.screenshot({ path: path.join(artifactsDir, 'sync-returned.png') });

  // The state and the login survive another reload.
  await page.reload();
  await ready(page);
  assert.equal(await hookText(page, 'outbox.0.state', (t) => t === 'returned'), 'returned');
  await clickItem(page, 'nav.sync');
  assert.equal(await hookText(page, 'sync.user', (t) => t !== ''), `zhangsan|${orgName}`);
  assert.deepEqual(errors, []);
  await context.close();
});
