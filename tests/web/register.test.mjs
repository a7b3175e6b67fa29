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
import { hookText, residentId } from './input.mjs';
import { serverApi, fillClaim as fillClaimFixture, loginThroughUi } from './sync-fixture.mjs';

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

const fillClaim = (page) => fillClaimFixture(page, { orgName, person });
const login = (page) => loginThroughUi(page, 'zhangsan', password);

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
