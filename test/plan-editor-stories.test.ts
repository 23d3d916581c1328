import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './kit/app';
import { confirmPopover, launchBrowser, screenshot, signIn } from './kit/browser';

const CODE = 'ip-points-2026';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function pickDate(scope: Locator, label: string, date: string) {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Opens an antd Select by its label, searches, and picks the option. */
async function pickOption(page: Page, scope: Locator, label: string | RegExp, search: string, option: string) {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(search);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/** Adds through the tree's add button and the modal: the new item is then selected. */
async function add(page: Page, button: string, code: string, title: string) {
  await page.getByRole('button', { name: button }).click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByLabel('编号').fill(code);
  await modal.getByLabel('名称').fill(title);
  await modal.getByRole('button', { name: /新\s*增/ }).click();
  await expect.poll(() => modal.isVisible(), { timeout: 20_000, message: `「${code}」没有新增成功` }).toBe(false);
  await expect
    .poll(() => page.locator('.ant-tree-node-selected').textContent(), {
      timeout: 20_000,
      message: `「${code}」未选中`,
    })
    .toContain(code);
}

describe('the plan office makes a plan in the editor and publishes it', { timeout: 300_000 }, () => {
  it('an admin starts a draft from the header, the office writes it, and publishing lists what is missing', async () => {
    const admin = await signIn(browser, app.url, 'admin', undefined, { home: true });
    try {
      // 新建方案 on the plan list, offered by the server's Query.viewerCan.
      await admin.page.getByTestId('new-plan').click();
      await admin.page.waitForURL(/\/plans\/new$/);
      const form = admin.page.getByTestId('new-plan-form');
      await form.getByLabel('方案编码').fill(CODE);
      await form.getByLabel('方案名称').fill('博山区2026年知识产权工作要点');
      await form.getByLabel('印发机关').fill('博山区知识产权强区建设试点区领导小组');
      await form.getByLabel('文号').fill('博知领发〔2026〕1号');
      await pickDate(form, '开始日期', '2026-01-01');
      await pickDate(form, '结束日期', '2026-12-31');
      await form.getByLabel(/领导小组/).click();
      await admin.page.locator('.ant-select-item-option').filter({ hasText: '试点区领导小组' }).click();
      await screenshot(admin.page, 'plan-editor-new-plan');
      await form.getByRole('button', { name: '创建草稿' }).click();
      await admin.page.waitForURL(new RegExp(`/plans/${CODE}/edit$`), { timeout: 45_000 });
      expect(admin.errors).toEqual([]);
    } finally {
      await admin.context.close();
    }

    // The office of the leading group (区市场监督管理局) writes the draft.
    const { page, context, errors } = await signIn(browser, app.url, 'market-supervision');
    try {
      await page.goto(`/plans/${CODE}/edit`);
      await expect
        .poll(() => page.getByTestId('editor-tree').isVisible(), { timeout: 20_000, message: '编辑器没有打开' })
        .toBe(true);
      // The editor is not the cockpit: no tab of the plan's menu is marked.
      expect(await page.locator('.app-menu .ant-menu-item-selected').allTextContents()).toEqual([]);
      await add(page, '目标', 'G1', '知识产权创造质量提升');
      await add(page, '工程/措施', 'P1', '高价值专利培育工程');
      await add(page, '下级措施', 'P1.1', '开展产业专利导航');
      await page.locator('.ant-tree-node-content-wrapper').filter({ hasText: 'P1 高价值专利培育工程' }).click();
      await add(page, '下级措施', 'P1.2', '培育高价值专利组合');

      // Publishing now is refused: the measures have no lead unit; each problem links to its item.
      await page.getByTestId('publish').click();
      await confirmPopover(page, /发\s*布/);
      const problems = page.getByTestId('publish-problems');
      await expect
        .poll(() => problems.textContent(), { timeout: 20_000, message: '发布检查没有列出问题' })
        .toContain('措施「P1.1」');
      expect(await problems.textContent()).toContain('措施「P1.2」');
      await screenshot(page, 'plan-editor-publish-problems');
      await problems.getByText('措施「P1.1」').click();
      await expect
        .poll(() => page.locator('.ant-tree-node-selected').textContent(), { message: '问题链接没有选中措施' })
        .toContain('P1.1');

      // The office gives the project its units: the lead, and 各镇、街道 taking part.
      await page.locator('.ant-tree-node-content-wrapper').filter({ hasText: 'P1 高价值专利培育工程' }).click();
      const measure = page.getByTestId('measure-form');
      await expect.poll(() => measure.getByLabel('编号').inputValue(), { message: '表单没有显示 P1' }).toBe('P1');
      await pickOption(page, measure, '牵头单位', '财政', '区财政局');
      await pickOption(page, measure, /配合单位/, '各镇', '各镇、街道');
      await page.keyboard.press('Escape');
      await measure.getByRole('button', { name: /保\s*存/ }).click();
      await expect
        .poll(() => page.locator('.ant-message').textContent(), { timeout: 20_000, message: '保存没有成功' })
        .toContain('已保存「P1」');

      // Reorder: P1.2 up above P1.1.
      await page.locator('.ant-tree-node-content-wrapper').filter({ hasText: 'P1.2' }).click();
      await page.getByRole('button', { name: '上移' }).click();
      await expect
        .poll(async () => (await page.locator('.ant-tree-title').allTextContents()).filter((t) => t.includes('P1.')), {
          timeout: 20_000,
          message: 'P1.2 没有上移',
        })
        .toEqual([expect.stringContaining('P1.2'), expect.stringContaining('P1.1')]);

      // An indicator of the goal.
      await page.getByRole('button', { name: '新增指标' }).click();
      const indicator = page.getByTestId('indicator-form');
      await indicator.getByLabel('编号').fill('high-value-patents');
      await pickOption(page, indicator, '责任单位', '市场', '区市场监督管理局');
      await indicator.getByLabel('指标名称').fill('每万人口高价值发明专利拥有量');
      await indicator.getByLabel('单位', { exact: true }).fill('件');
      await indicator.getByLabel('基期值').fill('3.2');
      await indicator.getByLabel('基期年份').fill('2025');
      await indicator.getByLabel('目标值').fill('4');
      await indicator.getByLabel('目标原文').fill('达到4件');
      // Meanwhile another clerk of the office adds a goal: the open editor reads the draft again, and what this
      // clerk has typed stays.
      const colleague = await app.as('market-supervision');
      const added = await colleague.gql('mutation($i: DraftGoalInput!) { saveDraftGoal(input: $i) { code } }', {
        i: { planCode: CODE, goalCode: null, code: 'G2', title: '知识产权运用效益提升', description: null },
      });
      expect(added.errors).toBeUndefined();
      await expect
        .poll(() => page.getByTestId('editor-tree').textContent(), {
          timeout: 20_000,
          message: '另一位办公室人员新增的目标没有出现',
        })
        .toContain('G2');
      expect(await indicator.getByLabel('指标名称').inputValue()).toBe('每万人口高价值发明专利拥有量');
      expect(await indicator.getByLabel('目标值').inputValue()).toBe('4');
      const indicatorModal = page.locator('.ant-modal:visible');
      await indicatorModal.getByRole('button', { name: /保\s*存/ }).click();
      // Received, if it stays open: what the modal shows (a refusal, or a field emptied under the clerk's hands).
      await expect
        .poll(async () => ((await indicatorModal.isVisible()) ? await indicatorModal.innerText() : 'closed'), {
          timeout: 30_000,
          message: '指标弹窗保存后没有关闭',
        })
        .toBe('closed');
      await expect
        .poll(() => page.locator('.ant-table').first().textContent(), {
          timeout: 20_000,
          message: '指标没有出现在表中',
        })
        .toContain('每万人口高价值发明专利拥有量');
      await screenshot(page, 'plan-editor-draft');

      // Now it publishes, and opens in force.
      await page.getByTestId('publish').click();
      await confirmPopover(page, /发\s*布/);
      await page.waitForURL(new RegExp(`/plans/${CODE}$`), { timeout: 45_000 });
      await screenshot(page, 'plan-editor-published');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
