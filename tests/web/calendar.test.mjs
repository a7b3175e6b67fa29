// Browser tests of issue 11 (years without an official holiday schedule):
// a 2027 date gets a provisional deadline with the engine's warning instead
// of an error (开班申请, 时限计算, the print view); a cached app picks up a
// calendar year the server gained (GET /api/v1/calendar, --calendar-dir),
// recomputes the open draft's deadline, says on 首页 and in the draft which
// date moved, and keeps using the year offline after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, openApp, item, clickItem, artifactsDir } from './harness.mjs';
import { hookText, type, pick, printView } from './input.mjs';

const limit = { timeout: 300000 };
const viewport = { width: 1280, height: 1150 };  // the whole 开班申请 form fits: every widget is clickable
let chrome;
const servers = new Set();  // stopped in after() too, so a failed test never leaves one running
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skillaid-calendar-'));
before(async () => { chrome = await launchBrowser(); });
after(async () => {
  await chrome?.close();
  for (const s of servers) await s.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function server(options) {
  const s = await startServer(options);
  servers.add(s);
  return s;
}

// First class day 2027-01-11 (a Monday). Provisional 2027: 元旦 2027-01-01 only, so the
// 5th working day before is 2027-01-04. The test's "official" file makes Saturday
// 2027-01-09 a make-up working day: the 5th working day before becomes 2027-01-05.
const firstClassDay = '2027-01-11';
const provisionalApplyBy = '2027-01-04';
const officialApplyBy = '2027-01-05';
const testYear2027 = {
  year: 2027,
  source: '测试用 2027 年安排',
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  makeup_workdays: ['2027-01-09'],
};

async function newDraft(page, kind) {
  await clickItem(page, 'nav.home');
  await clickItem(page, `new.${kind}`);
  await hookText(page, 'save_state', (t) => t === 'saved');
}

async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.ready === '1' || document.body.dataset.error, null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.body.dataset.error || null), null);
}

test('provisional 2027: 开班申请 and 时限计算 give a date with the warning, not an error; the print view says so', limit, async () => {
  const srv = await server();
  const { page, context, errors } = await openApp(chrome.browser, srv.url, { viewport });
  await newDraft(page, 'class_opening');
  await type(page, 'institution', '长春市焊工培训学校');
  await type(page, 'date_from', firstClassDay);
  const deadline = await hookText(page, 'deadline', (t) => t.includes(provisionalApplyBy));
  assert.match(deadline, /暂定/);
  assert.doesNotMatch(deadline, /不在工作日历内/);
  const warning = await hookText(page, 'deadline.warning', (t) => t.includes('2027'));
  assert.match(warning, /暂定/);
  await hookText(page, 'date_from.error', (t) => t === '', 'no calendar error at the first class day');
  await page.screenshot({ path: path.join(artifactsDir, 'calendar-class-opening-provisional.png') });
  const html = await printView(page);
  assert.ok(html.includes(provisionalApplyBy) && html.includes(warning), 'the print view has the date and the warning');

  await clickItem(page, 'nav.deadlines');
  await pick(page, 'deadlines.event', 0);
  await type(page, 'deadlines.date', firstClassDay);
  await hookText(page, 'deadlines.apply_by', (t) => t === provisionalApplyBy);
  await hookText(page, 'deadlines.warning', (t) => t.includes('2027'));
  await hookText(page, 'calendar.month', (t) => t === '2027-01');
  await hookText(page, 'calendar.day.2027-01-01', (t) => t === 'holiday provisional');
  await hookText(page, 'calendar.provisional', (t) => t.includes('元旦'));
  await page.screenshot({ path: path.join(artifactsDir, 'calendar-deadlines-provisional.png') });
  // Spring Festival 2027 on the month view: days off marked 暂定, never a make-up working day.
  await type(page, 'deadlines.date', '2027-02-15');
  await hookText(page, 'calendar.month', (t) => t === '2027-02');
  await hookText(page, 'calendar.provisional', (t) => t.includes('春节'));
  const marks = await page.evaluate(() => Object.entries(window.skillaidTest.items)
    .filter(([k]) => k.startsWith('calendar.day.2027-02-')).map(([, v]) => v.text));
  assert.ok(marks.some((t) => t.startsWith('holiday provisional')), 'Spring Festival days are provisional holidays');
  assert.ok(!marks.some((t) => t.startsWith('makeup_workday')), 'no make-up working day in a provisional month');
  await page.screenshot({ path: path.join(artifactsDir, 'calendar-deadlines-spring-festival-2027.png') });
  // An official year says nothing of the kind.
  await type(page, 'deadlines.date', '2026-03-16');
  await hookText(page, 'deadlines.apply_by', (t) => t === '2026-03-09');
  await hookText(page, 'deadlines.warning', (t) => t === '');
  await hookText(page, 'calendar.provisional', (t) => t === '');

  // 竞赛方案: calendar-day deadlines; the note that 2027-01-01 is a day off used provisional 2027.
  await page.setViewportSize({ width: 1280, height: 3000 });  // the whole plan fits: the date field is clickable
  await page.waitForTimeout(300);  // a few frames at the new size: the hooks' rectangles follow
  await newDraft(page, 'competition_plan');
  await type(page, 'date', '2027-01-16');
  await hookText(page, 'deadlines', (t) => t.includes('2027-01-01') && t.includes('2027-01-26'));
  const competitionWarning = await hookText(page, 'deadlines.warning', (t) => t.includes('2027'));
  const dateField = await item(page, 'date');
  await page.screenshot({ path: path.join(artifactsDir, 'calendar-competition-provisional.png'),
                          clip: { x: 0, y: Math.max(0, dateField.y - 80), width: 1280, height: 360 } });
  const plan = await printView(page);
  assert.ok(plan.includes(competitionWarning), 'the plan\'s print view has the warning');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a cached app picks up a calendar year the server gained, the draft\'s deadline moves, and it stays offline', limit, async () => {
  const calendarDir = fs.mkdtempSync(path.join(tmp, 'years-'));
  let srv = await server({ args: ['--calendar-dir', calendarDir] });
  const { port } = srv;
  const context = await chrome.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(srv.url);
  await ready(page);
  await page.waitForFunction(() => document.body.dataset.offlineReady === '1' && navigator.serviceWorker.controller,
                             null, { timeout: 60000 });
  await hookText(page, 'calendar.years', (t) => t.startsWith('2020,') && !t.includes('2027'));

  await newDraft(page, 'class_opening');
  await type(page, 'institution', '长春市焊工培训学校');
  await type(page, 'date_from', firstClassDay);
  assert.match(await hookText(page, 'deadline', (t) => t.includes(provisionalApplyBy)), /暂定/);
  await hookText(page, 'deadline.warning', (t) => t.includes('2027'));
  await hookText(page, 'save_state', (t) => t === 'saved');

  // The server gains the official 2027 file while the app runs.
  await srv.stop();
  fs.writeFileSync(path.join(calendarDir, '2027.json'), JSON.stringify(testYear2027, null, 1));
  srv = await server({ port, args: ['--calendar-dir', calendarDir] });
  const listed = await (await fetch(`${srv.url}api/v1/calendar`)).json();
  assert.ok(listed.years.some((y) => y.year === 2027), 'the server lists 2027');
  // The link drops and comes back: the app checks at once (the online event).
  await context.setOffline(true);
  await page.waitForFunction(() => !navigator.onLine);
  await page.waitForTimeout(300);  // a few frames see it
  await context.setOffline(false);

  // The open draft is recomputed on the official year, and says what moved.
  const deadline = await hookText(page, 'deadline', (t) => t.includes(officialApplyBy));
  assert.doesNotMatch(deadline, /暂定/);
  await hookText(page, 'deadline.warning', (t) => t === '');
  const moved = await hookText(page, 'draft_notice.0', (t) => t.includes(provisionalApplyBy));
  assert.ok(moved.includes(officialApplyBy) && moved.includes('长春市焊工培训学校') && moved.includes('2027'), moved);
  await page.screenshot({ path: path.join(artifactsDir, 'calendar-draft-moved.png') });
  await clickItem(page, 'nav.home');
  await hookText(page, 'calendar.years', (t) => t.includes('2027'));
  await hookText(page, 'cal_notice.count', (t) => t === '2');
  const homeNotices = [(await item(page, 'cal_notice.0')).text, (await item(page, 'cal_notice.1')).text];
  assert.ok(homeNotices.some((t) => t.includes('测试用 2027 年安排')), 'the year line names the file');
  assert.ok(homeNotices.some((t) => t === moved), 'the moved date is on 首页 too');
  await page.screenshot({ path: path.join(artifactsDir, 'calendar-home-notices.png') });

  // Offline: a reload still uses the stored 2027, and the notices stay until dismissed.
  await srv.stop();
  await page.reload();
  await ready(page);
  await hookText(page, 'calendar.years', (t) => t.includes('2027'));
  await hookText(page, 'cal_notice.count', (t) => t === '2');
  await clickItem(page, 'draft.0.open', 5);
  await hookText(page, 'deadline', (t) => t.includes(officialApplyBy));
  await hookText(page, 'deadline.warning', (t) => t === '');
  await clickItem(page, 'draft_notice.0.dismiss', 5);
  await hookText(page, 'draft_notice.count', (t) => t === '0');
  await clickItem(page, 'nav.deadlines');
  await pick(page, 'deadlines.event', 0);
  await type(page, 'deadlines.date', firstClassDay);
  await hookText(page, 'deadlines.apply_by', (t) => t === officialApplyBy);
  await hookText(page, 'deadlines.warning', (t) => t === '');
  await hookText(page, 'calendar.day.2027-01-09', (t) => t === 'makeup_workday');
  await page.screenshot({ path: path.join(artifactsDir, 'calendar-deadlines-offline-official.png') });
  await clickItem(page, 'nav.home');
  await hookText(page, 'cal_notice.count', (t) => t === '1');
  assert.deepEqual(errors, []);
  await context.close();
});
