import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './lib/chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('the built app opens offline with its title and no errors', async () => {
  const { page, foreignRequests, errors } = await openPage(browser, inject('baseUrl'));
  await page.goto(inject('baseUrl'));
  await expect(page.title()).resolves.toContain('任务地图');
  await page.waitForLoadState('networkidle');
  expect(foreignRequests).toEqual([]);
  expect(errors).toEqual([]);
});
