// Browser tests of the 职业技能竞赛方案 (with the 参赛选手信息登记表 and its
// photo) and the 网络线上培训第三方监管平台申请表: real clicks at the widgets'
// hooked rectangles, real typing, real file choosers. The page's clock is
// shifted to 2026-03-02 (inside the embedded 2026 calendar) so deadlines are
// stable; time still runs, so autosave works as in use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launchBrowser, openApp, item, itemTextBecomes, clickItem, artifactsDir } from './harness.mjs';
import { residentId } from './input.mjs';

const kViewport = { width: 1280, height: 900 };
const kToday = '2026-03-02T09:00:00';

let server, chrome;
before(async () => { server = await startServer(); chrome = await launchBrowser(); });
after(async () => { await chrome?.close(); await server?.stop(); });

async function open(options = {}) {
  const context = await chrome.browser.newContext({ viewport: kViewport, ...options });
  await context.addInitScript((today) => {
    const Real = Date;
    const offset = new Real(today).getTime() - Real.now();
    class Shifted extends Real {
      constructor(...a) { if (a.length) super(...a); else super(Real.now() + offset); }
      static now() { return Real.now() + offset; }
    }
    window.Date = Shifted;
  }, kToday);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
  await page.waitForFunction(() => document.body.dataset.fullFont === '1', null, { timeout: 30000 });
  return { context, page, errors };
}

// Scrolls the form with the mouse wheel until the widget is inside the window.
// Scrolls until the last frame drew `name` whole. A widget scrolled out of view is not drawn, so its
// hook keeps the place where it was last seen (stale: an older frame): it has moved away from there,
// above the view if it was last seen in its upper half, below if in its lower half.
async function reveal(page, name) {
  for (let i = 0; i < 40; i++) {
    const r = await item(page, name);
    const stale = await page.evaluate((n) => window.skillaidTest.items[n].frame < window.skillaidTest.frame, name);
    const top = 0, bottom = kViewport.height - 4;
    if (!stale && r.y >= top && r.y + r.height <= bottom) return r;
    const delta = stale ? (r.y < kViewport.height / 2 ? -400 : 400) : r.y - kViewport.height / 2;
    await page.mouse.move(r.x + 4 > 0 && r.x < kViewport.width ? r.x + 4 : 400, kViewport.height / 2);
    await page.mouse.wheel(0, Math.max(-400, Math.min(400, delta)));
    await page.waitForTimeout(60);
  }
  throw new Error(`${name} not scrolled into view`);
}

async function click(page, name) {
  await reveal(page, name);
  return clickItem(page, name, 6);
}

// Focuses a text field (the IME bridge takes the keys) and types `text` at the end.
async function type(page, name, text, { replace = false } = {}) {
  await click(page, name);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime-bridge', null, { timeout: 5000 });
  if (replace) { await page.keyboard.press('Control+A'); await page.keyboard.press('Delete'); }
  else await page.keyboard.press('End');  // the click put the cursor where it landed
  await page.keyboard.insertText(text);
}

async function setNumber(page, name, value) {
  await type(page, name, String(value), { replace: true });
  assert.equal(await itemTextBecomes(page, name, String(value)), String(value));
}

async function choose(page, name, option) {
  await click(page, name);
  await clickItem(page, `${name}.option.${option}`, 6);
}

// A resident ID with a correct check character (GB 11643).
// Image bytes made by the browser's own encoder.
async function canvasImage(page, mime) {
  const b64 = await page.evaluate(async (type) => {
    const c = document.createElement('canvas');
    c.width = 300; c.height = 400;
    const g = c.getContext('2d');
    g.fillStyle = '#3a6ea5'; g.fillRect(0, 0, 300, 400);
    g.fillStyle = '#f2d7b6'; g.beginPath(); g.arc(150, 150, 80, 0, Math.PI * 2); g.fill();
    const blob = await new Promise((r) => c.toBlob(r, type, 0.9));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, mime);
  return Buffer.from(b64, 'base64');
}

async function choosePhoto(page, name, file) {
  await reveal(page, name);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, name, 6)]);
  await chooser.setFiles(file);
}

async function printView(page, context) {
  const [popup] = await Promise.all([context.waitForEvent('page'), clickItem(page, 'print')]);
  await popup.waitForLoadState();
  return popup;
}

// Autosaved and copied to IndexedDB (a sync takes a few milliseconds; see docs/ui.md "Storage").
async function waitSaved(page) {
  await page.waitForFunction(() => window.skillaidTest.items.save_state.text === 'saved', null, { timeout: 5000 });
  await page.waitForTimeout(400);
  await page.waitForFunction(() => Number(document.body.dataset.synced || 0) > 0, null, { timeout: 5000 });
}

test('competition plan: the estimate follows the participants, deadlines and the late warning', async () => {
  const { page, context, errors } = await open();
  await clickItem(page, 'new.competition_plan');
  await type(page, 'competition_name', '2026年一汽焊工职业技能竞赛');
  assert.equal(await itemTextBecomes(page, 'competition_name', '2026年一汽焊工职业技能竞赛'), '2026年一汽焊工职业技能竞赛');
  await setNumber(page, 'participants', 29);
  assert.equal(await itemTextBecomes(page, 'estimate.eligible', 'false'), 'false');
  assert.equal((await item(page, 'estimate.total_fen')).text, '0');
  assert.match((await item(page, 'participants.error')).text, /参加人数 29 少于 30 人，差 1 人/);
  await setNumber(page, 'participants', 30);
  assert.equal(await itemTextBecomes(page, 'estimate.total_fen', '3000000'), '3000000');
  assert.equal((await item(page, 'estimate.eligible')).text, 'true');
  assert.equal((await item(page, 'participants.error')).text, '');

  // 赛前15天 / 赛后10天; a competition 10 days away is late (warning, not an error).
  await type(page, 'date', '2026-04-20');
  assert.match(await page.waitForFunction(() => window.skillaidTest.items.deadlines.text.includes('2026-04-05'))
    .then(() => item(page, 'deadlines')).then((r) => r.text), /竞赛申请截止：2026-04-05.*竞赛材料提交截止：2026-04-30/s);
  assert.equal((await item(page, 'date.error')).text, '');
  await type(page, 'date', '2026-03-12', { replace: true });
  await page.waitForFunction(() => window.skillaidTest.items['date.error'].text.includes('晚'), null, { timeout: 5000 });
  assert.match((await item(page, 'date.error')).text, /已晚于竞赛申请截止日 2026-02-25.*晚 5 天/);

  // The enterprise's limit: an "other" enterprise with 5 projects already subsidised gets nothing.
  await choose(page, 'enterprise_type', 2);
  await setNumber(page, 'projects_subsidised', 5);
  assert.equal(await itemTextBecomes(page, 'estimate.total_fen', '0'), '0');
  assert.match((await item(page, 'projects_subsidised.error')).text, /其他企业享受补贴的项目不超过 5 个，已享受 5 个/);
  await setNumber(page, 'projects_subsidised', 4);
  assert.equal(await itemTextBecomes(page, 'estimate.total_fen', '3000000'), '3000000');
  await page.screenshot({ path: path.join(artifactsDir, 'competition-plan.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('registration: ID cross-check, JPG photo thumbnail, PNG and >1M refused, photo kept over a reload, print', async () => {
  const { page, context, errors } = await open();
  await clickItem(page, 'new.competition_plan');
  await type(page, 'competition_name', '焊工技能比武');
  await click(page, 'reg.add');
  await type(page, 'reg.0.name', '李明');
  const id = residentId('22010219900307123');  // born 1990-03-07, 17th digit 3: male
  await type(page, 'reg.0.id', id);
  assert.equal(await itemTextBecomes(page, 'reg.0.birth_date', '1990-03-07'), '1990-03-07', 'birth date filled from the ID');
  assert.equal(await itemTextBecomes(page, 'reg.0.sex', '男'), '男');
  await type(page, 'reg.0.birth_date', '1990-03-08', { replace: true });
  await page.waitForFunction(() => window.skillaidTest.items['reg.0.birth_date.error'].text !== '', null, { timeout: 5000 });
  assert.match((await item(page, 'reg.0.birth_date.error')).text, /与身份证号不符.*1990-03-07/);
  await choose(page, 'reg.0.sex', 1);
  assert.match(await page.waitForFunction(() => window.skillaidTest.items['reg.0.sex.error'].text).then(() => item(page, 'reg.0.sex.error')).then((r) => r.text), /身份证号为男性/);
  await type(page, 'reg.0.mobile', '1380431123');
  assert.match(await page.waitForFunction(() => window.skillaidTest.items['reg.0.mobile.error'].text).then(() => item(page, 'reg.0.mobile.error')).then((r) => r.text), /.+/);
  await type(page, 'reg.0.email', 'liming.example.com');
  assert.match(await page.waitForFunction(() => window.skillaidTest.items['reg.0.email.error'].text).then(() => item(page, 'reg.0.email.error')).then((r) => r.text), /电子邮箱格式不正确/);
  assert.equal((await item(page, 'reg.0.photo.error')).text, '请上传选手相片');
  // A ranked contestant gets the 三(一)5 promotion line: 3rd place, 中级工 -> 高级工.
  await choose(page, 'reg.0.level', 2);
  await setNumber(page, 'reg.0.rank', 3);
  assert.equal(await itemTextBecomes(page, 'estimate.item.0', '晋升高级工'), '晋升高级工');

  const jpeg = await canvasImage(page, 'image/jpeg');
  assert.deepEqual([...jpeg.subarray(0, 3)], [0xFF, 0xD8, 0xFF]);
  await choosePhoto(page, 'reg.0.photo.pick', { name: 'liming.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await page.waitForFunction(() => window.skillaidTest.items['reg.0.photo'].text !== '', null, { timeout: 10000 });
  assert.match((await item(page, 'reg.0.photo')).text, /^120 × 160 像素缩略图/);
  const thumb = await reveal(page, 'reg.0.photo');
  assert.ok(thumb.width > 100 && thumb.height > 140, `thumbnail drawn: ${JSON.stringify(thumb)}`);
  assert.equal((await item(page, 'reg.0.photo.error')).text, '');
  await page.screenshot({ path: path.join(artifactsDir, 'competition-registration-photo.png') });

  const png = await canvasImage(page, 'image/png');
  await choosePhoto(page, 'reg.0.photo.pick', { name: 'liming.png', mimeType: 'image/png', buffer: png });
  await page.waitForFunction(() => window.skillaidTest.items['reg.0.photo.notice'].text !== '', null, { timeout: 10000 });
  assert.match((await item(page, 'reg.0.photo.notice')).text, /照片须为 JPG 格式/);
  const big = Buffer.alloc(1024 * 1024 + 1);
  big.set([0xFF, 0xD8, 0xFF, 0xE0]);
  await choosePhoto(page, 'reg.0.photo.pick', { name: 'big.jpg', mimeType: 'image/jpeg', buffer: big });
  await page.waitForFunction(() => window.skillaidTest.items['reg.0.photo.notice'].text.includes('1M'), null, { timeout: 10000 });
  assert.match((await item(page, 'reg.0.photo.notice')).text, /超过 1M 的限制/);
  assert.match((await item(page, 'reg.0.photo')).text, /^120 × 160/, 'the refused files left the JPG in place');

  await waitSaved(page);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
  await clickItem(page, 'draft.0.open');
  await page.waitForFunction(() => window.skillaidTest.items['reg.0.photo'] &&
    window.skillaidTest.items['reg.0.photo'].text.startsWith('120 × 160'), null, { timeout: 10000 });
  assert.equal((await item(page, 'reg.0.name')).text, '李明');
  assert.equal((await item(page, 'reg.0.photo.error')).text, '');

  const popup = await printView(page, context);
  const html = await popup.content();
  for (const heading of ['一、竞赛目的', '二、组织机构', '（一）赛务组', '（四）监督仲裁组', '三、竞赛标准', '四、参赛资格',
    '五、竞赛时间和地点', '六、竞赛说明', '七、竞赛奖励', '八、竞赛要求', '长春市职业技能竞赛参赛选手信息登记表', '选手身份', '个人社保编号'])
    assert.ok(html.includes(heading), `print view has ${heading}`);
  assert.ok(html.includes(id), 'the registration is printed');
  const img = await popup.evaluate(() => { const i = document.querySelector('.registration img'); return i && { w: i.naturalWidth, h: i.naturalHeight }; });
  assert.deepEqual(img, { w: 300, h: 400 }, 'the stored JPG itself is printed');
  await popup.screenshot({ path: path.join(artifactsDir, 'competition-print.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

// The 附件5 parts of issue 13: the 命题裁判组's lists (rows added, typed and deleted
// through the table), the 竞赛说明 sub-sections and the fixed 参赛选手守则, on screen and printed.
test('competition plan: 命题人员 and 考评人员 rows, 竞赛违纪处理规定, the five rules on screen and in print', async () => {
  const { page, context, errors } = await open();
  await clickItem(page, 'new.competition_plan');
  await type(page, 'competition_name', '2026年一汽焊工职业技能竞赛');
  const setters = 'groups.judging.setters', examiners = 'groups.judging.examiners';
  assert.equal(await itemTextBecomes(page, `${setters}.error`, '请至少填写一名命题人员'), '请至少填写一名命题人员');
  assert.equal((await item(page, `${examiners}.error`)).text, '请至少填写一名考评人员');

  await click(page, `${setters}.add`);
  assert.equal(await itemTextBecomes(page, `${setters}.error`, ''), '');
  assert.equal(await itemTextBecomes(page, `${setters}.0.name.error`, '必填'), '必填');
  const setter = ['吴刚', '长春一汽焊装有限公司', '高级工程师', '焊工 一级/高级技师'];
  for (const [i, member] of ['name', 'unit', 'title', 'qualification'].entries()) {
    await type(page, `${setters}.0.${member}`, setter[i]);
    assert.equal(await itemTextBecomes(page, `${setters}.0.${member}`, setter[i]), setter[i]);
  }
  assert.equal(await itemTextBecomes(page, `${setters}.0.name.error`, ''), '');
  assert.equal((await item(page, `${setters}.0.unit.error`)).text, '');

  // A second row, then × removes it.
  await click(page, `${setters}.add`);
  assert.equal(await itemTextBecomes(page, `${setters}.1.unit.error`, '必填'), '必填');
  await click(page, `${setters}.1.delete`);
  await page.waitForFunction((n) => !window.skillaidTest.items[n] || window.skillaidTest.items[n].text === '',
    `${setters}.1.unit.error`, { timeout: 5000 }).catch(() => {});
  assert.equal((await item(page, `${setters}.0.name`)).text, '吴刚', 'the first row stays');

  await click(page, `${examiners}.add`);
  await type(page, `${examiners}.0.name`, '王磊');
  await type(page, `${examiners}.0.unit`, '长春市职业技能鉴定中心');
  assert.equal(await itemTextBecomes(page, `${examiners}.0.unit`, '长春市职业技能鉴定中心'), '长春市职业技能鉴定中心');
  assert.equal(await itemTextBecomes(page, `${examiners}.error`, ''), '');

  // 竞赛说明: 竞赛违纪处理规定 is required; the attachment leaves its text to the organiser.
  assert.equal((await item(page, 'explanation.violations.error')).text, '必填');
  const violations = '违反竞赛纪律者，视情节取消竞赛成绩。';
  await type(page, 'explanation.violations', violations);
  assert.equal(await itemTextBecomes(page, 'explanation.violations.error', ''), '');
  assert.equal((await item(page, 'explanation.violations')).text, violations);
  assert.equal((await item(page, 'explanation.draw.error')).text, '', '抽签办法 may stay empty');
  await page.screenshot({ path: path.join(artifactsDir, 'competition-explanation.png') });

  // The 守则 is the attachment's text, shown and not editable.
  const rules = (await item(page, 'contestant_rules')).text.trim().split('\n');
  assert.equal(rules.length, 5);
  assert.match(rules[0], /^一、参赛选手应在规定时间到达赛场/);
  assert.match(rules[4], /^五、参赛选手要讲道德.*取消其竞赛成绩。$/);
  await reveal(page, `${setters}.0.name`);
  await page.screenshot({ path: path.join(artifactsDir, 'competition-judging-lists.png') });

  // Saved with the draft: the rows and the text are back after a reload.
  await waitSaved(page);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
  await clickItem(page, 'draft.0.open');
  assert.equal(await itemTextBecomes(page, `${setters}.0.qualification`, setter[3]), setter[3]);
  assert.equal((await item(page, `${examiners}.0.name`)).text, '王磊');
  assert.equal((await item(page, 'explanation.violations')).text, violations);
  const popup = await printView(page, context);
  const html = await popup.content();
  const lists = await popup.evaluate(() => [...document.querySelectorAll('table.list')].map((t) => ({
    id: t.id,
    head: [...t.querySelectorAll('thead th')].map((th) => th.textContent),
    rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent)),
  })));
  const head = ['序号', '姓名', '单位', '职务/职称', '职业资格/等级'];
  assert.deepEqual(lists, [
    { id: 'setters', head, rows: [['1', ...setter]] },
    { id: 'examiners', head, rows: [['1', '王磊', '长春市职业技能鉴定中心', '', '']] },
  ]);
  for (const text of ['命题人员：', '考评人员：', '（二）命题裁判组', '五、竞赛违纪处理规定', violations, '参赛选手守则', ...rules])
    assert.ok(html.includes(text), `print view has ${text}`);
  // No header cell of the lists is squeezed to a fixed width: each shows its whole title on one line.
  const squeezed = await popup.evaluate(() => [...document.querySelectorAll('table.list th')]
    .filter((th) => th.scrollWidth > th.clientWidth || th.getBoundingClientRect().height > 40).map((th) => th.textContent));
  assert.deepEqual(squeezed, []);
  await popup.screenshot({ path: path.join(artifactsDir, 'competition-print-judging.png'), fullPage: true });
  await popup.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('competition plan on a phone: the 命题人员 table keeps readable cells', async () => {
  const { page, context, errors } = await open({ viewport: { width: 400, height: kViewport.height } });
  await clickItem(page, 'new.competition_plan');
  await click(page, 'groups.judging.setters.add');
  await type(page, 'groups.judging.setters.0.name', '吴刚');
  assert.equal(await itemTextBecomes(page, 'groups.judging.setters.0.name', '吴刚'), '吴刚');
  const unit = await reveal(page, 'groups.judging.setters.0.unit');
  assert.ok(unit.width >= 100, `单位 cell ${unit.width} px wide`);
  await page.screenshot({ path: path.join(artifactsDir, 'competition-judging-narrow.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('platform application: unmet 必达指标 block 待提交, meeting them makes the form ready; print view', async () => {
  const { page, context, errors } = await open();
  await clickItem(page, 'new.platform_application');
  await type(page, 'company_name', '长春智学科技有限公司', { replace: true });
  await type(page, 'address', '长春市朝阳区人民大街100号');
  await type(page, 'platform_name', '智学职业技能在线');
  await type(page, 'platform_url', 'zhixue.example.cn');
  await page.waitForFunction(() => window.skillaidTest.items['platform_url.error'].text !== '', null, { timeout: 5000 });
  assert.match((await item(page, 'platform_url.error')).text, /http/);
  await type(page, 'platform_url', 'https://zhixue.example.cn', { replace: true });
  await type(page, 'summary', '支持直播、录播、人脸识别签到和在线考试。');
  await type(page, 'contact', '王老师');
  await type(page, 'phone', '0431-89');
  await page.waitForFunction(() => window.skillaidTest.items['phone.error'].text !== '', null, { timeout: 5000 });
  await type(page, 'phone', '871357');
  assert.equal(await itemTextBecomes(page, 'phone.error', ''), '');
  await type(page, 'credit_code', '91220101MA0000000X');
  await page.waitForFunction(() => window.skillaidTest.items['credit_code.error'].text !== '', null, { timeout: 5000 });
  await type(page, 'credit_code', '', { replace: true });

  await setNumber(page, 'concurrent_learners', 999);
  assert.match(await page.waitForFunction(() => window.skillaidTest.items['concurrent_learners.error'].text)
    .then(() => item(page, 'concurrent_learners.error')).then((r) => r.text), /低于 1000 人.*差 1 人/);
  await setNumber(page, 'concurrent_learners', 1000);
  assert.equal(await itemTextBecomes(page, 'concurrent_learners.error', ''), '');
  for (const q of [1, 2, 5]) await click(page, `qualification.${q}`);
  await click(page, 'integration');
  for (const option of ['supervision.3.face', 'supervision.3.fingerprint', 'supervision.4.automatic',
    'supervision.7.face_compare', 'supervision.8.learning']) await click(page, option);
  // Only the 必达指标 are left: each blocks.
  for (const must of [1, 2, 5, 6]) {
    await reveal(page, `supervision.${must}.error`);  // a hook out of view keeps its last text
    assert.match((await itemTextBecomes(page, `supervision.${must}.error`, '必达指标未满足：平台不具备此项不能申请')), /必达指标未满足/);
  }
  assert.equal(await itemTextBecomes(page, 'issues_summary', '4'), '4');
  await waitSaved(page);
  await click(page, 'nav.home');
  assert.equal(await itemTextBecomes(page, 'counts.platform_application', '1/0'), '1/0', 'saved as 草稿');
  await clickItem(page, 'draft.0.open');
  for (const must of [1, 2, 5]) await click(page, `supervision.${must}`);
  assert.equal(await itemTextBecomes(page, 'issues_summary', '1'), '1');
  await click(page, 'supervision.6');
  assert.equal(await itemTextBecomes(page, 'issues_summary', '0'), '0');
  await page.screenshot({ path: path.join(artifactsDir, 'platform-application.png') });
  await waitSaved(page);
  await click(page, 'nav.home');
  assert.equal(await itemTextBecomes(page, 'counts.platform_application', '0/1'), '0/1', 'now 待提交');
  await clickItem(page, 'draft.0.open');

  const popup = await printView(page, context);
  const html = await popup.content();
  for (const text of ['网络线上培训第三方监管平台申请表', '平台网址及二维码', 'https://zhixue.example.cn', '企业申请承诺',
    '企业负责人签字', '人社部门意见', '第三方监管平台资质汇总表', '一、资质条件', '同时在线学习人数不低于 1000 人',
    '四、监管要求', '☑人脸识别签到', '☐录屏'])
    assert.ok(html.includes(text), `print view has ${text}`);
  await popup.screenshot({ path: path.join(artifactsDir, 'platform-print.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
