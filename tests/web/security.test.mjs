// Browser security headers (issue 16): the real app from the real server runs
// under its Content-Security-Policy with no violation (no inline script or
// style, no eval), reaches ready, and a print view (a blob: page, which
// inherits the policy) shows its styles with no violation either.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, clickItem, prodWebRoot } from './harness.mjs';
import { type, hookText } from './input.mjs';

const limit = { timeout: 180000 };
let chrome;
const servers = [];
before(async () => { chrome = await launchBrowser(); });
after(async () => { await chrome?.close(); for (const s of servers) await s.stop(); });

// A context whose pages (popups too) record every CSP violation and console error.
async function watchedContext(options = {}) {
  const context = await chrome.browser.newContext({ viewport: { width: 1280, height: 1150 }, ...options });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const problems = [];
  const watch = (page) => {
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  };
  context.on('page', watch);
  return { context, problems };
}

async function open(context, url) {
  const page = await context.newPage();
  const response = await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === '1' || document.body.dataset.error, null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.body.dataset.error || null), null);
  return { page, response };
}

for (const [name, root] of [['test build', undefined], ['production build', prodWebRoot]]) {
  test(`the ${name} loads under the CSP with no violation`, limit, async () => {
    const server = await startServer({ root });
    servers.push(server);
    const { context, problems } = await watchedContext();
    const fetched = [];  // every file the page loads from the server: its path and Cache-Control
    context.on('response', (r) => {
      const url = new URL(r.url());
      if (url.origin === new URL(server.url).origin && !url.pathname.startsWith('/api/'))
        fetched.push({ path: url.pathname, cache: r.headers()['cache-control'] });
    });
    const { page, response } = await open(context, server.url);
    const csp = response.headers()['content-security-policy'] || '';
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
    assert.equal(response.headers()['x-frame-options'], 'DENY');
    await page.waitForFunction(() => document.body.dataset.fullFont === '1', null, { timeout: 30000 });
    await page.waitForTimeout(300);  // the service worker registers, version.json arrives
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    // Built files come under content-hashed names kept a year; the entry points are revalidated.
    const entry = new Set(['/', '/index.html', '/sw.js', '/version.json']);
    for (const kind of [/\.wasm$/, /skillaid\.[0-9a-f]{10}\.js$/, /loader\.[0-9a-f]{10}\.js$/, /ui-core\.[0-9a-f]{10}\.ttf$/, /\.css$/])
      assert.ok(fetched.some((f) => kind.test(f.path)), `${kind} fetched: ${fetched.map((f) => f.path).join(' ')}`);
    for (const f of fetched) {
      if (entry.has(f.path)) assert.equal(f.cache, 'no-cache', f.path);
      else {
        assert.match(f.path, /\.[0-9a-f]{10}\.[a-z]+$/, `${f.path}: a content-hashed name`);
        assert.equal(f.cache, 'public, max-age=31536000, immutable', f.path);
      }
    }
    await context.close();
  });
}

test('a print view opens styled under the CSP with no violation', limit, async () => {
  const server = await startServer();
  servers.push(server);
  const { context, problems } = await watchedContext();
  const { page } = await open(context, server.url);
  await clickItem(page, 'nav.home');
  await clickItem(page, 'new.class_opening');
  await hookText(page, 'save_state', (t) => t === 'saved');
  await type(page, 'institution', '长春市焊工培训学校');
  const [popup] = await Promise.all([context.waitForEvent('page'), clickItem(page, 'print', 10)]);
  await popup.waitForLoadState();
  assert.match(await popup.content(), /长春市焊工培训学校/);
  // The print style sheet applies: the heading is centred, the body set in a serif face.
  assert.equal(await popup.evaluate(() => getComputedStyle(document.querySelector('h1')).textAlign), 'center');
  assert.match(await popup.evaluate(() => getComputedStyle(document.body).fontFamily), /serif/);
  assert.deepEqual(await popup.evaluate(() => window.__violations), []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});
