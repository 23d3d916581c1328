import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';

const PLAN = 'boshan-ip-2022-2025';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';
const RECORD = 'mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }';
/** Mid-term: the plan (2022–2025) runs. */
const MID_TERM = '2025-06-16T10:00:00+08:00';
/** Eleven months after its end. */
const AFTER_END = '2026-12-05T10:00:00+08:00';

interface PlanFacts {
  plan: {
    goals: { code: string; title: string }[];
    measures: { code: string; kind: string; title: string }[];
    indicators: {
      code: string;
      name: string;
      targetKind: string;
      baseline: number | null;
      target: number | null;
      department: { code: string };
    }[];
  };
}

const clock = new ManualClock(MID_TERM);
/** The two indicators the big screen charts: the plan's first numeric ones. */
const charted = () => facts.indicators.filter((i) => i.targetKind === 'NUMERIC').slice(0, 2);
/** The planned path is drawn (and listed in the legend) only where the document gives a baseline. */
const plannedPath = (indicator: { baseline: number | null }) => (indicator.baseline != null ? ['规划路径'] : []);
let app: TestApp;
let browser: Browser;
let facts: PlanFacts['plan'];

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp({ clock });
  browser = await launchBrowser();
  const leader = await app.as('leader');
  const read = await leader.gql<PlanFacts>(
    `query($p: String!) { plan(code: $p) { goals { code title } measures { code kind title }
       indicators { code name targetKind baseline target department { code } } } }`,
    { p: PLAN },
  );
  if (!read.data) throw new Error(`读取方案失败: ${read.errors?.[0]?.message}`);
  facts = read.data.plan;
  // A history for the two indicators the big screen charts, and a few reports for its feed.
  for (const [n, indicator] of charted().entries()) {
    const clerk = await app.as(indicator.department.code);
    // From about half the target to about three quarters of it: plausible for any unit.
    const target = indicator.target ?? 100;
    const from = indicator.baseline ?? target * 0.5;
    for (const [k, asOf] of ['2022-12-31', '2023-12-31', '2024-12-31'].entries()) {
      const value = Number((from + (target - from) * (0.15 + 0.2 * k + 0.05 * n)).toFixed(2));
      const result = await clerk.gql(RECORD, { i: { planCode: PLAN, indicatorCode: indicator.code, value, asOf } });
      expect(result.errors, `${indicator.code} ${asOf}`).toBeUndefined();
    }
  }
  const office = await app.as('market-supervision');
  for (const [n, measure] of ['P2.1', 'P4.1', 'P5.1'].entries()) {
    const result = await office.gql(SUBMIT, {
      i: {
        planCode: PLAN,
        measureCode: measure,
        departmentCode: 'market-supervision',
        period: '2025-05',
        status: 'ON_TRACK',
        percentComplete: 30 + 10 * n,
        summary: `五月份第 ${n + 1} 项工作按计划推进，已完成阶段任务并形成书面材料报领导小组办公室`,
      },
    });
    expect(result.errors, measure).toBeUndefined();
  }
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** What the page shows, measured in the browser, in window pixels. */
interface Measured {
  viewport: { width: number; height: number };
  scroll: { width: number; height: number };
  scale: number;
  canvas: { left: number; top: number; width: number; height: number };
  goals: { code: string; top: number; bottom: number; left: number; right: number; panelBottom: number }[];
  /** Text blocks wider or taller than their box: cut text. */
  cut: string[];
  /** Project labels on the chart, each with its box. */
  projectLabels: { text: string; top: number; bottom: number; left: number; right: number }[];
  chartTitles: string[];
  captions: string[];
  headlineFontPx: number;
  yearLabels: string[][];
  legends: string[][];
}

async function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const box = (el: Element) => el.getBoundingClientRect();
    const canvas = document.querySelector('.big-screen') as HTMLElement;
    const c = box(canvas);
    // Cut: wider than its box, or reaching below or beside the panel (or header) that holds it, which hides its
    // overflow.
    const cut: string[] = [];
    const blocks =
      '.bs-header h1, .bs-sub, .bs-figure, .bs-today, .bs-panel h2, .status-counts li, .bs-goal-title, ' +
      '.bs-goal-reason, .bs-goal-pct, .indicator-chart-title, .bs-chart figcaption';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(blocks))) {
      const holder = el.closest('.bs-panel, .bs-header') as Element;
      const b = box(el);
      const h = box(holder);
      if (
        el.scrollWidth > el.clientWidth + 1 ||
        b.bottom > h.bottom + 1 ||
        b.right > h.right + 1 ||
        b.left < h.left - 1
      ) {
        cut.push(`${el.className || el.tagName}: ${el.textContent}`);
      }
    }
    const goals = Array.from(document.querySelectorAll<HTMLElement>('.bs-goal-list li')).map((li) => {
      const r = box(li);
      const panel = box(li.closest('.bs-goal-list') as Element);
      return {
        code: li.dataset.goal ?? '',
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
        panelBottom: panel.bottom,
      };
    });
    const projectLabels = Array.from(document.querySelectorAll('.bs-projects svg text'))
      .filter((t) => /^[A-Z]\d+\s/.test(t.textContent ?? ''))
      .map((t) => {
        const r = box(t);
        return { text: t.textContent ?? '', top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      });
    const charts = Array.from(document.querySelectorAll('.bs-chart'));
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      scroll: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
      scale: Number(canvas.dataset.scale),
      canvas: { left: c.left, top: c.top, width: c.width, height: c.height },
      goals,
      cut,
      projectLabels,
      chartTitles: Array.from(document.querySelectorAll('.bs-chart .indicator-chart-title')).map(
        (e) => e.textContent ?? '',
      ),
      captions: Array.from(document.querySelectorAll('.bs-chart figcaption')).map((e) => e.textContent ?? ''),
      headlineFontPx:
        Number.parseFloat(getComputedStyle(document.querySelector('.bs-number') as Element).fontSize) *
        Number(canvas.dataset.scale),
      yearLabels: charts.map((chart) =>
        Array.from(chart.querySelectorAll('svg text'))
          .map((t) => t.textContent ?? '')
          .filter((t) => /^20\d\d$/.test(t)),
      ),
      legends: charts.map((chart) =>
        Array.from(chart.querySelectorAll('svg text'))
          .map((t) => t.textContent ?? '')
          .filter((t) => ['规划路径', '实际值', '趋势预测', '目标'].includes(t)),
      ),
    };
  });
}

/** Opens the big screen at a size and waits until it is live and its charts are drawn. */
async function openWall(size: { width: number; height: number }) {
  const wall = await signIn(browser, app.url, 'viewer', size);
  await wall.page.goto(`/plans/${PLAN}/screen`);
  await expect
    .poll(() => wall.page.locator('.bs-live-live').isVisible(), { timeout: 30_000, message: '大屏没有连上实时推送' })
    .toBe(true);
  await expect
    .poll(() => wall.page.locator('.bs-projects svg text').count(), { timeout: 20_000, message: '工程进度图没有画出' })
    .toBeGreaterThan(facts.measures.length > 0 ? 3 : 0);
  await chartsSettled(wall.page);
  return wall;
}

/** ECharts animates for 600 ms: waits until the charts' drawing stops changing. */
async function chartsSettled(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() =>
          Array.from(document.querySelectorAll('svg'))
            .map((s) => s.innerHTML)
            .join(),
        );
        const settled = now === last;
        last = now;
        return settled;
      },
      { timeout: 20_000, interval: 400, message: '图表动画没有停下' },
    )
    .toBe(true);
}

const YEARS = ['2022', '2023', '2024', '2025'];

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 3840, height: 2160 },
];

describe('the big screen on any 16:9 screen', { timeout: 240_000 }, () => {
  const reference: { goals: Measured['goals']; scale: number }[] = [];

  for (const size of SIZES) {
    it(`at ${size.width}×${size.height} it shows every goal and every project whole, scaled, without scrollbars`, async () => {
      clock.set(MID_TERM);
      const wall = await openWall(size);
      try {
        const m = await measure(wall.page);
        await screenshot(wall.page, `big-screen-${size.width}x${size.height}`, false);

        // No scrollbars: the document is exactly the window.
        expect(m.scroll).toEqual(m.viewport);
        // One design canvas, scaled uniformly to fill the 16:9 window.
        expect(m.scale).toBeCloseTo(Math.min(size.width / 1920, size.height / 1080), 3);
        // (1366×768 is not quite 16:9: a third of a pixel is left over at the sides.)
        expect(Math.abs(m.canvas.width - size.width)).toBeLessThan(1);
        expect(Math.abs(m.canvas.height - size.height)).toBeLessThan(1);

        // Every goal of the plan, inside the window and inside its panel.
        expect(m.goals.map((g) => g.code)).toEqual(facts.goals.map((g) => g.code));
        for (const goal of m.goals) {
          expect(goal.bottom, `目标 ${goal.code} 被面板截断`).toBeLessThanOrEqual(goal.panelBottom + 0.5);
          expect(goal.bottom).toBeLessThanOrEqual(size.height);
          expect(goal.top).toBeGreaterThanOrEqual(0);
          expect(goal.right).toBeLessThanOrEqual(size.width);
        }

        // Every project and safeguard on the chart, each labelled with its code, inside the window.
        const projects = facts.measures.filter((p) => p.kind !== 'MEASURE');
        expect(projects.length).toBeGreaterThanOrEqual(8);
        const labelled = m.projectLabels.map((l) => l.text.split(/\s/)[0]);
        expect(labelled.sort()).toEqual(projects.map((p) => p.code).sort());
        for (const label of m.projectLabels) {
          expect(label.top).toBeGreaterThanOrEqual(0);
          expect(label.bottom).toBeLessThanOrEqual(size.height);
          expect(label.left).toBeGreaterThanOrEqual(0);
        }

        // The two indicator charts have titles, each year once on the axis, and no text block is cut.
        expect(m.chartTitles).toEqual(charted().map((i) => i.name));
        // Each year from the first value (2022) to the target's year (2025) once on each axis.
        expect(m.yearLabels).toEqual([YEARS, YEARS]);
        expect(m.cut).toEqual([]);
        // Legible from five metres: headline figures 40 px and up at 1920×1080 and larger.
        if (size.width >= 1920) expect(m.headlineFontPx).toBeGreaterThanOrEqual(40);

        // The same picture, only larger or smaller: positions scale with the canvas, nothing reflows.
        reference.push({ goals: m.goals, scale: m.scale });
        const first = reference[0];
        if (first && first !== reference[reference.length - 1]) {
          for (const [i, goal] of m.goals.entries()) {
            const base = first.goals[i];
            if (!base) throw new Error(`目标 ${goal.code} 在 1920×1080 下没有出现`);
            expect(goal.top / m.scale).toBeCloseTo(base.top / first.scale, 0);
            expect(goal.left / m.scale).toBeCloseTo(base.left / first.scale, 0);
          }
        }
        expect(wall.errors).toEqual([]);
      } finally {
        await wall.context.close();
      }
    });
  }
});

describe('the indicator charts before and after the plan’s end', { timeout: 240_000 }, () => {
  it('while the plan runs, each chart draws the planned path, the actual values, the trend and the target', async () => {
    clock.set(MID_TERM);
    const wall = await openWall({ width: 1920, height: 1080 });
    try {
      const m = await measure(wall.page);
      await screenshot(wall.page, 'big-screen-charts-mid-term', false);
      expect(m.legends).toEqual(charted().map((i) => [...plannedPath(i), '实际值', '趋势预测', '目标']));
      for (const caption of m.captions) expect(caption).not.toContain('方案已结束');
      expect(await wall.page.locator('[data-phase="RUNNING"]').count()).toBeGreaterThan(0);
    } finally {
      await wall.context.close();
    }
  });

  it('after the end, no chart forecasts: each caption gives the final value against the target', async () => {
    clock.set(AFTER_END);
    const wall = await openWall({ width: 1920, height: 1080 });
    try {
      const m = await measure(wall.page);
      await screenshot(wall.page, 'big-screen-charts-after-end', false);
      expect(m.captions).toHaveLength(2);
      expect(m.legends).toEqual(charted().map((i) => [...plannedPath(i), '实际值', '目标']));
      for (const caption of m.captions) {
        expect(caption).toMatch(/^方案已结束：终值 .+（2024年12月31日），目标 .+，(已达成|未达成，尚差 .+)$/);
        expect(caption).not.toContain('按当前趋势');
      }
      expect(await wall.page.locator('.bs-sub').textContent()).toContain('方案已结束');
    } finally {
      await wall.context.close();
    }
  });

  it('the indicator page in the dashboard tells the same after the end', async () => {
    clock.set(AFTER_END);
    const indicator = facts.indicators.filter((i) => i.targetKind === 'NUMERIC')[0];
    if (!indicator) throw new Error('方案没有数值指标');
    const leader = await signIn(browser, app.url, 'leader');
    try {
      await leader.page.goto(`/plans/${PLAN}/indicators/${encodeURIComponent(indicator.code)}`);
      const caption = leader.page.locator('.indicator-chart figcaption');
      await expect.poll(() => caption.textContent(), { timeout: 20_000 }).toMatch(/^方案已结束：终值/);
      await expect
        .poll(() => leader.page.locator('.indicator-chart svg text', { hasText: '趋势预测' }).count())
        .toBe(0);
      await chartsSettled(leader.page);
      await screenshot(leader.page, 'indicator-after-end', false);
      clock.set(MID_TERM);
      await leader.page.reload();
      await expect.poll(() => caption.textContent(), { timeout: 20_000 }).not.toMatch(/方案已结束/);
      await expect
        .poll(() => leader.page.locator('.indicator-chart svg text', { hasText: '趋势预测' }).count())
        .toBe(1);
      await chartsSettled(leader.page);
      await screenshot(leader.page, 'indicator-mid-term', false);
      expect(leader.errors).toEqual([]);
    } finally {
      await leader.context.close();
    }
  });
});

describe('labels in the dashboard are whole', { timeout: 240_000 }, () => {
  it('the cockpit keeps every project’s code, the time-elapsed label and the logo’s 督 whole; 调度会’s legend items stand apart', async () => {
    clock.set(MID_TERM);
    const leader = await signIn(browser, app.url, 'leader');
    try {
      await leader.page.goto(`/plans/${PLAN}`);
      const projects = facts.measures.filter((p) => p.kind !== 'MEASURE').map((p) => p.code);
      const chartTexts = () =>
        leader.page.evaluate(() =>
          Array.from(document.querySelectorAll('svg')).flatMap((svg) => {
            const frame = svg.getBoundingClientRect();
            return Array.from(svg.querySelectorAll('text')).map((t) => {
              const r = t.getBoundingClientRect();
              const inside =
                r.left >= frame.left - 0.5 &&
                r.right <= frame.right + 0.5 &&
                r.top >= frame.top - 0.5 &&
                r.bottom <= frame.bottom + 0.5;
              return { text: t.textContent ?? '', inside };
            });
          }),
        );
      await expect
        .poll(async () => (await chartTexts()).filter((t) => /^[A-Z]\d+\s/.test(t.text)).length, { timeout: 20_000 })
        .toBe(projects.length);
      await chartsSettled(leader.page);
      const texts = await chartTexts();
      const labels = texts.filter((t) => /^[A-Z]\d+\s/.test(t.text));
      expect(labels.map((l) => l.text.split(/\s/)[0]).sort()).toEqual([...projects].sort());
      expect(labels.filter((l) => !l.inside)).toEqual([]);
      const elapsed = texts.filter((t) => t.text.startsWith('时间进度'));
      expect(elapsed).toHaveLength(1);
      expect(elapsed[0]?.inside).toBe(true);
      const logo = await leader.page.locator('.brand-mark').evaluate((el) => ({
        width: el.getBoundingClientRect().width,
        height: el.getBoundingClientRect().height,
        overflows: el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth,
      }));
      expect(logo).toEqual({ width: 28, height: 28, overflows: false });
      await screenshot(leader.page, 'cockpit-labels');

      await leader.page.goto(`/plans/${PLAN}/meeting`);
      const legend = leader.page.locator('ul.legend li');
      await expect.poll(() => legend.count(), { timeout: 20_000 }).toBeGreaterThan(5);
      const boxes = await legend.evaluateAll((items) =>
        items.map((li) => {
          const r = li.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, text: li.textContent ?? '' };
        }),
      );
      for (const [i, box] of boxes.entries()) {
        const next = boxes[i + 1];
        if (next && next.top === box.top)
          expect(next.left - box.right, `${box.text} / ${next.text}`).toBeGreaterThan(8);
      }
      await screenshot(leader.page, 'meeting-legend', false);
      expect(leader.errors).toEqual([]);
    } finally {
      await leader.context.close();
    }
  });
});
