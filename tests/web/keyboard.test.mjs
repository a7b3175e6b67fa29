// Keyboard only (issue 12, part 2), on the production build at 1366×800: no
// mouse, no touch, no element clicks. From 首页, Tab to 登录与发件箱 and log in;
// Tab to 新建 企业职工培训申请表 (the focus lands in its first field); fill every
// required field by typing, pick options with the arrow keys and Enter, pick the
// 工种 suggestion with Enter; add trainees with the 粘贴行 button (Enter) and by
// typing in the roster; submit with Enter; the submission arrives on the server
// (checked through its API). Widgets are found through the accessibility mirror
// (getByRole); where the keyboard focus is, is read from the screen: the focus
// ring drawn around the widget (so visible focus is checked on every step).
// Every screen is reached by keyboard and shot at 1366×800.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, createAccount, launchBrowser, openApp, artifactsDir, prodWebRoot, pngPixels } from './harness.mjs';
import { residentId } from './input.mjs';

const viewport = { width: 1366, height: 800 };
const uscc = '91220102MA0000015Y';
const orgName = '长春市绿园区精工机械有限公司';
const password = 'keyboard only 2026';
const ring = [0x00, 0x40, 0xB0];  // ImGuiCol_NavCursor (ui/app.cpp kFocusRingColor)
let server, chrome;

before(async () => {
  server = await startServer({ root: process.env.SKILLAID_KEYBOARD_ROOT || prodWebRoot });
  createAccount(server.dataDir, { uscc, orgName, login: 'jianpan', password });
  chrome = await launchBrowser();
});
after(async () => { await chrome?.close(); await server?.stop(); });

const shot = (page, name) => page.screenshot({ path: path.join(artifactsDir, `keyboard-${name}.png`) });

// Waits until the app has drawn `n` more frames (frames on demand: input wakes it).
async function frames(page, n = 2) {
  const start = await page.evaluate(() => Number(document.body.dataset.frames || 0));
  await page.waitForFunction(([s, k]) => Number(document.body.dataset.frames || 0) >= s + k, [start, n], { timeout: 2000 })
    .catch(() => {});  // idle: nothing more to draw
}

async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await frames(page);
  }
}

// Pixels of the focus ring colour in the band just outside `box` (the ring is
// drawn 3-5 px outside the widget): a screenshot of that band, taken through the
// DevTools protocol and decoded here (no round trips to a page busy drawing).
async function ringPixels(page, box) {
  const m = 7;
  const x0 = Math.max(0, Math.floor(box.x - m)), y0 = Math.max(0, Math.floor(box.y - m));
  const clip = { x: x0, y: y0, width: Math.ceil(box.x + box.width + m) - x0, height: Math.ceil(box.y + box.height + m) - y0, scale: 1 };
  const cdp = cdpSessions.get(page) || cdpSessions.set(page, await page.context().newCDPSession(page)).get(page);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip });
  const img = pngPixels(Buffer.from(data, 'base64'));
  const inner = { x: box.x - x0, y: box.y - y0, w: box.width, h: box.height };
  let n = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (x >= inner.x && x < inner.x + inner.w && y >= inner.y && y < inner.y + inner.h) continue;
      const i = (y * img.width + x) * img.channels;
      const d = img.data;
      if (Math.abs(d[i] - ring[0]) + Math.abs(d[i + 1] - ring[1]) + Math.abs(d[i + 2] - ring[2]) < 60) n++;
    }
  }
  return n;
}
const cdpSessions = new Map();

// Where the DOM focus is, as the mirror tells it (web/a11y.js), and the widget's rectangle:
// where is 'target' (the locator's element, or the IME bridge editing that field), 'other'
// (another mirror element, or the bridge editing another field: the app's focus follows the
// mirror's), 'unknown' (the page, an idle bridge) or 'absent' (no single element matches).
function domFocus(locator) {
  return locator.evaluateAll((els) => {
    if (els.length !== 1) return { where: 'absent' };
    const r = els[0].getBoundingClientRect();
    const box = { x: r.x, y: r.y, width: r.width, height: r.height };
    const a = document.activeElement;
    if (a === els[0]) return { where: 'target', box };
    if (a && a.id === 'ime-bridge') {
      const label = a.getAttribute('aria-label') || '';
      if (!label.startsWith('正在输入：')) return { where: 'unknown', box };
      return { where: label === '正在输入：' + els[0].getAttribute('aria-label') ? 'target' : 'other', box };
    }
    return { where: a && a.closest('#a11y-root') ? 'other' : 'unknown', box };
  });
}

// True when the focus ring surrounds the widget `box` (or the locator's): most of its perimeter is ring-coloured.
async function focused(page, locator, box) {
  box = box || await locator.boundingBox();
  if (!box || box.y < 0 || box.x < 0 || box.y + box.height > viewport.height || box.x + box.width > viewport.width) return false;
  return await ringPixels(page, box) >= (box.width + box.height) * 2;
}

// Tab (or Shift+Tab) until the focus ring is on `locator`. The ring is looked for on the screen
// wherever the DOM focus may be on the widget; a step whose DOM focus is on another widget of
// the mirror moves on without a look.
async function tabTo(page, locator, { back = false, max = 60 } = {}) {
  for (let i = 0; i <= max; i++) {
    const { where, box } = await domFocus(locator);
    if (where === 'target' || where === 'unknown') {
      if (await focused(page, locator, box)) return i;
      // The DOM focus is on it, the ring follows a frame or two later (its scroll too).
      for (let look = 0; where === 'target' && look < 2; look++) {
        await frames(page, 2);
        if (await focused(page, locator)) return i;
      }
    }
    await press(page, back ? 'Shift+Tab' : 'Tab');
    await frames(page, 3);  // the move resolves a frame later, its scroll the frame after
  }
  await shot(page, 'lost');
  const active = await page.evaluate(() => document.activeElement && document.activeElement.outerHTML.slice(0, 200));
  assert.fail(`the keyboard focus never reached ${locator}: ${JSON.stringify(await locator.boundingBox())}, DOM focus ${active}`);
}

const mirror = (page) => page.locator('#a11y-root');
const button = (page, name) => mirror(page).getByRole('button', { name, exact: true });
const textbox = (page, name) => mirror(page).getByRole('textbox', { name, exact: true });
const combobox = (page, name) => mirror(page).getByRole('combobox', { name, exact: true });

// The text field with the focus is being edited (Tab activates fields): replace its text.
async function typeInto(page, name, text) {
  const box = textbox(page, name);
  await tabTo(page, box);
  // The element with the DOM focus (the IME bridge) is named by the field, for a screen reader.
  await assert.doesNotReject(() => page.waitForFunction((n) => document.activeElement.getAttribute('aria-label') === '正在输入：' + n, name,
                                                        { timeout: 3000 }), `the focused input is named ${name}`);
  await press(page, 'Control+A');
  await press(page, 'Delete');
  await page.keyboard.insertText(text);
  await frames(page);
  await assert.doesNotReject(() => page.waitForFunction(([n, t]) => {
    const el = [...document.querySelectorAll('#a11y-root input, #a11y-root textarea')].find((e) => e.getAttribute('aria-label') === n);
    return el && el.value === t;
  }, [name, text], { timeout: 5000 }), `${name} holds ${text}`);
}

// A combo: Tab to it, Enter opens it, Down moves to option `index`, Enter picks it.
async function choose(page, name, index, expected) {
  const combo = combobox(page, name);
  await tabTo(page, combo);
  await press(page, 'Enter');
  await press(page, 'ArrowDown', index);
  await press(page, 'Enter');
  await frames(page, 3);
  assert.equal((await combo.textContent()).trim(), expected, `${name}: ${expected}`);
}

test('keyboard only: every screen, log in, fill and submit a training application', { timeout: 300000 }, async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  await page.waitForFunction(() => document.body.dataset.a11y === '1', null, { timeout: 10000 });
  await page.waitForFunction(() => document.body.dataset.fullFont, null, { timeout: 30000 }).catch(() => {});  // every hanzi
  if (!process.env.SKILLAID_KEYBOARD_ROOT)
    assert.equal(await page.evaluate(() => typeof window.skillaidTest), 'undefined', 'the production build has no test hooks');
  await shot(page, 'home');

  // Every screen from the sidebar: Tab to its button, Enter.
  for (const [name, file] of [['快速测算', 'quick-estimate'], ['工种目录', 'catalog'], ['时限计算', 'deadlines'],
                              ['草稿编辑', 'draft-empty'], ['显示设置', 'display']]) {
    await tabTo(page, button(page, name));
    await press(page, 'Enter');
    await frames(page, 3);
    await shot(page, file);
  }

  // 登录与发件箱: Enter moves the focus into the screen (its first field).
  await tabTo(page, button(page, '登录与发件箱'), { back: true });
  await press(page, 'Enter');
  await typeInto(page, '账号', 'jianpan');
  await tabTo(page, textbox(page, '密码'));
  await page.keyboard.insertText(password);
  await frames(page);
  await shot(page, 'login');
  await press(page, 'Enter');  // Enter in the password field logs in
  await button(page, '退出').waitFor({ timeout: 15000 });  // logged in
  await shot(page, 'logged-in');

  // 首页 → 新建 企业职工培训申请表; the focus lands in 企业名称, ready for typing.
  await tabTo(page, button(page, '首页'), { back: true });
  await press(page, 'Enter');
  await tabTo(page, button(page, '企业职工培训申请表'));
  await press(page, 'Enter');
  await mirror(page).getByRole('heading', { name: '企业职工培训申请表' }).waitFor({ timeout: 10000 });
  await frames(page, 3);
  await shot(page, 'draft-opened');
  assert.ok(await focused(page, textbox(page, '企业名称')), 'opening the draft focuses its first field');
  await page.keyboard.insertText(orgName);
  await frames(page);

  await typeInto(page, '地址', '长春市绿园区东风大街1号');
  await choose(page, '培训类型', 0, await optionName(page, '培训类型', 0));
  // 工种: type, the list opens with its first row highlighted, Down moves, Enter picks.
  await typeInto(page, '培训工种', '程序设计');
  await press(page, 'ArrowDown');
  await press(page, 'ArrowUp');
  await press(page, 'Enter');
  await frames(page, 3);
  assert.equal(await textbox(page, '培训工种').inputValue(), '计算机程序设计员', 'Enter picks the highlighted suggestion');
  await choose(page, '培训方式', 0, '集中培训');
  await typeInto(page, '培训机构', '长春市职业技能培训中心');
  await typeInto(page, '培训学时（线下）', '100');
  await typeInto(page, '培训地点', '绿园区培训基地');
  await typeInto(page, '开户银行', '工商银行长春绿园支行');
  await typeInto(page, '银行账号', '6222020200112233446');
  await choose(page, '参训人员类别', 0, await optionName(page, '参训人员类别', 0));
  await typeInto(page, '培训时间（起）', '2026-03-16');
  await typeInto(page, '培训时间（止）', '2026-04-30');
  await choose(page, '企业所在区县', 4, '绿园区');
  await choose(page, '企业性质', 2, await optionName(page, '企业性质', 2));
  await shot(page, 'form');

  // Trainees: rows copied from a spreadsheet, pasted with the 粘贴行 button (Enter).
  const people = [['张伟', residentId('22010419800110001'), '13804311234'], ['李娜', residentId('22010419810211002'), '13904312345']];
  await page.evaluate((t) => navigator.clipboard.writeText(t),
                      people.map((p) => [...p, '95', '是'].join('\t')).join('\r\n') + '\r\n');
  await tabTo(page, button(page, '粘贴行'));
  await press(page, 'Enter');
  await mirror(page).getByText(/培训人数 2 人/).waitFor({ timeout: 10000 });
  await frames(page, 3);
  await shot(page, 'roster');

  // Nothing left to fix; 提交 (back up the page with Shift+Tab) and Enter.
  await mirror(page).getByText(/提交前需要修正/).waitFor({ state: 'detached', timeout: 10000 }).catch(() => {});
  const submit = button(page, '提交');
  await page.waitForFunction(() => {
    const b = [...document.querySelectorAll('#a11y-root button')].find((e) => e.textContent === '提交');
    return b && b.getAttribute('aria-disabled') !== 'true';
  }, null, { timeout: 10000 });
  await tabTo(page, submit, { back: true });
  await shot(page, 'submit-focused');
  await press(page, 'Enter');

  // The server has it, once, from this organisation.
  const api = (p) => `${server.url}api/v1${p}`;
  const login = await fetch(api('/login'), { method: 'POST', body: JSON.stringify({ login: 'jianpan', password }) });
  const { token } = await login.json();
  let items = [];
  for (const t0 = Date.now(); Date.now() - t0 < 30000 && items.length === 0; await page.waitForTimeout(300)) {
    const r = await fetch(api('/submissions?since=0'), { headers: { Authorization: `Bearer ${token}` } });
    items = (await r.json()).items;
  }
  assert.equal(items.length, 1, 'the submission arrived');
  const detail = await (await fetch(api(`/submissions/${items[0].id}`), { headers: { Authorization: `Bearer ${token}` } })).json();
  assert.equal(detail.submitted.organisation.uscc, uscc);
  await frames(page, 3);
  await shot(page, 'submitted');
  assert.deepEqual(errors, []);
  await context.close();
});

// The name of option `index` of a combo, read from the mirror while it is open (Esc closes it).
async function optionName(page, name, index) {
  const combo = combobox(page, name);
  await tabTo(page, combo);
  await press(page, 'Enter');
  const options = mirror(page).getByRole('option');
  await options.first().waitFor({ timeout: 5000 });
  const text = (await options.nth(index).textContent()).trim();
  await press(page, 'Escape');
  await frames(page, 2);
  assert.equal(await options.count(), 0, 'Esc closes the combo');
  return text;
}
