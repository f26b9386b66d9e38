import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, openPage, useBrowser } from './lib/chromium.ts';

const browser = useBrowser();

/**
 * The way a user gets there: the header search to 陕西, the panel's 对比… button, the picker to 浙江.
 */
async function compareShaanxiZhejiang(page: Page): Promise<void> {
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => document.querySelector('.status')?.textContent === '');
  await page.fill('#region-search', '陕西');
  await page.click('#region-results [data-key="610000"]');
  await page.waitForSelector('.panel:not([hidden]) .panel-title');
  await page.click('.panel-compare');
  const input = page.locator('.compare-picker input');
  await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await input.pressSequentially('浙江');
  await page.waitForSelector('.compare-picker [role=option][data-key="330000"]');
  await input.press('Enter');
  await page.waitForSelector('dialog.compare-view[open]');
}

describe('comparing 陕西 and 浙江 in the built app', () => {
  test('a shared URL opens the comparison: ?compare=610000,330000', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}?compare=610000,330000`);
    await page.waitForSelector('dialog.compare-view[open]');
    await expect(page.locator('dialog.compare-view .compare-name').allTextContents()).resolves.toEqual(['陕西省 Shaanxi', '浙江省 Zhejiang']);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('desktop: both regions side by side, 16 category rows; Escape closes and focus returns to 对比…', async () => {
    const { page, foreignRequests, errors, context } = await openPage(browser(), inject('baseUrl'), { width: 1280, height: 800 });
    await compareShaanxiZhejiang(page);
    const dialog = page.locator('dialog.compare-view');
    await expect(dialog.locator('.compare-name').allTextContents()).resolves.toEqual(['陕西省 Shaanxi', '浙江省 Zhejiang']);
    await expect(dialog.locator('.compare-count').allTextContents()).resolves.toEqual(['83 项任务', '32 项任务']);
    await expect(dialog.locator('.category-compare g.row').count()).resolves.toBe(16);
    await expect(dialog.locator('.compare-units tbody tr').count()).resolves.toBeGreaterThan(5);
    // Laid out at the dialog's width: labels beside the bars, not over them.
    await expect(dialog.locator('svg.category-compare').getAttribute('class')).resolves.not.toContain('stacked');
    await page.screenshot({ path: join(ARTIFACTS, 'compare-desktop.png') });
    await dialog.locator('.compare-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.screenshot({ path: join(ARTIFACTS, 'compare-desktop-bottom.png') });

    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.compare-view[open]', { state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.classList.contains('panel-compare'))).resolves.toBe(true);
    // The panel stays open on 陕西.
    await expect(page.locator('.panel .panel-title').textContent()).resolves.toBe('陕西省 Shaanxi');
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('390px wide: the dialog fills the screen, nothing overflows sideways, category labels stay clear of the bars', async () => {
    const { page, foreignRequests, errors, context } = await openPage(browser(), inject('baseUrl'), { width: 390, height: 844 });
    await compareShaanxiZhejiang(page);
    const dialog = page.locator('dialog.compare-view');
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(390);
    const body = dialog.locator('.compare-body');
    const [scrollWidth, clientWidth] = await body.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expect(dialog.locator('.category-compare g.row').count()).resolves.toBe(16);
    // Measured, not estimated: every label inside the drawing and left of (or above) its row's bars.
    const overlaps = await dialog.locator('svg.category-compare').evaluate(`(() => {
      const svg = document.querySelector('svg.category-compare');
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('g.row')].flatMap((row) => {
        const label = row.querySelector('text.label').getBoundingClientRect();
        const bars = [...row.querySelectorAll('rect.bar, text.value')].map((e) => e.getBoundingClientRect());
        const inside = label.left >= box.left - 0.5 && label.right <= box.right + 0.5;
        const clear = bars.every((b) => b.width === 0 || label.right <= b.left + 0.5 || label.bottom <= b.top + 0.5);
        return inside && clear ? [] : [row.querySelector('text.label').textContent];
      });
    })()`);
    expect(overlaps).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-phone.png') });
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.screenshot({ path: join(ARTIFACTS, 'compare-phone-bottom.png') });

    await dialog.locator('.compare-close').click();
    await page.waitForSelector('dialog.compare-view[open]', { state: 'detached' });
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
