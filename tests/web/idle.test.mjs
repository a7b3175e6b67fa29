// Frames on demand (issue 12, docs/access.md "Frames on demand, text size and
// contrast"): an app left alone draws nothing; input, the network and its own
// timers (autosave) draw again, and what it shows does not go stale.
// document.body.dataset.frames counts the frames drawn (ui/web_platform.cpp).
// The first tests run on the production build (no test hooks); the ones that
// must find a widget use the test-hooks build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, item, clickItem, prodWebRoot, webRoot } from './harness.mjs';

const limit = { timeout: 180000 };
let chrome;
before(async () => { chrome = await launchBrowser(); });
after(async () => { await chrome?.close(); });

const frames = (page) => page.evaluate(() => Number(document.body.dataset.frames || 0));

// Opens the app and waits for what arrives after the first screen (the full
// font), then lets it settle for a second: from then on it is left alone.
async function openSettled(url) {
  const app = await openApp(chrome.browser, url, { viewport: { width: 1280, height: 800 } });
  await app.page.waitForFunction(() => document.body.dataset.fullFont === '1', null, { timeout: 60000 });
  await app.page.waitForTimeout(1000);
  return app;
}

// Waits until no frame has been drawn for `quietMs`; the count then.
async function untilIdle(page, quietMs = 1500, limitMs = 20000) {
  let last = await frames(page), since = Date.now();
  for (const t0 = Date.now(); Date.now() - t0 < limitMs; await page.waitForTimeout(250)) {
    const now = await frames(page);
    if (now !== last) { last = now; since = Date.now(); } else if (Date.now() - since >= quietMs) return now;
  }
  assert.fail(`still drawing after ${limitMs} ms (${last} frames)`);
}

async function framesAdvance(page, after, what) {
  const ok = await page.waitForFunction((n) => Number(document.body.dataset.frames || 0) > n, after, { timeout: 5000 })
    .then(() => true, () => false);
  assert.ok(ok, `${what}: no frame drawn`);
}

test('production build: left alone, the app draws no frame; a click and a key draw again', limit, async () => {
  const server = await startServer({ root: prodWebRoot });
  try {
    const { page, context, errors } = await openSettled(server.url);
    assert.equal(await page.evaluate(() => typeof window.skillaidTest), 'undefined', 'a production build has no test hooks');
    const start = await frames(page);
    assert.ok(start >= 3, `the first screen was drawn (${start} frames)`);
    await page.waitForTimeout(4000);
    assert.equal(await frames(page), start, 'frames drawn while idle');

    await page.mouse.click(20, 780);  // a click on the canvas, below the navigation: no button there
    await framesAdvance(page, start, 'after a click');
    const afterClick = await untilIdle(page);
    await page.keyboard.press('Tab');
    await framesAdvance(page, afterClick, 'after a key');
    const afterKey = await untilIdle(page);
    await page.waitForTimeout(3000);
    assert.equal(await frames(page), afterKey, 'idle again after input');

    await page.setViewportSize({ width: 1000, height: 700 });  // a resize redraws at the new size
    await framesAdvance(page, afterKey, 'after a resize');
    const size = await page.evaluate(() => document.getElementById('canvas').width);
    assert.equal(size, Math.round(1000 * await page.evaluate(() => window.devicePixelRatio)));
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.stop();
  }
});

test('the online/offline line follows the network while idle', limit, async () => {
  const server = await startServer({ root: webRoot });
  try {
    const { page, context } = await openSettled(server.url);
    assert.equal((await item(page, 'online')).text, 'online');
    const idle = await untilIdle(page);
    await context.setOffline(true);
    await page.waitForFunction(() => window.skillaidTest.items.online.text === 'offline', null, { timeout: 5000 });
    assert.ok(await frames(page) > idle);
    const offline = await untilIdle(page);
    await context.setOffline(false);
    await page.waitForFunction(() => window.skillaidTest.items.online.text === 'online', null, { timeout: 5000 });
    assert.ok(await frames(page) > offline);
    await context.close();
  } finally {
    await server.stop();
  }
});

test('typing then leaving the app alone: the edit is autosaved and the app goes idle', limit, async () => {
  const server = await startServer({ root: webRoot });
  try {
    const { page, context } = await openSettled(server.url);
    await clickItem(page, 'new.training_application');
    await page.waitForFunction(() => window.skillaidTest.items.save_state?.text === 'saved', null, { timeout: 10000 });
    await clickItem(page, 'company_name', 30);
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime-bridge');
    const synced = await page.evaluate(() => Number(document.body.dataset.synced || 0));
    await page.keyboard.insertText('长春市空闲测试有限公司');
    // No more input: the autosave (500 ms after the edit) still reaches IndexedDB...
    await page.waitForFunction((b) => Number(document.body.dataset.synced || 0) > b, synced, { timeout: 10000 });
    assert.equal((await item(page, 'save_state')).text, 'saved');
    assert.equal((await item(page, 'company_name')).text, '长春市空闲测试有限公司');
    // ...and once the cursor stops blinking the app draws nothing more.
    const idle = await untilIdle(page);
    await page.waitForTimeout(2000);
    assert.equal(await frames(page), idle, 'frames drawn while idle with a field active');
    await context.close();
  } finally {
    await server.stop();
  }
});
