import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { startTestApp, type TestApp } from './kit/app';
import { confirmPopover, launchBrowser, screenshot, signIn } from './kit/browser';

/**
 * 方案调整 in the browser: the Boshan plan's office gathers a revision on the plan in force (a measure added with
 * its lead, a lead unit changed, a target revised, a measure withdrawn with its reason), previews it, publishes it
 * with its reason and document number; a leader's open cockpit shows it live; 版本历史 shows it and the plan before.
 */
const PLAN = 'boshan-ip-2022-2025';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
// Mid-plan: the Boshan plan is in force.
const clock = new ManualClock('2025-06-16T10:00:00+08:00');

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp({ clock });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const node = (page: Page, text: string) => page.locator('.ant-tree-node-content-wrapper').filter({ hasText: text });

async function select(page: Page, text: string, code: string) {
  await node(page, text).first().click();
  await expect
    .poll(() => page.getByTestId('measure-form').getByLabel('编号').inputValue(), {
      timeout: 20_000,
      message: `表单没有显示「${code}」`,
    })
    .toBe(code);
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

async function saveMeasure(page: Page, code: string) {
  await page
    .getByTestId('measure-form')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expect
    .poll(() => page.locator('.ant-message').textContent(), { timeout: 20_000, message: `「${code}」没有加入本次调整` })
    .toContain(`已加入本次调整「${code}」`);
}

const staged = (page: Page) => page.getByTestId('revision-staged');

describe('the plan office revises the plan in force', { timeout: 300_000 }, () => {
  it('stages four changes, previews and publishes them; the leader sees them live; the history keeps both versions', async () => {
    const leader = await signIn(browser, app.url, 'leader');
    const office = await signIn(browser, app.url, 'market-supervision');
    // 区财政局's clerk, on its desk: the revision makes it lead of the new measure P3.6.
    const finance = await signIn(browser, app.url, 'finance');
    try {
      await expect
        .poll(() => finance.page.locator('.desk-item').count(), { timeout: 20_000, message: '区财政局的待办没有加载' })
        .toBeGreaterThan(0);
      expect(await finance.page.locator('.desk-item[data-measure="P3.6"]').count()).toBe(0);
      await leader.page.goto(`/plans/${PLAN}`);
      await expect
        .poll(() => leader.page.locator('[data-live="live"]').first().isVisible(), { timeout: 20_000 })
        .toBe(true);
      expect(await leader.page.locator('.revision-note').count()).toBe(0);
      // The 调度会 matrix open beside it, in a second tab: P5.4 is a row, P3.6 not yet.
      const meeting = await leader.context.newPage();
      await meeting.goto(`/plans/${PLAN}/meeting`);
      await expect
        .poll(() => meeting.locator('tr[data-measure="P5.4"]').count(), {
          timeout: 20_000,
          message: '调度会矩阵没有显示 P5.4',
        })
        .toBe(1);
      expect(await meeting.locator('tr[data-measure="P3.6"]').count()).toBe(0);

      const { page } = office;
      await page.getByTestId('revise-plan').click();
      await page.waitForURL(new RegExp(`/plans/${PLAN}/revise$`), { timeout: 45_000 });
      await expect.poll(() => page.getByTestId('editor-tree').isVisible(), { timeout: 20_000 }).toBe(true);

      // 1. A new measure under P3, led by 区财政局.
      await node(page, 'P3 实施知识产权运用促进工程').click();
      await page.getByRole('button', { name: '下级措施' }).click();
      const modal = page.locator('.ant-modal:visible');
      await modal.getByLabel('编号').fill('P3.6');
      await modal.getByLabel('名称').fill('开展知识产权质押融资入园惠企行动');
      await modal.getByRole('button', { name: /新\s*增/ }).click();
      await expect.poll(() => modal.isVisible(), { timeout: 20_000, message: 'P3.6 没有加入' }).toBe(false);
      await select(page, 'P3.6', 'P3.6');
      await pickOption(page, page.getByTestId('measure-form'), '牵头单位', '财政', '区财政局');
      await saveMeasure(page, 'P3.6');
      expect(await staged(page).textContent()).toContain(
        '新增措施「P3.6 开展知识产权质押融资入园惠企行动」（牵头：区财政局）',
      );

      // 2. P3.3's lead unit: 区商务局.
      await select(page, 'P3.3', 'P3.3');
      await pickOption(page, page.getByTestId('measure-form'), '牵头单位', '商务', '区商务局');
      await saveMeasure(page, 'P3.3');
      expect(await staged(page).textContent()).toContain('调整「P3.3」责任单位：牵头：区商务局');

      // 3. A target: 有效商标注册量 8000 → 9000 件.
      await page
        .locator('#indicator-valid-trademarks')
        .getByRole('button', { name: /编\s*辑/ })
        .click();
      const indicator = page.getByTestId('indicator-form');
      // The dialog fills its form when it opens: type only once it shows the target in force.
      await expect
        .poll(() => indicator.getByLabel('目标值').inputValue(), {
          timeout: 20_000,
          message: '指标表单没有显示原目标值',
        })
        .toBe('8000');
      await indicator.getByLabel('目标值').fill('9000');
      await page
        .locator('.ant-modal:visible')
        .getByRole('button', { name: /保\s*存/ })
        .click();
      await expect
        .poll(() => staged(page).textContent(), { timeout: 20_000, message: '指标目标没有加入本次调整' })
        .toContain('修改指标「有效商标注册量」：目标值 8000 → 9000件');

      // 4. P5.4 withdrawn, with its reason.
      await select(page, 'P5.4', 'P5.4');
      await page.getByTestId('withdraw-measure').click();
      // The withdrawal's own dialog, by its title (the indicator's dialog before it may still be closing).
      const withdraw = page.locator('.ant-modal', { hasText: '撤销措施「P5.4' });
      await withdraw.getByLabel('撤销理由').fill('宣传培训并入 P5.3 人才队伍建设统一开展');
      await withdraw.getByRole('button', { name: '加入本次调整' }).click();
      await expect
        .poll(() => staged(page).textContent(), { timeout: 20_000, message: '撤销没有加入本次调整' })
        .toContain('撤销「P5.4」：宣传培训并入 P5.3 人才队伍建设统一开展');
      expect(await node(page, 'P5.4').locator('.tree-withdrawn').count()).toBe(1);
      expect(await staged(page).locator('.ant-list-item').count()).toBe(4);

      // 预览, then 发布调整 with its reason and document number.
      const form = page.getByTestId('revision-publish');
      await form.getByLabel('调整理由').fill('根据2025年度工作要点调整质押融资与宣传培训任务');
      await form.getByLabel('调整文件号').fill('博知领办发〔2025〕3号');
      await screenshot(page, 'plan-revise-staged');
      await page.getByTestId('revision-preview-button').click();
      const preview = page.getByTestId('revision-preview');
      await expect
        .poll(() => preview.isVisible(), {
          timeout: 20_000,
          message: '预览没有出现',
        })
        .toBe(true);
      expect(await preview.locator('li').count()).toBeGreaterThanOrEqual(4);
      expect(await preview.locator('li[data-item="P3.6"]').count()).toBeGreaterThan(0);
      await screenshot(page, 'plan-revise-preview');
      await page.getByTestId('revision-publish-button').click();
      await confirmPopover(page, /发\s*布/);
      // Publishing writes the whole revision in one transaction; on a loaded two-core machine with the leader's live
      // view refreshing beside it, give it time, and say what the page showed if it never moved on.
      await page
        .waitForURL(new RegExp(`/plans/${PLAN}/history$`), { timeout: 45_000 })
        .catch(async (error: unknown) => {
          const shown = await page.locator('.ant-alert, .ant-message, .ant-form-item-explain-error').allTextContents();
          throw new Error(
            `发布调整后没有转到版本历史（页面：${page.url()}；提示：${shown.join(' / ') || '无'}）: ${error}`,
          );
        });

      // 版本历史: the revision with who, why, its document and its lines.
      const revision = page.locator('.revision-card[data-revision="1"]');
      await expect.poll(() => revision.isVisible(), { timeout: 20_000 }).toBe(true);
      const text = await revision.textContent();
      expect(text).toContain('博知领办发〔2025〕3号');
      expect(text).toContain('根据2025年度工作要点调整质押融资与宣传培训任务');
      expect(text).toContain('2025年6月16日');
      expect(await revision.locator('li[data-item="P3.6"]').count()).toBeGreaterThan(0);
      expect(await revision.locator('li[data-item="P5.4"]').count()).toBeGreaterThan(0);
      await screenshot(page, 'plan-history');

      // 查看此版本 0: the plan before — no P3.6, P5.4 not withdrawn.
      await page.locator('.revision-card[data-revision="0"]').getByRole('button', { name: '查看此版本' }).click();
      const before = page.locator('[data-testid="version-tree"][data-revision="0"]');
      await expect.poll(() => before.isVisible(), { timeout: 20_000, message: '原发布版本没有打开' }).toBe(true);
      const beforeText = await before.textContent();
      expect(beforeText).not.toContain('P3.6');
      expect(beforeText).toContain('P5.4 深入开展知识产权宣传培训');
      expect(beforeText).not.toContain('〔已撤销〕');
      // The drawer has slid in all the way, so the picture shows it whole.
      await expect
        .poll(async () => (await page.locator('.ant-drawer-content-wrapper').boundingBox())?.x, { timeout: 20_000 })
        .toBe(1440 - 720);
      await screenshot(page, 'plan-history-version-0', false);

      // The leader's cockpit, open all along: the revision shows without a reload.
      await expect
        .poll(() => leader.page.locator('.revision-note li[data-item="P3.6"]').count(), {
          timeout: 20_000,
          message: '领导驾驶舱没有实时显示方案调整',
        })
        .toBeGreaterThan(0);
      await screenshot(leader.page, 'plan-revised-cockpit', false);
      // The matrix follows too: the new measure is a row, the withdrawn one is gone.
      await expect
        .poll(() => meeting.locator('tr[data-measure="P3.6"]').count(), {
          timeout: 20_000,
          message: '调度会矩阵没有实时加入新增措施 P3.6',
        })
        .toBe(1);
      expect(await meeting.locator('tr[data-measure="P5.4"]').count()).toBe(0);
      await screenshot(meeting, 'plan-revised-meeting', false);
      // And the clerk's desk: the new measure is its duty now, not late for the months before it.
      const item = finance.page.locator('.desk-item[data-measure="P3.6"]');
      await expect
        .poll(() => item.count(), { timeout: 20_000, message: '区财政局的待办没有实时出现新增措施 P3.6' })
        .toBe(1);
      // Once, as its lead: not also as a participant through project P3 (it names its own units), and on time.
      expect(await item.textContent()).toContain('牵头');
      expect(await item.textContent()).not.toContain('逾期');
      expect(await item.textContent()).not.toContain('滞后');
      // P3.3 named its own lead (区商务局): 区财政局 took part through P3 until then, now listed as ended.
      expect(await finance.page.locator('.desk-item.partaking[data-measure="P3.3"]').count()).toBe(0);
      expect(await finance.page.locator('.desk-item[data-ended="P3.3"]').textContent()).toContain('原参与');
      await screenshot(finance.page, 'plan-revised-desk');
      expect(finance.errors).toEqual([]);
      expect(office.errors).toEqual([]);
      expect(leader.errors).toEqual([]);
    } finally {
      await leader.context.close();
      await office.context.close();
      await finance.context.close();
    }
  });

  it('a revision that leaves a new measure without a lead unit is refused, the server’s reason by the item', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'market-supervision');
    try {
      await page.goto(`/plans/${PLAN}/revise`);
      await expect.poll(() => page.getByTestId('editor-tree').isVisible(), { timeout: 20_000 }).toBe(true);
      // A new project of G2 with one measure, and no unit named for either.
      await node(page, '目标 G2').click();
      for (const [button, code, title] of [
        ['工程/措施', 'P6', '实施知识产权数字化服务工程'],
        ['下级措施', 'P6.1', '建设知识产权数字化服务平台'],
      ] as const) {
        await page.getByRole('button', { name: button }).click();
        const modal = page.locator('.ant-modal:visible');
        await modal.getByLabel('编号').fill(code);
        await modal.getByLabel('名称').fill(title);
        await modal.getByRole('button', { name: /新\s*增/ }).click();
        await expect.poll(() => modal.isVisible(), { timeout: 20_000, message: `${code} 没有加入` }).toBe(false);
      }
      await page.getByTestId('revision-publish').getByLabel('调整理由').fill('增设数字化服务工程');
      await page.getByTestId('revision-preview-button').click();
      // The server's own reason, beside P6.1 in the tree and beside its entry in 本次调整.
      const inTree = page.locator('[data-key="measure:P6.1"] [data-testid="tree-item-error"]');
      await expect
        .poll(() => inTree.count(), { timeout: 20_000, message: '服务器的拒绝理由没有显示在所指项旁' })
        .toBeGreaterThan(0);
      expect(await inTree.first().textContent()).toContain('措施「P6.1」没有责任单位');
      expect(
        await page.locator('[data-staged="measure:P6.1"] [data-testid="staged-error"]').first().textContent(),
      ).toContain('没有责任单位');
      expect(await page.getByTestId('revision-preview').count()).toBe(0);
      await screenshot(page, 'plan-revise-refused');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
