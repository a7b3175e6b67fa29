// The web byte budget and load times (issue 6), printed, not asserted:
//   1. each delivered file's raw, gzip and brotli sizes, the total, and what the
//      first usable screen needs (everything but the full font and sw files);
//   2. in headless Chromium with network emulation (400 kbps down, 400 ms
//      round trip), on a cold cache: time to ready, bytes on the wire before
//      ready with gzip (plain http) and with brotli (as over TLS), the time
//      from the last byte to ready, beside the figures of issue 17; then a warm
//      start with the server stopped (service worker);
//   3. the wire size of a 500-trainee claim submitted through the app (the
//      test build build/wasm-test/dist, whose hooks locate the widgets): the
//      request body as the page sends it (gzip, web/sync.js);
//   4. frames on demand and the accessibility mirror's cost (issue 12,
//      tools/bench-frames.mjs: idle frames, frame time with the mirror on/off).
// usage: node tools/bench-web.mjs [--load-only] [DIST_DIR]   (default build/wasm/dist: the production build;
//        --load-only: parts 1 and 2 only)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { startServer, launchBrowser, openApp, clickItem, repoRoot, serverBinary } from '../tests/web/harness.mjs';
import { hookText, residentId } from '../tests/web/input.mjs';
import { fillClaimHeader, loginThroughUi } from '../tests/web/sync-fixture.mjs';
import { benchFrames } from './bench-frames.mjs';

const args = process.argv.slice(2);
const loadOnly = args.includes('--load-only');
const dist = path.resolve(args.find((a) => !a.startsWith('--')) || path.join(repoRoot, 'build/wasm/dist'));
const BUDGET_TOTAL = 1.5 * 1024 * 1024;     // whole first visit, brotli
const BUDGET_FIRST_SCREEN = 600 * 1024;     // before the first usable screen
const BUDGET_SUBMISSION = 60 * 1024;        // a 500-trainee claim on the wire
const LATER = new Set(['fonts/ui-full.ttf', 'skillaid.deferred.wasm', 'sw.js', 'version.json']);  // not needed for the first screen

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
// The files the app loads: the content-hashed twins (tools/web-manifest.py) and the entry points, not the
// plain names beside the twins. `plain` strips the hash: LATER names files by their plain names.
const plain = (f) => f.replace(/\.[0-9a-f]{10}(\.[A-Za-z0-9]+)$/, '$1');
const delivered = listFiles(dist);
const twinned = new Set(delivered.filter((f) => plain(f) !== f).map(plain));
for (const f of delivered.filter((f) => !twinned.has(f)).sort()) {
  // The .gz and .br copies the server sends (tools/precompress.sh), else made here.
  const bytes = fs.readFileSync(path.join(dist, f));
  const sizeOf = (suffix, make) => {
    const copy = path.join(dist, f + suffix);
    return fs.existsSync(copy) ? fs.statSync(copy).size : make().length;
  };
  const g = sizeOf('.gz', () => zlib.gzipSync(bytes, { level: 9 }));
  const b = sizeOf('.br', () => zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  raw += bytes.length; gz += g; br += b;
  if (!LATER.has(plain(f))) first += b;
  console.log(f.padEnd(24) + kb(bytes.length) + kb(g).slice(0) + kb(b));
}
console.log('total'.padEnd(24) + kb(raw) + kb(gz) + kb(br) + `   budget ${kb(BUDGET_TOTAL)}: ${br <= BUDGET_TOTAL ? 'within' : 'OVER'}`);
console.log('first usable screen'.padEnd(24) + ''.padStart(22) + kb(first) + `   budget ${kb(BUDGET_FIRST_SCREEN)}: ${first <= BUDGET_FIRST_SCREEN ? 'within' : 'OVER'}`);

// 2. Cold loads on the emulated link (issue 17), as plain http gets it (gzip:
// Chromium offers no brotli without TLS) and as a TLS deployment would (brotli:
// the same request with Accept-Encoding naming br, which the server then sends).
// "Ready" is the app's first complete frames (web/loader.js ready()); "last
// byte" the end of the last response that arrived before then (Resource Timing,
// in the page's own clock, like dataset.readyMs).
const ISSUE_17 = { ready: 16.4, wire: 691 };  // the issue's figures (2026-12, before it)
const server = await startServer({ root: dist });
const chrome = await launchBrowser();
async function coldLoad(acceptEncoding) {  // a fresh context: empty HTTP cache, no service worker
  const context = await chrome.browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 400, downloadThroughput: 400 * 1000 / 8, uploadThroughput: 400 * 1000 / 8,
  });
  await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': acceptEncoding } });
  let wire = 0;
  const encodings = new Set();
  cdp.on('Network.responseReceived', (e) => {
    const h = e.response.headers;
    encodings.add(h['Content-Encoding'] || h['content-encoding'] || 'identity');
  });
  cdp.on('Network.loadingFinished', (e) => { wire += e.encodedDataLength; });
  const t0 = Date.now();
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 300000 });
  const ms = Date.now() - t0;
  const wireAtReady = wire;
  const { readyMs, lastByteMs } = await page.evaluate(() => {
    const readyMs = Number(document.body.dataset.readyMs) || performance.now();  // builds before issue 17: not set
    const ends = performance.getEntriesByType('resource').map((r) => r.responseEnd).filter((t) => t <= readyMs);
    return { readyMs, lastByteMs: Math.max(0, ...ends) };
  });
  return { context, page, cdp, ms, wireAtReady, wire: () => wire, tail: readyMs - lastByteMs, encodings: [...encodings] };
}
// Chromium offers br to 127.0.0.1 (a secure context) but not over plain http elsewhere: both named explicitly.
const brLoad = await coldLoad('gzip, deflate, br');
await brLoad.context.close();
const gzipLoad = await coldLoad('gzip, deflate');
const { context, page, cdp } = gzipLoad;
await page.waitForFunction(() => document.body.dataset.offlineReady === '1' && document.body.dataset.fullFont === '1',
                           null, { timeout: 300000 });
await page.waitForTimeout(1000);
const s = (ms) => (ms / 1000).toFixed(1) + ' s';
console.log('\ncold load, emulated 400 kbit/s, 400 ms per request'.padEnd(52) + 'issue 17'.padStart(12) + 'now'.padStart(12));
console.log('  time to ready (plain http, gzip)'.padEnd(51) + s(ISSUE_17.ready * 1000).padStart(12) + s(gzipLoad.ms).padStart(12));
console.log('  bytes before ready, gzip (plain http)'.padEnd(51) + `${ISSUE_17.wire} KB`.padStart(12) + kb(gzipLoad.wireAtReady).padStart(12));
console.log(`  bytes before ready, ${brLoad.encodings.includes('br') ? 'brotli (as over TLS)' : 'brotli NOT SENT'}`.padEnd(51) +
            '-'.padStart(12) + kb(brLoad.wireAtReady).padStart(12));
console.log('  time to ready with brotli'.padEnd(51) + '-'.padStart(12) + s(brLoad.ms).padStart(12));
console.log('  last byte before ready to ready (gzip / brotli)'.padEnd(51) + '-'.padStart(12) +
            `${s(gzipLoad.tail)} / ${s(brLoad.tail)}`.padStart(16));
console.log(`  whole first visit (gzip), with the full font and the service worker's copies: ${kb(gzipLoad.wire()).trim()}`);
await server.stop();
await cdp.send('Network.setExtraHTTPHeaders', { headers: {} });  // back to what the browser sends itself
const t0 = Date.now();
await page.reload();
await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 300000 });
console.log(`warm start with the server stopped (service worker): ${((Date.now() - t0) / 1000).toFixed(2)} s`);

await context.close();
if (loadOnly) {
  await chrome.close();
  process.exit(0);
}

// 3. A 500-trainee claim, submitted through the app itself (the test build,
// whose hooks locate the widgets): log in, fill the claim, import the roster
// from CSV, 提交; the request body as it leaves the page (gzip, web/sync.js)
// is the wire size. The server checks it with the engine and gives a receipt.
const testRoot = path.join(repoRoot, 'build/wasm-test/dist');
const submission = await submitClaim(testRoot, 500);
console.log(`500-trainee claim submission: ${kb(submission.json).trim()} JSON, ${kb(submission.wire).trim()} ` +
            `${submission.encoding || 'uncompressed'} on the wire, receipt ${submission.receipt} ` +
            `(goal ${kb(BUDGET_SUBMISSION).trim()}: ${submission.wire <= BUDGET_SUBMISSION ? 'within' : 'OVER'})`);
await benchFrames(chrome.browser, dist, testRoot);
await chrome.close();

async function submitClaim(root, count) {
  const uscc = '91220102MA0000011J', orgName = '长春一汽富维汽车零部件有限公司', password = 'bench password 500';
  const srv = await startServer({ root });
  const admin = (...args) => execFileSync(serverBinary, ['admin', '--data-dir', srv.dataDir, ...args],
                                          { input: args.includes('--password-stdin') ? password + '\n' : '' });
  admin('create-org', '--uscc', uscc, '--name', orgName);
  admin('create-user', '--uscc', uscc, '--login', 'bench', '--password-stdin');
  const csv = path.join(srv.dataDir, 'roster.csv');
  const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许';
  // 岗前培训 (fillClaimHeader): each trainee's conditions of issue 14 come with the CSV, as fillClaim types them.
  const rows = ['姓名,身份证号,出勤率,取得证书,证书编号,劳动合同签订日期,合同期限（月）,申领地,长春地区户籍'];
  for (let i = 0; i < count; i++) {
    rows.push(`${surnames[i % 20]}建国${i},${residentId(`2201041985${String(1 + (i % 12)).padStart(2, '0')}` +
              `${String(1 + (i % 28)).padStart(2, '0')}${String(i).padStart(3, '0')}`)},${90 + (i % 11)}%,是,CC2026${String(i).padStart(6, '0')},2026-01-05,36,户籍地,是`);
  }
  fs.writeFileSync(csv, '\ufeff' + rows.join('\r\n') + '\r\n');

  const { page, context } = await openApp(chrome.browser, srv.url, { viewport: { width: 1280, height: 1300 } });
  let receipt;
  const sent = [];
  try {
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/submissions')) {
        sent.push({ body: r.postDataBuffer() || Buffer.alloc(0), encoding: r.headers()['content-encoding'] });
      }
    });
    await loginThroughUi(page, 'bench', password);
    await fillClaimHeader(page, orgName, 4);
    const chooser = page.waitForEvent('filechooser');
    await clickItem(page, 'roster.import');
    await (await chooser).setFiles(csv);
    await hookText(page, 'roster.count', (t) => t === String(count));
    await hookText(page, 'issues_summary', (t) => t === '0', 'nothing left to fix');
    await clickItem(page, 'submit');
    await clickItem(page, 'nav.sync');
    receipt = await hookText(page, 'outbox.0.receipt', (t) => t !== '');
  } finally {
    await context.close();
    await srv.stop();
  }
  const last = sent[sent.length - 1] || { body: Buffer.alloc(0) };
  const json = last.encoding === 'gzip' ? zlib.gunzipSync(last.body).length : last.body.length;
  return { wire: last.body.length, encoding: last.encoding, json, receipt };
}

