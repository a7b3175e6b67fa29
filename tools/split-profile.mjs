// Records which wasm functions the app runs up to its first frames and in the
// second after, in three window sizes (a first visit: no drafts yet, no full font; the pointer moved
// over the screen and out, a wake-up, a resize: no click), and writes their
// names to ui/first-screen-functions.txt: the build keeps those in the first
// module (skillaid.wasm) and moves every other function to
// skillaid.deferred.wasm, fetched right after the first frame (web/loader.js,
// docs/offline.md "The first visit on a slow link").
//
// usage: node tools/split-profile.mjs [BUILD_DIR]   (default build/wasm-test, after its build)
//
// For both apps of the tree (dist with test hooks, dist-prod), uses the
// instrumented module the build keeps (BUILD_DIR/ui/split*/skillaid.instrumented.wasm,
// from emcc -sSPLIT_MODULE: every function, and a __write_profile export
// telling which ones ran) in place of the first module of a copy of the app,
// and keeps the union of the names. Names, not Binaryen's profile, are kept in
// the repository: a profile fits only the exact module it was taken from,
// names survive code changes. A function missing from the list still works (it
// comes with the second module), it only arrives later. Run again after
// changes to what the first screen draws, then rebuild.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launchBrowser, repoRoot } from '../tests/web/harness.mjs';

const build = path.resolve(process.argv[2] || path.join(repoRoot, 'build/wasm-test'));
const out = path.join(repoRoot, 'ui/first-screen-functions.txt');
const IDLE_MS = 1000;
const APPS = [['dist', 'ui/split'], ['dist-prod', 'ui/split_prod']];
// The layout differs with the size: a desktop, the tests' default window, a phone.
const VIEWPORTS = [{ width: 1280, height: 800 }, { width: 900, height: 600 }, { width: 390, height: 844 }];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skillaid-split-'));
const chrome = await launchBrowser();
const names = new Set();
for (const [distName, splitName] of APPS) for (const viewport of VIEWPORTS) {
  const splitDir = path.join(build, splitName);
  const root = path.join(tmp, distName);
  fs.rmSync(root, { recursive: true, force: true });
  // Without the .br/.gz copies (the copy's files are newer, the server would take them for stale).
  fs.cpSync(path.join(build, distName), root, { recursive: true, filter: (f) => !/\.(br|gz)$/.test(f) });
  // The loader asks for the first module by its content-hashed name: that file becomes the instrumented module.
  const primary = fs.readdirSync(root).find((f) => /^skillaid\.[0-9a-f]{10}\.wasm$/.test(f));
  fs.copyFileSync(path.join(splitDir, 'skillaid.instrumented.wasm'), path.join(root, primary));

  const server = await startServer({ root });
  const context = await chrome.browser.newContext({ viewport });
  // The full font arrives after the second module (web/loader.js): what merges it belongs there.
  await context.route(/ui-full\.[0-9a-f]{10}\.ttf$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.ready === '1' || document.body.dataset.error, null, { timeout: 60000 });
  if (await page.evaluate(() => document.body.dataset.error)) throw new Error(`the instrumented ${distName} failed to start`);
  // What the first screen does without being used: the pointer over it, a wake-up, a resize.
  await page.waitForTimeout(500);
  for (let y = 20; y < viewport.height; y += 60) for (let x = 20; x < viewport.width; x += 120) await page.mouse.move(x, y);
  await page.mouse.move(-1, -1);
  await page.evaluate(() => window.SkillAidWake());
  await page.setViewportSize({ width: viewport.width - 100, height: viewport.height - 100 });
  await page.waitForTimeout(IDLE_MS);
  const profile = await page.evaluate(() => {
    const size = 1 << 20, at = Module._malloc(size);
    const n = Module.asm.__write_profile(at, size);
    return Array.from(Module.HEAPU8.subarray(at, at + n));
  });
  await context.close();
  await server.stop();
  const profileFile = path.join(tmp, distName + '.profile');
  fs.writeFileSync(profileFile, Buffer.from(profile));

  // Split the named module by the profile once, to read the names of the functions it keeps.
  const kept = path.join(tmp, distName + '.primary.wasm');
  execFileSync('wasm-split', [path.join(splitDir, 'skillaid.wasm.orig'), '--all-features', `--profile=${profileFile}`,
                              '-o1', kept, '-o2', path.join(tmp, distName + '.secondary.wasm'), '--symbolmap']);
  const before = names.size;
  for (const line of fs.readFileSync(kept + '.symbols', 'utf8').split('\n')) {
    const name = line.replace(/^\d+:/, '');
    if (name && !/^placeholder/.test(name)) names.add(name);
  }
  console.log(`${distName} ${viewport.width}x${viewport.height}: ${names.size - before} more functions`);
}
await chrome.close();
fs.writeFileSync(out, [...names].sort().join('\n') + '\n');
console.log(`${names.size} functions: ${path.relative(repoRoot, out)}`);
fs.rmSync(tmp, { recursive: true, force: true });
