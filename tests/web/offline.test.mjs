// Offline first (issue 6): after one visit the app starts with the server
// stopped, drafts made offline survive reloads, and a new deployment is taken
// up as a whole after the user agrees, keeping the drafts.
import { test, before, after } from 'node:test';
// Each step waits with its own timeout; a test as a whole never hangs the suite.
const limit = { timeout: 300000 };
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, item, clickItem, artifactsDir, repoRoot, webRoot } from './harness.mjs';

let chrome;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skillaid-offline-'));
before(async () => { chrome = await launchBrowser(); });
after(async () => { await chrome?.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

// A private copy of the build, so the test can "deploy" a changed one.
function copyOfBuild(name) {
  const dir = path.join(tmp, name);
  fs.cpSync(webRoot, dir, { recursive: true });
  return dir;
}

async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.ready === '1' || document.body.dataset.error, null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.body.dataset.error || null), null);
}

// Polls hook `name` until `predicate` (an expression of its text t) holds or 15 s pass; its text. The
// predicate runs here in Node: the page's Content-Security-Policy forbids evaluating strings there.
async function hookText(page, name, predicate) {
  const ok = new Function('t', `return ${predicate}`);
  let got = (await item(page, name)).text;
  for (const t0 = Date.now(); !ok(got) && Date.now() - t0 < 15000;) {
    await page.waitForTimeout(30);
    got = await page.evaluate((n) => window.skillaidTest.items[n].text, name);
  }
  return got;
}

// Creates a training-application draft through the UI and waits until it is in IndexedDB.
async function createDraft(page, company) {
  const synced = await page.evaluate(() => Number(document.body.dataset.synced || 0));
  await clickItem(page, 'new.training_application');
  await clickItem(page, 'company_name', 30);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime-bridge');
  await page.keyboard.insertText(company);
  assert.equal(await hookText(page, 'company_name', `t === ${JSON.stringify(company)}`), company);
  await page.waitForFunction((b) => Number(document.body.dataset.synced || 0) > b, synced, { timeout: 10000 });
}

// The first visit: a copy of the build served, the page loaded until the
// service worker controls it; the running build's version.
async function firstVisit(name) {
  const root = copyOfBuild(name);
  const server = await startServer({ root });
  const context = await chrome.browser.newContext({ viewport: { width: 1400, height: 1200 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await page.waitForFunction(() => document.body.dataset.offlineReady === '1' && navigator.serviceWorker.controller,
                             null, { timeout: 60000 });
  await page.waitForFunction(() => document.body.dataset.version, null, { timeout: 10000 });
  const version = await page.evaluate(() => document.body.dataset.version);
  return { root, server, context, page, version };
}

test('after one visit the app starts and keeps drafts with the server stopped', limit, async () => {
  const { server, context, page, version } = await firstVisit('offline');
  assert.match(version, /^[0-9a-f]{12}$/);

  await server.stop();
  await page.reload();
  await ready(page);
  await page.screenshot({ path: path.join(artifactsDir, 'offline-start.png') });
  await page.waitForFunction(() => document.body.dataset.version, null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => document.body.dataset.version), version);
  await createDraft(page, '长春市九台区营城矿业培训中心');
  await page.reload();
  await ready(page);
  assert.equal(await hookText(page, 'drafts_count', 't === "1"'), '1', 'the draft made offline is still there');
  await clickItem(page, 'nav.home');
  await context.close();
});

test('a new deployment is taken up as a whole after the prompt, and drafts stay', limit, async () => {
  const { root, server, context, page, version: oldVersion } = await firstVisit('update');
  await createDraft(page, '吉林省长春市汽车产业开发区技工学校');

  // Deploy a changed build: a changed file, then the version stamp, as the build does.
  fs.appendFileSync(path.join(root, 'style.css'), '\n/* deployment 2 */\n');
  for (const f of ['style.css.br', 'style.css.gz']) fs.rmSync(path.join(root, f), { force: true });
  execFileSync('python3', [path.join(repoRoot, 'tools/web-manifest.py'), root]);
  for (const f of ['sw.js.br', 'sw.js.gz', 'version.json.br', 'version.json.gz']) fs.rmSync(path.join(root, f), { force: true });
  const newVersion = JSON.parse(fs.readFileSync(path.join(root, 'version.json'), 'utf8')).version;
  assert.notEqual(newVersion, oldVersion);

  // The next visit still runs the old version and offers the new one.
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => document.body.dataset.version, null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => document.body.dataset.version), oldVersion, 'no mixing: old code until agreed');
  // Chromium starts the update check for a registration it has just installed
  // only about a minute later: wait for it rather than forcing it.
  await page.waitForFunction(() => document.body.dataset.updateReady === '1', null, { timeout: 150000 });
  assert.ok(await page.locator('#update-banner').isVisible());
  await page.screenshot({ path: path.join(artifactsDir, 'update-ready.png') });
  await Promise.all([page.waitForEvent('load'), page.locator('#update-reload').click()]);
  await ready(page);
  await page.waitForFunction((v) => document.body.dataset.version === v, newVersion, { timeout: 10000 });
  // The style sheet the page uses now: the new deployment's twin (its content hash changed with it).
  const css = await page.evaluate(() => fetch(document.querySelector('link[rel=stylesheet]').href).then((r) => r.text()));
  assert.match(css, /deployment 2/, 'the new files are in use');
  assert.equal(await hookText(page, 'drafts_count', 't === "1"'), '1', 'the draft survived the update');
  await context.close();
  await server.stop();
});
