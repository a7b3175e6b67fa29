// Browser test of the print views (issue 13 part 1): each kind filled through
// the real UI (clicks, typing through the IME bridge), its print view opened
// as the user opens it, the print HTML read and checked (A4 page, page numbers,
// headers repeated, the whole commitment, the applicant's own contact, no
// internal columns, nothing cut), then laid out on A4 at 96 dpi with print
// media: nothing wider than the page, a PNG of the page and a PDF of ≥ 1 page
// in tests/artifacts/web/print-<kind>.{png,pdf}.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, openApp, clickItem, artifactsDir } from './harness.mjs';
import { hookText, type, pick, residentId } from './input.mjs';

const viewport = { width: 1280, height: 1800 };  // the whole form and its roster fit: every widget is clickable
const a4 = { portrait: { width: 794, height: 1123 }, landscape: { width: 1123, height: 794 } };  // 96 dpi
// The page margins of @page (engine/forms/print.cpp), added around the screenshot so it shows the printed width.
const pageMargins = 'html{padding:16mm 15mm 18mm}';
let server, chrome;
before(async () => { server = await startServer(); chrome = await launchBrowser(); fs.mkdirSync(artifactsDir, { recursive: true }); });
after(async () => { await chrome?.close(); await server?.stop(); });

async function newDraft(page, kind) {
  await clickItem(page, 'nav.home');
  await clickItem(page, `new.${kind}`);
  await hookText(page, 'save_state', (t) => t === 'saved');
}

async function chooseOccupation(page, typed, name) {
  await type(page, 'occupation', typed);
  await clickItem(page, 'occupation.option.0', 40);
  await hookText(page, 'occupation_selected', (t) => t.startsWith(name));
}

async function addPeople(page, people, extra = async () => {}) {
  for (let i = 0; i < people.length; i++) {
    await clickItem(page, 'roster.add');
    await type(page, `roster.${i}.name`, people[i].name);
    await type(page, `roster.${i}.id`, people[i].id);
    await extra(i, people[i]);
  }
}

const people = [
  { name: '张伟', id: residentId('22010419850301101') },
  { name: '欧阳晓梅', id: residentId('22010419880712102') },
];

// Opens the print view, checks its HTML and layout on A4, saves the PNG and the PDF; returns the HTML.
async function printed(page, kind, { roster = true, orientation = 'portrait' } = {}) {
  const [popup] = await Promise.all([page.context().waitForEvent('page'), clickItem(page, 'print', 10)]);
  await popup.waitForLoadState();
  const html = await popup.content();
  assert.match(html, /@page\{size:A4 portrait/, `${kind}: A4 page`);
  assert.match(html, /counter\(page\).*counter\(pages\)/, `${kind}: page numbers`);
  assert.ok(html.includes('thead{display:table-header-group}') && html.includes('break-inside:avoid'), `${kind}: headers repeat, rows whole`);
  if (roster) assert.match(html, /<table class="list" id="roster"><thead><tr>/, `${kind}: the roster's header in <thead>`);
  assert.ok(!html.includes('width:16%'), `${kind}: no fixed header widths`);
  assert.ok(!html.includes('<th>问题</th>'), `${kind}: no internal 问题 column`);
  assert.ok(!html.includes('\uFFFD'), `${kind}: no cut character`);
  assert.ok(!html.includes('培训培训'), kind);
  assert.ok(html.includes('id="bureau-opinion"') && html.includes('单位公章'), `${kind}: seal and review boxes`);

  await popup.setViewportSize(a4[orientation]);
  await popup.emulateMedia({ media: 'print' });
  const pdf = await popup.pdf({ path: path.join(artifactsDir, `print-${kind}.pdf`), preferCSSPageSize: true, printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) || []).length;
  assert.ok(pages >= 1, `${kind}: the PDF has ${pages} pages`);
  // A constructed style sheet: the print window runs under the app's CSP, which blocks an added <style>.
  await popup.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, pageMargins);
  // Nothing wider than the printed width, no cell cutting its text.
  const layout = await popup.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    clipped: [...document.querySelectorAll('td,th')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent).slice(0, 3),
  }));
  assert.ok(layout.width <= a4[orientation].width, `${kind}: ${layout.width} px wide on A4`);
  assert.deepEqual(layout.clipped, [], `${kind}: cells wider than their column`);
  await popup.screenshot({ path: path.join(artifactsDir, `print-${kind}.png`), fullPage: true });
  await popup.close();
  return html;
}

test('print views: each kind filled through the UI prints like its paper form on A4', async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport });

  // 企业职工培训申请表 (附件4).
  await newDraft(page, 'training_application');
  await type(page, 'company_name', '吉林省长客轨道车辆装备制造有限公司');
  await type(page, 'address', '长春市绿园区青荫路435号');
  await pick(page, 'scheme', 2);  // 岗位技能提升培训
  await pick(page, 'level', 1);   // 中级工
  await type(page, 'occupation', '184');
  await clickItem(page, 'occupation.option.0', 40);
  await hookText(page, 'occupation_selected', (t) => t.startsWith('焊工'));
  await pick(page, 'mode', 0);
  await type(page, 'institution', '本单位自主开展');
  await type(page, 'hours_offline', '90');
  await type(page, 'place', '公司培训中心二楼');
  await type(page, 'bank_name', '工商银行长春绿园支行');
  await type(page, 'bank_account', '6222020200112233445');
  await pick(page, 'district', 4);
  await pick(page, 'ownership', 2);
  await addPeople(page, people);
  await hookText(page, 'estimate.total_fen', (t) => t !== '');
  let html = await printed(page, 'training_application');
  assert.ok(html.includes('吉林省长客轨道车辆装备制造有限公司企业，现申请组织职工开展岗位技能提升培训（中级工），培训委托开展'),
            'the commitment names the company and the training once');
  assert.ok(html.includes('我单位申请培训开班及培训补贴所递交材料真实有效。</p>'), 'the commitment is whole, to its end');
  for (const s of ['企业负责人签字', '人社部门意见', '补贴测算', '三(一)', '欧阳晓梅', people[1].id]) assert.ok(html.includes(s), `training application: ${s}`);

  // 补贴资金申请 (no attachment: a formal A4 form).
  await newDraft(page, 'claim');
  await pick(page, 'organisation', 0);
  await type(page, 'name', '长春一汽富维汽车零部件有限公司');
  await pick(page, 'ownership', 2);
  await pick(page, 'district', 4);  // 绿园区
  await pick(page, 'scheme', 0);    // 岗前培训补贴
  await chooseOccupation(page, '程序设计', '计算机程序设计员');
  await type(page, 'hours_offline', '100');
  await type(page, 'date_from', '2026-03-02');
  await type(page, 'date_to', '2026-04-10');
  await type(page, 'bank_name', '工商银行长春绿园支行');
  await type(page, 'bank_account', '6222020200112233445');
  await type(page, 'contact', '王晓梅');
  await type(page, 'phone', '0431-85551234');
  await addPeople(page, people, async (i) => {
    await type(page, `roster.${i}.attendance`, '95');
    await type(page, `roster.${i}.certificate`, `CC2026-000${i + 1}`);
  });
  await hookText(page, 'estimate.total_fen', (t) => t !== '');
  await hookText(page, 'route.office', (t) => t === '绿园区');
  html = await printed(page, 'claim');
  assert.match(html, /<td id="contact">王晓梅<\/td>/, "the applicant's own contact");
  assert.match(html, /<td class="nowrap" id="phone">0431-85551234<\/td>/, "the applicant's own phone");
  for (const office of ['李丹', '0431-87605084']) assert.ok(!html.includes(office), `no office contact ${office}`);
  assert.ok(html.includes('如有虚报冒领，愿承担相应责任。</p>'), 'the claim commitment is whole');
  for (const s of ['申请单位（盖章）', '法定代表人', '人社部门审核意见', 'CC2026-0002', '<td class="id">' + people[0].id])
    assert.ok(html.includes(s), `claim: ${s}`);

  // 开班申请 (no attachment).
  await newDraft(page, 'class_opening');
  await type(page, 'institution', '长春市汽车职业技能培训学校');
  await pick(page, 'institution_level', 2);
  await pick(page, 'district', 4);
  await pick(page, 'delivery', 0);
  await pick(page, 'scheme', 4);  // 就业技能培训补贴
  await chooseOccupation(page, '育婴', '育婴员');
  await type(page, 'date_from', '2026-03-16');
  await type(page, 'date_to', '2026-04-30');
  await type(page, 'hours_offline', '80');
  await type(page, 'place', '绿园区青年路88号');
  await addPeople(page, people);
  html = await printed(page, 'class_opening');
  for (const s of ['定点培训机构开班申请', '机构负责人签字', '人社部门审核意见', '所报材料真实有效。</p>', '欧阳晓梅'])
    assert.ok(html.includes(s), `class opening: ${s}`);

  // 网络线上培训第三方监管平台申请表 (附件3 + 附件2).
  await newDraft(page, 'platform_application');
  await type(page, 'company_name', '长春智学科技有限公司');
  await type(page, 'address', '长春市朝阳区人民大街100号');
  await type(page, 'platform_name', '智学职业技能在线');
  await type(page, 'platform_url', 'https://zhixue.example.cn');
  await type(page, 'contact', '王老师');
  await type(page, 'phone', '0431-89871357');
  html = await printed(page, 'platform_application', { roster: false });
  assert.ok(html.includes('王老师　0431-89871357'), "the applicant's contact and phone");
  for (const s of ['无违反国家宪法基本原则内容。', '企业负责人签字', '人社部门意见', '第三方监管平台资质汇总表'])
    assert.ok(html.includes(s), `platform application: ${s}`);

  assert.deepEqual(errors, []);
  await context.close();
});
