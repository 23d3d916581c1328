/**
 * Dashboard bench (`pnpm bench:dashboard`, part of `pnpm bench`): in headless Debian Chromium against a real server
 * on a fresh seeded database, print
 *   1. the JavaScript the cockpit route loads (raw and gzip),
 *   2. time from navigation to a rendered cockpit (goal cards, charts and the department table on screen),
 *   3. time from a report posted through the API to its appearance in another browser's live feed.
 * Numbers only; nothing is asserted here (tests assert behaviour).
 */
import 'reflect-metadata';
import { gzipSync } from 'node:zlib';
import { startTestApp } from '../kit/app';
import { launchBrowser, signIn } from '../kit/browser';

const PLAN = 'boshan-ip-2022-2025';
const NAVIGATIONS = 7;
const POSTS = 30;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const ms = (v: number) => `${v.toFixed(0)} ms`;

async function main() {
  const app = await startTestApp();
  const browser = await launchBrowser();
  try {
    const leader = await signIn(browser, app.url, 'leader');
    const cockpit = `/plans/${PLAN}`;
    const rendered = async () => {
      await leader.page.waitForSelector('.goal-card >> nth=4');
      await leader.page.waitForSelector('.indicator-chart svg');
      await leader.page.waitForSelector('.ant-table-row');
    };

    // 1. JavaScript shipped for the cockpit route, on a cold cache.
    await leader.context.clearCookies();
    const scripts = new Map<string, Buffer>();
    const collect = async (response: import('playwright-core').Response) => {
      if (response.request().resourceType() === 'script') scripts.set(response.url(), await response.body());
    };
    leader.page.on('response', collect);
    const cdp = await leader.context.newCDPSession(leader.page);
    await cdp.send('Network.clearBrowserCache');
    await leader.page.goto(cockpit);
    await rendered();
    leader.page.off('response', collect);
    const raw = [...scripts.values()].reduce((sum, body) => sum + body.length, 0);
    const gzip = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);

    // 2. Navigation to a rendered cockpit (warm HTTP cache, as on a screen that reloads).
    const times: number[] = [];
    for (let i = 0; i < NAVIGATIONS; i++) {
      await leader.page.goto(cockpit);
      await rendered();
      times.push(await leader.page.evaluate(() => performance.now()));
    }

    // 3. A report posted through the API until it shows in the leader's live feed.
    await leader.page.waitForSelector('[data-live="live"]');
    const clerk = await app.as('market-supervision');
    const delays: number[] = [];
    for (let n = 0; n < POSTS; n++) {
      const summary = `延迟测量 ${n} ${Date.now()}`;
      // Watch first, then post: an observer installed after the update would wait for the next one. A string,
      // not a function: tsx's helpers (__name) do not exist inside the page.
      await leader.page.evaluate(`window.__seen = new Promise((resolve) => {
        const found = () => Array.from(document.querySelectorAll('.feed-item')).some((el) => el.textContent.includes(${JSON.stringify(summary)}));
        const observer = new MutationObserver(() => {
          if (found()) { observer.disconnect(); resolve(Date.now()); }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }); true`);
      const posted = Date.now();
      const result = await clerk.gql(
        'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
        {
          i: {
            planCode: PLAN,
            measureCode: 'P1.1',
            departmentCode: 'market-supervision',
            period: '2025-12',
            status: 'ON_TRACK',
            percentComplete: n % 100,
            summary,
          },
        },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      delays.push(((await leader.page.evaluate('window.__seen')) as number) - posted);
    }

    console.log('\n== dashboard (headless Chromium, embedded PGlite, seeded Boshan plan) ==');
    console.log(
      `cockpit route JavaScript: ${scripts.size} files, ${(raw / 1024).toFixed(0)} KiB raw, ${(gzip / 1024).toFixed(0)} KiB gzip`,
    );
    console.log(
      `navigation → rendered cockpit (${NAVIGATIONS} runs): p50 ${ms(percentile(times, 50))}, max ${ms(Math.max(...times))}`,
    );
    console.log(
      `report posted → shown in another browser (${POSTS} posts): p50 ${ms(percentile(delays, 50))}, p95 ${ms(percentile(delays, 95))}, max ${ms(Math.max(...delays))}`,
    );
    await leader.context.close();
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
