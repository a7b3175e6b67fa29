// The accessibility mirror (issue 12, docs/access.md "Accessibility mirror") on the
// PRODUCTION build (no test hooks): everything is found through the
// accessibility tree with Playwright's getByRole, and operated as a screen
// reader does: focus an element and type, or element.click() / Enter.
// - 首页: the navigation and the 新建 buttons by their Chinese names, placed
//   over the widgets they stand for; ?a11y=off leaves no mirror;
// - 企业职工培训申请表: every field by its label, with role, value and
//   aria-invalid/aria-describedby; a value typed into a mirror text box reaches
//   the draft and survives a reload;
// - log in, complete and submit a training application through the mirror
//   alone; the server receives it and the receipt is read back in the mirror.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, createAccount, launchBrowser, artifactsDir, prodWebRoot } from './harness.mjs';
import { residentId } from './input.mjs';

const limit = { timeout: 300000 };
const viewport = { width: 1366, height: 900 };
const uscc = '91220102MA0000019B';
const orgName = '长春市绿园区宏达机械制造有限公司';
const password = 'a11y mirror password';
const root = process.env.SKILLAID_A11Y_ROOT || prodWebRoot;
let chrome, server, port;

before(async () => {
  server = await startServer({ root });
  port = server.port;
  createAccount(server.dataDir, { uscc, orgName, login: 'wangfang', password });
  chrome = await launchBrowser();
});
after(async () => { await chrome?.close(); await server?.stop(); });

async function open(query = '') {
  const context = await chrome.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/${query}`);
  await ready(page);
  return { context, page, errors };
}

async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.ready === '1' || document.body.dataset.error, null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.body.dataset.error || null), null);
  assert.equal(await page.evaluate(() => typeof window.skillaidTest), 'undefined', 'a production build');
}

// As a screen reader activates an element.
const press = (locator) => locator.evaluate((e) => e.click());
const button = (page, name) => page.getByRole('button', { name, exact: true });
const textbox = (page, name) => page.getByRole('textbox', { name, exact: true });

async function until(what, fn, timeout = 10000) {
  let last;
  for (const t0 = Date.now(); Date.now() - t0 < timeout; await new Promise((r) => setTimeout(r, 50))) {
    last = await fn();
    if (last) return last;
  }
  assert.fail(`${what} (last: ${JSON.stringify(last)})`);
}

// Focus the mirror text box and type, as a screen-reader user would.
async function typeInto(page, name, text) {
  const box = textbox(page, name);
  await box.focus();
  await page.keyboard.type(text);
  await until(`${name} holds ${text}`, async () => (await box.inputValue()) === text);
}

// Open a combo box with Enter on it and activate one of its options.
async function choose(page, name, option) {
  const combo = page.getByRole('combobox', { name, exact: true });
  await combo.focus();
  await page.keyboard.press('Enter');
  const options = page.getByRole('option');
  await until(`${name} opens`, async () => (await options.count()) > 0);
  const target = typeof option === 'number' ? options.nth(option) : page.getByRole('option', { name: option, exact: true });
  const label = (await target.textContent()).trim();
  await press(target);
  await until(`${name} shows ${label}`, async () => (await combo.textContent()) === label);
  return label;
}

const mirrorText = (page) => page.locator('#a11y-root').ariaSnapshot();

const navItems = ['首页', '快速测算', '工种目录', '时限计算', '草稿编辑', '登录与发件箱'];
const newButtons = ['企业职工培训申请表', '开班申请', '补贴资金申请', '职业技能竞赛方案',
  '网络线上培训第三方监管平台申请表', '导入草稿文件…'];
// Every field of 企业职工培训申请表 before a 培训方式 is chosen (both kinds of hours shown).
const trainingFields = [
  ['textbox', '企业名称'], ['textbox', '地址'], ['textbox', '统一社会信用代码'], ['combobox', '培训类型'],
  ['textbox', '培训工种'], ['combobox', '培训方式'], ['textbox', '培训机构'], ['textbox', '培训学时（线下）'],
  ['textbox', '培训学时（线上）'], ['textbox', '培训地点'], ['textbox', '开户银行'], ['textbox', '银行账号'],
  ['textbox', '网络线上培训平台'], ['combobox', '参训人员类别'], ['textbox', '培训时间（起）'],
  ['textbox', '培训时间（止）'], ['combobox', '企业所在区县'], ['combobox', '企业性质'],
];

test('首页 and the training application through the accessibility tree; a typed value survives a reload', limit, async () => {
  const { context, page, errors } = await open();
  await page.waitForFunction(() => document.body.dataset.a11y === '1');
  assert.equal(await page.locator('#canvas').getAttribute('aria-hidden'), 'true', 'the mirror speaks for the canvas');
  const canvas = await page.locator('#canvas').boundingBox();
  for (const name of [...navItems, ...newButtons]) {
    const b = button(page, name);
    assert.equal(await b.count(), 1, `${name} is one button`);
    const box = await b.boundingBox();
    assert.ok(box && box.width > 10 && box.height > 10, `${name} has the widget's size`);
    assert.ok(box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width + 1,
              `${name} lies over the canvas`);
  }
  assert.equal(await textbox(page, '单位名称').count(), 1, 'the profile field is named by its label');
  assert.equal(await page.getByRole('heading', { name: '新建' }).count(), 1);
  await page.screenshot({ path: path.join(artifactsDir, 'a11y-home.png') });

  // Activating 企业职工培训申请表 opens the form; every field is there by its label.
  await press(button(page, '企业职工培训申请表'));
  await page.getByRole('heading', { name: '企业职工培训申请表', exact: true }).waitFor();
  for (const [role, name] of trainingFields) {
    assert.equal(await page.getByRole(role, { name, exact: true }).count(), 1, `${role} ${name}`);
  }
  // Required and empty: invalid, the message tied to the field.
  const company = textbox(page, '企业名称');
  assert.equal(await company.getAttribute('aria-invalid'), 'true');
  const describedBy = await company.getAttribute('aria-describedby');
  assert.equal(await page.locator(`[id="${describedBy}"]`).textContent(), '必填');

  // Typed through the mirror text box (Chinese and ASCII): the field, then the draft.
  const synced = Number(await page.evaluate(() => document.body.dataset.synced || 0));
  await typeInto(page, '企业名称', orgName);
  await typeInto(page, '统一社会信用代码', uscc);
  await until('the field is valid', async () => (await company.getAttribute('aria-invalid')) === null);
  await until('saved', async () => (await mirrorText(page)).includes('已自动保存'));
  await page.waitForFunction((n) => Number(document.body.dataset.synced || 0) > n, synced);
  await page.screenshot({ path: path.join(artifactsDir, 'a11y-training-form.png') });

  await page.reload();
  await ready(page);
  await press(button(page, '首页'));
  const openDraft = page.getByRole('button', { name: /^打开：/ });
  await until('the draft is listed', async () => (await openDraft.count()) === 1);
  await press(openDraft);
  await until('the typed name survived the reload', async () => (await textbox(page, '企业名称').inputValue()) === orgName);
  assert.equal(await textbox(page, '统一社会信用代码').inputValue(), uscc);
  assert.deepEqual(errors, []);
  await context.close();
});

test('?a11y=off leaves the canvas alone', limit, async () => {
  const { context, page, errors } = await open('?a11y=off');
  assert.equal(await page.locator('#a11y-root').count(), 0);
  assert.equal(await page.getByRole('button', { name: '首页' }).count(), 0);
  assert.equal(await page.locator('#canvas').getAttribute('aria-hidden'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('log in, complete and submit a training application through the mirror alone', limit, async () => {
  const { context, page, errors } = await open();
  await page.waitForFunction(() => document.body.dataset.a11y === '1');

  // 登录与发件箱: account and password by their labels.
  await press(button(page, '登录与发件箱'));
  await typeInto(page, '账号', 'wangfang');
  const pw = textbox(page, '密码');
  await pw.focus();
  await page.keyboard.type(password);
  await until('the password is typed (shown masked)', async () => (await pw.inputValue()) === '*'.repeat(password.length));
  assert.equal(await pw.getAttribute('type'), 'password', 'the password is a password field in the tree');
  await press(button(page, '登录'));
  await until('logged in', async () => (await mirrorText(page)).includes(`已登录：wangfang（${orgName}）`));

  await press(button(page, '首页'));
  await press(button(page, '企业职工培训申请表'));
  await page.getByRole('heading', { name: '企业职工培训申请表', exact: true }).waitFor();
  await typeInto(page, '企业名称', orgName);
  await typeInto(page, '地址', '长春市绿园区青年路88号');
  await choose(page, '培训类型', 0);
  // A screen-reader user may move to a suggestion and press it: the list stays while the focus is on it.
  await typeInto(page, '培训工种', '设计');
  await until('suggestions listed', async () => (await page.getByRole('option').count()) > 1);
  const other = page.getByRole('option').nth(1);
  const otherName = (await other.textContent()).trim().replace(/^\d+ /, '');
  await other.focus();
  await other.dispatchEvent('click');
  const occupation = textbox(page, '培训工种');
  await until(`the pressed suggestion ${otherName} is chosen`, async () => (await occupation.inputValue()) === otherName);
  await occupation.focus();
  await until('培训工种 emptied', async () => {  // the edit starts a frame after the focus: keys until it took them
    if ((await occupation.inputValue()) === '') return true;
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.waitForTimeout(100);
    return false;
  });
  await typeInto(page, '培训工种', '程序设计');
  // The suggestions are options; Enter in the field picks the first (as a screen-reader user does in a combobox).
  assert.equal(await page.getByRole('option', { name: '13 计算机程序设计员', exact: true }).count(), 1);
  await page.keyboard.press('Enter');
  await until('the occupation is chosen', async () => (await textbox(page, '培训工种').inputValue()) === '计算机程序设计员');
  await choose(page, '培训方式', '集中培训');
  await until('online hours are gone', async () => (await textbox(page, '培训学时（线上）').count()) === 0);
  await typeInto(page, '培训机构', '长春市职业技能培训中心');
  await typeInto(page, '培训学时（线下）', '100');
  await typeInto(page, '培训地点', '绿园区培训基地');
  await typeInto(page, '开户银行', '工商银行长春绿园支行');
  await typeInto(page, '银行账号', '6222020200112233445');
  await choose(page, '参训人员类别', 0);
  await typeInto(page, '培训时间（起）', '2026-03-16');
  await typeInto(page, '培训时间（止）', '2026-04-30');
  await choose(page, '企业所在区县', '绿园区');
  await choose(page, '企业性质', 2);

  // The roster: two rows, each cell a text box named by its row and column.
  const people = [['张伟', residentId('22010419800110001'), '13804311234'], ['李娜', residentId('22010419810211002'), '13904312345']];
  const add = button(page, '添加一行');
  await add.focus();
  for (let i = 1; i <= people.length; i++) {
    await press(add);
    await until(`row ${i}`, async () => (await textbox(page, `第${i}行 姓名`).count()) === 1);
  }
  for (let i = 0; i < people.length; i++) {
    await typeInto(page, `第${i + 1}行 姓名`, people[i][0]);
    await typeInto(page, `第${i + 1}行 身份证号`, people[i][1]);
    await typeInto(page, `第${i + 1}行 手机`, people[i][2]);
    const attendance = textbox(page, `第${i + 1}行 出勤率%`);
    await attendance.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('95');
    await until('attendance', async () => (await attendance.inputValue()) === '95');
  }
  // The roster is read as a table: column headers, then a row per person whose cells hold its fields.
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '身份证号' }) });
  assert.equal(await table.count(), 1, 'the roster is a table with a 身份证号 column header');
  for (const name of ['序号', '姓名', '身份证号', '手机'])
    assert.equal(await table.getByRole('columnheader', { name, exact: true }).count(), 1, `column header ${name}`);
  const rows = table.getByRole('row');
  await until('a header row and a row per person', async () => (await rows.count()) === people.length + 1);
  for (let i = 0; i < people.length; i++) {
    const row = rows.nth(i + 1);
    assert.equal(await row.getByRole('cell').first().textContent(), String(i + 1), `row ${i + 1} starts with its 序号`);
    assert.equal(await row.getByRole('cell').getByRole('textbox', { name: `第${i + 1}行 身份证号` }).inputValue(), people[i][1]);
    assert.equal(await row.getByRole('button', { name: `删除第${i + 1}行` }).count(), 1, `row ${i + 1} has its delete button`);
  }
  await until('no error left (warnings may stay)', async () => {
    const t = await mirrorText(page);
    return t.includes('没有需要修正的内容') || t.includes('提交前需要修正：0 处错误');
  })
    .catch(async (e) => assert.fail(`${e.message}: ${(await mirrorText(page)).split('\n').filter((l) => l.includes('错误') || l.includes('invalid')).join(' | ')}`));
  const submit = button(page, '提交');
  await until('提交 is enabled', async () => (await submit.getAttribute('aria-disabled')) === null);
  await page.screenshot({ path: path.join(artifactsDir, 'a11y-training-complete.png') });
  await submit.focus();
  await press(submit);

  // The server has it once; its receipt number is read back in the mirror.
  const login = await fetch(`http://127.0.0.1:${port}/api/v1/login`, { method: 'POST', body: JSON.stringify({ login: 'wangfang', password }) });
  const { token } = await login.json();
  const list = await until('the submission arrived', async () => {
    const r = await fetch(`http://127.0.0.1:${port}/api/v1/submissions?since=0`, { headers: { Authorization: `Bearer ${token}` } });
    const body = await r.json();
    return body.items && body.items.length ? body.items : null;
  }, 60000);
  assert.equal(list.length, 1);
  assert.match(list[0].receipt, /^CC-\d{8}-\d{6,}$/);
  await until('the receipt is read in the mirror', async () => (await mirrorText(page)).includes(list[0].receipt), 30000);
  // 提交 gave way to the submission's state: the focus stays in the mirror, on the element before it.
  assert.equal(await page.evaluate(() => document.activeElement.closest('#a11y-root') && document.activeElement.textContent),
               '打印预览', 'the focus moved to the element before 提交');
  await page.screenshot({ path: path.join(artifactsDir, 'a11y-training-submitted.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
