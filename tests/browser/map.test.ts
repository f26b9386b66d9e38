import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, openPage, useBrowser } from './lib/chromium.ts';
import { colourAt, distinctColours, mapReady, type Rgb } from './lib/pixels.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** 洋县's label point (inside its polygon) from the shipped boundaries. */
function labelOf(provinceFile: string, code: string): [number, number] {
  const topo = JSON.parse(readFileSync(join(ROOT, 'public', 'geo', 'counties', provinceFile), 'utf8')) as Topology;
  const g = (topo.objects.counties as unknown as { geometries: Array<{ properties: { code: string; label: [number, number] } }> }).geometries.find((x) => x.properties.code === code);
  if (!g) throw new Error(`no ${code}`);
  return g.properties.label;
}

const browser = useBrowser();

describe('the map, at each level, offline', { timeout: 240_000 }, () => {
  test.each([
    ['country', '', '陕西'],
    ['province', '?level=province&focus=610000', '汉中'],
    ['province-zhejiang', '?level=province&focus=330000', '宁波'],
    ['prefecture', '?level=prefecture&focus=610700', '洋县'],
  ])('%s view: drawn (not a blank canvas), labelled without collisions, no request leaves the origin, no error', async (level, search, name) => {
    const { page, foreignRequests, errors } = await openPage(browser(), inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}${search}`);
    await mapReady(page);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(ARTIFACTS, `map-${level}.png`), timeout: 120_000 });
    const { colours } = await distinctColours(page, '.map-wrap');
    // Sea, land, neighbours, at least two task classes, borders: a blank or failed map has one or two.
    expect(colours).toBeGreaterThanOrEqual(6);
    // The units' names, as laid out on the page: the level's own among them, inside the map, no two overlapping.
    const labels = await page.$$eval('.map-labels > span:not([hidden])', (spans) =>
      spans.map((s) => {
        const r = s.getBoundingClientRect();
        return { text: s.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    expect(labels.map((l) => l.text)).toContain(name);
    const map = (await page.locator('.map-wrap').boundingBox())!;
    for (const l of labels) {
      const [cx, cy] = [(l.left + l.right) / 2, (l.top + l.bottom) / 2];
      expect(cx >= map.x && cx <= map.x + map.width && cy >= map.y && cy <= map.y + map.height, `${l.text} inside the map`).toBe(true);
    }
    const overlapping = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).map((b) => `${a.text}/${b.text}`));
    expect(overlapping).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('what a planner does on it', { timeout: 240_000 }, () => {
  test('target circles: over 陕西 and 浙江, which set targets, not over 甘肃, whose one task sets none; gone with the targets layer off', async () => {
    // Just above a region's name: the circle is centred on the name's point, and at least 3 px across.
    const patchAbove = async (page: import('playwright-core').Page, name: string): Promise<Rgb> => {
      const box = (await page.locator('.map-labels > span:not([hidden])', { hasText: new RegExp(`^${name}$`) }).first().boundingBox())!;
      return colourAt(page, box.x + box.width / 2, box.y + box.height / 2 - 10, 'mean');
    };
    const colours = async (search: string) => {
      const { page, errors } = await openPage(browser(), inject('baseUrl'));
      await page.goto(`${inject('baseUrl')}${search}`);
      await mapReady(page);
      await page.waitForSelector('#cat-hukou', { state: 'attached' });
      const out = { 陕西: await patchAbove(page, '陕西'), 浙江: await patchAbove(page, '浙江'), 甘肃: await patchAbove(page, '甘肃') };
      expect(errors).toEqual([]);
      await page.close();
      return out;
    };
    const on = await colours('');
    const off = await colours('?layers=composites,labels');
    const distance = (a: Rgb, b: Rgb) => a.reduce((d, v, i) => d + Math.abs(v - b[i]!), 0);
    // The circle's translucent orange over the fill: redder than the fill alone.
    for (const name of ['陕西', '浙江'] as const) {
      expect(distance(on[name], off[name]), name).toBeGreaterThan(40);
      expect(on[name][0] - on[name][2], name).toBeGreaterThan(off[name][0] - off[name][2]);
    }
    expect(distance(on.甘肃, off.甘肃)).toBeLessThan(12);
  });

  test('clicking 洋县 on the map opens its panel with its tasks', async () => {
    const [lng, lat] = labelOf('610000.topo.json', '610723');
    const { page, errors } = await openPage(browser(), inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}?level=prefecture&focus=610700&at=${lng},${lat},8.6`);
    await mapReady(page);
    await page.waitForSelector('#cat-hukou', { state: 'attached' });
    const box = (await page.locator('.map-wrap').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('.panel:not([hidden]) .panel-title');
    await expect(page.locator('.panel .panel-title').textContent()).resolves.toBe('洋县 Yang County');
    await expect(page.locator('.panel').textContent()).resolves.toContain('提高城镇落户便捷程度和服务水平');
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('610723');
    await page.screenshot({ path: join(ARTIFACTS, 'map-click-yangxian.png'), timeout: 120_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a category filter changes the counts and the legend', async () => {
    const { page } = await openPage(browser(), inject('baseUrl'));
    await page.goto(inject('baseUrl'));
    await mapReady(page);
    await page.waitForSelector('#cat-hukou', { state: 'attached' });
    const before = { legend: await page.locator('.legend').textContent(), count: await page.evaluate(() => (window as unknown as { taskAtlas: { getState(): { taskCount: number } } }).taskAtlas.getState().taskCount) };
    await page.locator('#cat-hukou').check();
    await expect.poll(() => page.locator('.legend .filter-note').textContent()).toContain('户籍与市民化');
    const after = { legend: await page.locator('.legend').textContent(), count: await page.evaluate(() => (window as unknown as { taskAtlas: { getState(): { taskCount: number } } }).taskAtlas.getState().taskCount) };
    expect(after.count).toBeLessThan(before.count);
    expect(after.count).toBe(Number(await page.locator('label[for="cat-hukou"] + .count').textContent()));
    // The classes are recomputed for the smaller counts: the legend's ranges change, not only its note.
    expect(after.legend!.replace(/筛选.*$/, '')).not.toBe(before.legend!.replace(/全部任务$/, ''));
    await page.close();
  });

  test('search finds 西安都市圈 and opens it', async () => {
    const { page } = await openPage(browser(), inject('baseUrl'));
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('#cat-hukou', { state: 'attached' });
    await page.locator('#region-search').fill('西安都市圈');
    await expect(page.locator('#region-results [role=option]').first().textContent()).resolves.toContain('西安都市圈');
    await page.locator('#region-search').press('Enter');
    await page.waitForSelector('.panel:not([hidden]) .panel-title');
    await expect(page.locator('.panel .panel-title').textContent()).resolves.toContain('西安都市圈');
    await expect(page.locator('.bar .levels [aria-pressed="true"]').getAttribute('data-code')).resolves.toBe('610000');
    await page.close();
  });
});
