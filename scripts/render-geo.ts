/**
 * Renders the built boundary layers to PNG in headless Debian Chromium, for a human to look at:
 * tests/artifacts/geo-national.png (provinces, prefectures, neighbours, the South China Sea inset),
 * geo-610000.png (Shaanxi counties) and geo-330000.png (Zhejiang counties). Usage: npm run geo:render [codes…]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { feature } from 'topojson-client';

const ROOT = resolve(import.meta.dirname, '..');
const GEO = join(ROOT, 'public', 'geo');
const OUT = join(ROOT, 'tests', 'artifacts');

type Layer = { features: unknown[]; fill: string | null; stroke: string; width: number; hue?: boolean };
type Scene = { bbox: [number, number, number, number]; layers: Layer[]; inset?: { bbox: [number, number, number, number]; layers: Layer[] } };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = (file: string): any => JSON.parse(readFileSync(join(GEO, file), 'utf8'));
const features = (topo: { objects: Record<string, unknown> }, name: string): unknown[] =>
  (feature(topo as never, topo.objects[name] as never) as unknown as { features: unknown[] }).features;

// Plain JS run in the page: an equirectangular projection scaled by cos(latitude), painted on a canvas.
const DRAW = `(function (scene) {
  var c = document.getElementById('c'), ctx = c.getContext('2d');
  ctx.fillStyle = '#cfe3f0'; ctx.fillRect(0, 0, c.width, c.height);
  function paint(layers, b, x0, y0, w, h) {
    var k = Math.cos(((b[1] + b[3]) / 2) * Math.PI / 180);
    var s = Math.min(w / ((b[2] - b[0]) * k), h / (b[3] - b[1]));
    var P = function (q) { return [x0 + (q[0] - b[0]) * k * s, y0 + h - (q[1] - b[1]) * s]; };
    ctx.save(); ctx.beginPath(); ctx.rect(x0, y0, w, h); ctx.clip();
    layers.forEach(function (L) {
      L.features.forEach(function (f, i) {
        var g = f.geometry; if (!g) return;
        var polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
        ctx.beginPath();
        polys.forEach(function (p) { p.forEach(function (r) { r.forEach(function (q, j) { var xy = P(q); if (j) ctx.lineTo(xy[0], xy[1]); else ctx.moveTo(xy[0], xy[1]); }); ctx.closePath(); }); });
        if (L.fill) { ctx.fillStyle = L.hue ? 'hsl(' + ((i * 137) % 360) + ',45%,78%)' : L.fill; ctx.fill('evenodd'); }
        ctx.strokeStyle = L.stroke; ctx.lineWidth = L.width; ctx.stroke();
      });
    });
    ctx.restore();
  }
  paint(scene.layers, scene.bbox, 16, 16, c.width - 32, c.height - 32);
  if (scene.inset) {
    var w = c.width * 0.2, h = c.height * 0.3, x = c.width - w - 12, y = c.height - h - 12;
    ctx.fillStyle = '#cfe3f0'; ctx.fillRect(x, y, w, h);
    paint(scene.inset.layers, scene.inset.bbox, x, y, w, h);
    ctx.strokeStyle = '#333'; ctx.lineWidth = 1.5; ctx.strokeRect(x, y, w, h);
  }
})`;

function nationalScene(): Scene {
  const china = load('china.topo.json'), nb = load('neighbours.topo.json'), scs = load('south-china-sea.topo.json');
  const manifest = load('manifest.json');
  return {
    bbox: [73, 17.5, 135.5, 54],
    layers: [
      { features: features(nb, 'countries'), fill: '#eeeeee', stroke: '#aaaaaa', width: 0.5 },
      { features: features(china, 'prefectures'), fill: '#fff', stroke: '#999', width: 0.3, hue: true },
      { features: features(china, 'provinces'), fill: null, stroke: '#222', width: 0.9 },
    ],
    inset: {
      bbox: manifest.inset.bbox,
      layers: [
        { features: features(scs, 'neighbours'), fill: '#eeeeee', stroke: '#aaaaaa', width: 0.5 },
        { features: features(scs, 'provinces'), fill: '#f6e7c8', stroke: '#555', width: 0.6 },
        { features: features(scs, 'islands'), fill: '#c0392b', stroke: '#c0392b', width: 1.2 },
      ],
    },
  };
}

function provinceScene(code: string): Scene {
  const t = load(`counties/${code}.topo.json`);
  return {
    bbox: t.bbox,
    layers: [
      { features: features(t, 'counties'), fill: '#fff', stroke: '#777', width: 0.5, hue: true },
      { features: features(t, 'prefectures'), fill: null, stroke: '#222', width: 1.2 },
      { features: features(t, 'province'), fill: null, stroke: '#000', width: 2 },
    ],
  };
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const codes = process.argv.slice(2).length ? process.argv.slice(2) : ['610000', '330000'];
for (const [name, scene] of [['national', nationalScene()], ...codes.map((c) => [c, provinceScene(c)])] as [string, Scene][]) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  await page.setContent('<body style="margin:0"><canvas id=c width=1600 height=1200></canvas></body>');
  await page.evaluate(`${DRAW}(${JSON.stringify(scene)})`);
  const file = join(OUT, `geo-${name}.png`);
  await page.screenshot({ path: file });
  await page.close();
  console.log(file);
}
await browser.close();
