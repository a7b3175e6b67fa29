// Browser tests of 快速测算 and 时限计算 (issue 4 part 2): real clicks, keys and
// typed text at the widgets' positions; totals compared with the native CLI's
// for the same scenario; deadlines, holidays and make-up days on the calendar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launchBrowser, openApp, item, clickItem, artifactsDir } from './harness.mjs';
import { cliEstimate, hookText, type, pick } from './input.mjs';

const viewport = { width: 1280, height: 1400 };
let server, chrome;
before(async () => { server = await startServer(); chrome = await launchBrowser(); });
after(async () => { await chrome?.close(); await server?.stop(); });

test('quick estimate: scheme, occupation typed, hours, attendance, people -> the CLI total, lines with clauses', async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport });
  await clickItem(page, 'nav.quick_estimate');
  await pick(page, 'qe.scheme', 0);
  await hookText(page, 'qe.scheme', (t) => t === '岗前培训补贴');
  await type(page, 'qe.date', '2026-03-02');
  await type(page, 'qe.occupation', '程序设计');
  await clickItem(page, 'qe.occupation.option.0', 40);
  await hookText(page, 'qe.occupation_selected', (t) => t === '计算机程序设计员');
  await type(page, 'qe.hours_offline', '100');
  await type(page, 'qe.hours_online', '40');
  await type(page, 'qe.attendance', '85');
  await type(page, 'qe.count', '30');
  const expected = cliEstimate({ scheme: 'pre_job', date: '2026-03-02', occupation: '计算机程序设计员',
                                 hours: { offline: 100, online: 40 }, attendance: 0.85, count: 30 });
  assert.equal(await hookText(page, 'qe.total_fen', (t) => t === String(expected.total_fen)), String(expected.total_fen));
  assert.ok(expected.total_fen > 0);
  const line0 = (await item(page, 'qe.line.0')).text.split('|');
  assert.deepEqual(line0, [expected.items[0].label, String(expected.items[0].amount_fen), expected.items[0].clause,
                           expected.items[0].explain]);
  await page.screenshot({ path: path.join(artifactsDir, 'quick-estimate.png') });

  // A competition with too few participants: not eligible, and why, with the clause.
  await pick(page, 'qe.scheme', 4);
  await hookText(page, 'qe.scheme', (t) => t === '职业技能竞赛补贴');
  await type(page, 'qe.participants', '20');
  await pick(page, 'qe.enterprise', 2);
  const comp = cliEstimate({ scheme: 'competition', date: '2026-03-02', occupation: '计算机程序设计员',
                             participants: 20, enterprise: { type: 'other' } });
  await hookText(page, 'qe.total_fen', (t) => t === String(comp.total_fen));
  assert.equal((await item(page, 'qe.eligible')).text, String(comp.eligible));
  const issue = await hookText(page, 'qe.issue.0', (t) => t.includes('三(一)5'));
  assert.ok(issue.includes(comp.issues[0].message), issue);

  // Living allowance: group, days, unemployment insurance per person.
  await pick(page, 'qe.scheme', 10);
  await pick(page, 'qe.group', 1);  // 就业困难人员
  await type(page, 'qe.days', '40');
  await type(page, 'qe.count', '2');
  const la = cliEstimate({ scheme: 'living_allowance', date: '2026-03-02',
                           trainees: [{ group: 'employment_difficulty', days: 40 }, { group: 'employment_difficulty', days: 40 }] });
  await hookText(page, 'qe.total_fen', (t) => t === String(la.total_fen));
  await clickItem(page, 'qe.unemployment_insurance', 5);
  await hookText(page, 'qe.total_fen', (t) => t === '0', 'unemployment insurance excludes the allowance');
  await hookText(page, 'qe.issue.0', (t) => t.includes('失业保险金'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('deadline planner: 开班 2026-03-16 -> 2026-03-09, Spring Festival, months by key and click, a year before the calendar', async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport, hasTouch: true });
  await clickItem(page, 'nav.deadlines');
  await pick(page, 'deadlines.event', 0);
  await hookText(page, 'deadlines.event', (t) => t === '开班');
  await type(page, 'deadlines.date', '2026-03-16');
  await hookText(page, 'deadlines.apply_by', (t) => t === '2026-03-09');
  await hookText(page, 'calendar.month', (t) => t === '2026-03');
  await hookText(page, 'calendar.day.2026-03-09', (t) => t === 'workday deadline');
  await hookText(page, 'calendar.day.2026-03-16', (t) => t === 'workday event');
  await hookText(page, 'calendar.day.2026-03-14', (t) => t === 'weekend');
  await page.screenshot({ path: path.join(artifactsDir, 'deadlines.png') });

  // Spring Festival 2026 (2-15 … 2-23 off, 2-14 a make-up Saturday): counted back over it.
  await type(page, 'deadlines.date', '2026-02-24');
  await hookText(page, 'deadlines.apply_by', (t) => t === '2026-02-10');
  await hookText(page, 'calendar.day.2026-02-17', (t) => t === 'holiday');
  await hookText(page, 'calendar.day.2026-02-14', (t) => t === 'makeup_workday');
  await hookText(page, 'calendar.day.2026-02-10', (t) => t === 'workday deadline');
  await page.screenshot({ path: path.join(artifactsDir, 'deadlines-spring-festival.png') });

  // Months by keyboard (PageDown outside a text field) and by the button.
  await clickItem(page, 'calendar.month', 5);
  await page.keyboard.press('PageDown');
  await hookText(page, 'calendar.month', (t) => t === '2026-03');
  await clickItem(page, 'calendar.prev', 10);
  await hookText(page, 'calendar.month', (t) => t === '2026-02');
  await clickItem(page, 'calendar.next', 10);
  await hookText(page, 'calendar.month', (t) => t === '2026-03');
  // A tap on a day makes it the event date; a competition has two deadlines.
  await pick(page, 'deadlines.event', 2);
  const day = await item(page, 'calendar.day.2026-03-20');
  await page.touchscreen.tap(day.x + day.width / 2, day.y + day.height / 2);
  await hookText(page, 'deadlines.date', (t) => t === '2026-03-20');
  await hookText(page, 'deadlines.apply_by', (t) => t === '2026-03-05');
  await hookText(page, 'deadlines.materials_by', (t) => t === '2026-03-30');

  // Before 2020 (the notice's start): the engine's Chinese message, no crash; the app keeps working.
  // (A year after the official schedules is provisional: tests/web/calendar.test.mjs.)
  await type(page, 'deadlines.date', '2019-12-30');
  const message = await hookText(page, 'deadlines.error', (t) => t.includes('2020'));
  assert.match(message, /不在工作日历内/);
  await hookText(page, 'calendar.month', (t) => t === '2026-03');
  await type(page, 'deadlines.date', '2026-02-30');
  await hookText(page, 'deadlines.error', (t) => t.includes('2026-02-30'));
  await type(page, 'deadlines.date', '2020-05-11');
  await hookText(page, 'deadlines.error', (t) => t === '');
  await hookText(page, 'calendar.month', (t) => t === '2020-05');
  assert.deepEqual(errors, []);
  await context.close();
});
