import { join } from 'node:path';
import { firstMap, kb, launch, median, repaintLatencies, serve, type Bytes } from './first-map.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = 6;
const SETTLE_MS = 1500;

/** The app at `root` (this project, or a copy with other data: bench/scale.ts) against both floors, interleaved. */
export async function compareWithFloors(root: string, label: string): Promise<void> {
  const publicDir = join(ROOT, 'public');
  const cache = join(ROOT, 'node_modules', '.cache');
  const app = await serve(root, join(cache, `bench-app-${label}`), publicDir);
  const floor = await serve(join(ROOT, 'bench', 'floor'), join(cache, 'bench-floor'), publicDir);
  const drawing = await serve(join(ROOT, 'bench', 'choropleth-floor'), join(cache, 'bench-choropleth-floor'), publicDir);
  const browser = await launch();
  try {
    const runs = { app: [] as number[], issued: [] as number[], floor: [] as number[], drawing: [] as number[] };
    let appBytes: Bytes | null = null;
    let floorBytes: Bytes | null = null;
    let latencies: number[] = [];
    // Each round loads the three pages in a rotated order, with a pause before each load: software WebGL finishes a
    // closed page's frames in the GPU process for a while, and a page loaded straight after a heavy one paid for them
    // (the app always came after the drawing floor, and was up to 0.2× slower for it).
    const order = ['floor', 'drawing', 'app'] as const;
    for (let i = 0; i < RUNS; i++) {
      for (const kind of [...order.slice(i % 3), ...order.slice(0, i % 3)]) {
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        if (kind === 'floor') {
          const f = await firstMap(browser, floor.url, floor.outDir);
          runs.floor.push(f.ms);
          floorBytes = f.bytes;
          await f.page.close();
        } else if (kind === 'drawing') {
          const d = await firstMap(browser, drawing.url, drawing.outDir);
          runs.drawing.push(d.ms);
          await d.page.close();
        } else {
          const a = await firstMap(browser, app.url, app.outDir);
          runs.app.push(a.ms);
          runs.issued.push(a.issued);
          appBytes = a.bytes;
          if (i === RUNS - 1) latencies = await repaintLatencies(a.page);
          await a.page.close();
        }
      }
    }
    const over = ((appBytes!.js.gzip - floorBytes!.js.gzip) / floorBytes!.js.gzip) * 100;
    const ratio = median(runs.app) / median(runs.drawing);
    console.log(`first national map (${label}), headless Chromium, software WebGL`);
    console.log(`  library floor JS            ${kb(floorBytes!.js.raw)} raw, ${kb(floorBytes!.js.gzip)} gzip (MapLibre worker excluded in both)`);
    console.log(`  app JS before the first map ${kb(appBytes!.js.raw)} raw, ${kb(appBytes!.js.gzip)} gzip: +${over.toFixed(1)}% over the floor (target ≤ 15%)`);
    console.log(`  app data before the first map ${kb(appBytes!.data.raw)} raw, ${kb(appBytes!.data.gzip)} gzip`);
    console.log(`  navigation → first complete map: app median ${median(runs.app)} ms (${runs.app.join(', ')})`);
    console.log(`    drawing floor (base map + provinces filled and outlined) median ${median(runs.drawing)} ms (${runs.drawing.join(', ')}): app ${ratio.toFixed(2)}× the floor (target ≤ 1.15×)`);
    console.log(`    library floor (empty layers) median ${median(runs.floor)} ms`);
    console.log(`  first frame issued by deck.gl (page clock): app median ${median(runs.issued).toFixed(0)} ms`);
    console.log(`  category filter → repaint: median ${median(latencies).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} clicks; target ≤ 50 ms`);
  } finally {
    await browser.close();
    app.close();
    floor.close();
    drawing.close();
  }
}

