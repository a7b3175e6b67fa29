// 显示设置 (issue 12, ui/screens/display.cpp, ui/style.cpp): larger text and
// high contrast, kept across a reload; touch screens get 44 CSS px targets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, item, clickItem, itemTextBecomes } from './harness.mjs';

const limit = { timeout: 180000 };
let chrome;
before(async () => { chrome = await launchBrowser(); });
after(async () => { await chrome?.close(); });

// The color of one CSS pixel of the page.
async function pixel(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))])  /* no data: fetch under the CSP */);
    const c = new OffscreenCanvas(1, 1).getContext('2d');
    c.drawImage(bitmap, 0, 0);
    return Array.from(c.getImageData(0, 0, 1, 1).data.slice(0, 3));
  }, png.toString('base64'));
}

test('特大 and 高对比度: larger text, black on white, kept after a reload', limit, async () => {
  const server = await startServer();
  try {
    const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport: { width: 1100, height: 700 } });
    await clickItem(page, 'nav.display');
    const before = await item(page, 'display.size.0');
    assert.deepEqual(await pixel(page, 1090, 690), [240, 240, 240], 'the light theme\'s window background');
    await clickItem(page, 'display.size.2', 5);
    await page.waitForFunction((h) => window.skillaidTest.items['display.size.0'].height > h * 1.3, before.height,
                               { timeout: 5000 });
    const contrast = await item(page, 'display.contrast');
    await page.mouse.click(contrast.x + 10, contrast.y + contrast.height / 2);
    assert.equal(await itemTextBecomes(page, 'display.contrast', '1'), '1');
    await page.mouse.move(1090, 10);
    await page.waitForTimeout(500);
    assert.deepEqual(await pixel(page, 1090, 690), [255, 255, 255], 'high contrast: white background');

    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
    await clickItem(page, 'nav.display');
    assert.equal(await itemTextBecomes(page, 'display.contrast', '1'), '1');
    const after = await item(page, 'display.size.0');
    assert.ok(after.height > before.height * 1.3, `text size kept: ${before.height} -> ${after.height}`);
    assert.deepEqual(await pixel(page, 1090, 690), [255, 255, 255]);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.stop();
  }
});

test('on a touch screen, buttons and fields are at least 44 CSS px tall', limit, async () => {
  const server = await startServer();
  try {
    const { page, context } = await openApp(chrome.browser, server.url,
                                            { viewport: { width: 1100, height: 800 }, hasTouch: true, isMobile: true });
    assert.ok(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a coarse pointer');
    await page.waitForTimeout(500);
    for (const name of ['nav.home', 'new.training_application']) {
      const r = await item(page, name);
      assert.ok(r.height >= 44, `${name}: ${r.height} CSS px tall`);
    }
    await context.close();
  } finally {
    await server.stop();
  }
});
