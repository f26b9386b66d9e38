import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { serializeSteps, STEPS_KEY } from '../../src/present/steps-storage.ts';
import { parseUrlState } from '../../src/view/url-state.ts';
import { pointInGeometry } from '../../src/map/point-in-feature.ts';
import { shippedProvince } from '../export/geo-fixtures.ts';
import { ARTIFACTS, openPage, useBrowser } from './lib/chromium.ts';
import { mapReady } from './lib/pixels.ts';

const browser = useBrowser();

const search = (page: Page) => page.evaluate(() => location.search);

/** The camera where the map last settled, as it writes it on its element (map-view.ts): [lng, lat, zoom]. */
async function camera(page: Page): Promise<[number, number, number] | null> {
  const v = await page.locator('#map').getAttribute('data-camera');
  return v ? (v.split(',').map(Number) as [number, number, number]) : null;
}

/**
 * Does `act` and measures how long until the camera settles for good: the last time the map writes where it
 * settled, once nothing more has come for 4 s (longer than a flight here: a layout change's resize settles it
 * too, seconds before the flight ends in software GL). A flight takes its ~1.2 s (more in software GL); a jump settles at once (MapLibre ends it in the call).
 */
async function timeCamera(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const el = document.getElementById('map')!;
    const t0 = performance.now();
    (window as unknown as { cameraSettled: Promise<number> }).cameraSettled = new Promise((resolve) => {
      let last: number | null = null;
      const observer = new MutationObserver(() => (last = performance.now()));
      observer.observe(el, { attributeFilter: ['data-camera'] });
      const check = () => {
        if (last !== null && performance.now() - last > 4000) {
          observer.disconnect();
          resolve(last - t0);
        } else setTimeout(check, 100);
      };
      check();
    });
  });
  await act();
  return page.evaluate(() => (window as unknown as { cameraSettled: Promise<number> }).cameraSettled);
}
const pressAndTimeCamera = (page: Page, key: string) => timeCamera(page, () => page.keyboard.press(key));

/** The region under the middle of the map, as deck.gl picks it for the hover card: what is drawn there. */
async function regionAtCentre(page: Page): Promise<string> {
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2 - 5, box.y + box.height / 2 - 5);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  return (await (await page.waitForSelector('.tooltip:not([hidden]) strong', { timeout: 20_000 })).textContent())!;
}

const shaanxi = shippedProvince('610000');
const [W, S, E, N] = shaanxi.province.features[0]!.properties.bbox;
const inShaanxi = ([lng, lat]: [number, number, number]) => lng > W && lng < E && lat > S && lat < N;

/** The county at the third step's camera centre, from the shipped boundaries (not assumed). */
const YANG_CAMERA: [number, number] = [107.55, 33.2];
const countyAtCamera = shaanxi.counties.features.find((f) => pointInGeometry(YANG_CAMERA, f.geometry))!.properties.name;

describe('presenting in the built app', () => {
  test('add two steps from the page, a third after a reload; present them with the keys; Escape leaves', { timeout: 240_000 }, async () => {
    const { page, errors, foreignRequests } = await openPage(browser(), inject('baseUrl'));
    const base = inject('baseUrl');
    await page.goto(base);
    await mapReady(page);

    // Step 1: the national view, titled.
    const presentButton = page.locator('button.present');
    // The steps dialog's code loads when it is first opened.
    const openSteps = async () => {
      await presentButton.click();
      await page.waitForSelector('.steps-dialog[open]');
    };
    await openSteps();
    await expect(page.locator('.steps-empty').isVisible()).resolves.toBe(true);
    await page.locator('button.step-add').click();
    await page.keyboard.type('全国概览');
    await expect(page.locator('.step-item .step-desc').textContent()).resolves.toBe('全国 · 全部任务');
    await page.keyboard.press('Escape');
    await expect(page.locator('.steps-dialog').isVisible()).resolves.toBe(false);

    // Step 2: 陕西, found by the search, then opened from the level breadcrumb.
    await page.locator('#region-search').fill('陕西');
    await page.locator('#region-results [data-key="610000"]').dispatchEvent('mousedown');
    await page.locator('.bar .levels button[data-code="610000"]').click();
    await expect.poll(() => search(page)).toBe('?level=province&focus=610000&region=610000');
    await openSteps();
    await page.locator('button.step-add').click();
    await page.keyboard.type('陕西');
    await page.screenshot({ path: join(ARTIFACTS, 'present-steps-dialog.png') });
    await page.locator('.steps-close').click();

    // Step 3, after a reload on a shared link with a camera: the two steps are still there (localStorage).
    await page.goto(`${base}?level=prefecture&focus=610700&region=610723&at=${YANG_CAMERA.join(',')},8.6`);
    await mapReady(page);
    await openSteps();
    await expect(page.locator('.step-item input.step-title').evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value))).resolves.toEqual(['全国概览', '陕西']);
    await page.locator('button.step-add').click();
    await expect(page.locator('.step-item').nth(2).locator('.step-desc').textContent()).resolves.toBe('汉中市 · 选中：洋县 · 全部任务 · 自定视角');
    await page.locator('.steps-close').click();

    // Back to the nation, then present from the first step.
    await page.locator('.bar .levels button[data-code="100000"]').click();
    await expect.poll(() => search(page)).toBe('?region=610723');
    await openSteps();
    // Starting frames the first step's level anew, in the presenting layout (the panel was open before).
    const flight1 = await timeCamera(page, () => page.locator('button.steps-start').click());
    await page.waitForSelector('.app.presenting');
    await expect(page.locator('.present-title').textContent()).resolves.toBe('全国概览');
    await expect(page.locator('.present-count').textContent()).resolves.toBe('1 / 3');
    for (const hidden of ['.app > .bar', '.filters', '.panel', '.task-table']) await expect(page.locator(hidden).isVisible()).resolves.toBe(false);
    await expect(page.locator('.legend').isVisible()).resolves.toBe(true);
    await expect(page.locator('.scs-inset').isVisible()).resolves.toBe(true);
    await expect.poll(() => search(page)).toBe('');
    // The nation framed: the centre is well inside China, at a small zoom.
    const nationCamera = (await camera(page))!;
    expect(nationCamera[2]).toBeLessThan(5);
    expect(nationCamera[0]).toBeGreaterThan(95);
    expect(nationCamera[0]).toBeLessThan(115);
    await page.screenshot({ path: join(ARTIFACTS, 'present-step-1.png') });

    const flight2 = await pressAndTimeCamera(page, 'ArrowRight');
    await expect.poll(() => search(page)).toBe('?level=province&focus=610000&region=610000');
    await expect(page.locator('.present-count').textContent()).resolves.toBe('2 / 3');
    // Shaanxi framed: the camera flew into the province and closer.
    const shaanxiCamera = (await camera(page))!;
    expect(inShaanxi(shaanxiCamera)).toBe(true);
    expect(shaanxiCamera[2]).toBeGreaterThan(nationCamera[2] + 1);
    expect(flight2).toBeGreaterThan(1000);
    await expect(page.locator('.scs-inset').count()).resolves.toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'present-step-2.png') });

    // A step with its own camera: the map flies there (not a jump); the county drawn at the centre is the one
    // the shipped boundaries put at the camera's point.
    const flight3 = await pressAndTimeCamera(page, 'PageDown');
    await expect.poll(() => search(page)).toBe('?level=prefecture&focus=610700&region=610723&at=107.55%2C33.2%2C8.6');
    expect(await camera(page)).toEqual([...YANG_CAMERA, 8.6]);
    expect(flight1).toBeGreaterThan(1000);
    expect(flight3).toBeGreaterThan(1000);
    console.info(`camera settled after: start ${Math.round(flight1)} ms, → Shaanxi ${Math.round(flight2)} ms, → own camera ${Math.round(flight3)} ms`);
    expect(countyAtCamera).toBe('洋县');
    await expect(regionAtCentre(page)).resolves.toMatch(new RegExp(`^${countyAtCamera} `));
    await page.screenshot({ path: join(ARTIFACTS, 'present-step-3.png') });

    await pressAndTimeCamera(page, 'ArrowLeft');
    await expect.poll(() => search(page)).toBe('?level=province&focus=610000&region=610000');
    expect(await camera(page)).toEqual(shaanxiCamera);
    await pressAndTimeCamera(page, 'Home');
    await expect.poll(() => search(page)).toBe('');
    expect(await camera(page)).toEqual(nationCamera);
    await expect(page.locator('.present-title').textContent()).resolves.toBe('全国概览');

    await page.keyboard.press('Escape');
    await expect(page.locator('.app.presenting').count()).resolves.toBe(0);
    await expect(page.locator('.app > .bar').isVisible()).resolves.toBe(true);
    await expect(page.locator('.filters').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('present');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('on a phone: stored steps, the on-screen buttons, English, reduced motion', { timeout: 180_000 }, async () => {
    const { page, context, errors } = await openPage(browser(), inject('baseUrl'), { width: 390, height: 760 });
    const stored = serializeSteps([
      { title: '全国', view: parseUrlState('') },
      { title: '西安都市圈 <b>重点</b>', view: parseUrlState('?level=province&focus=610000&region=xian-metro&cat=hukou') },
    ]);
    await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STEPS_KEY, stored]);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${inject('baseUrl')}?lang=en`);
    await mapReady(page);
    await page.locator('button.present').click();
    await page.waitForSelector('.steps-dialog[open]');
    await expect(page.locator('.step-item').count()).resolves.toBe(2);
    await page.locator('button.steps-start').click();
    await page.waitForSelector('.app.presenting');
    await expect(page.locator('.present-keys').isVisible()).resolves.toBe(false);
    await timeCamera(page, () => page.locator('button.present-next').click());
    await expect.poll(() => search(page)).toBe('?level=province&focus=610000&region=xian-metro&cat=hukou&lang=en');
    // The title is the presenter's text, as text.
    await expect(page.locator('.present-title').textContent()).resolves.toBe('西安都市圈 <b>重点</b>');
    await expect(page.locator('.present-title b').count()).resolves.toBe(0);
    await expect(page.locator('.legend .filter-note').textContent()).resolves.toBe('Filters: Hukou & citizenisation');
    await page.waitForTimeout(2500);
    await page.screenshot({ path: join(ARTIFACTS, 'present-phone.png') });
    // Reduced motion: back to the nation without a flight.
    const jump = await timeCamera(page, () => page.locator('button.present-prev').click());
    expect(jump).toBeLessThan(600);
    await expect.poll(() => search(page)).toBe('?lang=en');
    await page.locator('button.present-exit').click();
    await expect(page.locator('.app.presenting').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  test('a hostile or malformed store is ignored: no steps, no error', { timeout: 120_000 }, async () => {
    const { page, context, errors } = await openPage(browser(), inject('baseUrl'));
    await context.addInitScript((key) => localStorage.setItem(key, '{"version":1,"steps":[{"title":"x","view":"?region=<img src=x onerror=alert(1)>"}]}'), STEPS_KEY);
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(inject('baseUrl'));
    await mapReady(page);
    await page.locator('button.present').click();
    await expect(page.locator('.step-item').count()).resolves.toBe(0);
    await expect(page.locator('button.steps-start').isDisabled()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});
