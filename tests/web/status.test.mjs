// Status and the outbox (issue 13 part 3), through real input: submit a draft →
// 首页's draft list shows 已接收 with the receipt; a reviewer returns it with a
// reason → after a sync the list shows 已退回 and the reason, the outbox row
// shows the form kind; clicking the row opens the draft with the reason banner;
// a field is corrected and 重新提交 sends a new version → a new receipt, and the
// server's detail links it to the first (resubmits); a deleted draft's row says
// so; the server stops → 首页 says it cannot reach the server after one attempt.
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
const reason = '培训地点与开班申请不一致，请更正后重新提交';
const kindName = '企业职工培训申请表';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skillaid-status-'));
const dataDir = path.join(tmp, 'data');
const root = path.join(tmp, 'web');
let chrome, server, port;

const api = (p) => `http://127.0.0.1:${port}/api/v1${p}`;
const apiLogin = (login) => serverApi(port, password).login(login);
const apiGet = (token, p) => serverApi(port, password).get(token, p);

before(async () => {
  fs.cpSync(webRoot, root, { recursive: true });
  port = await freePort();
  createAccount(dataDir, { uscc, orgName, login: 'zhangsan', password });
  server = await startServer({ root, port, dataDir });
  chrome = await launchBrowser();
});
after(async () => {
  await chrome?.close();
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('draft states, the returned reason, resubmission linked to the first, server reachability', limit, async () => {
  const context = await chrome.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => document.body.dataset.ready === '1' || document.body.dataset.error, null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.body.dataset.error || null), null);

  // Not logged in: no request made yet, the browser is online.
  await hookText(page, 'server', (t) => t === 'unknown');
  await clickItem(page, 'nav.sync');
  await type(page, 'sync.login', 'zhangsan');
  await clickItem(page, 'sync.password', 30);
  await page.keyboard.insertText(password);
  await clickItem(page, 'sync.login_button');
  assert.equal(await hookText(page, 'sync.user', (t) => t !== ''), `zhangsan|${orgName}`);

  const office = await fillTrainingApplication(page, orgName);
  serverAdmin(dataDir, ['create-reviewer', '--office', office, '--login', 'review', '--password-stdin'], password);
  await clickItem(page, 'submit');
  await hookText(page, 'submit.state', (t) => t === 'received', 'the submission is received');

  // 首页: the draft shows 已接收 and its receipt, not 待提交; the server answered: 在线.
  await clickItem(page, 'nav.home');
  const token = await apiLogin('zhangsan');
  const first = (await apiGet(token, '/submissions?since=0')).items[0];
  assert.match(first.receipt, /^CC-\d{8}-\d{6,}$/);
  assert.equal(await hookText(page, 'draft.0.state', (t) => t === 'received'), 'received');
  assert.equal((await item(page, 'draft.0.label')).text, '已接收');
  assert.equal((await item(page, 'draft.0.receipt')).text, first.receipt);
  assert.equal((await item(page, 'counts.training_application')).text, '0/0/1', 'counted as sent, not 待提交');
  assert.equal((await item(page, 'online')).text, 'online');
  assert.equal((await item(page, 'server')).text, 'ok');
  assert.equal((await item(page, 'connection')).text, '在线');
  // The outbox row names the form kind, not only the company.
  assert.equal((await item(page, 'outbox.0.open')).text, kindName);

  // The reviewer returns it with a reason; after a sync the draft list shows 已退回 and the reason.
  const reviewer = await apiLogin('review');
  const r = await fetch(api(`/submissions/${first.id}/review`), {
    method: 'POST', headers: { Authorization: `Bearer ${reviewer}` }, body: JSON.stringify({ action: 'return', reason }),
  });
  assert.equal(r.status, 200);
  await clickItem(page, 'outbox.sync_now');
  assert.equal(await hookText(page, 'draft.0.state', (t) => t === 'returned'), 'returned');
  assert.equal((await item(page, 'draft.0.label')).text, '已退回');
  assert.equal((await item(page, 'draft.0.reason')).text, reason);
  assert.equal((await item(page, 'draft.0.receipt')).text, first.receipt);
  assert.equal((await item(page, 'outbox.0.state')).text, 'returned');
  await page.screenshot({ path: path.join(artifactsDir, 'status-returned.png') });

  // Clicking the outbox row (on 登录与发件箱) opens the draft with the reviewer's reason.
  await clickItem(page, 'nav.sync');
  await clickItem(page, 'outbox.0.open', 20);
  assert.equal(await hookText(page, 'returned.reason', (t) => t !== ''), reason, 'the banner shows the reason');
  assert.equal((await item(page, 'returned.receipt')).text, first.receipt);
  assert.equal((await item(page, 'submit')).text, '', '重新提交 is enabled');
  await page.screenshot({ path: path.join(artifactsDir, 'status-banner.png') });

  // Correct a field and resend: a new version with a new receipt, linked to the first.
  await type(page, 'place', '绿园区职业技能培训基地');
  await clickItem(page, 'save_state', 5);
  await hookText(page, 'issues_summary', (t) => t === '0');
  await clickItem(page, 'submit');
  await hookText(page, 'submit.state', (t) => t === 'received', 'the new version is received');
  assert.match((await item(page, 'submit.shown')).text, new RegExp(`第2版，替代 ${first.receipt}`));
  const items = (await apiGet(token, '/submissions?since=0')).items;
  assert.equal(items.length, 2);
  const second = items.find((it) => it.id !== first.id);
  assert.notEqual(second.receipt, first.receipt);
  const detail = await apiGet(token, `/submissions/${second.id}`);
  assert.equal(detail.resubmits, first.id, 'the server links the new version to the first');
  assert.equal(detail.resubmits_receipt, first.receipt);
  assert.equal(detail.submitted.form.place, '绿园区职业技能培训基地');

  await clickItem(page, 'nav.home');
  assert.equal(await hookText(page, 'draft.0.state', (t) => t === 'received'), 'received');
  assert.equal((await item(page, 'draft.0.receipt')).text, second.receipt);
  assert.equal((await item(page, 'outbox.0.receipt')).text, second.receipt);
  assert.equal((await item(page, 'outbox.0.version')).text, `第2版，替代 ${first.receipt}`);
  assert.equal((await item(page, 'outbox.1.state')).text, 'returned');
  await page.screenshot({ path: path.join(artifactsDir, 'status-resubmitted.png') });

  // The server stops: one failed request later 首页 no longer says 在线.
  await server.stop();
  server = null;
  await clickItem(page, 'outbox.sync_now');
  assert.equal(await hookText(page, 'online', (t) => t === 'unreachable'), 'unreachable');
  const line = (await item(page, 'connection')).text;
  assert.match(line, /^无法连接服务器（上次连接成功：\d{4}-\d{2}-\d{2} \d{2}:\d{2}）$/);
  assert.equal((await item(page, 'server')).text, 'down');
  await page.screenshot({ path: path.join(artifactsDir, 'status-unreachable.png') });

  // A deleted draft: its outbox row says so instead of opening.
  await clickItem(page, 'draft.0.delete');
  await clickItem(page, 'confirm_delete');
  await hookText(page, 'drafts_count', (t) => t === '0');
  await clickItem(page, 'outbox.0.open', 20);
  assert.match(await hookText(page, 'notice', (t) => /已在本机删除/.test(t)), /已在本机删除/);

  assert.deepEqual(errors, []);
  await context.close();
});
