// Browser tests of the first screen (issue 2): the real page in headless
// Chromium, real input events at widget positions, text read back through the
// test hooks of the wasm-test build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launchBrowser, openApp, item, itemTextBecomes, clickItem, inkInRegion, artifactsDir } from './harness.mjs';

let server, chrome;
before(async () => { server = await startServer(); chrome = await launchBrowser(); });
after(async () => { await chrome?.close(); await server?.stop(); });

async function focusField(page) {
  await clickItem(page, 'org_name');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime-bridge', null, { timeout: 5000 });
}

test('the app reaches its ready state and draws the Chinese label', async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url);
  await page.waitForFunction(() => document.body.dataset.fullFont === '1', null, { timeout: 30000 });
  await page.waitForTimeout(100);
  await page.screenshot({ path: path.join(artifactsDir, 'first-screen.png') });
  const label = await item(page, 'org_name_label');
  assert.equal(label.text, '单位名称');
  assert.ok(label.width > 40 && label.height > 10, `label has a size: ${JSON.stringify(label)}`);
  const ink = await inkInRegion(page, { x: label.x, y: label.y, width: label.width, height: label.height });
  // Four hanzi drawn in the label's box: plenty of dark strokes. Missing
  // glyphs ('?' or nothing) leave far less ink.
  assert.ok(ink.dark / ink.total > 0.12, `ink ratio ${ink.dark}/${ink.total}`);
  const blank = await inkInRegion(page, { x: 600, y: 400, width: label.width, height: label.height });
  assert.equal(blank.dark, 0, 'an empty region has no ink');
  assert.deepEqual(errors, []);
  await context.close();
});

test('ASCII typed with the keyboard lands in the ImGui field', async () => {
  const { page, context } = await openApp(chrome.browser, server.url);
  await focusField(page);
  await page.keyboard.type('Acme 2026!');
  assert.equal(await itemTextBecomes(page, 'org_name', 'Acme 2026!'), 'Acme 2026!');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  assert.equal(await itemTextBecomes(page, 'org_name', 'Acme 202'), 'Acme 202');
  await context.close();
});

test('Chinese committed through the IME bridge lands exactly, composition shown meanwhile', async () => {
  const { page, context } = await openApp(chrome.browser, server.url);
  await focusField(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'changchun', selectionStart: 9, selectionEnd: 9 });
  await page.waitForFunction(() => document.getElementById('ime-preedit').textContent === 'changchun');
  const preedit = await page.evaluate(() => getComputedStyle(document.getElementById('ime-preedit')).display);
  assert.equal(preedit, 'block', 'the pre-edit string is visible while composing');
  await page.screenshot({ path: path.join(artifactsDir, 'ime-composing.png') });
  assert.equal((await item(page, 'org_name')).text, '', 'nothing reaches the field before the commit');
  await cdp.send('Input.insertText', { text: '长春市' });
  assert.equal(await itemTextBecomes(page, 'org_name', '长春市'), '长春市');
  // A second composition, then text inserted without composition (voice input, paste-like).
  await cdp.send('Input.imeSetComposition', { text: 'qiche', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.insertText', { text: '汽车' });
  await page.keyboard.insertText('培训中心（一汽）');
  assert.equal(await itemTextBecomes(page, 'org_name', '长春市汽车培训中心（一汽）'), '长春市汽车培训中心（一汽）');
  // Backspace deletes whole characters, not bytes.
  await page.keyboard.press('Backspace');
  assert.equal(await itemTextBecomes(page, 'org_name', '长春市汽车培训中心（一汽'), '长春市汽车培训中心（一汽');
  await page.screenshot({ path: path.join(artifactsDir, 'ime-committed.png') });
  await context.close();
});

test('the button records the typed name', async () => {
  const { page, context } = await openApp(chrome.browser, server.url);
  await focusField(page);
  await page.keyboard.insertText('吉林省技工学校');
  await page.keyboard.press('Tab');  // leave the field
  await clickItem(page, 'start');
  assert.equal(await itemTextBecomes(page, 'greeting', '吉林省技工学校'), '吉林省技工学校');
  await context.close();
});

test('clipboard: paste from the browser into the field, copy from the field to the browser', async () => {
  const { page, context } = await openApp(chrome.browser, server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.evaluate(() => navigator.clipboard.writeText('长春新区人社局'));
  await focusField(page);
  await page.keyboard.press('Control+V');
  assert.equal(await itemTextBecomes(page, 'org_name', '长春新区人社局'), '长春新区人社局');
  await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) === '长春新区人社局', null, { timeout: 5000 });
  await context.close();
});

test('the canvas follows the window size and devicePixelRatio', async () => {
  const { page, context } = await openApp(chrome.browser, server.url, { viewport: { width: 640, height: 480 }, deviceScaleFactor: 2 });
  const size = () => page.evaluate(() => ({ w: document.getElementById('canvas').width, h: document.getElementById('canvas').height }));
  assert.deepEqual(await size(), { w: 1280, h: 960 });
  await page.setViewportSize({ width: 800, height: 500 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 1600, null, { timeout: 5000 });
  assert.deepEqual(await size(), { w: 1600, h: 1000 });
  // Hit-testing still matches the drawing at 2x: click and type.
  await focusField(page);
  await page.keyboard.type('hidpi');
  assert.equal(await itemTextBecomes(page, 'org_name', 'hidpi'), 'hidpi');
  await page.screenshot({ path: path.join(artifactsDir, 'hidpi.png') });
  await context.close();
});

test('a readable error when WebGL2 or WebAssembly is missing', async () => {
  const cases = [
    { script: () => { const get = HTMLCanvasElement.prototype.getContext; HTMLCanvasElement.prototype.getContext = function (k, ...a) { return k === 'webgl2' ? null : get.call(this, k, ...a); }; }, expect: /WebGL2/ },
    { script: () => { delete window.WebAssembly; }, expect: /WebAssembly/ },
  ];
  for (const c of cases) {
    const context = await chrome.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(c.script);
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.error, null, { timeout: 10000 });
    const text = await page.locator('#status-text').innerText();
    assert.match(text, c.expect);
    assert.match(text, /浏览器/);
    assert.ok(await page.locator('#status').isVisible());
    await context.close();
  }
});

test('a loading indicator is shown until the app is ready', async () => {
  const context = await chrome.browser.newContext();
  const page = await context.newPage();
  await page.route(/\/skillaid\.[0-9a-f]{10}\.wasm$/, async (route) => { await new Promise((r) => setTimeout(r, 800)); await route.continue(); });
  await page.goto(server.url);
  assert.ok(await page.locator('#status').isVisible(), 'status box visible while loading');
  assert.match(await page.locator('#status-text').innerText(), /正在加载/);
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
  assert.equal(await page.locator('#status').isVisible(), false);
  await context.close();
});
