import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'];

export const launch = () => chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });

/** Builds a Vite project (the app, or a floor) and serves the build on a free port. */
export async function serve(root: string, outDir: string, publicDir: string) {
  await build({ root, publicDir, logLevel: 'silent', base: './', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000 } });
  const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, outDir, close: () => server.httpServer.close() };
}

export type Bytes = { js: { raw: number; gzip: number }; data: { raw: number; gzip: number } };

/** Loads a page until its first complete map; returns the time and the bytes fetched by kind before it. */
export async function firstMap(browser: Browser, url: string, outDir: string): Promise<{ page: Page; ms: number; issued: number; bytes: Bytes }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const files: string[] = [];
  let ready = false;
  page.on('requestfinished', (r) => {
    if (!ready) files.push(new URL(r.url()).pathname);
  });
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('html[data-map-ready]', { state: 'attached', timeout: 300_000 });
  ready = true;
  const ms = Date.now() - t0;
  // When deck.gl issued the first frame with data, on the page's clock. Software WebGL then takes seconds to
  // finish drawing it (the compositor's ReadPixels waits for SwiftShader), which is what `ms` includes.
  const issued = await page.evaluate(() => performance.getEntriesByName('task-atlas:drawn')[0]?.startTime ?? NaN);
  const bytes: Bytes = { js: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 } };
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

/** Filter → repaint: clicks categories in turn, timing each until deck.gl has drawn the new layers. */
export async function repaintLatencies(page: Page, categories = ['hukou', 'green-lowcarbon', 'land', 'hukou', 'green-lowcarbon', 'land']): Promise<number[]> {
  await page.waitForSelector('#cat-hukou', { state: 'attached', timeout: 300_000 });
  const out: number[] = [];
  for (const id of categories) {
    await page.evaluate(() => performance.clearMarks());
    out.push(
      await page.evaluate(async (cat) => {
        const t0 = performance.now();
        (document.getElementById(`cat-${cat}`) as HTMLInputElement).click();
        for (let k = 0; k < 200; k++) {
          await new Promise((r) => requestAnimationFrame(r));
          const drawn = performance.getEntriesByName('task-atlas:drawn')[0];
          if (drawn) return drawn.startTime - t0;
        }
        return NaN;
      }, id),
    );
  }
  return out;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
