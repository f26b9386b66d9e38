import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, openPage, useBrowser } from './lib/chromium.ts';
import { axeViolations } from './lib/axe.ts';
import { mapReady } from './lib/pixels.ts';

const browser = useBrowser();

/** Presses Tab until `selector` has focus (at most `max` times); returns whether it got there. */
async function tabTo(page: Page, selector: string, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  });

describe('accessibility', { timeout: 300_000 }, () => {
  test.each([
    ['national map', ''],
    ['a region panel and the task table open', '?level=prefecture&focus=610700&region=610723&table=1'],
    ['English, a province, a composite selected', '?level=province&focus=610000&region=xian-metro&lang=en'],
  ])('axe finds no serious or critical violation: %s', async (_, search) => {
    const { page } = await openPage(browser(), inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}${search}`);
    await mapReady(page);
    await page.waitForSelector('#cat-hukou', { state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('keyboard only: a filter, then a region, then the table, with visible focus all the way', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'));
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('#cat-hukou', { state: 'attached' });
    await page.locator('body').focus();

    expect(await tabTo(page, '#cat-land')).toBe(true);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.legend .filter-note').textContent()).toContain('土地制度');

    await page.keyboard.down('Shift');
    const back = await tabTo(page, '#region-search');
    await page.keyboard.up('Shift');
    expect(back).toBe(true);
    await page.keyboard.type('陕西省');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.panel:not([hidden]) .panel-title');
    await expect(page.locator('.panel .panel-title').textContent()).resolves.toContain('陕西省');

    await page.locator('body').focus();
    expect(await tabTo(page, '.table-toggle')).toBe(true);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.task-table:not([hidden]) tbody tr');
    // The table holds 陕西's tasks under the land filter: the same number the panel counts.
    const panelCount = Number(/\d+/.exec((await page.locator('.panel .panel-count').textContent()) ?? '')![0]);
    await expect.poll(() => page.locator('.task-table tbody tr[data-task-id]').count()).toBe(panelCount);
    await page.screenshot({ path: join(ARTIFACTS, 'keyboard-walk.png'), timeout: 120_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a task text holding markup is shown as text, in the panel and the table', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'));
    await page.route('**/assets/tasks-*.json', async (route) => {
      const res = await route.fetch();
      const json = await res.json();
      const t = json.documents[2].tasks[0];
      t.title = `<img src=x onerror="window.__pwned=1">${t.title}`;
      t.text = `<script>window.__pwned=2</script>${t.text}`;
      await route.fulfill({ response: res, json });
    });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const scriptsBefore = 0;
    await page.goto(`${inject('baseUrl')}?level=prefecture&focus=610700&region=610723&table=1`);
    await page.waitForSelector('.panel:not([hidden]) .panel-title');
    await page.waitForSelector('.task-table:not([hidden]) tbody tr');
    await expect(page.locator('.panel').textContent()).resolves.toContain('<img src=x onerror="window.__pwned=1">');
    await expect(page.locator('.task-table').textContent()).resolves.toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('body script').count()).toBe(scriptsBefore);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
