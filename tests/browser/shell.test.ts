import { expect, inject, test } from 'vitest';
import { openPage, useBrowser } from './lib/chromium.ts';

const browser = useBrowser();

test('the built app opens offline with its title and no errors', async () => {
  const { page, foreignRequests, errors } = await openPage(browser(), inject('baseUrl'));
  await page.goto(inject('baseUrl'));
  await expect(page.title()).resolves.toContain('任务地图');
  await page.waitForLoadState('networkidle');
  expect(foreignRequests).toEqual([]);
  expect(errors).toEqual([]);
});
