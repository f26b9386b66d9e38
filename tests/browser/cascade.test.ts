import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, inject, test } from 'vitest';
import { shippedLinkSet } from '../cascade/shipped-links.ts';
import { shippedDocuments } from '../joins/fixtures.ts';
import { axeViolations } from './lib/axe.ts';
import { ARTIFACTS, openPage, useBrowser } from './lib/chromium.ts';
import { colourAt, mapReady, type Rgb } from './lib/pixels.ts';

const browser = useBrowser();
const links = shippedLinkSet().links;
const YANG5 = 'yangxian-2023-work-points/5';
const upperOf = (lower: string) => links.filter((k) => k.lower === lower).sort((a, b) => b.score - a.score).map((k) => k.upper);
/** Region codes whose documents carry out `upper` (from links.json and the documents' regions). */
const carriers = (upper: string) => {
  const region = new Map(shippedDocuments().map((d) => [d.document.id, d.document.region?.code]));
  return new Set(links.filter((k) => k.upper === upper).map((k) => region.get(k.lower.split('/')[0]!)!));
};

/** A province's label point (inside it) from the shipped national boundaries. */
function labelOf(code: string): [number, number] {
  const topo = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'geo', 'china.topo.json'), 'utf8')) as Topology;
  const g = (topo.objects.provinces as unknown as { geometries: Array<{ properties: { code: string; label: [number, number] } }> }).geometries.find((x) => x.properties.code === code);
  if (!g) throw new Error(`no ${code}`);
  return g.properties.label;
}

const rgbOf = (css: string): Rgb => css.match(/\d+/g)!.slice(0, 3).map(Number) as Rgb;
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('the policy cascade in the page', { timeout: 240_000 }, () => {
  test('洋县 (5) 推进县城城镇化补短板强弱项 → its 陕西 and national counterparts, the evidence marked in both texts, and back', async () => {
    const { page, errors, foreignRequests } = await openPage(browser(), inject('baseUrl'), { width: 1400, height: 900 });
    const linkRequests: string[] = [];
    page.on('request', (r) => /\/links-[^/]*\.json$/.test(r.url()) && linkRequests.push(r.url()));
    await page.goto(`${inject('baseUrl')}?level=prefecture&focus=610700`);
    await mapReady(page);
    await page.waitForSelector('#cat-hukou');
    // Nothing of the cascade is fetched for the map, the filters or the search.
    expect(linkRequests).toEqual([]);

    await page.locator('#region-search').fill('洋县');
    await page.locator('#region-results [data-key="610723"]').dispatchEvent('mousedown');
    const button = page.locator(`.panel li[data-task-id="${YANG5}"] .links-button`);
    await button.waitFor({ timeout: 20_000 });
    expect(linkRequests).toHaveLength(1);
    await expect(button.textContent()).resolves.toBe(`↑ ${upperOf(YANG5).length} · ↓ 0`);
    await button.click();

    const dialog = page.locator('dialog.task-links[open]');
    const focusTitle = () => dialog.locator('.links-task').textContent();
    await dialog.locator('.links-up .link-item').first().waitFor();
    await expect.poll(focusTitle).toBe('(5) 推进县城城镇化补短板强弱项');
    const ups = await dialog.locator('.links-up .link-item').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-task-id')));
    expect(ups).toEqual(upperOf(YANG5));
    expect(ups).toEqual(expect.arrayContaining(['shaanxi-2023-key-tasks/9', 'national-2022-key-tasks/8']));
    // The strongest link's two texts are open, the shared terms marked in both.
    const first = dialog.locator('.links-up .link-item').first();
    const marked = await first.locator('.link-text-body').evaluateAll((bodies) => bodies.map((b) => [...b.querySelectorAll('mark.ev-term')].map((m) => m.textContent)));
    expect(marked).toHaveLength(2);
    for (const terms of marked) expect(terms).toEqual(expect.arrayContaining(['补短板强弱项', '中央预算内投资']));
    await page.screenshot({ path: join(ARTIFACTS, 'cascade-links-yangxian-5.png') });
    expect(await axeViolations(page)).toEqual([]);

    // To 陕西 2023 (9): 洋县 (5) carries it out, listed under 洋县.
    await dialog.locator('.links-up .link-item[data-task-id="shaanxi-2023-key-tasks/9"] .link-follow').click();
    await expect.poll(focusTitle).toBe('(9) 推进县城补短板强弱项');
    await expect(dialog.locator(`.links-down .link-region[data-region="610723"] .link-item[data-task-id="${YANG5}"]`).count()).resolves.toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'cascade-links-shaanxi-9.png') });
    await dialog.locator('.links-back').click();
    await expect.poll(focusTitle).toBe('(5) 推进县城城镇化补短板强弱项');

    // To the national task, and back by its own "carried out by" list.
    await dialog.locator('.links-up .link-item[data-task-id="national-2022-key-tasks/8"] .link-follow').click();
    await expect.poll(focusTitle).toBe('(8) 推进以县城为重要载体的城镇化建设');
    const downRegions = await dialog.locator('.links-down .link-region').evaluateAll((xs) => xs.map((x) => x.getAttribute('data-region')).sort());
    expect(downRegions).toEqual([...carriers('national-2022-key-tasks/8')].sort());
    await dialog.locator(`.links-down .link-item[data-task-id="${YANG5}"] .link-follow`).click();
    await expect.poll(focusTitle).toBe('(5) 推进县城城镇化补短板强弱项');

    await page.keyboard.press('Escape');
    await expect(page.locator('dialog.task-links').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);
    // Focus is back on the button that opened the view.
    await expect(page.evaluate(() => document.activeElement?.classList.contains('links-button'))).resolves.toBe(true);
    expect(linkRequests).toHaveLength(1);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the cascade view of 都市圈 (national 6) colours 陕西 and 浙江 and leaves every other province blank; the legend leaves it', async () => {
    const upper = 'national-2022-key-tasks/6';
    expect(carriers(upper)).toEqual(new Set(['610000', '330000']));
    const { page, errors, foreignRequests } = await openPage(browser(), inject('baseUrl'), { width: 1400, height: 900 });
    await page.goto(`${inject('baseUrl')}?region=100000`);
    await mapReady(page);
    // From the national panel's task, through its link view: "show on map".
    const button = page.locator(`.panel li[data-task-id="${upper}"] .links-button`);
    await button.waitFor({ timeout: 20_000 });
    await button.click();
    await page.locator('dialog.task-links[open] .links-map').click();
    const legend = page.locator('.legend');
    await expect.poll(() => legend.locator('h2').textContent()).toBe('落实 国家 2022 (6) 培育发展现代化都市圈');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('cascade=national-2022-key-tasks%2F6');
    // The legend and the national panel in the cascade view, its take-up section open.
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.panel-close').click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(ARTIFACTS, 'cascade-view-national-6.png') });

    // Where each province's name sits (inside it), then the fill alone there: no labels, symbols or outlines on top.
    const labels = await page.$$eval('.map-labels > span:not([hidden])', (spans) =>
      spans.map((s) => {
        const r = s.getBoundingClientRect();
        return { name: s.textContent!, x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
      }),
    );
    await page.evaluate(() => (window as unknown as { taskAtlas: { setView(p: object): void } }).taskAtlas.setView({ layers: { labels: false, targets: false, composites: false } }));
    await page.waitForTimeout(1500);
    const covered = await page.$$eval('.legend, .scs-inset, .source-line, .maplibregl-ctrl-attrib', (els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    const swatches = await legend.locator('.swatch').evaluateAll((xs) => xs.map((x) => getComputedStyle(x).backgroundColor));
    expect(swatches).toHaveLength(5);
    const classOf = (c: Rgb) => {
      const d = swatches.map((s) => distance(c, rgbOf(s)));
      return d.indexOf(Math.min(...d));
    };
    const small = new Set(['北京', '天津', '上海', '香港', '澳门']);
    const sampled: Record<string, number> = {};
    for (const l of labels) {
      if (small.has(l.name) || covered.some((r) => l.x >= r.left && l.x <= r.right && l.y >= r.top && l.y <= r.bottom)) continue;
      sampled[l.name] = classOf(await colourAt(page, l.x, l.y));
    }
    // 陕西 and 浙江 at their label points, each framed in the middle of the map (浙江's name gives way to its neighbours').
    const map = (await page.locator('.map-wrap').boundingBox())!;
    for (const [name, code] of [['陕西', '610000'], ['浙江', '330000']] as const) {
      const [lng, lat] = labelOf(code);
      await page.evaluate((camera) => (window as unknown as { taskAtlas: { setView(p: object): void } }).taskAtlas.setView({ camera }), { lng, lat, zoom: 5 });
      await page.waitForTimeout(1500);
      sampled[name] = classOf(await colourAt(page, map.x + map.width / 2, map.y + map.height / 2));
    }
    // 陕西: two tasks of its own documents (the 2023 plan's and the county-town plan's); 浙江: one.
    expect(sampled['陕西']).toBe(3);
    expect(sampled['浙江']).toBe(2);
    const others = Object.entries(sampled).filter(([name]) => name !== '陕西' && name !== '浙江');
    expect(others.length).toBeGreaterThan(20);
    expect(others.filter(([, k]) => k !== 0)).toEqual([]);

    // Leaving the view: task counts again.
    await legend.locator('.legend-clear').click();
    await expect.poll(() => legend.locator('h2').textContent()).toBe('任务数（每个地区）');
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain('cascade=');
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the cascade filter, from a URL: the national tasks no province takes up', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'), { width: 1400, height: 900 });
    await page.goto(`${inject('baseUrl')}?links=national-untaken&table=1`);
    await page.waitForSelector('.task-table tbody tr.task-row');
    const taken = new Set(links.filter((k) => k.upper.startsWith('national-') && /^(shaanxi|zhejiang)-/.test(k.lower)).map((k) => k.upper));
    const untaken = shippedDocuments().find((d) => d.document.level === 'national')!.tasks.map((t) => t.id).filter((id) => !taken.has(id));
    const ids = () => page.locator('.task-table tbody tr.task-row').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-task-id')));
    await expect.poll(ids).toEqual(untaken);
    await expect(page.locator('#links-national-untaken').isChecked()).resolves.toBe(true);
    await expect.poll(() => page.locator('.legend .filter-note').textContent()).toBe('筛选: 没有省份承接的国家任务');
    await page.screenshot({ path: join(ARTIFACTS, 'cascade-filter-untaken.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
