// What a clerk notices (issue 13 part 4), at 1366×768 with real input: the roster's 身份证号 column shows
// all 18 digits; 工种目录 filters by class, 急需紧缺 and category and finds category names; no English in
// the estimate's and the validation's messages; an empty date reads 年-月-日 (lighter than any value);
// the calendar stays put when a day is picked; a long label (开班日期（首个上课日）) is never cut.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, openApp, item, clickItem, inkInRegion, artifactsDir, repoRoot } from './harness.mjs';
import { hookText, type, pick, residentId } from './input.mjs';

const viewport = { width: 1366, height: 768 };
const limit = { timeout: 120000 };
const catalog = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/catalog/occupations.json'), 'utf8')).occupations;
// ASCII words a clerk may read as they are (file types and keys).
const allowedWords = new Set(['JPG', 'PDF', 'CSV', 'MB', 'KB', 'Excel', 'WPS', 'Ctrl']);

let server, chrome;
before(async () => { server = await startServer(); chrome = await launchBrowser(); });
after(async () => { await chrome?.close(); await server?.stop(); });

const shot = (page, name) => page.screenshot({ path: path.join(artifactsDir, `clerk-${name}.png`) });

// Scrolls the pane under (x, y) with the wheel until hook `key` is wholly in the viewport.
async function reveal(page, key, x = 500) {
  for (let i = 0; i < 40; i++) {
    const r = await item(page, key);
    if (r.y >= 40 && r.y + r.height <= viewport.height - 20) return r;
    await page.mouse.move(x, viewport.height / 2);
    await page.mouse.wheel(0, Math.max(-400, Math.min(400, r.y - viewport.height / 2)));
    await page.waitForTimeout(120);
  }
  return item(page, key);
}

async function newDraft(page, kind) {
  await clickItem(page, 'nav.home');
  await clickItem(page, `new.${kind}`);
  await hookText(page, 'save_state', (t) => t === 'saved');
}

// The English words of the Chinese texts among the hooks whose names match `pattern`.
async function englishIn(page, pattern) {
  const items = await page.evaluate(() => Object.fromEntries(Object.entries(window.skillaidTest.items)
    .map(([k, v]) => [k, v.text])));
  const found = [];
  for (const [name, text] of Object.entries(items)) {
    if (!pattern.test(name) || !text || !/[\u4e00-\u9fff]/.test(text)) continue;
    const words = (text.match(/[A-Za-z]{2,}/g) || []).filter((w) => !allowedWords.has(w));
    if (words.length) found.push(`${name}: ${text}`);
  }
  return found;
}

test('training application at 1366×768: 18-digit IDs whole, Chinese messages, 年-月-日 hints', limit, async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport });
  await newDraft(page, 'training_application');

  // An empty date: the hint 年-月-日 in a tone lighter than any value (no dark pixels), then a typed date is dark.
  const from = await reveal(page, 'date_from');
  assert.equal((await item(page, 'date_from.hint')).text, '年-月-日');
  const inner = { x: from.x + 2, y: from.y + 2, width: from.width - 4, height: from.height - 4 };
  assert.equal((await inkInRegion(page, inner)).dark, 0, 'the empty date has no dark text');
  await shot(page, 'date-empty');
  await type(page, 'date_from', '2026-03-16');
  await clickItem(page, 'save_state', 5);
  assert.equal((await item(page, 'date_from.hint')).text, '');
  assert.ok((await inkInRegion(page, inner)).dark > 20, 'a filled date is dark');
  // 培训时间 is one row: 起 and 止 side by side under one label.
  const to = await item(page, 'date_to');
  assert.ok(Math.abs(to.y - from.y) < 2 && to.x > from.x + from.width, `one row for the range: ${JSON.stringify([from, to])}`);
  const rangeLabel = await item(page, 'label.培训时间');
  assert.ok(rangeLabel.x + rangeLabel.width <= from.x, 'the range label ends before its first field');

  // 岗位技能提升培训 without 工种 and 等级: the estimate and every message in Chinese.
  await reveal(page, 'scheme');
  await pick(page, 'scheme', 2);
  await hookText(page, 'scheme', (t) => t === '岗位技能提升培训');
  await clickItem(page, 'save_state', 5);
  await hookText(page, 'occupation.error', (t) => t !== '', 'the missing 工种 is said');
  assert.deepEqual(await englishIn(page, /^estimate\.|\.error$|^issues/), [], 'no English in the estimate or the messages');

  // The roster: a person with an 18-digit ID; the column shows it whole (text width within the field).
  await reveal(page, 'roster.add');
  await clickItem(page, 'roster.add', 5);
  const id = residentId('22010419850307123');
  await reveal(page, 'roster.0.id');
  await type(page, 'roster.0.id', id);
  await type(page, 'roster.0.name', '张伟');
  await clickItem(page, 'save_state', 5);
  const cell = await reveal(page, 'roster.0.id');
  const [textWidth, room] = (await item(page, 'roster.0.id.fit')).text.split('/').map(Number);
  assert.ok(textWidth > 0 && textWidth <= room, `18 digits fit the ID column: ${textWidth} px in ${room} px`);
  // Drawn: the ink spans about the text's width and stops short of the field's right edge.
  const png = await page.screenshot({ clip: { x: cell.x, y: cell.y, width: cell.width, height: cell.height } });
  const extent = await page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))])  /* no data: fetch under the CSP */);
    const g = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const d = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let left = bitmap.width, right = -1;
    for (let y = 0; y < bitmap.height; y++)
      for (let x = 0; x < bitmap.width; x++) {
        const i = (y * bitmap.width + x) * 4;
        if (0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2] < 110) { left = Math.min(left, x); right = Math.max(right, x); }
      }
    return { left, right, width: bitmap.width };
  }, png.toString('base64'));
  assert.ok(extent.right - extent.left >= textWidth * 0.9, `the whole ID is drawn: ${JSON.stringify(extent)} for ${textWidth} px`);
  assert.ok(extent.right < extent.width - 4, `the ID ends inside its cell: ${JSON.stringify(extent)}`);
  await shot(page, 'roster-id');
  assert.deepEqual(errors, []);
  await context.close();
});

test('class opening: 开班日期（首个上课日） is whole, beside (not under) its field', limit, async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport });
  await newDraft(page, 'class_opening');
  await reveal(page, 'date_from');
  const label = await item(page, 'label.开班日期（首个上课日）');
  const field = await item(page, 'date_from');
  assert.ok(label.x + label.width <= field.x, `the label ends before its field: ${JSON.stringify([label, field])}`);
  assert.ok(label.height > 0 && label.y <= field.y + field.height, 'the label is drawn beside its field');
  await shot(page, 'class-opening-label');
  assert.deepEqual(errors, []);
  await context.close();
});

test('工种目录: class A + 急需紧缺, then a category name in the search', limit, async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport });
  await clickItem(page, 'nav.catalog');
  assert.equal((await item(page, 'catalog.count')).text, String(catalog.length));
  await clickItem(page, 'catalog.class.1', 5);
  await hookText(page, 'catalog.class.1', (t) => t === '1');
  await clickItem(page, 'catalog.urgent', 5);
  await hookText(page, 'catalog.urgent', (t) => t === '1');
  const urgentA = catalog.filter((o) => o.class === 'A' && o.urgent);
  await hookText(page, 'catalog.count', (t) => t === String(urgentA.length), 'class A and 急需紧缺');
  // A category's name finds its rows (the filters still apply).
  const category = urgentA.find((o) => o.category !== '新职业').category;
  await type(page, 'catalog.query', category);
  const expected = urgentA.filter((o) => o.category.includes(category) || o.name.includes(category));
  assert.ok(expected.length > 0, 'the fixture has such rows');
  await hookText(page, 'catalog.count', (t) => t === String(expected.length), `rows of ${category}`);
  assert.equal((await item(page, 'catalog.names')).text, expected.map((o) => o.name).join('、'));
  await shot(page, 'catalog-filters');
  // The category list: 全部 class, no urgency filter, one category picked, the query cleared.
  await clickItem(page, 'catalog.class.0', 5);
  await clickItem(page, 'catalog.urgent', 5);
  await type(page, 'catalog.query', '');
  const categories = [...new Set(catalog.map((o) => o.category))];
  const pickIndex = categories.indexOf('新职业') + 1;
  await pick(page, 'catalog.category', pickIndex);
  await hookText(page, 'catalog.category', (t) => t === '新职业');
  await hookText(page, 'catalog.count', (t) => t === String(catalog.filter((o) => o.category === '新职业').length));
  assert.deepEqual(errors, []);
  await context.close();
});

test('时限计算: picking a day leaves the calendar where it was', limit, async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport });
  await clickItem(page, 'nav.deadlines');
  const month = (await item(page, 'calendar.month')).text;
  const day = `calendar.day.${month}-15`;
  const before = await item(page, day);
  await page.mouse.click(before.x + before.width / 2, before.y + before.height / 2);
  await hookText(page, 'deadlines.date', (t) => t === `${month}-15`);
  await hookText(page, day, (t) => t.includes('event'));
  const afterRect = await item(page, day);
  assert.deepEqual([afterRect.x, afterRect.y, afterRect.width, afterRect.height], [before.x, before.y, before.width, before.height],
                   'the picked day did not move');
  await shot(page, 'deadlines-picked');
  assert.deepEqual(errors, []);
  await context.close();
});

test('快速测算 without 工种: the reason in Chinese', limit, async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport });
  await clickItem(page, 'nav.quick_estimate');
  await pick(page, 'qe.scheme', 0);
  const occupation = await hookText(page, 'qe.error', (t) => t !== '', 'the estimate says what is missing');
  assert.match(occupation, /需要工种/);
  assert.deepEqual(await englishIn(page, /^qe\./), [], 'no English in the quick estimate');
  await shot(page, 'quick-estimate-missing');
  // An occupation the catalog lists without a class: not eligible, and the verdict says why.
  await type(page, 'qe.occupation', '64');
  await clickItem(page, 'qe.occupation.option.0', 40);
  await hookText(page, 'qe.occupation_selected', (t) => t === '汽车驾驶员');
  await type(page, 'qe.hours_offline', '40');  // the estimate needs the hours before it judges the occupation
  await hookText(page, 'qe.eligible', (t) => t === 'false');
  assert.match((await item(page, 'qe.verdict')).text, /^不符合补贴条件：\S/);
  assert.deepEqual(await englishIn(page, /^qe\./), [], 'no English in the verdict');
  await shot(page, 'quick-estimate-verdict');
  assert.deepEqual(errors, []);
  await context.close();
});
