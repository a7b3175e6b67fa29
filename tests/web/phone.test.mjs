// Phones and touch (issue 12, docs/access.md "Phones and touch") on the PRODUCTION
// build (no test hooks): a 390×844 touch screen (isMobile, devicePixelRatio 3),
// real touch events only (page.touchscreen.tap; swipes as CDP touchStart /
// touchMove / touchEnd). Widgets are found through the accessibility mirror
// (getByRole(...).boundingBox() is the widget's rectangle on the canvas).
// Covered: every screen reached from the 菜单, nothing off the right edge (offRight());
// a long form and a 500-row roster scrolled by swiping (tap told apart from
// drag, inertia, a drag never presses a button, the roster scrolls sideways
// with the ID whole); number fields ask for the numeric keyboard; the active
// field stays in view when the viewport shrinks; a training application filled
// and submitted by touch after logging in. Screenshots: tests/artifacts/web/phone-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, artifactsDir, serverBinary, prodWebRoot } from './harness.mjs';
import { residentId } from './input.mjs';

const root = process.env.SKILLAID_PHONE_ROOT || prodWebRoot;  // another build while developing
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 };
const limit = { timeout: 300000 };
const uscc = '91220102MA0000011J';
const orgName = '长春一汽富维汽车零部件有限公司';
const password = 'phone touch password 2026';
const kinds = ['企业职工培训申请表', '开班申请', '补贴资金申请', '职业技能竞赛方案', '网络线上培训第三方监管平台申请表'];
const screens = ['首页', '快速测算', '工种目录', '时限计算', '草稿编辑', '登录与发件箱'];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skillaid-phone-'));
const dataDir = path.join(tmp, 'data');
let chrome, server, port;

function admin(...args) {
  const input = args[args.length - 1] === '--password-stdin' ? password + '\n' : '';
  return JSON.parse(execFileSync(serverBinary, ['admin', '--data-dir', dataDir, ...args], { input }).toString());
}

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

before(async () => {
  for (const f of [serverBinary, path.join(root, 'index.html')])
    assert.ok(fs.existsSync(f), `${f} is missing: build with the README's test command first`);
  port = await freePort();
  admin('create-org', '--uscc', uscc, '--name', orgName);
  admin('create-user', '--uscc', uscc, '--login', 'lisi', '--password-stdin');
  const child = spawn(serverBinary, ['--port', String(port), '--web-root', root, '--data-dir', dataDir],
                      { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  for (let i = 0; i < 100 && !log.includes('"listening"'); i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  server = child;
  chrome = await launchBrowser();
});
after(async () => {
  await chrome?.close();
  if (server && server.exitCode === null) await new Promise((r) => { server.on('exit', r); server.kill('SIGTERM'); });
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function openPhone() {
  const context = await chrome.browser.newContext(phone);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => document.body.dataset.ready === '1' || document.body.dataset.error, null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.body.dataset.error || null), null);
  const cdp = await context.newCDPSession(page);
  return { context, page, errors, cdp };
}

// ---- The mirror: widgets by role and name, their rectangles in CSS px ----
function widget(page, role, name, nth = 0) {
  return page.getByRole(role, { name, exact: true }).nth(nth);
}
async function box(locator, what) {
  if (typeof locator === 'function') return locator();
  await locator.waitFor({ state: 'attached', timeout: 10000 }).catch(() => {});
  const b = await locator.boundingBox();
  assert.ok(b, `${what || locator}: not in the mirror`);
  return b;
}
// Waits until the app has drawn `n` more frames, or has paused with nothing more to draw: it draws
// on animation frames (frames on demand), so a count that stays put over three of them is a pause.
function frames(page, n = 3) {
  return page.evaluate((k) => new Promise((resolve) => {
    const count = () => Number(document.body.dataset.frames || 0);
    const start = count();
    let last = start, still = 0;
    const tick = () => {
      const f = count();
      still = f === last ? still + 1 : 0;
      last = f;
      if (f >= start + k || still >= 3) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), n);
}

// ---- Touch ----
async function tap(page, locator, what) {
  const b = await box(locator, what);
  await page.touchscreen.tap(b.x + Math.min(b.width / 2, 40), b.y + b.height / 2);
  await frames(page, 3);  // the press and the release reach ImGui a frame apart, what they did is drawn the frame after
  return b;
}
// A swipe of the finger from (x0, y0) to (x1, y1): `steps` moves `stepMs` apart, then `hold` ms
// still before the lift (a slow drag: no glide; 0 flings). The events carry these times as their
// timestamps, so a loaded machine that delivers them late still sees the same gesture. The moves
// are sent as a finger makes them, without waiting for the page to handle each one (a busy page
// gets them together, as from a real finger); the lift follows them.
let clock = 0;
async function swipe(page, cdp, x0, y0, x1, y1, { steps = 12, stepMs = 16, hold = 150 } = {}) {
  const point = (x, y) => [{ x: Math.round(x), y: Math.round(y), radiusX: 4, radiusY: 4, force: 1, id: 1 }];
  let t = clock = Math.max(Date.now() / 1000, clock + 0.05);
  const send = (type, touchPoints) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints, timestamp: t });
  await send('touchStart', point(x0, y0));
  const moves = [];
  for (let i = 1; i <= steps; i++) {
    t += stepMs / 1000;
    moves.push(send('touchMove', point(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps)));
  }
  await Promise.all(moves);
  t += hold / 1000;
  await send('touchEnd', []);
  clock = t;
  if (hold === 0) await page.waitForTimeout(250);  // a fling: it glides on a while before what follows (a stopping touch)
  else await frames(page, 3);  // the scroll is applied, then the widgets are drawn (and mirrored) where it put them
}
// Waits until `get()` (a box) stops moving (a glide ends); returns the last box.
async function stable(page, get) {
  let last = await get();
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(250);
    const now = await get();
    if (Math.abs(now.y - last.y) < 0.5 && Math.abs(now.x - last.x) < 0.5) return now;
    last = now;
  }
  return last;
}
// Swipes the page until `locator` sits in the upper part of the screen; returns its box. The finger
// runs down the page's scrollbar lane at the right edge, beside any table that would scroll instead.
const lane = 372;
async function reveal(page, cdp, locator, what) {
  for (let i = 0; i < 12; i++) {
    const b = await box(locator, what);
    if (b.y > 90 && b.y + b.height < 600) return b;
    const dy = Math.max(-420, Math.min(420, 300 - b.y));
    await swipe(page, cdp, lane, dy < 0 ? 700 : 250, lane, (dy < 0 ? 700 : 250) + dy);
  }
  return box(locator, what);
}
// Taps a text box and types `text` as the on-screen keyboard would (insertText into the IME bridge).
async function typeInto(page, cdp, locator, text, what) {
  await reveal(page, cdp, locator, what);
  await tap(page, locator, what);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime-bridge', null, { timeout: 5000 })
    .catch(async (e) => { await shot(page, `lost-${what}`); throw e; });
  await page.keyboard.insertText(text);
  await page.waitForFunction(([el, t]) => el.value === t, [await locator.elementHandle(), text], { timeout: 5000 })
    .catch(() => {});
  assert.equal(await locator.inputValue(), text, `${what}: the field holds what was typed`);
}
async function choose(page, cdp, label, option) {
  const combo = widget(page, 'combobox', label);
  await reveal(page, cdp, combo, label);
  await tap(page, combo, label);
  await tap(page, widget(page, 'option', option), `${label}: ${option}`);
  await page.waitForFunction(([el]) => el.getAttribute('aria-expanded') !== 'true', [await combo.elementHandle()], { timeout: 3000 })
    .catch(() => {});
}
async function openMenu(page) {
  await tap(page, widget(page, 'button', '菜单'), '菜单');
  await widget(page, 'button', '首页').waitFor({ state: 'attached', timeout: 5000 });
}
async function goTo(page, title) {
  await openMenu(page);
  await tap(page, widget(page, 'button', title), title);
  await widget(page, 'button', '首页').waitFor({ state: 'detached', timeout: 5000 });  // the menu closed
}
async function shot(page, name) {
  await frames(page, 3);
  await page.screenshot({ path: path.join(artifactsDir, `phone-${name}.png`) });
}
// Mirror elements that run off the right edge: a widget (outside sideways-scrolling tables) not
// wholly within the screen's width, or a text cut off short: its rectangle (clipped to its window)
// narrower than the text it names. A line is 16 CSS px; a CJK character at least 0.8 of it wide.
// (Buttons are only placed: their names need not be their labels.)
async function offRight(page, width = phone.viewport.width) {
  return page.locator('#a11y-root [data-id]').evaluateAll((els, w) => {
    const line = 16;  // text scale 标准
    const out = [];
    for (const el of els) {
      if (el.classList.contains('a11y-group') || el.closest('[role="table"]')) continue;
      const r = el.getBoundingClientRect();
      const name = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim();
      if (r.width === 0 || !name) continue;
      let min = 0;
      for (const ch of name) min += ch.codePointAt(0) >= 0x2E80 ? line * 0.8 : line * 0.3;
      const lines = Math.max(1, Math.floor(r.height / line + 0.25));
      const text = !['BUTTON', 'INPUT', 'TEXTAREA'].includes(el.tagName) && !el.getAttribute('role')?.match(/^(combobox|option)$/);
      if (r.x < -0.5 || r.x + r.width > w + 0.5 || (text && r.width * lines < min * 0.9))
        out.push(`${name} ${JSON.stringify({ x: Math.round(r.x), width: Math.round(r.width), height: Math.round(r.height) })}`);
    }
    return out;
  }, width);
}
// Screen pixels of a region, to tell whether the content moved.
async function pixels(page, clip) {
  return (await page.screenshot({ clip })).toString('base64');
}

function rosterCsv(n) {
  const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许';
  const lines = ['姓名,身份证号,手机,出勤率,取得证书'];
  for (let i = 0; i < n; i++) {
    const id = residentId(`220104${1980 + (i % 20)}0${1 + (i % 9)}1${i % 10}${String(i).padStart(3, '0')}`);
    lines.push(`${surnames[i % 20]}建国${i},${id},1380431${String(i).padStart(4, '0')},${90 + (i % 11)}%,是`);
  }
  return lines.join('\r\n') + '\r\n';
}
async function importRoster(page, n) {
  const file = path.join(tmp, `roster-${n}.csv`);
  fs.writeFileSync(file, '\ufeff' + rosterCsv(n));
  const importButton = widget(page, 'button', '导入CSV…');
  const chooser = page.waitForEvent('filechooser');
  await tap(page, importButton, '导入CSV…');
  await (await chooser).setFiles(file);
}
async function newDraft(page, kind) {
  await goTo(page, '首页');
  await tap(page, widget(page, 'button', kind), kind);
  await widget(page, 'textbox', '企业名称').waitFor({ state: 'attached', timeout: 10000 });
}

test('every screen by touch from the 菜单; nothing runs off the right edge', limit, async () => {
  const { page, context, errors } = await openPhone();
  assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), true, 'a touch screen');
  await shot(page, 'home');
  for (const name of [...kinds, '导入草稿文件…', '菜单']) {
    const b = await box(widget(page, 'button', name), name);
    assert.ok(b.x >= 0 && b.x + b.width <= 390 + 0.5, `${name} fits the width: ${JSON.stringify(b)}`);
    assert.ok(b.height >= 43.5, `${name} is a touch target (≥ 44 CSS px tall): ${b.height}`);
  }
  await openMenu(page);
  await shot(page, 'menu');
  const seen = new Set();
  const all = [...screens];
  if (await widget(page, 'button', '显示设置').count()) all.push('显示设置');
  for (const [i, title] of all.entries()) {
    if (i > 0) await openMenu(page);
    const b = await box(widget(page, 'button', title), title);
    assert.ok(b.x >= 0 && b.x + b.width <= 390.5 && b.y + b.height <= 844, `${title} is on screen in the menu`);
    await tap(page, widget(page, 'button', title), title);
    await widget(page, 'button', '首页').waitFor({ state: 'detached', timeout: 5000 });  // the menu closed
    await shot(page, `screen-${i}`);
    assert.deepEqual(await offRight(page), [], `${title}: nothing runs off the right edge`);
    seen.add(await pixels(page, { x: 0, y: 50, width: 390, height: 400 }));
  }
  assert.equal(seen.size, all.length, 'each menu entry shows another screen');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a long form scrolls by swiping: tap ≠ drag, inertia, a drag presses nothing; numeric keyboard; field kept in view', limit, async () => {
  const { page, context, errors, cdp } = await openPhone();
  await newDraft(page, kinds[0]);
  await shot(page, 'training-top');
  const field = widget(page, 'textbox', '银行账号');
  const before = await box(field, '银行账号');
  // A slow drag of 300 px up moves the form by about 300 px (no glide).
  await swipe(page, cdp, 30, 650, 30, 350);
  const after1 = await box(field, '银行账号');
  assert.ok(Math.abs((before.y - after1.y) - 300) < 24, `the form follows the finger: ${before.y} → ${after1.y}`);
  // A drag that starts on a button presses nothing: 添加一行 adds no row.
  const add = widget(page, 'button', '添加一行');
  await reveal(page, cdp, add, '添加一行');
  const addBox = await box(add, '添加一行');
  const count = () => page.getByText(/^培训人数/).first().textContent();
  const rowsBefore = await count();
  await swipe(page, cdp, addBox.x + 20, addBox.y + addBox.height / 2, addBox.x + 20, addBox.y + addBox.height / 2 + 200);
  assert.equal(await count(), rowsBefore, 'dragging from 添加一行 did not press it');
  // A fling glides further than the finger went; a touch stops the glide.
  const at = () => box(field, '银行账号');
  const f0 = await at();
  await swipe(page, cdp, 30, 300, 30, 420, { steps: 6, stepMs: 16, hold: 0 });
  const f1 = await stable(page, at);
  const glide = f1.y - f0.y;
  assert.ok(glide > 180, `inertia: the form glided on after a 120 px fling (${f0.y} → ${f1.y})`);
  await swipe(page, cdp, 30, 600, 30, 480, { steps: 6, stepMs: 16, hold: 0 });
  await swipe(page, cdp, 4, 500, 4, 500, { steps: 1, hold: 30 });  // a touch on the margin stops the glide
  const g1 = await stable(page, at);
  assert.ok(f1.y - g1.y < glide - 40, `a touch stops the glide (${f1.y} → ${g1.y}, a whole glide: ${glide})`);
  await shot(page, 'training-scrolled');

  // The viewport shrinks (as under a virtual keyboard) while a low field is active: it stays in view.
  const bank = widget(page, 'textbox', '银行账号');
  await reveal(page, cdp, bank, '银行账号');
  await swipe(page, cdp, 30, 300, 30, 300 + Math.max(0, 760 - (await box(bank)).y));  // the field near the bottom
  const low = await box(bank, '银行账号');
  assert.ok(low.y > 500, `the field starts low: ${low.y}`);
  await tap(page, bank, '银行账号');
  await page.setViewportSize({ width: 390, height: 420 });
  await page.waitForTimeout(600);
  const kept = await box(bank, '银行账号');
  assert.ok(kept.y >= 0 && kept.y + kept.height <= 420, `the active field is above the keyboard: ${JSON.stringify(kept)}`);
  await page.screenshot({ path: path.join(artifactsDir, 'phone-keyboard.png') });
  await page.setViewportSize(phone.viewport);
  // Number fields bring up the numeric keyboard; a tap on a field focuses the bridge.
  const hours = widget(page, 'textbox', '培训学时（线下）');
  await reveal(page, cdp, hours, '培训学时（线下）');
  await tap(page, hours, '培训学时（线下）');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime-bridge', null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.getElementById('ime-bridge').getAttribute('inputmode')), 'numeric');
  const name = widget(page, 'textbox', '企业名称');
  await reveal(page, cdp, name, '企业名称');
  await tap(page, name, '企业名称');
  await page.waitForFunction(() => document.getElementById('ime-bridge').getAttribute('inputmode') === 'text', null, { timeout: 3000 })
    .catch(() => {});
  assert.equal(await page.evaluate(() => document.getElementById('ime-bridge').getAttribute('inputmode')), 'text');

  assert.deepEqual(errors, []);
  await context.close();
});

test('a 500-row roster scrolls by swiping, sideways too, with the 身份证号 whole; swipes delete nothing', limit, async () => {
  const { page, context, errors, cdp } = await openPhone();
  await newDraft(page, kinds[0]);
  await reveal(page, cdp, widget(page, 'button', '导入CSV…'), '导入CSV…');
  await importRoster(page, 500);
  await page.getByText('培训人数 500 人（来自参训人员名单）').waitFor({ state: 'attached', timeout: 20000 });
  const cells = () => page.locator('#a11y-root input').evaluateAll((els) => els.map((e) => e.value));
  // A mirror text box by its value (table cells): its rectangle, or null when not drawn.
  const byValue = (v) => async () => {
    const r = await page.locator('#a11y-root input').evaluateAll((els, value) => {
      const el = els.find((e) => e.value === value);
      if (!el) return null;
      const b = el.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }, v);
    assert.ok(r, `a cell holding ${v}`);
    return r;
  };
  const first = byValue('赵建国0');  // row 1's 姓名 cell
  await reveal(page, cdp, first, 'row 1 name');
  const cell = await box(first, 'row 1 name');
  await shot(page, 'roster-500');
  const id1 = rosterCsv(1).split('\r\n')[1].split(',')[1];
  const idCell = await box(byValue(id1), 'row 1 ID');
  assert.ok(idCell.width >= 150 && idCell.x + idCell.width <= 390, `the 身份证号 cell holds 18 digits on screen: ${JSON.stringify(idCell)}`);
  // Swipe up inside the table, over the rows (and their × buttons): later rows show, none deleted.
  for (let i = 0; i < 3; i++) await swipe(page, cdp, 200, cell.y + 250, 200, cell.y + 10);
  const shown = await cells();
  await shot(page, 'roster-500-scrolled');
  // (ImGui's clipper always draws row 1 to measure a row: it stays in the mirror, above the table's view.)
  const rows = shown.map((v) => /^.建国(\d+)$/.exec(v)).filter(Boolean).map((m) => Number(m[1]));
  assert.ok(rows.filter((r) => r >= 12).length >= 5, `the table scrolled on to later rows: ${rows}`);
  const row1 = await byValue('赵建国0')();
  assert.ok(row1.y + row1.height < cell.y, `row 1 moved up out of view: ${row1.y} (was ${cell.y})`);
  // Sideways: the columns right of 姓名 move left, the row's ID stays whole when in view.
  const table = { x: 0, y: cell.y, width: 390, height: 240 };  // rows of the table's view
  const idBefore = await byValue(id1)();
  const p0 = await pixels(page, table);
  await swipe(page, cdp, 330, cell.y + 120, 90, cell.y + 120);
  assert.notEqual(await pixels(page, table), p0, 'the table scrolled sideways');
  const idAfter = await byValue(id1)();
  assert.ok(idAfter.x < idBefore.x - 100, `the columns moved left: 身份证号 at ${idBefore.x} → ${idAfter.x}`);
  await shot(page, 'roster-500-sideways');
  assert.ok(await page.getByText('培训人数 500 人（来自参训人员名单）').count(), 'still 500 people: no swipe pressed ×');
  assert.deepEqual(errors, []);
  await context.close();
});

test('log in and submit a training application by touch', limit, async () => {
  const { page, context, errors, cdp } = await openPhone();
  await goTo(page, '登录与发件箱');
  await typeInto(page, cdp, widget(page, 'textbox', '账号'), 'lisi', '账号');
  await tap(page, widget(page, 'textbox', '密码'), '密码');
  await page.keyboard.insertText(password);
  await tap(page, widget(page, 'button', '登录'), '登录');
  await widget(page, 'button', '退出').waitFor({ state: 'attached', timeout: 15000 });
  await shot(page, 'login');

  await newDraft(page, kinds[0]);
  await typeInto(page, cdp, widget(page, 'textbox', '企业名称'), orgName, '企业名称');
  await typeInto(page, cdp, widget(page, 'textbox', '地址'), '长春市绿园区东风大街1号', '地址');
  await choose(page, cdp, '培训类型', '岗前培训');
  await typeInto(page, cdp, widget(page, 'textbox', '培训工种'), '程序设计', '培训工种');
  await tap(page, page.getByRole('option', { name: /计算机程序设计员/ }).first(), '工种 suggestion');
  await choose(page, cdp, '培训方式', '集中培训');
  await typeInto(page, cdp, widget(page, 'textbox', '培训机构'), '长春市职业技能培训中心', '培训机构');
  await typeInto(page, cdp, widget(page, 'textbox', '培训学时（线下）'), '100', '培训学时（线下）');
  await typeInto(page, cdp, widget(page, 'textbox', '培训地点'), '绿园区培训基地', '培训地点');
  await typeInto(page, cdp, widget(page, 'textbox', '开户银行'), '工商银行长春绿园支行', '开户银行');
  await typeInto(page, cdp, widget(page, 'textbox', '银行账号'), '6222020200112233445', '银行账号');
  await choose(page, cdp, '参训人员类别', '企业职工');
  await typeInto(page, cdp, widget(page, 'textbox', '培训时间（起）'), '2026-03-16', '培训时间（起）');
  await typeInto(page, cdp, widget(page, 'textbox', '培训时间（止）'), '2026-04-30', '培训时间（止）');
  await choose(page, cdp, '企业所在区县', '绿园区');
  await choose(page, cdp, '企业性质', '其他企业');
  await reveal(page, cdp, widget(page, 'button', '导入CSV…'), '导入CSV…');
  await importRoster(page, 2);
  await page.getByText('培训人数 2 人（来自参训人员名单）').waitFor({ state: 'attached', timeout: 10000 });
  await shot(page, 'training-filled');
  await page.getByText(/没有需要修正的内容|提交前需要修正：0 处错误/).first().waitFor({ state: 'attached', timeout: 10000 });

  // 提交 (at the top of the editor): the server receives it, once.
  await tap(page, widget(page, 'button', '提交'), '提交');
  const api = (p) => `http://127.0.0.1:${port}/api/v1${p}`;
  const token = (await (await fetch(api('/login'), { method: 'POST', body: JSON.stringify({ login: 'lisi', password }) })).json()).token;
  let items = [];
  for (const t0 = Date.now(); Date.now() - t0 < 60000 && items.length === 0; await page.waitForTimeout(500))
    items = (await (await fetch(api('/submissions?since=0'), { headers: { Authorization: `Bearer ${token}` } })).json()).items;
  assert.equal(items.length, 1, 'the application arrived at the server');
  await shot(page, 'submitted');
  // The notice with its × (关闭提示), the editor's 已提交 line and the summary's lines fit the width.
  await widget(page, 'button', '关闭提示').waitFor({ state: 'attached', timeout: 5000 });
  assert.deepEqual(await offRight(page), [], 'after submitting: nothing runs off the right edge');
  const issue = await box(page.getByRole('button', { name: /^提醒 · 银行账号/ }).first(), 'the summary\'s issue');
  assert.ok(issue.height >= 2 * 16 && issue.x + issue.width <= 390.5, `the summary's issue wraps to the width: ${JSON.stringify(issue)}`);
  assert.deepEqual(errors, []);
  await context.close();
});
