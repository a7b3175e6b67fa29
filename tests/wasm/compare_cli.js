// Runs every wrapped input ({"scenario": ...} or {"deadlines": ...}) of the
// given folders, plus two catalog queries, through the native skillaid-cli and
// the wasm skillaid-cli.js, and fails unless stdout is byte-identical and the
// exit status the same.
//   node compare_cli.js NATIVE_CLI WASM_CLI_JS DIR...
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const [nativeCli, wasmCli, ...dirs] = process.argv.slice(2);
if (!nativeCli || !fs.existsSync(nativeCli)) {
  console.error(`FAIL: the native CLI is missing: ${nativeCli}\n` +
                'Build it first (cmake --preset native && cmake --build --preset native),\n' +
                'or point the cache variable SKILLAID_NATIVE_CLI at it.');
  process.exit(1);
}
if (!wasmCli || !fs.existsSync(wasmCli)) {
  console.error(`FAIL: the wasm CLI is missing: ${wasmCli}`);
  process.exit(1);
}

const env = { ...process.env, SKILLAID_TODAY: '2026-03-02' };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skillaid-compare-'));
function run(cmd, args) {
  const r = spawnSync(cmd, args, { env, encoding: 'buffer', maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  return { status: r.status, out: r.stdout };
}

const cases = [];
for (const dir of dirs)
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const command = doc.scenario ? 'estimate' : 'deadlines';
    const input = path.join(tmp, f);
    fs.writeFileSync(input, JSON.stringify(doc.scenario || doc.deadlines));
    cases.push({ name: `${path.basename(dir)}/${f}`, args: [command, input] });
  }
cases.push({ name: 'catalog (all)', args: ['catalog'] }, { name: 'catalog 维修', args: ['catalog', '维修'] });

let failed = 0;
for (const c of cases) {
  const a = run(nativeCli, c.args);
  const b = run(process.execPath, ['--no-experimental-fetch', wasmCli, ...c.args]);
  const same = a.status === b.status && Buffer.compare(a.out, b.out) === 0;
  if (!same) failed++;
  console.log(`${same ? 'same' : 'DIFF'} exit=${a.status}/${b.status} ${c.name}`);
  if (!same) {
    fs.writeFileSync(path.join(tmp, 'native.out'), a.out);
    fs.writeFileSync(path.join(tmp, 'wasm.out'), b.out);
    console.log(`  outputs kept in ${tmp}/native.out and wasm.out`);
  }
}
if (cases.length < 10) { console.error('FAIL: too few cases found'); failed++; }
console.log(`${cases.length} cases, ${failed} different`);
process.exit(failed ? 1 : 0);
