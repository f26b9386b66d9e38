import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './lib/axe.ts';
import { ARTIFACTS, openPage, useBrowser } from './lib/chromium.ts';
import { colourAt, distinctColours, mapReady } from './lib/pixels.ts';

const browser = useBrowser();

/** The data is in: the filter bar has built its category boxes. */
const dataLoaded = (page: Page) => page.waitForSelector('#cat-hukou', { state: 'attached' });

/** The map's visible labels, as laid out. */
const labels = (page: Page) => page.$$eval('.map-labels > span:not([hidden])', (spans) => spans.map((s) => s.textContent ?? ''));

/**
 * Whether a proportional circle is drawn at a region's label: the patch just above its name (the circle is centred
 * on the same point, 24 px across at the largest) is the circles' orange, not a fill's pale tint or grey.
 */
async function circleAt(page: Page, labelText: string): Promise<[number, number, number]> {
  const box = (await page.locator('.map-labels > span:not([hidden])', { hasText: labelText }).first().boundingBox())!;
  return colourAt(page, box.x + box.width / 2, box.y + box.height / 2 - 16, 'mean');
}
const isOrange = ([r, g, b]: [number, number, number]) => r > 170 && r - g > 60 && r - b > 90;

/** Chooses an indicator the way a planner does: type in the picker, click the option. */
async function choose(page: Page, query: string, id: string): Promise<void> {
  await page.locator('#indicator-search').fill(query);
  await page.locator(`#indicator-option-${id}`).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('indicator')).toBe(id);
}

/** The cross-level table's rows: region key and the row's text. */
const tableRows = (page: Page) =>
  page.$$eval('.indicator-table-dialog[open] tbody tr', (trs) => trs.map((tr) => ({ key: tr.getAttribute('data-key'), text: tr.textContent ?? '', cls: tr.className })));

describe('an indicator across levels, on the map and in the cross-level table', { timeout: 300_000 }, () => {
  test('农民工补贴性培训: national 600万, 陕西 20万 and 洋县 2500 人次, their sources and each level’s share of its parent’s', async () => {
    const { page, errors, foreignRequests } = await openPage(browser(), inject('baseUrl'));
    await page.goto(inject('baseUrl'));
    await mapReady(page);
    await dataLoaded(page);
    await choose(page, '农民工', 'migrant-worker-training');

    // The national map: 陕西's circle and value; the national commitment, which no province holds, in the legend.
    await expect.poll(() => labels(page)).toContain('陕西 20万 人次 · 2023年');
    await expect(page.locator('.legend h2').textContent()).resolves.toBe('农民工补贴性培训（人次）');
    await expect(page.locator('.legend').textContent()).resolves.toContain('全国：≥600万 人次 · 2022年');
    await page.waitForTimeout(500);
    expect(isOrange(await circleAt(page, '陕西 20万'))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'indicator-training-country.png'), timeout: 120_000 });

    // 汉中: 洋县's circle, and the levels above it in the legend.
    await page.locator('#region-search').fill('汉中');
    await page.locator('#region-search').press('Enter');
    // A mouse click on the breadcrumb: Playwright's locator click on it does not return on this build (its wait after
    // the click never ends, with or without an indicator), while the click itself works.
    const crumb = (await page.locator('.bar .levels [data-code="610700"]').boundingBox())!;
    await page.mouse.click(crumb.x + crumb.width / 2, crumb.y + crumb.height / 2);
    await expect.poll(() => labels(page), { timeout: 60_000 }).toContain('洋县 2500 人次 · 2023年');
    await expect(page.locator('.legend').textContent()).resolves.toContain('陕西省：20万 人次 · 2023年');
    await page.waitForTimeout(800);
    expect(isOrange(await circleAt(page, '洋县 2500'))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'indicator-training-hanzhong.png'), timeout: 120_000 });

    // The cross-level table, opened from the legend.
    await page.locator('.legend .legend-action').click();
    await page.waitForSelector('.indicator-table-dialog[open] tbody tr');
    const rows = await tableRows(page);
    const row = (key: string) => rows.find((r) => r.key === key)!.text;
    expect(row('100000')).toContain('≥600万 人次');
    expect(row('100000')).toContain('开展农民工补贴性培训600万人次以上');
    expect(row('610000')).toContain('2023年完成农民工补贴性培训20万人次');
    expect(row('610000')).toContain('为全国的 3.33%（期限不同：全国为2022年）');
    expect(row('610723')).toContain('2023年完成农民工补贴性培训2500人次');
    expect(row('610723')).toContain('为陕西省的 1.25%');
    expect(row('610000')).toContain('下级合计 2500 人次（1 个地区），为本级的 1.25%');
    expect(rows.find((r) => r.key === '330000')!.cls).toBe('silent');
    await expect(page.locator('.indicator-timeline .marks .mark').count()).resolves.toBe(3);
    await page.screenshot({ path: join(ARTIFACTS, 'indicator-training-table.png'), timeout: 120_000 });

    // Each source sentence opens its document with the clause highlighted.
    await page.locator('.indicator-table-dialog tr[data-key="610723"] .source-open').click();
    await page.waitForSelector('.source-viewer[open] mark');
    await expect(page.locator('.source-viewer mark').textContent()).resolves.toContain('农民工补贴性培训2500人次');
    await page.screenshot({ path: join(ARTIFACTS, 'indicator-training-source.png'), timeout: 120_000 });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.source-viewer[open]').count()).toBe(0);
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('source-open');

    // The filter: tasks with a target of it, 全国's, 陕西's and 洋县's.
    await page.locator('.indicator-table-dialog .indicator-table-close').click();
    await page.locator('#filter-indicator').selectOption('migrant-worker-training');
    await expect.poll(() => new URL(page.url()).searchParams.get('measures')).toBe('migrant-worker-training');
    const taskCount = () => page.evaluate(() => (window as unknown as { taskAtlas: { getState(): { taskCount: number } } }).taskAtlas.getState().taskCount);
    await expect.poll(taskCount).toBe(3);
    await expect(page.locator('.legend .filter-note').textContent()).resolves.toBe('筛选: 含 1 项指标的目标');

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  test('城镇老旧小区改造: compounds on the map, the national households beside them, never on their scale', async () => {
    const { page, errors, foreignRequests } = await openPage(browser(), inject('baseUrl'));
    await page.goto(inject('baseUrl'));
    await mapReady(page);
    await dataLoaded(page);
    await choose(page, '老旧小区', 'old-compound-renovation');
    await expect.poll(() => labels(page)).toContain('陕西 2016 个小区 · 2023年');
    const legend = await page.locator('.legend').textContent();
    expect(legend).toContain('城镇老旧小区改造（个小区）');
    expect(legend).toContain('图上按“个小区”计；以“户居民”计的承诺另列，不相加、不比较。');
    expect(legend).toContain('全国：840万 户居民 · 2022年');
    await page.waitForTimeout(500);
    expect(isOrange(await circleAt(page, '陕西 2016'))).toBe(true);
    // The hover card over 陕西: both its units, each with its deadline, and 洋县 below it.
    const box = (await page.locator('.map-labels > span:not([hidden])', { hasText: '陕西 2016' }).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 14);
    await expect.poll(() => page.locator('.tooltip').textContent()).toContain('100万 户居民 · 2025年');
    await expect(page.locator('.tooltip').textContent()).resolves.toContain('下级承诺：洋县 28 个小区 · 2023年');
    await page.screenshot({ path: join(ARTIFACTS, 'indicator-compounds-country.png'), timeout: 120_000 });

    await page.goto(`${inject('baseUrl')}?level=prefecture&focus=610700&indicator=old-compound-renovation`);
    await mapReady(page);
    await expect.poll(() => labels(page), { timeout: 60_000 }).toContain('洋县 28 个小区 · 2023年');
    await page.screenshot({ path: join(ARTIFACTS, 'indicator-compounds-hanzhong.png'), timeout: 120_000 });
    await page.locator('.indicator-chosen .indicator-table-open').click();
    await page.waitForSelector('.indicator-table-dialog[open] tbody tr');
    const rows = await tableRows(page);
    expect(rows.find((r) => r.key === '100000')!.text).toContain('840万 户居民');
    expect(rows.filter((r) => r.key === '610000').map((r) => r.text)).toEqual([expect.stringContaining('2016 个小区'), expect.stringContaining('100万 户居民')]);
    expect(rows.find((r) => r.key === '610723')!.text).toContain('为陕西省的 1.39%');
    await expect(page.locator('.indicator-table-intro').textContent()).resolves.toContain('此指标以个小区、户居民计');
    await page.screenshot({ path: join(ARTIFACTS, 'indicator-compounds-table.png'), timeout: 120_000 });
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  test('an indicator no document holds: an empty map that says so', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'));
    await page.goto(inject('baseUrl'));
    await mapReady(page);
    await dataLoaded(page);
    await page.locator('#indicator-search').click();
    // It is offered, greyed and marked as held by no document.
    const option = page.locator('#indicator-option-urban-unemployment-rate');
    await expect(option.getAttribute('class')).resolves.toContain('unheld');
    await expect(option.textContent()).resolves.toContain('无文件承诺');
    await page.locator('#indicator-search').fill('失业率');
    await option.click();
    await expect.poll(() => page.locator('.indicator-notice').textContent()).toBe('没有文件对“城镇调查失业率”作出承诺，地图上没有可显示的数值。');
    await expect(page.locator('.indicator-notice').isVisible()).resolves.toBe(true);
    await page.waitForTimeout(500);
    // No value on the map: names only, and no circle anywhere.
    expect((await labels(page)).every((l) => !/\d/.test(l))).toBe(true);
    expect((await distinctColours(page, '.map')).sample.some((c) => isOrange(c.split(',').map((x) => Number(x) << 3) as [number, number, number]))).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'indicator-empty.png'), timeout: 120_000 });
    // Back to the tasks: the notice goes.
    await page.locator('.indicator-clear').click();
    await expect.poll(() => page.locator('.indicator-notice').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('embedded with ?indicator=: the map, its legend and values, no dialog button', async () => {
    const { page, errors, foreignRequests } = await openPage(browser(), inject('baseUrl'), { width: 800, height: 600 });
    await page.goto(`${inject('baseUrl')}?embed=1&indicator=migrant-worker-training`);
    await mapReady(page);
    await expect.poll(() => page.locator('.legend h2').textContent()).toBe('农民工补贴性培训（人次）');
    await expect.poll(() => labels(page)).toContain('陕西 20万 人次 · 2023年');
    await expect(page.locator('.legend .legend-action').isVisible()).resolves.toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'indicator-embed.png'), timeout: 120_000 });
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  test('keyboard only, in English: open the list, move, choose, open the table; axe finds nothing serious', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}?lang=en`);
    await mapReady(page);
    await dataLoaded(page);
    await page.locator('#indicator-search').focus();
    await page.keyboard.press('ArrowDown');
    // The list opens once the indicator code (loaded on first use) is in.
    await expect.poll(() => page.locator('#indicator-search').getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.type('rental');
    await expect.poll(() => page.locator('#indicator-search').getAttribute('aria-activedescendant')).toBe('indicator-option-affordable-rental-housing');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('indicator')).toBe('affordable-rental-housing');
    await expect.poll(() => page.locator('.legend h2').textContent()).toBe('Affordable rental housing (homes)');
    // The next stop after the box: the chosen indicator's table.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('indicator-table-open');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.indicator-table-dialog[open] tbody tr');
    await expect(page.locator('.indicator-table-dialog h2').textContent()).resolves.toBe('Affordable rental housing: commitments across levels');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'indicator-rental-table-en.png'), timeout: 120_000 });
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('indicator-table-open');
    expect(errors).toEqual([]);
    await page.close();
  });
});
