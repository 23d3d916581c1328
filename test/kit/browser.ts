import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it with apt. Browsers are never downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`未找到 Chromium (${CHROMIUM})：请运行 apt-get install chromium，或用 CHROMIUM_PATH 指定`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** The plan a story opens from the home page unless it asks to stay there. */
export const DEFAULT_PLAN = 'boshan-ip-2022-2025';

/**
 * A fresh browser context (its own storage, so its own session) signed in through the login page. A department's
 * clerk lands on its desk; everyone else on the home page (the plan list), from which the story opens the Boshan
 * plan's cockpit by its link, unless `home` keeps it on the list.
 */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  viewport = { width: 1440, height: 900 },
  options: { home?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('demo');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  // Landed: the plan list (home), or a plan's frame (a clerk's desk).
  await page.locator('.app-content').first().waitFor({ timeout: 20_000 });
  if (!new URL(page.url()).pathname.startsWith('/plans/') && !options.home) {
    await page.locator(`[data-plan="${DEFAULT_PLAN}"] a.plan-card-title`).click();
    await page.waitForURL(/\/plans\//);
  }
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}
