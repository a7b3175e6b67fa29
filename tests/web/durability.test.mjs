// Browser tests of issue 13 part 6 (nothing typed is lost, docs/offline.md):
// a reload 100 ms after the last key keeps the text (the pagehide journal);
// two tabs of one browser: the second waits, takes over cleanly and sees the
// first one's text; a browser that refuses storage says so and offers the
// draft as a file, which 导入草稿文件 reads back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, openApp, item, clickItem } from './harness.mjs';
import { type, hookText } from './input.mjs';

const viewport = { width: 1280, height: 1000 };
let server, chrome;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skillaid-durability-'));
before(async () => { server = await startServer(); chrome = await launchBrowser(); });
after(async () => { await chrome?.close(); await server?.stop(); fs.rmSync(tmp, { recursive: true, force: true }); });

const ready = (page) => page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });

// A second page of the same browser context (same IndexedDB, locks and channels).
async function openTab(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await ready(page);
  return { page, errors };
}

async function newTrainingDraft(page) {
  await clickItem(page, 'nav.home');
  await clickItem(page, 'new.training_application');
  await hookText(page, 'save_state', (t) => t === 'saved');
}

// Keys typed into the active field one by one (ASCII reaches ImGui as key events).
async function typeMore(page, key, more) {
  const before = (await item(page, key)).text;
  await page.keyboard.type(more);
  await hookText(page, key, (t) => t === before + more);
}

async function openFirstDraft(page) {
  await clickItem(page, 'nav.home');
  await hookText(page, 'drafts_count', (t) => t === '1');
  await clickItem(page, 'draft.0.open');
}

test('a reload 100 ms after the last key keeps the text', async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport });
  await page.waitForFunction(() => document.body.dataset.storage === 'idbfs');
  await newTrainingDraft(page);
  await type(page, 'company_name', '长春速存科技有限公司');
  await page.keyboard.type('ABC');
  await page.waitForTimeout(100);
  // Within the 500 ms autosave delay: only the pagehide flush can keep it.
  const [state, typed] = await page.evaluate(() => [window.skillaidTest.items.save_state.text,
                                                   window.skillaidTest.items.company_name.text]);
  await page.reload();
  assert.equal(typed, '长春速存科技有限公司ABC', 'the keys reached the field');
  assert.equal(state, 'dirty', 'reloaded before the autosave');
  await ready(page);
  await openFirstDraft(page);
  assert.equal(await hookText(page, 'company_name', (t) => t !== ''), '长春速存科技有限公司ABC');
  // The journal is dropped once IndexedDB has the draft.
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('skillaid-journal:')), null,
                             { timeout: 10000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs: the second waits, takes over with the first one\'s text, the first turns read-only', async () => {
  const { page: a, context, errors } = await openApp(chrome.browser, server.url, { viewport });
  assert.equal(await a.evaluate(() => document.body.dataset.tab), 'writer');
  await newTrainingDraft(a);
  await type(a, 'company_name', '吉林省双签培训有限公司');

  const { page: b, errors: errorsB } = await openTab(context);
  assert.equal(await b.evaluate(() => document.body.dataset.tab), 'reader');
  assert.match(await b.locator('#tab-lock').innerText(), /此应用已在另一个标签页中打开/);
  await b.locator('#tab-lock-continue').waitFor();
  // A keeps typing; B takes no input and never writes IndexedDB.
  await a.bringToFront();
  await clickItem(a, 'company_name', 200);
  await a.keyboard.press('End');
  await typeMore(a, 'company_name', 'XY');
  assert.equal(await b.evaluate(() => document.body.dataset.synced || '0'), '0', 'the waiting tab does not sync');

  // Take over in B right after A's last key (before A's autosave).
  await b.bringToFront();
  await Promise.all([b.waitForEvent('load'), b.locator('#tab-lock-continue').click()]);
  await ready(b);
  await b.waitForFunction(() => document.body.dataset.tab === 'writer');
  await openFirstDraft(b);
  assert.equal(await hookText(b, 'company_name', (t) => t !== ''), '吉林省双签培训有限公司XY');
  assert.equal(await a.evaluate(() => document.body.dataset.tab), 'taken');
  assert.match(await a.locator('#tab-lock').innerText(), /只读/);

  // And back: B's edit reaches A when A takes over again.
  await clickItem(b, 'company_name', 200);
  await b.keyboard.press('End');
  await typeMore(b, 'company_name', 'Z');
  await a.bringToFront();
  await Promise.all([a.waitForEvent('load'), a.locator('#tab-lock-continue').click()]);
  await ready(a);
  await a.waitForFunction(() => document.body.dataset.tab === 'writer');
  await openFirstDraft(a);
  assert.equal(await hookText(a, 'company_name', (t) => t !== ''), '吉林省双签培训有限公司XYZ');
  await b.waitForFunction(() => document.body.dataset.tab === 'taken');
  assert.deepEqual([...errors, ...errorsB], []);
  await context.close();
});

test('storage refused (quota, private mode): a plain notice, the draft as a file, imported back', async () => {
  // Quota: every IndexedDB write is refused.
  const quota = await chrome.browser.newContext({ viewport, acceptDownloads: true });
  await quota.addInitScript(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('quota', 'QuotaExceededError'); };
  });
  const q = await quota.newPage();
  await q.goto(server.url);
  await ready(q);
  await newTrainingDraft(q);
  await type(q, 'company_name', '长春拒存有限公司');
  await hookText(q, 'save_state', (t) => t === 'saved');
  const box = q.locator('#storage-refused');
  await box.waitFor();
  assert.match(await box.innerText(), /浏览器拒绝保存.*草稿仅在本页面中.*请下载草稿文件/s);
  assert.equal(await q.evaluate(() => document.body.dataset.storageRefused), 'QuotaExceededError');
  const [download] = await Promise.all([q.waitForEvent('download'), box.locator('button').click()]);
  const file = path.join(tmp, 'refused.json');
  await download.saveAs(file);
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(saved.format, 'skillaid-draft');
  assert.equal(saved.body.company_name, '长春拒存有限公司');
  await quota.close();

  // Private mode: IndexedDB cannot be opened at all.
  const priv = await chrome.browser.newContext({ viewport });
  await priv.addInitScript(() => {
    IDBFactory.prototype.open = function () { throw new DOMException('no storage', 'InvalidStateError'); };
  });
  const p = await priv.newPage();
  await p.goto(server.url);
  await ready(p);
  assert.equal(await p.evaluate(() => document.body.dataset.storage), 'memory');
  assert.match(await p.locator('#storage-refused').innerText(), /浏览器拒绝保存/);
  await priv.close();

  // The file goes back in through 导入草稿文件 (a normal browser).
  const { page: other, context: normal } = await openApp(chrome.browser, server.url, { viewport });
  const chooser = other.waitForEvent('filechooser');
  await clickItem(other, 'import_draft');
  await (await chooser).setFiles(file);
  await hookText(other, 'notice', (t) => /已导入草稿/.test(t));
  assert.equal(await hookText(other, 'company_name', (t) => t !== ''), '长春拒存有限公司');
  await normal.close();
});
