// Browser tests of issue 4 (forms, drafts, estimates, offline): the training
// application (附件4) filled through real clicks, keyboard and IME input; a
// wrong ID shown next to its field; drafts surviving a reload (SQLite on
// IDBFS); the estimate compared with the CLI's; CSV import in UTF-8 and GBK;
// pasted rows; the print view; JSON export and import. One browser for all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, openApp, item, itemTextBecomes, clickItem, artifactsDir, repoRoot } from './harness.mjs';
import { residentId } from './input.mjs';

const cli = path.join(repoRoot, 'build/native/engine/skillaid-cli');
const viewport = { width: 1280, height: 1300 };  // the whole form fits: every widget is clickable
let server, chrome;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skillaid-forms-'));
before(async () => { server = await startServer(); chrome = await launchBrowser(); });
after(async () => { await chrome?.close(); await server?.stop(); fs.rmSync(tmp, { recursive: true, force: true }); });

const idFor = (i) => residentId(`220104${1980 + (i % 20)}0${1 + (i % 9)}1${i % 10}${String(i).padStart(3, '0')}`);
const wrongId = (id) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

// Polls hook `name` until `predicate` (an expression of its text t) holds. The predicate runs
// here in Node: the page's Content-Security-Policy forbids evaluating strings there.
async function waitHook(page, name, predicate, what) {
  const t0 = Date.now();
  const ok = new Function('t', `return ${predicate}`);
  let got = (await item(page, name)).text;
  while (!ok(got) && Date.now() - t0 < 15000) {
    await page.waitForTimeout(30);
    got = await page.evaluate((n) => window.skillaidTest.items[n].text, name);
  }
  if (process.env.TRACE) console.log('#', name, Date.now() - t0, 'ms');  // TRACE=1: where the time goes
  assert.ok(ok(got), `${what || name}: ${predicate}, got ${JSON.stringify(got)}`);
  return got;
}

// Click a text field and replace its content with `text` (through the IME bridge).
async function fill(page, key, text) {
  await clickItem(page, key, 30);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime-bridge', null, { timeout: 5000 });
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  return waitHook(page, key, `t === ${JSON.stringify(text)}`);
}

async function choose(page, key, option) {
  await clickItem(page, key, 30);
  await page.waitForTimeout(100);  // the popup opens and publishes its options
  await clickItem(page, `${key}.option.${option}`, 20);
  await page.waitForTimeout(50);
}

async function leaveField(page) {
  await clickItem(page, 'save_state', 5);
}

async function synced(page, before) {
  await page.waitForFunction((b) => Number(document.body.dataset.synced || 0) > b, before, { timeout: 10000 });
}
const syncCount = (page) => page.evaluate(() => Number(document.body.dataset.synced || 0));

async function newTrainingDraft(page) {
  await clickItem(page, 'nav.home');
  await clickItem(page, 'new.training_application');
  await waitHook(page, 'save_state', 't === "saved"');
}

const trainees = [
  { name: '张伟', id: idFor(1), mobile: '13804311234', attendance: 95 },
  { name: '李娜', id: idFor(2), mobile: '13904312345', attendance: 80 },
  { name: '王芳', id: idFor(3), mobile: '15004313456', attendance: 100 },
];

test('training application: fill, see a wrong ID next to its field, fix, reload, same draft and the CLI estimate', async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport });
  await page.waitForFunction(() => document.body.dataset.storage === 'idbfs');
  await page.screenshot({ path: path.join(artifactsDir, 'home.png') });
  await newTrainingDraft(page);

  await fill(page, 'company_name', '长春一汽富维汽车零部件有限公司');
  await fill(page, 'address', '长春市绿园区东风大街1号');
  await choose(page, 'scheme', 0);  // 岗前培训
  await waitHook(page, 'scheme', 't === "岗前培训"');
  await fill(page, 'occupation', '程序设计');
  await clickItem(page, 'occupation.option.0', 40);
  await waitHook(page, 'occupation_selected', 't === "计算机程序设计员"');
  await choose(page, 'mode', 2);  // 集中培训＋网络线上
  await fill(page, 'institution', '长春市职业技能培训中心');
  await fill(page, 'hours_offline', '80');  // changed to 100 once the estimate exists
  await fill(page, 'hours_online', '20');
  await fill(page, 'place', '绿园区培训基地');
  await fill(page, 'bank_name', '工商银行长春绿园支行');
  await fill(page, 'bank_account', '6222020200112233445');
  await fill(page, 'platform', '吉林省职业技能线上培训平台');
  await choose(page, 'category', 0);
  await fill(page, 'date_from', '2026-03-16');
  await fill(page, 'date_to', '2026-02-01');
  await leaveField(page);
  assert.match(await waitHook(page, 'date_to.error', 't !== ""'), /早于/, 'date order is checked');
  await fill(page, 'date_to', '2026-04-30');
  await waitHook(page, 'date_to.error', 't === ""');
  await choose(page, 'district', 4);  // 绿园区
  await waitHook(page, 'district', 't === "绿园区"');
  await choose(page, 'ownership', 2);

  for (let i = 0; i < trainees.length; i++) await clickItem(page, 'roster.add');
  await waitHook(page, 'roster.count', 't === "3"');
  for (let i = 0; i < trainees.length; i++) {
    const t = trainees[i];
    await fill(page, `roster.${i}.name`, t.name);
    await fill(page, `roster.${i}.id`, i === 1 ? wrongId(t.id) : t.id);
    await fill(page, `roster.${i}.mobile`, t.mobile);
    await fill(page, `roster.${i}.attendance`, String(t.attendance));
  }
  await leaveField(page);
  const idError = await waitHook(page, 'roster.1.id.error', 't !== ""', 'the wrong ID is flagged next to its cell');
  assert.match(idError, /校验码/);
  assert.equal((await item(page, 'roster.0.id.error')).text, '');
  assert.ok(Number((await item(page, 'issues_summary')).text) >= 1, 'the summary lists the error');
  await page.screenshot({ path: path.join(artifactsDir, 'training-application-error.png') });

  await fill(page, 'roster.1.id', trainees[1].id);
  await leaveField(page);
  await waitHook(page, 'roster.1.id.error', 't === ""');
  await waitHook(page, 'issues_summary', 't === "0"', 'nothing left to fix');
  assert.match((await item(page, 'subsidy_standard')).text, /× 80学时/);
  await fill(page, 'hours_offline', '100');
  await leaveField(page);
  const total = await waitHook(page, 'estimate.total_fen', 't !== ""');
  assert.equal((await item(page, 'route.office')).text, '绿园区');
  assert.match((await item(page, 'subsidy_standard')).text, /10元\/学时 × 100学时.*40% × 20学时/, 'the standard follows the hours');
  await page.screenshot({ path: path.join(artifactsDir, 'training-application.png') });

  // The CLI, given the same scenario, finds the same total.
  const scenario = {
    scheme: 'pre_job', date: '2026-03-16', occupation: '计算机程序设计员', hours: { offline: 100, online: 20 },
    trainees: trainees.map((t) => ({ id: t.id, attendance: t.attendance / 100, certified: true })),
  };
  const fromCli = JSON.parse(execFileSync(cli, ['estimate', '-'], { input: JSON.stringify(scenario) }).toString());
  assert.equal(total, String(fromCli.total_fen), 'UI estimate equals the CLI estimate');
  assert.ok(fromCli.total_fen > 0);

  // Autosaved and synced to IndexedDB; a reload finds everything.
  await waitHook(page, 'save_state', 't === "saved"');
  const n = await syncCount(page);
  await page.waitForTimeout(50);
  if ((await syncCount(page)) === n) await synced(page, n - 1).catch(() => {});
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
  await waitHook(page, 'drafts_count', 't === "1"');
  assert.equal((await item(page, 'draft.0.status')).text, 'ready');
  assert.equal((await item(page, 'counts.training_application')).text, '0/1');
  await clickItem(page, 'draft.0.open');
  assert.equal(await waitHook(page, 'company_name', 't !== ""'), '长春一汽富维汽车零部件有限公司');
  assert.equal((await item(page, 'occupation_selected')).text, '计算机程序设计员');
  assert.equal((await item(page, 'roster.count')).text, '3');
  assert.equal((await item(page, 'roster.1.id')).text, trainees[1].id);
  assert.equal((await item(page, 'roster.1.attendance')).text, '80');
  assert.equal(await waitHook(page, 'estimate.total_fen', 't !== ""'), total);
  assert.deepEqual(errors, []);
  await context.close();
});

// 1,000 rows plus one broken row; written as UTF-8 (with BOM) and as GBK.
function rosterCsv() {
  const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许';
  const lines = ['姓名,身份证号,手机,出勤率,取得证书'];
  for (let i = 0; i < 1000; i++) {
    lines.push(`${surnames[i % 20]}建国${i},${idFor(i)},1380431${String(i).padStart(4, '0')},${90 + (i % 11)}%,是`);
    if (i === 499) lines.push('错行,220104198001011234,13800000000,abc,是');
  }
  return lines.join('\r\n') + '\r\n';
}

test('CSV import: 1,000 rows in UTF-8 and in GBK, per-row errors with row numbers', async () => {
  const csv = rosterCsv();
  const utf8 = path.join(tmp, 'roster-utf8.csv');
  const gbk = path.join(tmp, 'roster-gbk.csv');
  fs.writeFileSync(utf8, '\ufeff' + csv);
  // node has no GBK encoder: python3's gbk codec writes the bytes at test time.
  const plain = path.join(tmp, 'plain.csv');
  fs.writeFileSync(plain, csv);
  execFileSync('python3', ['-c', 'import sys; open(sys.argv[2], "wb").write(open(sys.argv[1], encoding="utf-8", newline="").read().encode("gbk"))',
    plain, gbk]);
  assert.notDeepEqual(fs.readFileSync(gbk), Buffer.from(csv), 'the GBK file differs from UTF-8');

  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport });
  for (const [file, label] of [[utf8, 'utf8'], [gbk, 'gbk']]) {
    await newTrainingDraft(page);
    const chooser = page.waitForEvent('filechooser');
    await clickItem(page, 'roster.import');
    await (await chooser).setFiles(file);
    await waitHook(page, 'roster.count', 't === "1000"', `${label}: 1000 rows imported`);
    assert.equal((await item(page, 'roster.report')).text, '导入 1000 行，跳过 1 行');
    assert.equal((await item(page, 'roster.report_lines')).text, '第502行：出勤率“abc”不是数字');
    assert.equal((await item(page, 'roster.0.name')).text, '赵建国0', `${label}: Chinese decoded`);
    assert.equal((await item(page, 'roster.0.attendance')).text, '90');
    await waitHook(page, 'save_state', 't === "saved"');
    if (label === 'gbk') await page.screenshot({ path: path.join(artifactsDir, 'roster-1000.png') });
  }
  // Sorting by name and searching stay responsive with 1,000 rows.
  const started = Date.now();
  await fill(page, 'roster.search', '孙建国');
  await waitHook(page, 'roster.shown', 't === "50"', 'search keeps the 50 孙建国 rows');
  await waitHook(page, 'roster.first', 't.startsWith("孙建国")');
  assert.ok(Date.now() - started < 5000, 'search is quick');
  assert.deepEqual(errors, []);
  await context.close();
});

test('paste tab-separated rows copied from Excel/WPS', async () => {
  const { page, context } = await openApp(chrome.browser, server.url, { viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  await newTrainingDraft(page);
  const block = trainees.map((t) => [t.name, t.id, t.mobile, `${t.attendance}%`, '是'].join('\t')).join('\r\n') + '\r\n';
  await page.evaluate((text) => navigator.clipboard.writeText(text), block);
  await clickItem(page, 'roster.paste');
  await waitHook(page, 'roster.count', 't === "3"');
  assert.equal((await item(page, 'roster.report')).text, '粘贴 3 行，跳过 0 行');
  assert.equal((await item(page, 'roster.2.name')).text, '王芳');
  assert.equal((await item(page, 'roster.1.attendance')).text, '80');
  // A duplicate pasted again is flagged on the later row.
  await page.evaluate((text) => navigator.clipboard.writeText(text), `${trainees[0].name}\t${trainees[0].id}\t\t100\t是`);
  await clickItem(page, 'roster.paste');
  await waitHook(page, 'roster.count', 't === "4"');
  assert.match(await waitHook(page, 'roster.3.id.error', 't !== ""'), /与第1行身份证号重复/);
  // Ctrl+V with no field active: the page's paste event brings the rows.
  await page.evaluate((text) => navigator.clipboard.writeText(text), `孙丽\t${idFor(9)}\t13804319999\t92\t否`);
  await leaveField(page);
  await page.keyboard.press('Control+V');
  await waitHook(page, 'roster.count', 't === "5"');
  assert.equal((await item(page, 'roster.4.certified')).text, 'false');
  await context.close();
});

async function fillMinimal(page) {
  await fill(page, 'company_name', '吉林省长客轨道车辆培训有限公司');
  await choose(page, 'scheme', 2);  // 岗位技能提升培训
  await choose(page, 'level', 1);   // 中级工
  await fill(page, 'occupation', '184');
  await clickItem(page, 'occupation.option.0', 40);
  await waitHook(page, 'occupation_selected', 't.startsWith("焊工")');
  await choose(page, 'mode', 0);
  await fill(page, 'hours_offline', '90');
  await choose(page, 'district', 0);
  await choose(page, 'ownership', 1);
  await clickItem(page, 'roster.add');
  await fill(page, 'roster.0.name', '赵强');
  await fill(page, 'roster.0.id', idFor(7));
  await leaveField(page);
  await waitHook(page, 'estimate.total_fen', 't !== ""');
}

test('print view, JSON export and import (round trip, unknown version refused)', async () => {
  const { page, context } = await openApp(chrome.browser, server.url, { viewport });
  await newTrainingDraft(page);
  await fillMinimal(page);
  const total = (await item(page, 'estimate.total_fen')).text;
  assert.match((await item(page, 'subsidy_standard')).text, /岗位技能提升/);

  const popup = context.waitForEvent('page');
  await clickItem(page, 'print');
  const printPage = await popup;
  await printPage.waitForLoadState();
  const html = await printPage.content();
  for (const s of ['企业职工培训申请表', '吉林省长客轨道车辆培训有限公司', '岗位技能提升培训', '焊工', '90', '赵强', idFor(7),
    '企业负责人签字', '单位公章', '人社部门意见', '补贴测算', '合计', '市人社局'])
    assert.ok(html.includes(s), `print view holds ${s}`);
  await printPage.screenshot({ path: path.join(artifactsDir, 'print-view.png'), fullPage: true });
  await printPage.close();

  const download = page.waitForEvent('download');
  await clickItem(page, 'export_json');
  const file = path.join(tmp, 'export.skillaid.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(exported.format, 'skillaid-draft');
  assert.equal(exported.format_version, 1);
  assert.equal(exported.kind, 'training_application');
  assert.equal(exported.body.company_name, '吉林省长客轨道车辆培训有限公司');
  assert.equal(exported.body.roster.length, 1);

  // "Another machine": a fresh browser context (empty IndexedDB).
  const other = await openApp(chrome.browser, server.url, { viewport });
  await waitHook(other.page, 'drafts_count', 't === "0"');
  const future = path.join(tmp, 'future.json');
  fs.writeFileSync(future, JSON.stringify({ ...exported, format_version: 99 }));
  for (const [f, expect] of [[future, /版本 99 不受支持/], [file, /已导入草稿/]]) {
    await clickItem(other.page, 'nav.home');
    const chooser = other.page.waitForEvent('filechooser');
    await clickItem(other.page, 'import_draft');
    await (await chooser).setFiles(f);
    assert.match(await waitHook(other.page, 'notice', `/${expect.source}/.test(t)`), expect);
  }
  assert.equal(await waitHook(other.page, 'company_name', 't !== ""'), '吉林省长客轨道车辆培训有限公司');
  assert.equal((await item(other.page, 'roster.0.id')).text, idFor(7));
  assert.equal(await waitHook(other.page, 'estimate.total_fen', 't !== ""'), total);
  await clickItem(other.page, 'nav.home');
  await waitHook(other.page, 'drafts_count', 't === "1"');

  // Delete asks first.
  await clickItem(other.page, 'draft.0.delete');
  await clickItem(other.page, 'cancel_delete');
  await waitHook(other.page, 'drafts_count', 't === "1"');
  await clickItem(other.page, 'draft.0.delete');
  await clickItem(other.page, 'confirm_delete');
  await waitHook(other.page, 'drafts_count', 't === "0"');
  await other.context.close();
  await context.close();
});

test('screens: navigation, catalog search, offline state, narrow layout', async () => {
  const { page, context } = await openApp(chrome.browser, server.url, { viewport: { width: 1200, height: 800 } });
  await waitHook(page, 'online', 't === "online"');
  await context.setOffline(true);
  await waitHook(page, 'online', 't === "offline"');
  await page.screenshot({ path: path.join(artifactsDir, 'home-offline.png') });
  await context.setOffline(false);
  await waitHook(page, 'online', 't === "online"');
  for (const name of ['quick_estimate', 'catalog', 'deadlines', 'draft']) {
    await clickItem(page, `nav.${name}`);
    await page.waitForTimeout(100);
    await page.screenshot({ path: path.join(artifactsDir, `screen-${name}.png`) });
  }
  await clickItem(page, 'nav.catalog');
  await fill(page, 'catalog.query', '焊');
  await page.screenshot({ path: path.join(artifactsDir, 'screen-catalog.png') });
  await page.setViewportSize({ width: 600, height: 800 });
  await clickItem(page, 'nav.home');
  const home = await item(page, 'nav.home');
  const catalog = await item(page, 'nav.catalog');
  assert.ok(Math.abs(home.y - catalog.y) < 2 && catalog.x > home.x, 'narrow: navigation on one row at the top');
  await page.screenshot({ path: path.join(artifactsDir, 'home-narrow.png') });
  await context.close();
});
