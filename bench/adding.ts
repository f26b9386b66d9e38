/**
 * Adding a document in the page, in headless Chromium: from choosing the file to its review (read and extracted in
 * the worker, on a fresh page, so the worker, its gazetteer and pdf.js load too), and from "add" to its tasks drawn
 * on the map. A 1 MB text plan and a ~50-page PDF. Part of `npm run bench`; `tsx bench/adding.ts` alone.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, median, serve } from './lib/first-map.ts';
import { longPdf, longPlan } from './lib/long-plan.ts';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 3;

async function addOnce(browser: Browser, url: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForSelector('html[data-map-ready]', { state: 'attached', timeout: 300_000 });
  await page.waitForSelector('#cat-hukou', { state: 'attached', timeout: 300_000 });
  await page.locator('.bar .add-document').click();
  const t0 = Date.now();
  await page.locator('#add-document-file').setInputFiles(file);
  await page.waitForSelector('.add-document-dialog .review', { timeout: 600_000 });
  const review = Date.now() - t0;
  const tasks = Number(/\d+/.exec((await page.locator('.review-count').textContent()) ?? '')?.[0] ?? NaN);
  await page.evaluate(() => performance.clearMarks());
  const t1 = Date.now();
  await page.locator('.review-add').click();
  await page.waitForFunction(() => performance.getEntriesByName('task-atlas:drawn').length > 0, undefined, { timeout: 300_000 });
  const drawn = Date.now() - t1;
  await page.close();
  return { review, drawn, tasks };
}

const text = longPlan(1_000_000);
const files = [
  { label: `1 MB text plan`, file: { name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) } },
  { label: '~50-page PDF', file: { name: 'long.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await longPdf(text)) } },
];
const app = await serve(ROOT, join(ROOT, 'node_modules', '.cache', 'bench-app-adding'), join(ROOT, 'public'));
const browser = await launch();
try {
  console.log('adding a document in the page (headless Chromium, a fresh page each time)');
  for (const { label, file } of files) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await addOnce(browser, app.url, file));
    const review = runs.map((r) => r.review);
    const drawn = runs.map((r) => r.drawn);
    console.log(`  ${label} (${(file.buffer.length / 1e6).toFixed(2)} MB, ${runs[0]!.tasks} tasks): choose → review median ${median(review)} ms (${review.join(', ')}); add → drawn median ${median(drawn)} ms (${drawn.join(', ')})`);
  }
} finally {
  await browser.close();
  app.close();
}
