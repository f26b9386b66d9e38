import { describe, expect, inject, test } from 'vitest';
import type { Route } from 'playwright-core';
import { openPage, useBrowser } from './lib/chromium.ts';
import { distinctColours, mapReady } from './lib/pixels.ts';

const browser = useBrowser();

describe('the first map does not wait for the tasks', { timeout: 240_000 }, () => {
  test('it is drawn from the regions and the summary while tasks.json is held back; the tasks then fill the page', async () => {
    const { page, foreignRequests, errors } = await openPage(browser(), inject('baseUrl'));
    let held: Route | null = null;
    await page.route(/\/assets\/tasks-[^/]*\.json$/, (route) => {
      held = route;
    });
    await page.goto(inject('baseUrl'));
    await mapReady(page);
    expect(held, 'tasks.json was requested and is still unanswered').not.toBeNull();
    // A choropleth with its classes, drawn from the summary's counts.
    expect((await distinctColours(page, '.map-wrap')).colours).toBeGreaterThanOrEqual(6);
    const legend = () => page.locator('.legend .legend-classes li').allTextContents();
    const fromSummary = await legend();
    expect(fromSummary.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#cat-hukou').count()).toBe(0);
    await held!.continue();
    await page.waitForSelector('#cat-hukou', { state: 'attached' });
    // The tasks colour it exactly as the summary did.
    expect(await legend()).toEqual(fromSummary);
    await page.locator('#cat-hukou').check();
    await expect.poll(() => page.locator('.legend .filter-note').textContent()).toContain('户籍与市民化');
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
