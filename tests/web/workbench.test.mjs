// The reviewer workbench (issue 15, docs/ui.md "Reviewer workbench"), through
// real input on one server: a company submits a claim and a training
// application (both to 朝阳区) from the app; a 朝阳区 reviewer sees both in the
// queue, accepts the claim, returns the application with a reason (确认 stays
// disabled while the reason is blank), starts the claim's public notice on
// 2026-09-28 (ends 2026-10-09, pay by 2026-11-19) and, offline, records its
// payment, which is sent once when back online; the 公示名单 print view shows
// the masked name and ID only; 汇总 names the office; the company's app shows
// every step with the same labels, dates and the reason; a 南关区 reviewer
// logging in on the same page sees none of it. Screenshots: queue, detail,
// summary (desktop) and the queue at 390×844.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, createAccount, serverAdmin, launchBrowser, openApp, item, clickItem, artifactsDir } from './harness.mjs';
import { hookText, type, residentId } from './input.mjs';
import { serverApi, fillClaim, fillTrainingApplication, loginThroughUi } from './sync-fixture.mjs';

const limit = { timeout: 180000 };
const viewport = { width: 1280, height: 1000 };
const uscc = '91220102MA0000011J';
const orgName = '长春一汽富维汽车零部件有限公司';
const password = 'correct horse battery staple';
const person = { name: '张伟', id: residentId('22010419850301101') };
const reason = '培训地点与开班申请不一致，请更正后重新提交';
const voucher = 'CZ-2026-0815';
let server, chrome, api;

before(async () => {
  server = await startServer();
  createAccount(server.dataDir, { uscc, orgName, login: 'zhangsan', password });
  serverAdmin(server.dataDir, ['create-reviewer', '--office', '朝阳区', '--login', 'chaoyang', '--password-stdin'], password);
  serverAdmin(server.dataDir, ['create-reviewer', '--office', '南关区', '--login', 'nanguan', '--password-stdin'], password);
  chrome = await launchBrowser();
  api = serverApi(server.port, password);
});
after(async () => { await chrome?.close(); await server?.stop(); });

// Opens the queue row of submission `id` (its position in queue.ids).
// Opens the queue row of `submission` ({id, receipt}). The queue may re-sort between
// reading its ids and the click (a sync of the last action lands): then the detail
// shows another receipt, and the row is looked up and clicked again.
async function openRow(page, submission) {
  for (let attempt = 1; ; attempt++) {
    await clickItem(page, 'review.tab.queue');
    const ids = (await hookText(page, 'queue.ids', (t) => t.split(',').includes(submission.id))).split(',');
    await clickItem(page, `queue.${ids.indexOf(submission.id)}.open`, 20);
    await hookText(page, 'detail.loaded', (t) => t === 'true', 'the detail is fetched');
    if ((await item(page, 'detail.receipt')).text === submission.receipt || attempt === 3) return;
  }
}

// Clicks an action, fills the confirmation's fields and confirms.
async function act(page, action, fields = {}) {
  await clickItem(page, `detail.action.${action}`);
  await item(page, 'confirm.ok');
  for (const [key, value] of Object.entries(fields)) await type(page, `confirm.${key}`, value);
  await hookText(page, 'confirm.ok', (t) => t === '', '确认 is enabled');
  await clickItem(page, 'confirm.ok');
}

test('a 朝阳区 reviewer runs the cycle from the app; the company sees every step', limit, async () => {
  const t0 = Date.now();
  const mark = (what) => console.log(`# ${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // The company submits a claim and an application to 朝阳区.
  const reviewerOpening = openApp(chrome.browser, server.url, { viewport });  // loads meanwhile
  const staff = await openApp(chrome.browser, server.url, { viewport: { width: 1280, height: 1300 } });
  await loginThroughUi(staff.page, 'zhangsan', password);
  await fillClaim(staff.page, { orgName, person, district: 0 });
  await clickItem(staff.page, 'submit');
  await hookText(staff.page, 'submit.state', (t) => t === 'received');
  assert.equal(await fillTrainingApplication(staff.page, orgName, 0), '朝阳区');
  await clickItem(staff.page, 'submit');
  await hookText(staff.page, 'submit.state', (t) => t === 'received');
  const companyToken = await api.login('zhangsan');
  const submitted = (await api.get(companyToken, '/submissions?since=0')).items;
  const claim = submitted.find((s) => s.kind === 'claim');
  const application = submitted.find((s) => s.kind !== 'claim');
  assert.ok(claim && application, JSON.stringify(submitted.map((s) => s.kind)));

  mark('submitted');
  // The reviewer logs in: the workbench opens with the office's queue.
  const reviewer = await reviewerOpening;
  const { page } = reviewer;
  await loginThroughUi(page, 'chaoyang', password, { reviewer: true });
  assert.equal(await hookText(page, 'review.office', (t) => t === '朝阳区'), '朝阳区');
  await hookText(page, 'queue.count', (t) => t === '2', 'both submissions in the queue');
  // The queue row's status line (on the queue tab).
  const label = async (id) => {
    await clickItem(page, 'review.tab.queue');
    const ids = (await hookText(page, 'queue.ids', (t) => t.split(',').includes(id))).split(',');
    return (await item(page, `queue.${ids.indexOf(id)}.label`)).text;
  };
  assert.equal(await label(claim.id), '已接收');
  await page.screenshot({ path: path.join(artifactsDir, 'workbench-queue.png') });

  mark('reviewer in');
  // Accept the claim.
  await openRow(page, claim);
  assert.equal((await item(page, 'detail.receipt')).text, claim.receipt);
  assert.deepEqual((await item(page, 'detail.actions')).text.split(','), ['accept', 'return']);
  assert.match((await item(page, 'detail.roster')).text, new RegExp(`${person.name}:${person.id}`), 'reviewers see the full ID');
  // 打印申报表: the form as submitted in the print window.
  const [form] = await Promise.all([reviewer.context.waitForEvent('page'), clickItem(page, 'detail.print')]);
  await form.waitForLoadState();
  const formHtml = await form.content();
  await form.close();
  assert.ok(formHtml.includes(orgName) && formHtml.includes(person.id), 'the printed claim names the company and the trainee');
  await act(page, 'accept');
  await hookText(page, 'detail.status', (t) => t === 'accepted');
  await hookText(page, 'detail.pending', (t) => t === '', 'sent');

  mark('accepted');
  // Return the application: 确认 is disabled until a reason is written.
  await openRow(page, application);
  await clickItem(page, 'detail.action.return');
  assert.equal(await hookText(page, 'confirm.ok', (t) => t !== ''), '请填写退回原因');
  await type(page, 'confirm.reason', '   ');
  assert.equal((await item(page, 'confirm.ok')).text, '请填写退回原因', 'blank is not a reason');
  await type(page, 'confirm.reason', reason);
  await hookText(page, 'confirm.ok', (t) => t === '');
  await clickItem(page, 'confirm.ok');
  await hookText(page, 'detail.status', (t) => t === 'returned');
  assert.equal(await hookText(page, 'detail.reason', (t) => t !== ''), reason);

  mark('returned');
  // Start the claim's public notice on 2026-09-28: the National Day holiday moves both dates.
  await openRow(page, claim);
  assert.equal((await item(page, 'detail.receipt')).text, claim.receipt);
  assert.deepEqual((await item(page, 'detail.actions')).text.split(','), ['return', 'publicize']);
  await clickItem(page, 'detail.action.publicize');
  await type(page, 'confirm.date', '2026-09-28');
  const preview = await hookText(page, 'confirm.preview', (t) => t.includes('2026-10-09'));
  assert.match(preview, /2026-11-19/);
  await clickItem(page, 'confirm.ok');
  await hookText(page, 'detail.status', (t) => t === 'publicized');
  assert.equal(await hookText(page, 'detail.publicity_ends', (t) => t !== ''), '2026-10-09');
  assert.equal((await item(page, 'detail.payment_by')).text, '2026-11-19');
  await page.screenshot({ path: path.join(artifactsDir, 'workbench-detail.png') });

  mark('publicized');
  // Offline: the payment is queued, shown as waiting, and sent once when back online.
  await reviewer.context.setOffline(true);
  await page.waitForFunction(() => !navigator.onLine);
  await act(page, 'pay', { voucher, date: '2026-11-19' });
  assert.equal(await hookText(page, 'detail.pending', (t) => t !== ''), '待发送：记录拨付');
  assert.match(await label(claim.id), /^公示中 · 逾期未拨付 待发送：记录拨付$/, 'the server\'s status, overdue today, and the waiting payment');
  await clickItem(page, 'review.tab.detail');
  const reviewerToken = await api.login('chaoyang');
  assert.equal((await api.get(reviewerToken, `/submissions/${claim.id}`)).status, 'publicized', 'nothing sent while offline');
  await reviewer.context.setOffline(false);
  await hookText(page, 'detail.status', (t) => t === 'paid');
  await hookText(page, 'detail.pending', (t) => t === '');
  assert.equal((await item(page, 'detail.voucher')).text, voucher);
  assert.equal((await item(page, 'detail.paid_on')).text, '2026-11-19');
  const paid = await api.get(reviewerToken, `/submissions/${claim.id}`);
  assert.equal(paid.history.filter((e) => e.action === 'pay').length, 1, 'the payment was sent exactly once');
  assert.deepEqual(paid.history.map((e) => e.status), ['received', 'accepted', 'publicized', 'paid']);
  const history = (await item(page, 'detail.history')).text;
  assert.match(history, /已受理 → 公示中.*公示期 2026-09-28 至 2026-10-09/);
  assert.match(history, new RegExp(`公示中 → 已拨付.*拨付日期 2026-11-19.*凭证号 ${voucher}`));

  mark('paid');
  // 公示名单: the masked name and ID, never the full ID.
  await clickItem(page, 'review.tab.publicity');
  assert.equal(await hookText(page, 'publicity.start', (t) => t !== ''), '2026-09-28');
  assert.match((await item(page, 'publicity.heading')).text, /2026-09-28 至 2026-10-09/);
  const maskedId = `${person.id.slice(0, 6)}********${person.id.slice(-4)}`;
  assert.equal(await hookText(page, 'publicity.rows', (t) => t !== ''), `张*:${maskedId}`);
  const [popup] = await Promise.all([reviewer.context.waitForEvent('page'), clickItem(page, 'publicity.print')]);
  await popup.waitForLoadState();
  const html = await popup.content();
  await popup.close();
  assert.ok(html.includes('张*') && html.includes(maskedId), 'the print view lists the masked name and ID');
  assert.ok(!html.includes(person.id) && !html.includes(person.name), 'and never the full ID or name');

  mark('publicity list');
  // 汇总: this year's claims of the office.
  await clickItem(page, 'review.tab.summary');
  assert.equal(await hookText(page, 'summary.offices', (t) => t !== ''), '朝阳区');
  assert.match((await item(page, 'summary.chart')).text, /^朝阳区：申领 .*拨付 /);
  await page.screenshot({ path: path.join(artifactsDir, 'workbench-summary.png') });

  mark('summary');
  // Phones: the queue at 390×844.
  await page.setViewportSize({ width: 390, height: 844 });
  await clickItem(page, 'review.tab.queue');
  await hookText(page, 'queue.count', (t) => t === '2');
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(artifactsDir, 'workbench-queue-phone.png') });
  await page.setViewportSize(viewport);

  mark('phone');
  // The company's app after its sync: every step with the same labels, dates and the reason.
  await clickItem(staff.page, 'nav.sync');
  await clickItem(staff.page, 'outbox.sync_now');
  const rowOf = async (receipt) => {
    for (let i = 0; i < 2; i++) if ((await item(staff.page, `outbox.${i}.receipt`)).text === receipt) return `outbox.${i}`;
    throw new Error(`no outbox row for ${receipt}`);
  };
  const claimRow = await rowOf(claim.receipt);
  assert.equal(await hookText(staff.page, `${claimRow}.label`, (t) => t === '已拨付'), '已拨付');
  const claimSteps = await hookText(staff.page, `${claimRow}.history`, (t) => t.split('\n').length === 4);
  assert.match(claimSteps, /已接收 → 已受理.*办理：朝阳区/);
  assert.match(claimSteps, /已受理 → 公示中.*公示期 2026-09-28 至 2026-10-09/);
  assert.match(claimSteps, new RegExp(`公示中 → 已拨付.*拨付日期 2026-11-19.*凭证号 ${voucher}`));
  assert.equal((await item(staff.page, `${claimRow}.history.overdue`)).text, '');
  const applicationRow = await rowOf(application.receipt);
  assert.equal((await item(staff.page, `${applicationRow}.label`)).text, '已退回');
  assert.match((await item(staff.page, `${applicationRow}.history`)).text, new RegExp(`已接收 → 已退回.*原因：${reason}`));
  await clickItem(staff.page, `${claimRow}.history`, 10);  // 办理记录 opens
  await staff.page.waitForTimeout(100);
  await staff.page.screenshot({ path: path.join(artifactsDir, 'workbench-submitter.png') });

  mark('submitter');
  // A 南关区 reviewer on the same page: the cache of 朝阳区 is dropped, the queue stays empty.
  await clickItem(page, 'nav.sync');
  await clickItem(page, 'sync.logout');
  await hookText(page, 'sync.user', (t) => t === '');
  await loginThroughUi(page, 'nanguan', password, { reviewer: true });
  await hookText(page, 'review.office', (t) => t === '南关区');
  await hookText(page, 'review.synced', (t) => t === '1');
  assert.equal((await item(page, 'queue.count')).text, '0');
  assert.equal((await item(page, 'queue.ids')).text, '');
  const nanguan = await api.login('nanguan');
  assert.equal((await api.get(nanguan, '/submissions?since=0')).items.length, 0);

  mark('nanguan');
  assert.deepEqual(staff.errors, []);
  assert.deepEqual(reviewer.errors, []);
  await staff.context.close();
  await reviewer.context.close();
});
