// Writes assets/calendar/lunar-dates.json: for each year of the provisional
// calendars, the Gregorian dates of 除夕 (the last day of the lunar year, the
// first day of the 春节 holiday), 清明 (the solar term), 端午 (lunar 5-5) and
// 中秋 (lunar 8-15), as computed by the npm package lunar-javascript (pinned in
// tools/pins.sh, installed into .deps/npm by tools/setup.sh).
//
//   node tools/gen-lunar-dates.mjs           rewrite the file
//   node tools/gen-lunar-dates.mjs --check   exit 1 if the file differs from what the library says
//
// The engine reads the file (engine/calendar.cpp); see docs/calendar.md.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(repoRoot, '.deps/npm/'));
const { Lunar, Solar } = require('lunar-javascript');
const libraryVersion = require('lunar-javascript/package.json').version;

const kFirstYear = 2020;  // the notice's first year (assets/calendar/deadlines.json effective_from)
const kLastYear = 2100;   // how far provisional calendars reach
const output = path.join(repoRoot, 'assets/calendar/lunar-dates.json');

function datesOf(year) {
  const springFestival = Lunar.fromYmd(year, 1, 1).getSolar();  // 正月初一 of the lunar year that starts in `year`
  return {
    chuxi: springFestival.next(-1).toYmd(),
    qingming: Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()['清明'].toYmd(),
    duanwu: Lunar.fromYmd(year, 5, 5).getSolar().toYmd(),
    zhongqiu: Lunar.fromYmd(year, 8, 15).getSolar().toYmd(),
  };
}

const lines = [];
for (let year = kFirstYear; year <= kLastYear; year++) {
  const d = datesOf(year);
  for (const [name, ymd] of Object.entries(d))
    if (!ymd.startsWith(`${year}-`)) throw new Error(`${name} of ${year} falls in another year: ${ymd}`);
  lines.push(`  "${year}": ${JSON.stringify(d).replaceAll(',', ', ').replaceAll(':', ': ')}`);
}
const text = `{
 "source": "lunar-javascript ${libraryVersion}（npm，MIT）：Lunar.fromYmd 农历转公历，JieQiTable 节气",
 "generated_by": "tools/gen-lunar-dates.mjs（node tools/gen-lunar-dates.mjs --check 核对）",
 "note": "chuxi: 除夕（农历年最后一天，春节假期首日）；qingming: 清明节气；duanwu: 农历五月初五；zhongqiu: 农历八月十五。供无国务院正式安排的年份推算暂定日历。",
 "first_year": ${kFirstYear},
 "last_year": ${kLastYear},
 "years": {
${lines.join(',\n')}
 }
}
`;

if (process.argv.includes('--check')) {
  const have = fs.existsSync(output) ? fs.readFileSync(output, 'utf8') : '';
  if (have !== text) {
    console.error(`${path.relative(repoRoot, output)} differs from lunar-javascript ${libraryVersion}: run node tools/gen-lunar-dates.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(repoRoot, output)} matches lunar-javascript ${libraryVersion} (${kFirstYear}-${kLastYear})`);
} else {
  fs.writeFileSync(output, text);
  console.log(`wrote ${path.relative(repoRoot, output)} (${kFirstYear}-${kLastYear})`);
}
