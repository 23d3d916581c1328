import { execFileSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { until } from './wait';

export const SCREENSHOTS = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/**
 * Which browser drives the stories. `system`: Chromium installed on the machine (CHROMIUM_PATH, else chromium,
 * chromium-browser, google-chrome on PATH; `.ci/run` installs Debian's with apt). `bundled`: the headless Chromium
 * that @sparticuz/chromium carries inside its npm tarball, unpacked once to the temporary directory (nothing is
 * downloaded, so it works offline). DUBAN_BROWSER=system|bundled forces one; by default the system's when there is
 * one, else the bundled one. Browsers are never downloaded.
 */
export type BrowserKind = 'system' | 'bundled';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The system's Chromium: CHROMIUM_PATH when set (even if missing, so that a typo fails loudly), else the first on PATH. */
export function findSystemChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of SYSTEM_NAMES) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/** The browser the stories use under `env`: forced by DUBAN_BROWSER, else the system's when there is one. */
export function chooseBrowser(env: NodeJS.ProcessEnv = process.env): BrowserKind {
  const forced = env.DUBAN_BROWSER;
  if (forced === 'system' || forced === 'bundled') return forced;
  if (forced && forced !== 'auto') throw new Error(`DUBAN_BROWSER 须为 system、bundled 或 auto，而不是 ${forced}`);
  return findSystemChromium(env) ? 'system' : 'bundled';
}

/**
 * Unpacks @sparticuz/chromium's browser (brotli-compressed in its tarball: the headless shell, SwiftShader for
 * graphics, the NSS libraries it links, a font) into `<tmp>/duban-chromium-<version>`, once: a second call, or
 * another test process, finds it there. Unpacked beside and renamed into place, so nobody sees half of it.
 * Needs only glibc and `tar`; the system's fonts are used when it has some (a CJK font makes screenshots legible).
 */
export function prepareBundledChromium(): { executablePath: string; env: Record<string, string> } {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@sparticuz/chromium');
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const bin = path.join(packageDir, 'bin');
  const dir = path.join(os.tmpdir(), `duban-chromium-${version}`);
  const executablePath = path.join(dir, 'chromium');
  if (!existsSync(executablePath)) {
    const staging = mkdtempSync(`${dir}.partial-`);
    try {
      writeFileSync(path.join(staging, 'chromium'), brotliDecompressSync(readFileSync(path.join(bin, 'chromium.br'))), {
        mode: 0o755,
      });
      // SwiftShader's libraries sit beside the binary, where Chromium looks for them.
      for (const [archive, into] of [
        ['swiftshader.tar.br', '.'],
        ['al2023.tar.br', 'al2023'],
        ['fonts.tar.br', 'fonts'],
      ] as const) {
        const target = path.join(staging, into);
        mkdirSync(target, { recursive: true });
        execFileSync('tar', ['-x', '-C', target], {
          input: brotliDecompressSync(readFileSync(path.join(bin, archive))),
        });
      }
      // The package's fonts.conf names Lambda's folders; ours adds the system's fonts to the bundled one.
      writeFileSync(
        path.join(staging, 'fonts', 'fonts.conf'),
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>/usr/share/fonts</dir>\n  <dir>/usr/local/share/fonts</dir>\n  <dir>${path.join(dir, 'fonts', 'fonts')}</dir>\n  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
      );
      renameSync(staging, dir);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      // Another process unpacked it first: use theirs.
      if (!existsSync(executablePath)) throw error;
    }
  }
  const libraries = path.join(dir, 'al2023', 'lib');
  return {
    executablePath,
    env: {
      LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: path.join(dir, 'fonts'),
    },
  };
}

/** Launches the stories' browser: `kind` when given, else as DUBAN_BROWSER and the machine decide (chooseBrowser). */
export async function launchBrowser(kind: BrowserKind = chooseBrowser()): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const args = ['--no-sandbox', '--disable-dev-shm-usage'];
  if (kind === 'bundled') {
    const bundled = prepareBundledChromium();
    return chromium.launch({
      executablePath: bundled.executablePath,
      args,
      env: { ...process.env, ...bundled.env } as Record<string, string>,
    });
  }
  const system = findSystemChromium();
  if (!system || !existsSync(system)) {
    throw new Error(
      `未找到 Chromium (${system ?? 'PATH 中没有 chromium'})：请运行 apt-get install chromium，或用 CHROMIUM_PATH 指定，或设置 DUBAN_BROWSER=bundled 使用 npm 包自带的浏览器`,
    );
  }
  return chromium.launch({ executablePath: system, args });
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
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

/**
 * Confirms the open Popconfirm with its `button`: waits for it to show, then clicks until it closes. On a loaded
 * machine a click that lands while it is still opening is lost, and the write it confirms never starts.
 */
export async function confirmPopover(page: Page, button: RegExp): Promise<void> {
  const popover = page.locator('.ant-popconfirm:visible');
  await popover.first().waitFor({ state: 'visible', timeout: 20_000 });
  await until(
    async () => {
      if ((await popover.count()) === 0) return true;
      await popover
        .getByRole('button', { name: button })
        .click({ timeout: 5_000 })
        .catch(() => undefined);
      return (await popover.count()) === 0;
    },
    { timeout: 30_000, message: `确认框（${button}）点击后没有关闭` },
  );
}
