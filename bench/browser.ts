/**
 * In headless Debian Chromium (software WebGL): the JavaScript and data fetched before the first complete national
 * map, against the library floor (bench/floor: MapLibre and the same deck.gl modules, nothing else); the time from
 * navigation to that first map, against the drawing floor (bench/choropleth-floor: the same base map and the
 * provinces filled and outlined, nothing else); and filter → repaint latency. Part of `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';

const ROOT = join(import.meta.dirname, '..');
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'];
const RUNS = 5;

async function serve(root: string, outDir: string) {
  const publicDir = join(ROOT, 'public');
  await build({ root, publicDir, logLevel: 'silent', base: './', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000 } });
  const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, outDir, close: () => server.httpServer.close() };
}

/** Loads a page until its first complete map; returns the time and the bytes fetched by kind. */
async function firstMap(browser: Browser, url: string, outDir: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const files: string[] = [];
  page.on('requestfinished', (r) => files.push(new URL(r.url()).pathname));
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('html[data-map-ready]', { timeout: 180_000 });
  const ms = Date.now() - t0;
  // When deck.gl issued the first frame with data, on the page's clock. Software WebGL then takes seconds to
  // finish drawing it (the compositor's ReadPixels waits for SwiftShader), which is what `ms` includes.
  const issued = await page.evaluate(() => performance.getEntriesByName('task-atlas:drawn')[0]?.startTime ?? NaN);
  const bytes = { js: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 } };
  for (const path of new Set(files)) {
    const rel = decodeURIComponent(path).replace(/^\//, '');
    if (!rel) continue;
    let b: Buffer;
    try {
      b = readFileSync(join(outDir, rel));
    } catch {
      continue;
    }
    const kind = /\.m?js$/.test(rel) && !rel.includes('maplibre-gl-worker') ? 'js' : /\.json$/.test(rel) ? 'data' : null;
    if (!kind) continue;
    bytes[kind].raw += b.length;
    bytes[kind].gzip += gzipSync(b, { level: 9 }).length;
  }
  return { page, ms, issued, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const app = await serve(ROOT, join(ROOT, 'node_modules', '.cache', 'bench-app'));
const floor = await serve(join(ROOT, 'bench', 'floor'), join(ROOT, 'node_modules', '.cache', 'bench-floor'));
const drawing = await serve(join(ROOT, 'bench', 'choropleth-floor'), join(ROOT, 'node_modules', '.cache', 'bench-choropleth-floor'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
try {
  const appRuns: number[] = [];
  const appIssued: number[] = [];
  const floorRuns: number[] = [];
  const drawingRuns: number[] = [];
  let appBytes = { js: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 } };
  let floorBytes = appBytes;
  const latencies: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const f = await firstMap(browser, floor.url, floor.outDir);
    floorRuns.push(f.ms);
    floorBytes = f.bytes;
    await f.page.close();
    const d = await firstMap(browser, drawing.url, drawing.outDir);
    drawingRuns.push(d.ms);
    await d.page.close();
    const a = await firstMap(browser, app.url, app.outDir);
    appRuns.push(a.ms);
    appIssued.push(a.issued);
    appBytes = a.bytes;
    if (i === RUNS - 1) {
      // Filter → repaint: click a category, time until deck.gl has drawn the new layers.
      for (const id of ['hukou', 'green-lowcarbon', 'land', 'hukou', 'green-lowcarbon', 'land']) {
        await a.page.evaluate(() => performance.clearMarks());
        const ms = await a.page.evaluate(async (cat) => {
          const t0 = performance.now();
          (document.getElementById(`cat-${cat}`) as HTMLInputElement).click();
          for (let k = 0; k < 200; k++) {
            await new Promise((r) => requestAnimationFrame(r));
            const drawn = performance.getEntriesByName('task-atlas:drawn')[0];
            if (drawn) return drawn.startTime - t0;
          }
          return NaN;
        }, id);
        latencies.push(ms);
      }
    }
    await a.page.close();
  }
  const over = ((appBytes.js.gzip - floorBytes.js.gzip) / floorBytes.js.gzip) * 100;
  console.log('first national map, headless Chromium, software WebGL');
  console.log(`  library floor JS            ${kb(floorBytes.js.raw)} raw, ${kb(floorBytes.js.gzip)} gzip (MapLibre worker excluded in both)`);
  console.log(`  app JS before the first map ${kb(appBytes.js.raw)} raw, ${kb(appBytes.js.gzip)} gzip: +${over.toFixed(1)}% over the floor (target ≤ 15%)`);
  console.log(`  app data before the first map ${kb(appBytes.data.raw)} raw, ${kb(appBytes.data.gzip)} gzip`);
  const ratio = median(appRuns) / median(drawingRuns);
  console.log(`  navigation → first complete map: app median ${median(appRuns)} ms (${appRuns.join(', ')})`);
  console.log(`    drawing floor (base map + provinces filled and outlined) median ${median(drawingRuns)} ms (${drawingRuns.join(', ')}): app ${ratio.toFixed(2)}× the floor (target ≤ 1.15×)`);
  console.log(`    library floor (empty layers) median ${median(floorRuns)} ms`);
  console.log(`  first frame issued by deck.gl (page clock): app median ${median(appIssued).toFixed(0)} ms`);
  console.log(`  category filter → repaint: median ${median(latencies).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} clicks; target < 50 ms`);
} finally {
  await browser.close();
  app.close();
  floor.close();
  drawing.close();
}
