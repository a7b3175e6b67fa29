// Minifies one JavaScript file of the web build with terser (Debian package
// `node-terser`, tools/pins.sh): comments and whitespace out, local names shortened,
// dead code dropped. Top-level names are kept: the web shell's files and
// Emscripten's output share globals (Module, FS, HEAPU8, _malloc...).
// usage: node tools/minify-js.mjs IN OUT   (OUT may be IN)
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
function loadTerser() {
  for (const name of ['terser', '/usr/share/nodejs/terser']) {
    try { return require(name); } catch { /* next */ }
  }
  console.error('minify-js: terser is missing: run tools/setup.sh (Debian package node-terser)');
  process.exit(2);
}

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node tools/minify-js.mjs IN OUT');
  process.exit(2);
}
const { minify } = loadTerser();
const source = fs.readFileSync(input, 'utf8');
const result = await minify(source, { compress: { passes: 2 }, mangle: true, format: { comments: false } });
fs.writeFileSync(output, result.code);
