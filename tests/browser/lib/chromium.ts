import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Flags the developers' brief asks for: Debian Chromium, headless, no calls home. */
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS, headless: true });
}

/**
 * Opens a page that records every request leaving the test server's origin, and every page error,
 * so a test can assert the app stayed offline and quiet.
 */
export async function openPage(browser: Browser, baseUrl: string, opts: { width?: number; height?: number } = {}) {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return { page, context, foreignRequests, errors };
}

export type OpenedPage = Awaited<ReturnType<typeof openPage>> & { page: Page };

/** Where browser tests leave their screenshots (gitignored): look at them. */
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/** One Chromium for a test file: launched before its tests, closed after. Call at the top of the file. */
export function useBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}
