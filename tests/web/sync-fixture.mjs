// Shared by the browser tests that talk to a real server (sync.test.mjs,
// status.test.mjs, register.test.mjs, workbench.test.mjs): the API as a test
// sees it, a complete 附件4 and 补贴资金申请 filled through the UI until nothing
// is left to fix, the login form.
import assert from 'node:assert/strict';
import { clickItem, item } from './harness.mjs';
import { hookText, type, pick, residentId } from './input.mjs';

// apiLogin/apiGet against the server on `port`; each asserts 200.
export function serverApi(port, password) {
  const api = (p) => `http://127.0.0.1:${port}/api/v1${p}`;
  return {
    url: api,
    async login(login) {
      const r = await fetch(api('/login'), { method: 'POST', body: JSON.stringify({ login, password }) });
      assert.equal(r.status, 200);
      return (await r.json()).token;
    },
    async get(token, p) {
      const r = await fetch(api(p), { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(r.status, 200);
      return r.json();
    },
  };
}

// A new 企业职工培训申请表 for `orgName` with two trainees, complete (issues_summary 0,
// an estimate); returns the receiving office the route names. `district`: the
// option of the office select (4 绿园区, 0 朝阳区).
export async function fillTrainingApplication(page, orgName, district = 4) {
  await clickItem(page, 'nav.home');
  await clickItem(page, 'new.training_application');
  await hookText(page, 'save_state', (t) => t === 'saved');
  await type(page, 'company_name', orgName);
  await type(page, 'address', '长春市绿园区东风大街1号');
  await pick(page, 'scheme', 0);
  await type(page, 'occupation', '程序设计');
  await clickItem(page, 'occupation.option.0', 40);
  await hookText(page, 'occupation_selected', (t) => t === '计算机程序设计员');
  await pick(page, 'mode', 0);  // 集中培训
  await type(page, 'institution', '长春市职业技能培训中心');
  await type(page, 'hours_offline', '100');
  await type(page, 'place', '绿园区培训基地');
  await type(page, 'bank_name', '工商银行长春绿园支行');
  await type(page, 'bank_account', '6222020200112233445');
  await pick(page, 'category', 0);
  await type(page, 'date_from', '2026-03-16');
  await type(page, 'date_to', '2026-04-30');
  await pick(page, 'district', district);
  await pick(page, 'ownership', 2);
  const people = [['张伟', residentId('22010419800110001'), '13804311234'], ['李娜', residentId('22010419810211002'), '13904312345']];
  for (let i = 0; i < people.length; i++) await clickItem(page, 'roster.add');
  await hookText(page, 'roster.count', (t) => t === String(people.length));
  for (let i = 0; i < people.length; i++) {
    await type(page, `roster.${i}.name`, people[i][0]);
    await type(page, `roster.${i}.id`, people[i][1]);
    await type(page, `roster.${i}.mobile`, people[i][2]);
    await type(page, `roster.${i}.attendance`, '95');
  }
  await clickItem(page, 'save_state', 5);
  await hookText(page, 'issues_summary', (t) => t === '0', 'nothing left to fix');
  await hookText(page, 'estimate.total_fen', (t) => t !== '');
  return (await item(page, 'route.office')).text;
}

// A new 补贴资金申请 (岗前培训补贴, 计算机程序设计员) of `orgName` in `district`
// (the office select's option: 4 绿园区, 0 朝阳区), everything but its roster.
export async function fillClaimHeader(page, orgName, district = 4) {
  await clickItem(page, 'nav.home');
  await clickItem(page, 'new.claim');
  await hookText(page, 'save_state', (t) => t === 'saved');
  await pick(page, 'organisation', 0);
  await type(page, 'name', orgName);
  await pick(page, 'ownership', 2);
  await pick(page, 'district', district);
  await pick(page, 'scheme', 0);    // 岗前培训补贴
  await type(page, 'occupation', '程序设计');
  await clickItem(page, 'occupation.option.0', 40);
  await hookText(page, 'occupation_selected', (t) => t === '计算机程序设计员');
  await type(page, 'hours_offline', '100');
  await type(page, 'date_from', '2026-03-02');
  await type(page, 'date_to', '2026-04-10');
  await type(page, 'bank_name', '工商银行长春绿园支行');
  await type(page, 'bank_account', '6222020200112233445');
}

// A complete 补贴资金申请 (fillClaimHeader) for `person` ({name, id}) alone.
export async function fillClaim(page, { orgName, person, district = 4 }) {
  await fillClaimHeader(page, orgName, district);
  await clickItem(page, 'roster.add');
  await hookText(page, 'roster.count', (t) => t === '1');
  await type(page, 'roster.0.name', person.name);
  await type(page, 'roster.0.id', person.id);
  await type(page, 'roster.0.attendance', '95');
  await type(page, 'roster.0.certificate', 'CC2026-0001');
  // 岗前培训's conditions (三(一)1, 二(二)), asked by the claim.
  await clickItem(page, 'roster.0.conditions', 5);
  await hookText(page, 'roster.0.conditions', (t) => t === 'open');
  await type(page, 'roster.0.contract_signed', '2026-01-05');
  await type(page, 'roster.0.contract_months', '36');
  await pick(page, 'roster.0.claim_place', 0);      // 户籍地
  await pick(page, 'roster.0.changchun_hukou', 1);  // 是
  await hookText(page, 'roster.0.conditions.flagged', (t) => t === '');
  await hookText(page, 'issues_summary', (t) => t === '0', 'nothing left to fix');
  await hookText(page, 'estimate.total_fen', (t) => t !== '' && t !== '0');
}

// Logs in on 登录与发件箱 through the form; waits until the session names `login`
// (a reviewer: until 审核工作台, which opens at login, names the office).
export async function loginThroughUi(page, login, password, { reviewer = false } = {}) {
  await clickItem(page, 'nav.sync');
  await type(page, 'sync.login', login);
  await clickItem(page, 'sync.password', 30);
  await page.keyboard.insertText(password);
  await clickItem(page, 'sync.login_button');
  if (reviewer) await hookText(page, 'review.office', (t) => t !== '');
  else await hookText(page, 'sync.user', (t) => t.startsWith(`${login}|`));
}
