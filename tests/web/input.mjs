// Input helpers for the browser tests of issue 4 part 2 (planner, claim):
// real clicks and typing at the widgets' test-hook rectangles.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { item, clickItem, repoRoot } from './harness.mjs';

const cli = path.join(repoRoot, 'build/native/engine/skillaid-cli');

// The native CLI's answer for a scenario.
export function cliEstimate(scenario) {
  return JSON.parse(execFileSync(cli, ['estimate', '-'], { input: JSON.stringify(scenario) }).toString());
}

// Fen as the app prints them (engine yuan_text): 1234500 -> "12345元", 12345 -> "123.45元".
export const yuan = (fen) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2)) + '元';

// Polls hook `name` until its text satisfies `ok` (a frame or two may pass); asserts with the last text.
export async function hookText(page, name, ok, what) {
  let got;
  for (const t0 = Date.now(); Date.now() - t0 < 10000; await page.waitForTimeout(30)) {
    got = (await item(page, name)).text;
    if (got !== null && ok(got)) return got;
  }
  assert.ok(ok(got), `${what || name}: got ${JSON.stringify(got)}`);
  return got;
}

// Click a field and replace its text by typing (through the IME bridge). A
// second attempt when a loaded machine drops the first keystrokes; the result
// is asserted either way.
export async function type(page, key, text) {
  for (let attempt = 0; attempt < 2; attempt++) {
    await clickItem(page, key, 30);
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime-bridge', null, { timeout: 5000 });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(text);
    const ok = await page.waitForFunction(([n, t]) => window.skillaidTest.items[n].text === t, [key, text], { timeout: 3000 })
      .then(() => true, () => false);
    if (ok) break;
  }
  await hookText(page, key, (t) => t === text);
}

// Open a combo and click its option `option`.
export async function pick(page, key, option) {
  await clickItem(page, key, 30);
  await item(page, `${key}.option.${option}`);
  await clickItem(page, `${key}.option.${option}`, 20);
}

// An 18-digit resident ID from its first 17 digits: GB 11643 check character.
export function residentId(first17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

// The print window's HTML (web::open_html_window opens a new page).
export async function printView(page) {
  const [popup] = await Promise.all([page.context().waitForEvent('page'), clickItem(page, 'print', 10)]);
  await popup.waitForLoadState();
  const html = await popup.content();
  await popup.close();
  return html;
}
