// Adds to DIST/version.json what the loader needs for an honest progress bar
// (web/loader.js): for the twins of the first wasm module and of the core font,
// the size on the wire per content coding and where the decoded bytes stand
// along the way.
//
// usage: node tools/web-wire-sizes.mjs DIST   (after tools/precompress.sh made the .gz/.br copies)
//
// A page never sees the bytes on the wire: fetch() hands it decoded bytes,
// while Content-Length is the encoded size. So for each copy the server may
// send (identity, .gz, .br) we record `wire` (its size) and `decoded`: the
// decoded length available after 0, 1/16, ... 16/16 of the wire bytes,
// measured by decoding prefixes of the very copy that is sent. The loader maps
// the decoded bytes it has counted back to wire bytes through this table.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const STEPS = 16;
const dist = process.argv[2];
const versionFile = path.join(dist, 'version.json');
const manifest = JSON.parse(fs.readFileSync(versionFile, 'utf8'));

const decoders = {
  gzip: (b) => zlib.gunzipSync(b, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).length,
  br: (b) => zlib.brotliDecompressSync(b, { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }).length,
};

function table(bytes, decodedLength) {
  const decoded = [];
  for (let i = 0; i <= STEPS; i++) decoded.push(decodedLength(bytes.subarray(0, Math.round(bytes.length * i / STEPS))));
  return { wire: bytes.length, decoded };
}

const wire = {};
// Only what the progress bar counts (every byte of version.json comes before the first screen).
const COUNTED = ['skillaid.wasm', 'fonts/ui-core.ttf'];
const plain = (f) => f.replace(/\.[0-9a-f]{10}(\.[A-Za-z0-9]+)$/, '$1');
for (const name of Object.keys(manifest.files).filter((f) => COUNTED.includes(plain(f)))) {
  const file = path.join(dist, name);
  const raw = fs.readFileSync(file);
  wire[name] = { identity: { wire: raw.length, decoded: [0, raw.length] } };
  for (const [coding, suffix] of [['gzip', '.gz'], ['br', '.br']]) {
    if (fs.existsSync(file + suffix)) wire[name][coding] = table(fs.readFileSync(file + suffix), decoders[coding]);
  }
}
const text = JSON.stringify({ ...manifest, wire }, null, 1);
if (text !== fs.readFileSync(versionFile, 'utf8')) fs.writeFileSync(versionFile, text);
