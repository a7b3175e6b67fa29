// The real-name register from the app (issue 14, docs/ui.md "Real-name check"),
// through real input: a claim's roster is checked against the server's register
// while it is filled (pending while logged out, then clear); after it is
// received, a second claim for the same person, occupation and level warns on
// the roster row with the rule and clause and names no organisation; its
// submission, computed without history, is refused 422 estimate_mismatch and
// shows the server's figures with the row's reason; 接受服务器核定金额并重新发送
// sends it again and the server receives it with its own total.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, createAccount, launchBrowser, openApp, item, clickItem, artifactsDir } from './harness.mjs';
import { hookText, type, pick, residentId } from './input.mjs';
import { serverApi } from './sync-fixture.mjs';

const limit = { timeout: 300000 };
const viewport = { width: 1280, height: 1300 };
const uscc = '91220102MA0000011J';
const orgName = '长春一汽富维汽车零部件有限公司';
const password = 'correct horse battery staple';
const person = { name: '张伟', id: residentId('22010419850301101') };
let server, chrome;

before(async () => {
  server = await startServer();
  createAccount(server.dataDir, { uscc, orgName, login: 'zhangsan', password });
  chrome = await launchBrowser();
});
after(async () => { await chrome?.close(); await server?.stop(); });

// A complete 补贴资金申请 (岗前培训补贴, 计算机程序设计员) for `person` alone.
async function fillClaim(page) {
  await clickItem(page, 'nav.home');
  await clickItem(page, 'new.claim');
  await hookText(page, 'save_state', (t) => t === 'saved');
  await pick(page, 'organisation', 0);
  await type(page, 'name', orgName);
  await pick(page, 'ownership', 2);
  await pick(page, 'district', 4);  // 绿园区
  await pick(page, 'scheme', 0);    // 岗前培训补贴
  await type(page, 'occupation', '程序设计');
  await clickItem(page, 'occupation.option.0', 40);
  await hookText(page, 'occupation_selected', (t) => t === '计算机程序设计员');
  await type(page, 'hours_offline', '100');
  await type(page, 'date_from', '2026-03-02');
  await type(page, 'date_to', '2026-04-10');
  await type(page, 'bank_name', '工商银行长春绿园支行');
  await type(page, 'bank_account', '6222020200112233445');
  await clickItem(page, 'roster.add');
  await hookText(page, 'roster.count', (t) => t === '1');
  await type(page, 'roster.0.name', person.name);
  await type(page, 'roster.0.id', person.id);
  await type(page, 'roster.0.attendance', '95');
  await type(page, 'roster.0.certificate', 'CC2026-0001');
  // 岗前培训's conditions (三(一)1, 二(二)), asked by the claim.
  await clickItem(page, 'roster.0.conditions', 5);
  await hookText(page, 'roster.0.conditions', (t) => t === 'open');
  await type(page, 'roster.0.contract_signed', '2026-01-05');
  await type(page, 'roster.0.contract_months', '36');
  await pick(page, 'roster.0.claim_place', 0);      // 户籍地
  await pick(page, 'roster.0.changchun_hukou', 1);  // 是
  await hookText(page, 'roster.0.conditions.flagged', (t) => t === '');
  await hookText(page, 'issues_summary', (t) => t === '0', 'nothing left to fix');
  await hookText(page, 'estimate.total_fen', (t) => t !== '' && t !== '0');
}

async function login(page) {
  await clickItem(page, 'nav.sync');
  await type(page, 'sync.login', 'zhangsan');
  await clickItem(page, 'sync.password', 30);
  await page.keyboard.insertText(password);
  await clickItem(page, 'sync.login_button');
  await hookText(page, 'sync.user', (t) => t.startsWith('zhangsan|'));
}

test('the roster is checked against the register; the server\'s figures can be accepted after 422', limit, async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport });

  // Logged out: the check waits for the server and says so.
  await fillClaim(page);
  await hookText(page, 'register.state', (t) => t === 'pending');
  const firstTotal = (await item(page, 'estimate.total_fen')).text;

  // Logged in: the person has no earlier claim.
  await login(page);
  await clickItem(page, 'nav.home');
  await clickItem(page, 'draft.0.open', 5);
  await hookText(page, 'register.state', (t) => t === 'clear');
  await clickItem(page, 'submit');
  await hookText(page, 'submit.state', (t) => t === 'received');

  // A second claim for the same person, occupation and level in the same year.
  await fillClaim(page);
  await hookText(page, 'register.state', (t) => t === 'reached');
  const lines = (await item(page, 'register.lines')).text;
  assert.match(lines, new RegExp(`第1行 ${person.id}：`));
  assert.match(lines, /二\(二\)/);
  assert.ok(!lines.includes(orgName) && !lines.includes('CC-'), `no organisation or receipt: ${lines}`);
  await page.screenshot({ path: path.join(artifactsDir, 'register-warning.png') });

  // Sent as computed by the app (without history): refused with the server's figures.
  await clickItem(page, 'submit');
  await hookText(page, 'submit.state', (t) => t === 'refused');
  const offer = await hookText(page, 'offer.lines', (t) => t.includes(person.id));
  assert.match(offer, /二\(二\)/);
  assert.ok(!offer.includes(orgName), offer);
  const serverTotal = (await item(page, 'offer.server_total_fen')).text;
  assert.notEqual(serverTotal, firstTotal, 'the server applies the limit');
  await page.screenshot({ path: path.join(artifactsDir, 'register-offer.png') });
  await clickItem(page, 'offer.accept');
  await hookText(page, 'submit.state', (t) => t === 'received');

  // The server stored it with its own figures as the client's.
  const api = serverApi(server.port, password);
  const token = await api.login('zhangsan');
  const list = await api.get(token, '/submissions?since=0&limit=10');
  assert.equal(list.items.length, 2);
  const second = list.items.find((s) => s.server_total_fen !== undefined && String(s.server_total_fen) === serverTotal)
    || list.items[list.items.length - 1];
  const detail = await api.get(token, `/submissions/${second.id}`);
  assert.equal(String(detail.server_estimate.total_fen), serverTotal);
  assert.deepEqual(errors, []);
  await context.close();
});
