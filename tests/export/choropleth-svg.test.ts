// @vitest-environment happy-dom
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { choroplethSvg } from '../../src/export/choropleth-svg.ts';
import { exportTexts } from '../../src/export/export-texts.ts';
import { svgInput } from '../../src/export/export-svg.ts';
import { escapeXml } from '../../src/export/xml-escape.ts';
import type { BoundaryFeature } from '../../src/domain/boundary.ts';
import { classColor, classLabels } from '../../src/view/choropleth-classes.ts';
import { levelFill } from '../../src/map/level-fill.ts';
import { createAppStore } from '../../src/state/store.ts';
import { shippedAtlas } from '../joins/fixtures.ts';
import { shippedNational, shippedProvince } from './geo-fixtures.ts';
import { xmlProblems } from './xml-well-formed.ts';

const data = shippedAtlas();
const national = shippedNational();
const shaanxi = shippedProvince('610000');

function shaanxiSvg(tweak?: (features: BoundaryFeature[]) => BoundaryFeature[], lang: 'zh' | 'en' = 'zh') {
  const store = createAppStore();
  store.getState().setData(data);
  store.getState().setLang(lang);
  store.getState().setLevel('province', '610000');
  const texts = exportTexts(store.getState(), '2026-11-23')!;
  let features = levelFill(national, shaanxi, texts.levelValues.keys).features;
  if (tweak) features = tweak(features);
  const input = svgInput(texts, features, lang, (code) => (tweak ? null : data.names.name(code, lang)), null);
  return { svg: choroplethSvg(input), texts, features };
}

/** The files, to look at (tests/artifacts is not committed). */
const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('choropleth SVG of a real level', () => {
  test("Shaanxi's prefectures: well-formed, one path per region, filled by its class, named in its title", () => {
    const { svg, texts, features } = shaanxiSvg();
    writeFileSync(join(ARTIFACTS, 'choropleth-610000.svg'), svg);
    expect(xmlProblems(svg)).toEqual([]);
    expect(features.map((f) => f.properties.code).sort()).toEqual([...texts.levelValues.keys].sort());
    expect(features).toHaveLength(10);
    const doc = parse(svg);
    const paths = [...doc.querySelectorAll('g.regions > path.region')];
    expect(paths.map((p) => p.getAttribute('data-code')).sort()).toEqual(features.map((f) => f.properties.code).sort());
    const lv = texts.levelValues;
    for (const p of paths) {
      const code = p.getAttribute('data-code')!;
      const n = lv.values[lv.keys.indexOf(code)]!;
      expect(p.getAttribute('fill')).toBe(classColor(lv.classes, n));
      expect(p.getAttribute('d')).toMatch(/^M[\d.,L-]+Z/);
      expect(p.querySelector('title')!.textContent).toBe(`${data.names.name(code, 'zh')}：${n} 项任务`);
    }
    // 西安 and 汉中 carry tasks in the shipped plans: at least two colours besides the zero grey.
    expect(new Set(paths.map((p) => p.getAttribute('fill'))).size).toBeGreaterThanOrEqual(2);
    expect(doc.querySelector('title')!.textContent).toBe('任务地图 · 陕西省');
    expect(doc.querySelector('.source')!.textContent).toContain('资料来源');
    expect(doc.querySelector('.date')!.textContent).toBe('2026-11-23');
    expect(doc.querySelector('.inset')).toBeNull();
  });

  test('the legend lists the zero class and every class, in the map colours and labels', () => {
    const { svg, texts } = shaanxiSvg();
    const entries = [...parse(svg).querySelectorAll('.legend-entry')];
    const { classes } = texts.levelValues;
    expect(classes.bounds.length).toBeGreaterThan(1);
    expect(entries.map((e) => e.getAttribute('data-color'))).toEqual([classes.zero, ...classes.colors]);
    expect(entries.map((e) => e.querySelector('text')!.textContent)).toEqual(['无任务', ...classLabels(classes)]);
    expect(entries.map((e) => e.querySelector('rect')!.getAttribute('fill'))).toEqual([classes.zero, ...classes.colors]);
  });

  test('paths fit inside the drawing', () => {
    const { svg } = shaanxiSvg();
    const doc = parse(svg);
    const width = Number(doc.documentElement.getAttribute('width'));
    const height = Number(doc.documentElement.getAttribute('height'));
    const coords = [...doc.querySelectorAll('path.region')].flatMap((p) => [...p.getAttribute('d')!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]));
    const xs = coords.map((c) => c[0]!);
    const ys = coords.map((c) => c[1]!);
    // Translated by (16, 64): the map area starts under the header and is inside the padding.
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs) + 16).toBeLessThanOrEqual(width - 16 + 0.1);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys) + 64).toBeLessThan(height);
    // Shaanxi is taller than wide: the map is not squashed into the width.
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(Math.max(...xs) - Math.min(...xs));
  });

  test('the national level: 34 provinces and the 南海诸岛 inset', () => {
    const store = createAppStore();
    store.getState().setData(data);
    const texts = exportTexts(store.getState(), '2026-11-23')!;
    const features = levelFill(national, null, texts.levelValues.keys).features;
    const svg = choroplethSvg(svgInput(texts, features, 'zh', (c) => data.names.name(c, 'zh'), national.inset));
    writeFileSync(join(ARTIFACTS, 'choropleth-china.svg'), svg);
    expect(xmlProblems(svg)).toEqual([]);
    const doc = parse(svg);
    expect(doc.querySelectorAll('path.region')).toHaveLength(34);
    expect(doc.querySelectorAll('.inset path').length).toBeGreaterThan(10);
    expect(doc.querySelector('.inset text')!.textContent).toBe('南海诸岛');
  });

  test('a region name with markup stays text', () => {
    const hostile = '<script>alert("x")</script> & Co\'s \u0000\u0008区';
    const { svg } = shaanxiSvg((fs) => fs.map((f, i) => (i === 0 ? { ...f, properties: { ...f.properties, name: hostile } } : f)));
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&apos;s 区');
    const doc = parse(svg);
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('path.region title')!.textContent).toMatch(/^<script>alert\("x"\)<\/script> & Co's 区：\d+ 项任务$/);
  });

  test('English names and labels', () => {
    const { svg } = shaanxiSvg(undefined, 'en');
    const doc = parse(svg);
    expect(doc.querySelector('title')!.textContent).toBe('Task Atlas · Shaanxi');
    expect([...doc.querySelectorAll('path.region title')].map((t) => t.textContent)).toContain("Xi'an: " + doc.querySelector('path.region[data-code="610100"] title')!.textContent!.split(': ')[1]);
  });
});

describe('escapeXml', () => {
  test('the five markup characters become entities; characters XML forbids are dropped', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(escapeXml('x\u0000\u0001\u001f\ty\n\uFFFE\uD800z😀')).toBe('x\ty\nz😀');
    expect(xmlProblems(`<t a="${escapeXml('"<&>\'')}">${escapeXml('</t><x>&nbsp;')}</t>`)).toEqual([]);
  });

  test('the checker itself catches what it should', () => {
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a>x & y</a>')).not.toEqual([]);
    expect(xmlProblems('<a t="<"/>')).not.toEqual([]);
    expect(xmlProblems('<a/><b/>')).not.toEqual([]);
    expect(xmlProblems('<a t=x/>')).not.toEqual([]);
    expect(xmlProblems('<a>\u0001</a>')).not.toEqual([]);
    expect(xmlProblems('<a t="1" t="2"/>')).not.toEqual([]);
  });
});
