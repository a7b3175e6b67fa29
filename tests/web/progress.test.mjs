// The first visit on a slow link (issue 17): on a throttled network the
// progress bar follows the bytes that really cross the wire (Chromium's own
// count, through the DevTools protocol) within 5% of the total, its total is
// what the server sends, it reads in KB with a time estimate; the wasm and the
// core font start with the page (preloaded, each fetched once) and the wasm is
// compiled from the stream. Input that comes before the second wasm module
// (the functions the first frames do not run) waits for it, then takes effect.
// A download that stalls is said to be waiting, then started again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, launchBrowser, prodWebRoot, clickItem, item } from './harness.mjs';

let chrome, server;
before(async () => { chrome = await launchBrowser(); server = await startServer({ root: prodWebRoot }); });
after(async () => { await chrome?.close(); await server?.stop(); });

const COUNTED = /(skillaid\.[0-9a-f]{10}\.wasm|ui-core\.[0-9a-f]{10}\.ttf)$/;  // what the bar counts

test('the progress bar tracks the bytes on the wire', { timeout: 60000 }, async () => {
  const context = await chrome.browser.newContext({ viewport: { width: 900, height: 600 } });
  await context.addInitScript(() => {
    const compile = WebAssembly.compileStreaming;
    window.__streamed = [];  // for each call: was the app ready (the second module comes after)?
    if (compile) WebAssembly.compileStreaming = (...args) => {
      window.__streamed.push(document.body.dataset.ready === '1');
      return compile(...args);
    };
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // 1 Mbit/s, 100 ms round trip: slow enough to sample the bar a few dozen times.
  await cdp.send('Network.emulateNetworkConditions',
                 { offline: false, latency: 100, downloadThroughput: 125000, uploadThroughput: 125000 });
  // As over plain http from another machine: gzip (Chromium offers brotli to 127.0.0.1, a secure context).
  await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'gzip, deflate' } });
  const requests = new Map();  // requestId -> { url, sent, finished, length, wire }
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, sent: e.timestamp, wire: 0 }));
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    if (r) Object.assign(r, { length: Number(h['content-length']), encoding: h['content-encoding'] });
  });
  cdp.on('Network.dataReceived', (e) => { const r = requests.get(e.requestId); if (r) r.wire += e.encodedDataLength; });
  cdp.on('Network.loadingFinished', (e) => { const r = requests.get(e.requestId); if (r) r.finished = e.timestamp; });
  const onWire = () => [...requests.values()].filter((r) => COUNTED.test(r.url)).reduce((n, r) => n + r.wire, 0);

  const samples = [];
  const navigation = page.goto(server.url);
  for (;;) {
    const bar = await page.evaluate(() => {
      const p = document.getElementById('status-progress');
      return p && { value: p.hasAttribute('value') ? p.value : null, max: p.max,
                    text: document.getElementById('status-text').textContent,
                    ready: document.body.dataset.ready === '1', error: document.body.dataset.error || null };
    }).catch(() => null);  // the page is not there yet
    if (bar) {
      assert.equal(bar.error, null);
      if (bar.ready) break;
      samples.push({ ...bar, wire: onWire() });
    }
    await page.waitForTimeout(100);
  }
  await navigation;

  const counted = [...requests.values()].filter((r) => COUNTED.test(r.url));
  assert.deepEqual(counted.map((r) => r.encoding), ['gzip', 'gzip']);
  assert.equal(counted.length, 2, `the wasm and the core font, each fetched once: ${counted.map((r) => r.url)}`);
  const total = counted.reduce((n, r) => n + r.length, 0);
  const measured = samples.filter((s) => s.value !== null);
  assert.ok(measured.length >= 10, `the bar was seen moving (${measured.length} samples)`);
  for (const s of measured) {
    assert.equal(s.max, total, 'the total is what the server sends (Content-Length of the encoded copies)');
    assert.ok(Math.abs(s.value - s.wire) <= 0.05 * total,
              `bar ${s.value} vs ${s.wire} bytes on the wire, of ${total}`);
  }
  assert.ok(measured.some((s) => s.value > 0.2 * total && s.value < 0.8 * total), 'seen in the middle');
  assert.ok(measured.some((s) => /已下载 \d+ KB，共 \d+ KB/.test(s.text)), 'progress in KB');
  assert.ok(measured.some((s) => /预计还需约 \d+ 秒/.test(s.text)), 'a time estimate');

  // Started with the page: both requested before loader.js (which uses them) arrived.
  const loader = [...requests.values()].find((r) => /loader\.[0-9a-f]{10}\.js$/.test(r.url));
  for (const r of counted) assert.ok(r.sent < loader.finished, `${r.url} preloaded`);
  assert.equal(await page.evaluate(() => window.__streamed[0]), false, 'the first module compiled from the stream');
  await context.close();
});

test('a click before the second module arrives waits for it, then takes effect', { timeout: 60000 }, async () => {
  const hooked = await startServer();  // the test-hooks app: its hooks locate the buttons
  const context = await chrome.browser.newContext({ viewport: { width: 1280, height: 900 } });
  let arrive;
  const arrived = new Promise((resolve) => { arrive = resolve; });
  // The second module is held back until the test lets it go; a synchronous request for it (the
  // fallback when one of its functions is called first) would pass, and say so on the console.
  await context.route(/skillaid\.deferred\.[0-9a-f]{10}\.wasm$/, async (route) => {
    if (route.request().resourceType() !== 'xhr') await arrived;
    await route.continue();
  });
  const page = await context.newPage();
  const synchronous = [];
  page.on('console', (m) => { if (/synchronously/.test(m.text())) synchronous.push(m.text()); });
  await page.goto(hooked.url);
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
  await clickItem(page, 'nav.sync');
  await page.waitForSelector('#deferred-notice:not([hidden])');
  assert.equal(await page.evaluate(() => document.body.dataset.deferred), undefined, 'still on its way');
  arrive();
  await page.waitForFunction(() => document.body.dataset.deferred === '1', null, { timeout: 10000 });
  await item(page, 'sync.login');  // the click was handled: the sync screen is drawn
  assert.ok(await page.locator('#deferred-notice').isHidden());
  assert.deepEqual(synchronous, [], 'no function of the second module was called before it arrived');
  await context.close();
  await hooked.stop();
});

// A download that stops half way (a dropped mobile link that never closes the
// connection): the page says it is waiting, aborts it after the loader's stall
// limit (12 s without a byte) and fetches it again, and the app starts.
test('a stalled download says so, is started again, and the app starts', { timeout: 90000 }, async () => {
  let wasmRequests = 0;
  const stalled = new Set();
  const proxy = http.createServer((req, res) => {
    const upstream = http.request({ host: '127.0.0.1', port: server.port, path: req.url, method: req.method,
                                    headers: req.headers }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      if (/skillaid\.[0-9a-f]{10}\.wasm$/.test(req.url) && ++wasmRequests === 1) {
        let sent = 0;  // the first 64 KB, then nothing: the connection stays open
        up.on('data', (chunk) => { if (sent < 65536) { res.write(chunk); sent += chunk.length; } });
        stalled.add(res.socket);
        return;
      }
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const context = await chrome.browser.newContext({ viewport: { width: 900, height: 600 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${proxy.address().port}/`);
  await page.waitForFunction(() => /正在等待数据/.test(document.getElementById('status-text').textContent), null,
                             { timeout: 15000 });
  assert.equal(await page.evaluate(() => document.body.dataset.ready), undefined, 'not started on half a module');
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
  assert.equal(wasmRequests, 2, 'the stalled download was started again, once');
  assert.equal(await page.evaluate(() => document.body.dataset.error), undefined);
  await context.close();
  for (const socket of stalled) socket.destroy();
  await new Promise((resolve) => proxy.close(resolve));
});
