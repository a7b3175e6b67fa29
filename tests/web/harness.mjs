// Shared set-up for the browser tests: our real server on a free loopback
// port serving a web build, and Debian's Chromium driven by playwright-core.
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(repoRoot, '.deps/npm/'));
const { chromium } = require('playwright-core');

export const serverBinary = process.env.SKILLAID_SERVER || path.join(repoRoot, 'build/native/server/skillaid-server');
export const webRoot = process.env.SKILLAID_WEB_ROOT || path.join(repoRoot, 'build/wasm-test/dist');
// The production app (what the README's run command serves from build/wasm/dist),
// built in the wasm-test tree from the same objects (ui/CMakeLists.txt): no
// window.skillaidTest; tests find widgets through the accessibility mirror
// (getByRole, bounding boxes). startServer({ root: prodWebRoot }); openApp works the same on both.
export const prodWebRoot = process.env.SKILLAID_PROD_WEB_ROOT || path.join(repoRoot, 'build/wasm-test/dist-prod');
export const artifactsDir = path.join(repoRoot, 'tests/artifacts/web');
fs.mkdirSync(artifactsDir, { recursive: true });

// Flags from ../shared/notes/toolchain.md: software WebGL2, no network chatter.
const chromiumArgs = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
    srv.on('error', reject);
  });
}

// Starts skillaid-server; resolves once it accepts connections.
// Options: `port` (to restart on the same origin), `root` (another web root),
// `dataDir` (kept by stop(), to restart on the same data; by default a fresh one
// that stop() removes), `args` (more server arguments, e.g. ['--calendar-dir', dir]).
export async function startServer(options = {}) {
  const root = options.root || webRoot;
  for (const f of [serverBinary, path.join(root, 'index.html')]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: build with the README's test command first`);
  }
  const port = options.port || await freePort();
  const dataDir = options.dataDir || fs.mkdtempSync(path.join(os.tmpdir(), 'skillaid-web-test-'));
  const args = ['--port', String(port), '--web-root', root, '--data-dir', dataDir, ...(options.args || [])];
  const child = spawn(serverBinary, args,
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${log}`);
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return { url, port, dataDir, child, log: () => log, stop: () => stopChild(child, options.dataDir ? null : dataDir) };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${log}`);
}

function stopChild(child, dataDir) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) { resolve(); return; }
    child.on('exit', () => { if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true }); resolve(); });
    child.kill('SIGTERM');
  });
}

// `skillaid-server admin` on a server's data folder: `args` as on its command
// line; `password` is given on stdin where the command reads it. Returns its JSON answer.
export function serverAdmin(dataDir, args, password = '') {
  const input = args.includes('--password-stdin') ? password + '\n' : '';
  return JSON.parse(execFileSync(serverBinary, ['admin', '--data-dir', dataDir, ...args], { input }).toString());
}

// An organisation and one user of it, who logs in with `login` and `password`.
export function createAccount(dataDir, { uscc, orgName, login, password }) {
  serverAdmin(dataDir, ['create-org', '--uscc', uscc, '--name', orgName]);
  serverAdmin(dataDir, ['create-user', '--uscc', uscc, '--login', login, '--password-stdin'], password);
}

// Playwright gives every launch a fresh, empty profile of its own.
export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  return { browser, close: () => browser.close() };
}

// Opens the app and waits for the ready signal (web/loader.js); fails on a page error.
export async function openApp(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 900, height: 600 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === '1' || document.body.dataset.error,
                             null, { timeout: 60000 });
  const error = await page.evaluate(() => document.body.dataset.error || null);
  if (error) throw new Error(`app reported: ${error}`);
  return { context, page, errors };
}

// The rectangle and text of a named widget, published by the test hooks (ui/test_hooks.h).
export async function item(page, name) {
  await page.waitForFunction((n) => window.skillaidTest && window.skillaidTest.items[n], name, { timeout: 10000 });
  return page.evaluate((n) => window.skillaidTest.items[n], name);
}

// Waits until the named widget's text satisfies `predicate` (a frame or two may pass).
export async function itemTextBecomes(page, name, expected) {
  await page.waitForFunction(([n, e]) => window.skillaidTest.items[n] && window.skillaidTest.items[n].text === e,
                             [name, expected], { timeout: 5000 }).catch(() => {});
  return (await item(page, name)).text;
}

// Clicks a widget where the last two frames drew it, both after the previous click was handled: a
// hook kept from an earlier frame (another screen, a closed popup, the screen a click is leaving) or
// a widget still moving (a row just added, a scroll) is waited out. A click is handled in the frame
// after it arrives; what it changes is drawn from the frame after that.
export async function clickItem(page, name, dx = 10) {
  const r = await (await page.waitForFunction((n) => {
    const t = window.skillaidTest, it = t && t.items[n];
    return it && it.frame === t.frame && it.stable && it.frame >= (t.clickFrame ?? -2) + 3 && it;
  }, name, { timeout: 10000 })).jsonValue();
  await page.evaluate(() => { window.skillaidTest.clickFrame = window.skillaidTest.frame; });
  await page.mouse.click(r.x + Math.min(dx, r.width / 2), r.y + r.height / 2);
  return r;
}

// Counts dark pixels of a screenshot region, decoding the PNG in the page.
export async function inkInRegion(page, rect) {
  const png = await page.screenshot({ clip: rect });
  return page.evaluate(async (b64) => {
    // Decoded here, not fetched from a data: URL: the app's CSP allows connect-src 'self' only.
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = c.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const d = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) if (0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2] < 110) dark++;
    return { dark, total: bitmap.width * bitmap.height };
  }, png.toString('base64'));
}

// Decodes a PNG screenshot (8-bit RGB or RGBA, not interlaced: what Chromium writes) in Node:
// { width, height, channels, data } with `channels` bytes per pixel, rows top down.
export function pngPixels(png) {
  let width = 0, height = 0, channels = 0;
  const idat = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at), type = png.toString('latin1', at + 4, at + 8), body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      channels = { 2: 3, 6: 4 }[body[9]];
      if (body[8] !== 8 || !channels || body[12] !== 0) throw new Error(`unexpected PNG format ${[...body.subarray(8, 13)]}`);
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels, data = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)], src = y * (stride + 1) + 1, row = y * stride, up = row - stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? data[row + i - channels] : 0, b = y > 0 ? data[up + i] : 0;
      const c = i >= channels && y > 0 ? data[up + i - channels] : 0;
      let p = a;  // 4: Paeth
      if (filter === 4) {
        const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      const add = [0, a, b, (a + b) >> 1, p][filter];
      data[row + i] = (raw[src + i] + add) & 0xff;
    }
  }
  return { width, height, channels, data };
}
