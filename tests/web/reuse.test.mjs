// Reuse instead of retyping (issue 13 part 5), with real input: the unit
// profile saved from a form (保存为单位信息) pre-fills the next new form; a
// training application with two trainees starts the claim (据此开始补贴申请)
// carrying company, USCC, bank and both trainees; the profile survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, clickItem } from './harness.mjs';
import { hookText, type, pick, residentId } from './input.mjs';

const viewport = { width: 1280, height: 1150 };
const unit = { company: '长春某某科技有限公司', uscc: '91220102MA0000015Y', bank: '工商银行长春绿园支行', account: '6217000010001234569' };
let server, chrome;
before(async () => { server = await startServer(); chrome = await launchBrowser(); });
after(async () => { await chrome?.close(); await server?.stop(); });

async function newDraft(page, kind) {
  await clickItem(page, 'nav.home');
  await clickItem(page, `new.${kind}`);
  await hookText(page, 'save_state', (t) => t === 'saved');
}

test('the unit profile pre-fills new forms and a claim starts from the application with its roster', async () => {
  const { page, context, errors } = await openApp(chrome.browser, server.url, { viewport });
  // The unit profile, filled once from a form.
  await newDraft(page, 'training_application');
  await type(page, 'company_name', unit.company);
  await type(page, 'credit_code', unit.uscc);
  await type(page, 'bank_name', unit.bank);
  await type(page, 'bank_account', unit.account);
  await pick(page, 'district', 4);
  await clickItem(page, 'profile.save_from_form');
  await hookText(page, 'notice', (t) => t.includes('单位信息已保存'));

  // A new application is pre-filled; two trainees.
  await newDraft(page, 'training_application');
  await hookText(page, 'company_name', (t) => t === unit.company);
  await hookText(page, 'credit_code', (t) => t === unit.uscc);
  await hookText(page, 'bank_account', (t) => t === unit.account);
  const people = [['刘洋', residentId('22010419900101123')], ['陈静', residentId('22010419920202124')]];
  for (let i = 0; i < people.length; i++) {
    await clickItem(page, 'roster.add');
    await type(page, `roster.${i}.name`, people[i][0]);
    await type(page, `roster.${i}.id`, people[i][1]);
  }
  await hookText(page, 'save_state', (t) => t === 'saved');

  // 据此开始补贴申请: the claim opens with the unit and both trainees.
  await clickItem(page, 'derive.claim');
  await hookText(page, 'notice', (t) => t.includes('据企业职工培训申请'));
  await hookText(page, 'name', (t) => t === unit.company);
  await hookText(page, 'credit_code', (t) => t === unit.uscc);
  await hookText(page, 'bank_name', (t) => t === unit.bank);
  await hookText(page, 'bank_account', (t) => t === unit.account);
  for (let i = 0; i < people.length; i++) {
    await hookText(page, `roster.${i}.name`, (t) => t === people[i][0]);
    await hookText(page, `roster.${i}.id`, (t) => t === people[i][1]);
  }
  await hookText(page, 'save_state', (t) => t === 'saved');

  // Reload: the profile is still there.
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
  await hookText(page, 'org_name', (t) => t === unit.company);
  await newDraft(page, 'claim');
  await hookText(page, 'credit_code', (t) => t === unit.uscc);
  await hookText(page, 'bank_account', (t) => t === unit.account);
  assert.deepEqual(errors, []);
  await context.close();
});
