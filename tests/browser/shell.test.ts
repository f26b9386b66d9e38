import { expect, inject, test } from 'vitest';
import { openPage, useBrowser } from './lib/chromium.ts';
import { mapReady } from './lib/pixels.ts';

const browser = useBrowser();

test('the built app opens offline with its title and no errors', async () => {
  const { page, foreignRequests, errors } = await openPage(browser(), inject('baseUrl'));
  await page.goto(inject('baseUrl'));
  await expect(page.title()).resolves.toContain('任务地图');
  await page.waitForLoadState('networkidle');
  expect(foreignRequests).toEqual([]);
  expect(errors).toEqual([]);
});

test('the national boundaries download once, from the page head, and the map uses those downloads', async () => {
  const { page, errors } = await openPage(browser(), inject('baseUrl'));
  const fetched: string[] = [];
  const warnings: string[] = [];
  page.on('request', (r) => /\/geo\/[^/]+\.topo\.json$/.test(r.url()) && fetched.push(new URL(r.url()).pathname.split('/').pop()!));
  page.on('console', (m) => m.type() === 'warning' && /preload/i.test(m.text()) && warnings.push(m.text()));
  await page.goto(inject('baseUrl'));
  await mapReady(page);
  const preloaded = await page.$$eval('link[rel=preload]', (xs) => xs.map((x) => (x as HTMLLinkElement).href.split('/').pop()));
  expect(preloaded).toEqual(['china.topo.json', 'neighbours.topo.json', 'south-china-sea.topo.json']);
  // A preload the fetch could not reuse (another credentials mode, say) would show as a second request and a warning.
  for (const file of preloaded) expect(fetched.filter((f) => f === file)).toHaveLength(1);
  await page.waitForTimeout(3500);
  expect(warnings).toEqual([]);
  expect(errors).toEqual([]);
});
