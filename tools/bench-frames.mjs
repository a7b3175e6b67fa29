// Frames on demand and the cost of the accessibility mirror (issue 12), printed, not asserted:
//   1. frames drawn in 10 idle seconds on the production build (build/wasm/dist),
//      after the first second (goal: none), and in that first second;
//   2. the time of one frame (the requestAnimationFrame callback that draws it:
//      ImGui, the mirror, the GL calls) with the mirror on and off (?a11y=off)
//      on a claim whose roster holds 3,000 people imported from CSV, scrolled
//      to the roster. The test-hooks build (build/wasm-test/dist): its hooks
//      find the buttons and the roster. Frames are kept coming by
//      window.SkillAidWake() every 50 ms, as input would (goal: on ≤ 1.2 × off).
// usage: node tools/bench-frames.mjs [PROD_DIST] [TEST_DIST]  (also run at the end of tools/bench-web.mjs)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, openApp, clickItem, repoRoot, artifactsDir } from '../tests/web/harness.mjs';
import { hookText, residentId } from '../tests/web/input.mjs';

const ROWS = 3000;
const MEASURE_MS = 10000;

// Times every requestAnimationFrame callback that drew a frame (dataset.frames moved).
const timeFrames = () => {
  const raf = window.requestAnimationFrame.bind(window);
  window.__frameMs = [];
  window.requestAnimationFrame = (cb) => raf((t) => {
    const before = document.body.dataset.frames, t0 = performance.now();
    cb(t);
    if (document.body.dataset.frames !== before) window.__frameMs.push(performance.now() - t0);
  });
};

const frames = (page) => page.evaluate(() => Number(document.body.dataset.frames || 0));

export async function idleFrames(browser, root) {
  const server = await startServer({ root });
  try {
    const { page, context } = await openApp(browser, server.url, { viewport: { width: 1280, height: 800 } });
    const atReady = await frames(page);
    await page.waitForTimeout(1000);
    const atOne = await frames(page);
    await page.waitForTimeout(10000);
    const atEleven = await frames(page);
    await context.close();
    return { firstSecond: atOne - atReady, idle: atEleven - atOne, atReady };
  } finally {
    await server.stop();
  }
}

function rosterCsv(file, count) {
  const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许';
  const rows = ['姓名,身份证号,出勤率,取得证书,证书编号'];
  for (let i = 0; i < count; i++) {
    const id = residentId(`2201041985${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}` +
                          `${String(i % 1000).padStart(3, '0')}`);
    rows.push(`${surnames[i % 20]}建国${i},${id},${90 + (i % 11)}%,是,CC2026${String(i).padStart(6, '0')}`);
  }
  fs.writeFileSync(file, '\ufeff' + rows.join('\r\n') + '\r\n');
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), mean: s.reduce((a, b) => a + b, 0) / (s.length || 1) };
};

// One claim with the roster imported, scrolled into view; frame times while woken.
async function rosterFrameTimes(browser, url, csv, shot) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(timeFrames);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
  await clickItem(page, 'new.claim');
  await hookText(page, 'save_state', (t) => t === 'saved');
  const chooser = page.waitForEvent('filechooser');
  await clickItem(page, 'roster.import');
  await (await chooser).setFiles(csv);
  await hookText(page, 'roster.count', (t) => t === String(ROWS));
  // Scroll the editor until the roster's first rows are on screen.
  for (let i = 0; i < 40; i++) {
    const r = await page.evaluate(() => window.skillaidTest.items['roster.0.name'] || null);
    if (r && r.y > 0 && r.y + r.height < 900) break;
    await page.mouse.move(900, 450);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(100);
  }
  await page.mouse.move(1270, 890);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(artifactsDir, shot) });
  const mirror = await page.evaluate(() => document.querySelectorAll('#a11y-root *').length);
  const rows = await page.evaluate(() => Object.keys(window.skillaidTest.items)
    .filter((k) => /^roster\.\d+\.name$/.test(k) && window.skillaidTest.items[k].y > 0).length);
  await page.evaluate(() => { window.__frameMs = []; });
  await page.evaluate((ms) => new Promise((done) => {
    const timer = setInterval(() => window.SkillAidWake(), 50);
    setTimeout(() => { clearInterval(timer); done(); }, ms);
  }), MEASURE_MS);
  const times = await page.evaluate(() => window.__frameMs);
  await context.close();
  return { ...stats(times), mirror, rows };
}

export async function mirrorFrameTimes(browser, root) {
  const server = await startServer({ root });
  const csv = path.join(server.dataDir, 'roster-3000.csv');
  rosterCsv(csv, ROWS);
  try {
    const on = await rosterFrameTimes(browser, server.url, csv, 'bench-roster-mirror-on.png');
    const off = await rosterFrameTimes(browser, server.url + '?a11y=off', csv, 'bench-roster-mirror-off.png');
    return { on, off };
  } finally {
    await server.stop();
  }
}

export async function benchFrames(browser, prodRoot, testRoot) {
  const idle = await idleFrames(browser, prodRoot);
  console.log(`\nframes on demand (production build): ${idle.atReady} frames to the first screen, ` +
              `${idle.firstSecond} in the first second after it, ${idle.idle} in the 10 idle seconds after that ` +
              `(goal 0: ${idle.idle === 0 ? 'met' : 'NOT met'})`);
  const { on, off } = await mirrorFrameTimes(browser, testRoot);
  const f = (x) => x.toFixed(2).padStart(7) + ' ms';
  console.log(`frame time, claim with a ${ROWS}-person roster (test-hooks build, ${(MEASURE_MS / 1000)} s woken every 50 ms):`);
  console.log('              frames   median      p95     mean   mirror elements   roster rows drawn');
  for (const [name, s] of [['mirror on', on], ['mirror off', off]]) {
    console.log(`${name.padEnd(12)}${String(s.n).padStart(8)} ${f(s.median)} ${f(s.p95)} ${f(s.mean)} ` +
                `${String(s.mirror).padStart(17)} ${String(s.rows).padStart(19)}`);
  }
  const ratio = on.median / off.median;
  console.log(`mirror on / off (median): ${ratio.toFixed(2)}× (goal ≤ 1.2×: ${ratio <= 1.2 ? 'met' : 'NOT met'}); ` +
              `mean ${(on.mean / off.mean).toFixed(2)}×`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const prod = path.resolve(process.argv[2] || path.join(repoRoot, 'build/wasm/dist'));
  const testRoot = path.resolve(process.argv[3] || path.join(repoRoot, 'build/wasm-test/dist'));
  const chrome = await launchBrowser();
  try {
    await benchFrames(chrome.browser, prod, testRoot);
  } finally {
    await chrome.close();
  }
}
