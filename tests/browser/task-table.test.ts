import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { parseCsv } from '../export/rfc4180.ts';
import { shippedDocuments } from '../joins/fixtures.ts';
import { syntheticDocuments } from '../ui/synthetic-tasks.ts';
import { ARTIFACTS, openPage, useBrowser } from './lib/chromium.ts';


const browser = useBrowser();

const tasks = shippedDocuments().flatMap((d) => d.tasks);
const hukou = tasks.filter((t) => t.categories.includes('hukou')).map((t) => t.id);

/** The app loaded: the filter bar is built from the data. */
async function ready(page: Page) {
  await page.waitForSelector('#cat-hukou');
}

const rowCount = (page: Page) => page.locator('.task-table tbody tr.task-row').count();
// The table's module loads on first use: it shows once that has arrived (a CI run once counted rows too early).
const tableShown = (page: Page) => page.locator('.task-table').waitFor({ state: 'visible', timeout: 10_000 });

describe('task table in the built app', () => {
  test('open it from the header, filter a category, download the CSV of exactly those tasks', async () => {
    const { page, foreignRequests, errors } = await openPage(browser(), inject('baseUrl'), { width: 1400, height: 900 });
    await page.goto(inject('baseUrl'));
    await ready(page);
    const toggle = page.locator('button.table-toggle');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.locator('.task-table').isHidden()).resolves.toBe(true);
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await tableShown(page);
    expect(await rowCount(page)).toBe(tasks.length);

    await page.locator('#cat-hukou').check();
    expect(await rowCount(page)).toBe(hukou.length);
    const ids = await page.locator('.task-table tbody tr.task-row').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-task-id')));
    expect(ids).toEqual(hukou);
    await expect(page.locator('.task-table-count').textContent()).resolves.toBe(`当前筛选下 ${hukou.length} 项任务（共 ${tasks.length} 项）`);
    // Rows are one fixed height, which the virtual scrolling counts on.
    const heights = await page.locator('.task-table tbody tr.task-row').evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getBoundingClientRect().height))]);
    expect(heights).toEqual([30]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.export-csv').click()]);
    expect(download.suggestedFilename()).toBe('task-atlas-tasks.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(records[0]![0]).toBe('文件编号');
    expect(records.slice(1).map((r) => r[4])).toEqual(hukou);
    expect(records.slice(1).every((r) => r[8]!.includes('户籍与市民化 (hukou)'))).toBe(true);

    await page.screenshot({ path: join(ARTIFACTS, 'task-table-hukou.png') });
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a region selected in search narrows the table; a row picks its task', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'), { width: 1400, height: 900 });
    await page.goto(inject('baseUrl'));
    await ready(page);
    await page.locator('button.table-toggle').click();
    await tableShown(page);
    await page.locator('#region-search').fill('洋县');
    await page.locator('#region-results [data-key="610723"]').dispatchEvent('mousedown');
    expect(await rowCount(page)).toBe(20);
    await expect(page.locator('.task-table-region').textContent()).resolves.toContain('洋县');
    await page.locator('.task-table tbody tr.task-row').nth(2).click();
    await expect(page.locator('.task-table tr[aria-current="true"]').getAttribute('data-task-id')).resolves.toBe('yangxian-2023-work-points/3');
    await page.screenshot({ path: join(ARTIFACTS, 'task-table-yangxian.png') });
    await page.locator('.task-table-region button').click();
    expect(await rowCount(page)).toBe(tasks.length);
    expect(errors).toEqual([]);
  });

  test('keyboard only: Tab to the toggle, Enter, Tab into the table, Enter on a header sorts, arrows and Enter pick', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'), { width: 1400, height: 900 });
    await page.goto(inject('baseUrl'));
    await ready(page);
    const focusedIs = (selector: string) => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
    async function tabTo(selector: string, max = 80) {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (await focusedIs(selector)) return i + 1;
      }
      throw new Error(`Tab never reached ${selector}`);
    }
    await tabTo('button.table-toggle');
    await page.keyboard.press('Enter');
    await expect(page.locator('button.table-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    // Into the table: its toolbar first, then the column headers.
    await tabTo('.task-table *');
    await tabTo('.task-table th[data-column="title"] button', 20);
    // The focus ring is visible on the header button.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page.locator('th[data-column="title"]').getAttribute('aria-sort')).resolves.toBe('ascending');
    const titles = await page.locator('.task-table td.col-title').allTextContents();
    expect(titles).toEqual([...titles].sort(new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' }).compare));
    // Then to the rows: one tab stop, arrows move, Enter picks.
    const steps = await tabTo('.task-table tbody tr.task-row', 20);
    expect(steps).toBeLessThanOrEqual(7);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const picked = await page.evaluate(() => document.activeElement?.getAttribute('data-task-id'));
    await expect(page.locator('.task-table tr[aria-current="true"]').getAttribute('data-task-id')).resolves.toBe(picked);
    await page.screenshot({ path: join(ARTIFACTS, 'task-table-keyboard.png') });
    // Tab from the row reaches its map button, and Enter on it selects the task's first place.
    await page.keyboard.press('Tab');
    expect(await focusedIs('button.row-map')).toBe(true);
    await page.keyboard.press('Enter');
    // The panel's code loads with the first selection.
    await expect.poll(() => page.locator('.panel').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('10,000 tasks: render, sort and scroll timings in Chromium', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'), { width: 1400, height: 900 });
    const body = JSON.stringify({ documents: syntheticDocuments(10_000) });
    await page.route(/\/assets\/tasks-[^/]*\.json$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(inject('baseUrl'));
    await ready(page);
    const timings = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      const q = <T extends Element>(s: string) => document.querySelector<T>(s)!;
      const time = (fn: () => void) => {
        const t0 = performance.now();
        fn();
        void document.body.offsetHeight; // include style and layout
        return performance.now() - t0;
      };
      // The table's module loads on first use: opening is timed from the click to its first rows on screen.
      const t0 = performance.now();
      q<HTMLButtonElement>('button.table-toggle').click();
      while (!document.querySelector('.task-table tbody tr.task-row')) await frame();
      const open = performance.now() - t0;
      const rendered = document.querySelectorAll('.task-table tbody tr.task-row').length;
      const sortTitle = time(() => q<HTMLButtonElement>('th[data-column="title"] button').click());
      const sortTitleAgain = time(() => q<HTMLButtonElement>('th[data-column="title"] button').click());
      const sortPlaces = time(() => q<HTMLButtonElement>('th[data-column="places"] button').click());
      const sortDeadline = time(() => q<HTMLButtonElement>('th[data-column="deadline"] button').click());
      const scroller = q<HTMLElement>('.task-table-scroll');
      const scrolls: number[] = [];
      for (let i = 1; i <= 60; i++) {
        scrolls.push(time(() => {
          scroller.scrollTop = i * 4_700;
          scroller.dispatchEvent(new Event('scroll'));
        }));
        await frame();
      }
      scrolls.sort((a, b) => a - b);
      // Wheel-like scrolling: 3 rows a step, most steps add and drop a few rows.
      const small: number[] = [];
      for (let i = 1; i <= 60; i++) {
        small.push(time(() => {
          scroller.scrollTop += 90;
          scroller.dispatchEvent(new Event('scroll'));
        }));
        await frame();
      }
      small.sort((a, b) => a - b);
      const first = q<HTMLElement>('.task-table tbody tr.task-row');
      return {
        open,
        rendered,
        sortTitle,
        sortTitleAgain,
        sortPlaces,
        sortDeadline,
        scrollMedian: scrolls[30]!,
        scrollMax: scrolls[59]!,
        smallMedian: small[30]!,
        smallMax: small[59]!,
        rowIndex: Number(first.getAttribute('aria-rowindex')),
        expectedFirst: Math.floor(scroller.scrollTop / 30) - 10 + 2,
        rowCount: q('.task-table table').getAttribute('aria-rowcount'),
        scrollHeight: scroller.scrollHeight,
      };
    });
    console.log(
      `Chromium, 10,000 tasks: open ${timings.open.toFixed(0)} ms (${timings.rendered} rows in the DOM); ` +
        `sort by title ${timings.sortTitle.toFixed(0)} ms first (collation), ${timings.sortTitleAgain.toFixed(0)} ms after; ` +
        `by places ${timings.sortPlaces.toFixed(0)} ms; by deadline ${timings.sortDeadline.toFixed(0)} ms; ` +
        `scroll jumps of 4,700 px median ${timings.scrollMedian.toFixed(1)} ms, max ${timings.scrollMax.toFixed(1)} ms; ` +
        `scroll steps of 90 px median ${timings.smallMedian.toFixed(1)} ms, max ${timings.smallMax.toFixed(1)} ms`,
    );
    expect(timings.rowCount).toBe('10001');
    expect(timings.rendered).toBeLessThan(80);
    expect(timings.rowIndex).toBe(timings.expectedFirst);
    expect(timings.scrollHeight).toBeGreaterThan(10_000 * 30);
    // Timings are reported, not enforced (they measure the machine too); the row count in the DOM is what catches
    // an accidental full render.
    await page.screenshot({ path: join(ARTIFACTS, 'task-table-10000.png') });
    expect(errors).toEqual([]);
  });
});
