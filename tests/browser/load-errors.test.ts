import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, openPage, useBrowser } from './lib/chromium.ts';
import { distinctColours, mapReady } from './lib/pixels.ts';

const browser = useBrowser();

/**
 * Opens the app with one shipped file answering badly: `404` (missing) or `corrupt` (truncated JSON). Requests
 * are matched by the file's name (hashed assets carry a hash after it).
 */
async function openBroken(file: RegExp, answer: '404' | 'corrupt', search = '') {
  const opened = await openPage(browser(), inject('baseUrl'));
  await opened.page.route(file, (route) =>
    answer === '404' ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"Topology","objects":{' }),
  );
  await opened.page.goto(`${inject('baseUrl')}${search}`);
  return opened;
}

/** The problems the page lists, as text. */
const problems = (page: Page) => page.locator('.problems .problem').allTextContents();

/** Page errors other than the failed request itself, which the browser logs on its own. */
const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource/.test(e));

describe('a shipped file that fails leaves the rest working', { timeout: 240_000 }, () => {
  test('a missing county file: the page says so, and the province is drawn by its prefectures', async () => {
    const { page, errors } = await openBroken(/\/geo\/counties\/610000\.topo\.json$/, '404', '?level=prefecture&focus=610700');
    await mapReady(page);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(ARTIFACTS, 'load-errors-counties.png'), timeout: 120_000 });
    expect((await problems(page)).join('\n')).toMatch(/县级边界未能加载（counties\/610000\.topo\.json）.*HTTP 404.*该省按地市显示/);
    const names = await page.$$eval('.map-labels > span:not([hidden])', (spans) => spans.map((s) => s.textContent));
    expect(names).toEqual(expect.arrayContaining(['汉中', '西安', '榆林']));
    expect(names).not.toContain('洋县');
    expect((await distinctColours(page, '.map-wrap')).colours).toBeGreaterThanOrEqual(6);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  test('corrupt national boundaries: the page says so; search and the region panel still work', async () => {
    const { page, errors } = await openBroken(/\/geo\/china\.topo\.json$/, 'corrupt');
    await expect.poll(() => problems(page), { timeout: 60_000 }).toEqual([expect.stringMatching(/全国边界未能加载（china\.topo\.json）.*not valid JSON.*面板、搜索和任务表仍可用/)]);
    await page.waitForSelector('#cat-hukou', { state: 'attached' });
    await page.locator('#region-search').fill('洋县');
    await expect.poll(() => page.locator('#region-results [role=option]').first().textContent()).toContain('洋县');
    await page.locator('#region-search').press('Enter');
    await expect.poll(() => page.locator('.panel .panel-title').textContent()).toContain('洋县');
    await expect.poll(() => page.locator('.panel .panel-count').textContent()).toMatch(/\d+ 项任务/);
    await page.screenshot({ path: join(ARTIFACTS, 'load-errors-national.png') });
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  test('a missing tasks.json: the page says so; the map is drawn with no tasks, regions still open', async () => {
    const { page, errors } = await openBroken(/\/assets\/tasks-[^/]*\.json$/, '404', '?region=610723');
    await mapReady(page);
    expect((await problems(page)).join('\n')).toMatch(/任务数据未能加载（tasks\.json）.*HTTP 404/);
    await expect.poll(() => page.locator('.panel .panel-title').textContent()).toContain('洋县');
    await expect.poll(() => page.locator('.panel').textContent()).toContain('没有涉及该地区的任务');
    expect((await distinctColours(page, '.map-wrap')).colours).toBeGreaterThanOrEqual(3);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  test('a corrupt registry file: the page names it; its composites are left out, the others stay', async () => {
    const { page, errors } = await openBroken(/\/assets\/metros-[^/]*\.json$/, 'corrupt');
    await mapReady(page);
    await expect.poll(() => problems(page)).toEqual(expect.arrayContaining([expect.stringMatching(/复合区域登记未能加载（metros\.json）/)]));
    const search = page.locator('#region-search');
    await search.fill('关中平原');
    await expect.poll(() => page.locator('#region-results [role="option"]').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('关中平原城市群')]));
    await search.fill('西安都市圈');
    await expect.poll(() => page.locator('#region-results [role="option"]').allTextContents()).not.toEqual(expect.arrayContaining([expect.stringContaining('西安都市圈')]));
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});
