import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { PNG_FOOTER, PNG_HEADER } from '../../src/export/map-image.ts';
import { PNG_SCALE } from '../../src/export/export-png.ts';
import { shippedAtlas } from '../joins/fixtures.ts';
import { ARTIFACTS, openPage, useBrowser } from './lib/chromium.ts';
import { colourAt, mapReady, patchColour } from './lib/pixels.ts';
import { pngSize } from './lib/png-size.ts';

const data = shippedAtlas();
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const browser = useBrowser();

/** Clicks an export button in the 导出 dialog and returns the downloaded file's name and bytes. */
async function download(page: Page, button: 'png' | 'svg') {
  if (!(await page.locator('.export-dialog').isVisible())) await page.locator('button.export').click();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.locator(`button.export-${button}`).click()]);
  await page.waitForFunction(() => !document.querySelector('.export-dialog[aria-busy]'));
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Draws an image file (PNG, or SVG rendered by the browser) on a canvas in the page; returns it as PNG bytes. */
async function rasterise(page: Page, bytes: Buffer, type: string): Promise<Buffer> {
  const url = await page.evaluate(
    async ([b64, mime]) => {
      const blob = new Blob([Uint8Array.from(atob(b64!), (c) => c.charCodeAt(0))], { type: mime });
      const img = new Image();
      img.src = URL.createObjectURL(blob);
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      c.getContext('2d')!.drawImage(img, 0, 0);
      return c.toDataURL('image/png');
    },
    [bytes.toString('base64'), type] as const,
  );
  return Buffer.from(url.split(',')[1]!, 'base64');
}

describe('export from the built app', () => {
  test('PNG: twice the map size plus the title and legend bands; the map, its class colours, title and legend are in it', { timeout: 180_000 }, async () => {
    const { page, errors, foreignRequests } = await openPage(browser(), inject('baseUrl'));
    await page.goto(inject('baseUrl'));
    await mapReady(page);
    const map = await page.locator('#map').evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
    const legend = await page.locator('.legend .swatch').evaluateAll((xs) => xs.map((x) => getComputedStyle(x).backgroundColor));
    // Inside 陕西's target circle, above its name: the export must show what the screen does (circles are not deck.gl's).
    await page.waitForSelector('#cat-hukou', { state: 'attached' });
    const mapBox = (await page.locator('#map').boundingBox())!;
    const name = (await page.locator('.map-labels > span:not([hidden])', { hasText: /^陕西$/ }).first().boundingBox())!;
    const inCircle = { x: name.x + name.width / 2 - mapBox.x, y: name.y + name.height / 2 - 13 - mapBox.y };
    const onScreen = await colourAt(page, mapBox.x + inCircle.x, mapBox.y + inCircle.y, 'mean');

    const t0 = Date.now();
    const png = await download(page, 'png');
    const ms = Date.now() - t0;
    expect(png.name).toBe(`task-atlas-china-${today()}.png`);
    await expect(page.locator('.export-status').textContent()).resolves.toBe(`已导出 ${png.name}`);
    writeFileSync(join(ARTIFACTS, 'export-china.png'), png.bytes);
    expect(pngSize(png.bytes)).toEqual({ width: PNG_SCALE * map.width, height: PNG_SCALE * (map.height + PNG_HEADER + PNG_FOOTER) });

    // Read the pixels back in the page.
    const stats = await page.evaluate(
      async ([b64, header, mapHeight, scale, swatches]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        const rgb = (s: string) => s.match(/\d+/g)!.slice(0, 3).map(Number);
        const classes = (swatches as string[]).map(rgb);
        const land = [251, 251, 248];
        // The fill is drawn at alpha 235/255 over the land: the colour a region of a class shows on the map.
        const onMap = classes.map((k) => k.map((v, i) => Math.round((v * 235 + land[i]! * 20) / 255)));
        const top = (header as number) * (scale as number);
        const bottom = ((header as number) + (mapHeight as number)) * (scale as number);
        const distinct = new Set<number>();
        const exact = classes.map(() => 0);
        const near = classes.map(() => 0);
        let ink = 0;
        for (let y = 0; y < c.height; y++) {
          for (let x = 0; x < c.width; x++) {
            const o = (y * c.width + x) * 4;
            const p = [data[o]!, data[o + 1]!, data[o + 2]!];
            distinct.add((p[0]! << 16) | (p[1]! << 8) | p[2]!);
            if (y < top && p.every((v) => v < 90)) ink++;
            if (y >= bottom) classes.forEach((k, i) => k.every((v, j) => v === p[j]) && exact[i]!++);
            if (y >= top && y < bottom) onMap.forEach((k, i) => k.every((v, j) => Math.abs(v - p[j]!) <= 10) && near[i]!++);
          }
        }
        return { distinct: distinct.size, ink, exact, near };
      },
      [png.bytes.toString('base64'), PNG_HEADER, map.height, PNG_SCALE, legend] as const,
    );
    // A real picture, not a blank or a single flat colour.
    expect(stats.distinct).toBeGreaterThan(500);
    const inPng = await patchColour(page, png.bytes, Math.round(inCircle.x * PNG_SCALE), Math.round((PNG_HEADER + inCircle.y) * PNG_SCALE), 9, 'mean');
    expect(inPng.reduce((d, v, i) => d + Math.abs(v - onScreen[i]!), 0), `PNG ${inPng} against the screen's ${onScreen}`).toBeLessThan(36);
    // The title is drawn in the band above the map.
    expect(stats.ink).toBeGreaterThan(300);
    // The legend's swatches, in exactly the legend's colours, under the map.
    for (const n of stats.exact) expect(n).toBeGreaterThan(18 * 12 * PNG_SCALE * PNG_SCALE * 0.5);
    // The choropleth itself: the darkest class (Shaanxi at the national level) covers thousands of pixels.
    expect(stats.near[stats.near.length - 1]).toBeGreaterThan(2000);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    console.info(`PNG export of a ${map.width}×${map.height} map: ${ms} ms, ${png.bytes.length} bytes, ${stats.distinct} colours`);
  });

  test('SVG: one path per region at the national and the province level, well-formed, legend and inset', { timeout: 180_000 }, async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'));
    for (const [search, code, regions, name] of [
      ['', 'china', [...data.tree.childrenOf('100000')].length, '全国'],
      ['?level=province&focus=610000', '610000', [...data.tree.childrenOf('610000')].length, '陕西省'],
    ] as const) {
      await page.goto(`${inject('baseUrl')}${search}`);
      await mapReady(page);
      const svg = await download(page, 'svg');
      expect(svg.name).toBe(`task-atlas-${code}-${today()}.svg`);
      writeFileSync(join(ARTIFACTS, `export-${code}.svg`), svg.bytes);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          title: doc.querySelector('svg > title')?.textContent,
          paths: doc.querySelectorAll('path.region').length,
          codes: [...doc.querySelectorAll('path.region')].map((p) => p.getAttribute('data-code')),
          legend: doc.querySelectorAll('.legend-entry').length,
          inset: doc.querySelectorAll('svg.inset path').length,
        };
      }, svg.bytes.toString('utf8'));
      expect(parsed.error).toBeNull();
      expect(parsed.title).toBe(`任务地图 · ${name}`);
      expect(parsed.paths).toBe(regions);
      expect(new Set(parsed.codes).size).toBe(regions);
      await expect(page.locator('.legend .swatch').count()).resolves.toBe(parsed.legend);
      if (code === 'china') expect(parsed.inset).toBeGreaterThan(10);
      else expect(parsed.inset).toBe(0);
      writeFileSync(join(ARTIFACTS, `export-${code}-svg.png`), await rasterise(page, svg.bytes, 'image/svg+xml'));
      await page.locator('.export-close').click();
    }
    expect(errors).toEqual([]);
  });
});
