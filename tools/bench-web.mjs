// The web byte budget and load times (issue 6), printed, not asserted:
//   1. each delivered file's raw, gzip and brotli sizes, the total, and what the
//      first usable screen needs (everything but the full font and sw files);
//   2. in headless Chromium with network emulation (400 kbps down, 400 ms
//      round trip): navigation to the first interactive frame on a cold cache,
//      and a warm start with the server stopped (service worker);
//   3. the wire size of a 500-trainee claim submission, gzip-compressed by the
//      client (CompressionStream) as it would be sent.
// usage: node tools/bench-web.mjs [DIST_DIR]   (default build/wasm-test/dist)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, launchBrowser, repoRoot } from '../tests/web/harness.mjs';

const dist = path.resolve(process.argv[2] || path.join(repoRoot, 'build/wasm-test/dist'));
const BUDGET_TOTAL = 1.5 * 1024 * 1024;     // whole first visit, brotli
const BUDGET_FIRST_SCREEN = 600 * 1024;     // before the first usable screen
const BUDGET_SUBMISSION = 60 * 1024;        // a 500-trainee claim on the wire
const LATER = new Set(['fonts/ui-full.ttf', 'sw.js', 'version.json']);  // not needed for the first screen

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listFiles(p, base);
    return /\.(br|gz)$/.test(e.name) ? [] : [path.relative(base, p)];
  });
}

console.log(`files of ${dist}`);
console.log('file'.padEnd(24) + 'raw'.padStart(11) + 'gzip'.padStart(11) + 'brotli'.padStart(11));
let raw = 0, gz = 0, br = 0, first = 0;
for (const f of listFiles(dist).sort()) {
  const bytes = fs.readFileSync(path.join(dist, f));
  const g = zlib.gzipSync(bytes, { level: 9 }).length;
  const b = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += bytes.length; gz += g; br += b;
  if (!LATER.has(f)) first += b;
  console.log(f.padEnd(24) + kb(bytes.length) + kb(g).slice(0) + kb(b));
}
console.log('total'.padEnd(24) + kb(raw) + kb(gz) + kb(br) + `   budget ${kb(BUDGET_TOTAL)}: ${br <= BUDGET_TOTAL ? 'within' : 'OVER'}`);
console.log('first usable screen'.padEnd(24) + ''.padStart(22) + kb(first) + `   budget ${kb(BUDGET_FIRST_SCREEN)}: ${first <= BUDGET_FIRST_SCREEN ? 'within' : 'OVER'}`);

const server = await startServer({ root: dist });
const chrome = await launchBrowser();
const context = await chrome.browser.newContext();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', {
  offline: false, latency: 400, downloadThroughput: 400 * 1000 / 8, uploadThroughput: 400 * 1000 / 8,
});
let wire = 0;
cdp.on('Network.loadingFinished', (e) => { wire += e.encodedDataLength; });
const ready = () => page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 300000 });
let t0 = Date.now();
await page.goto(server.url);
await ready();
const cold = Date.now() - t0;
const wireAtReady = wire;
await page.waitForFunction(() => document.body.dataset.offlineReady === '1' && document.body.dataset.fullFont === '1',
                           null, { timeout: 300000 });
await page.waitForTimeout(1000);
console.log(`\nemulated 400 kbps / 400 ms RTT, cold cache: first interactive frame after ${(cold / 1000).toFixed(1)} s, ` +
            `${kb(wireAtReady).trim()} on the wire by then, ${kb(wire).trim()} for the whole first visit`);
await server.stop();
t0 = Date.now();
await page.reload();
await ready();
console.log(`warm start with the server stopped (service worker): ${((Date.now() - t0) / 1000).toFixed(2)} s`);

// A 500-trainee claim, as the client would send it.
const trainees = Array.from({ length: 500 }, (_, i) => ({
  id: `2201041985${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i).padStart(3, '0')}X`,
  name: '学员' + i, attendance: 0.9 + (i % 10) / 100, certified: true, certificate: `CC2026${String(i).padStart(6, '0')}`,
}));
const body = JSON.stringify({ id: '8d3c2f0e-4b7a-4c61-9e1f-2a5b6c7d8e9f', kind: 'claim',
  scenario: { scheme: 'pre_job', date: '2026-03-02', occupation: '焊工、焊接机械手操作工', hours: { offline: 120 }, trainees },
  client_estimate: { total: 600000 } });
const wireSize = await page.evaluate(async (text) => {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}, body);
console.log(`500-trainee claim submission: ${kb(body.length).trim()} JSON, ${kb(wireSize).trim()} gzip on the wire ` +
            `(goal ${kb(BUDGET_SUBMISSION).trim()}: ${wireSize <= BUDGET_SUBMISSION ? 'within' : 'OVER'})`);
await context.close();
await chrome.close();
