// @vitest-environment happy-dom
import { beforeAll, describe, expect, test } from 'vitest';
import { choroplethSvg } from '../../src/export/choropleth-svg.ts';
import { exportTexts } from '../../src/export/export-texts.ts';
import { svgInput } from '../../src/export/export-svg.ts';
import { levelFill } from '../../src/map/level-fill.ts';
import { INDICATOR_FILL } from '../../src/state/metrics/indicator-metric.ts';
import { createAppStore } from '../../src/state/store.ts';
import { shippedAtlas } from '../joins/fixtures.ts';
import { shippedNational } from './geo-fixtures.ts';
import { xmlProblems } from './xml-well-formed.ts';
import { loadIndicatorCode } from '../../src/state/metrics/indicator-loader.ts';

// The indicator code loads on first use in the page; here, once before the tests.
beforeAll(async () => {
  await loadIndicatorCode();
});

const data = shippedAtlas();
const national = shippedNational();

function nationalSvg(indicator: string) {
  const store = createAppStore();
  store.getState().setData(data);
  store.getState().setIndicator(indicator);
  const texts = exportTexts(store.getState(), '2026-11-23')!;
  const features = levelFill(national, null, texts.levelValues.keys).features;
  const svg = choroplethSvg(svgInput(texts, features, 'zh', (c) => data.names.name(c, 'zh'), national.inset));
  expect(xmlProblems(svg)).toEqual([]);
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('the SVG export of an indicator view', () => {
  test('regions filled as on the map, titled with their commitment; the legend’s swatches, not its circles', () => {
    const doc = nationalSvg('old-compound-renovation');
    const region = (code: string) => doc.querySelector(`path.region[data-code="${code}"]`)!;
    expect(region('610000').getAttribute('fill')).toBe(INDICATOR_FILL.value);
    expect(region('330000').getAttribute('fill')).toBe(INDICATOR_FILL.silent);
    expect(region('440000').getAttribute('fill')).toBe(INDICATOR_FILL.none);
    expect(region('610000').querySelector('title')!.textContent).toBe('陕西省：2016 个小区 · 2023年');
    expect(region('440000').querySelector('title')!.textContent).toBe('广东省');
    expect(doc.querySelector('.legend-title')!.textContent).toBe('城镇老旧小区改造（个小区）');
    expect([...doc.querySelectorAll('.legend-entry text')].map((t) => t.textContent)).toEqual(['本级有承诺', '有本地文件，未作承诺', '没有本地文件']);
  });

  test('an indicator no document holds: well-formed, every region the same, no legend entry', () => {
    const store = createAppStore();
    store.getState().setData(data);
    store.getState().setIndicator('urban-unemployment-rate');
    const texts = exportTexts(store.getState(), '2026-11-23')!;
    const svg = choroplethSvg(svgInput(texts, levelFill(national, null, texts.levelValues.keys).features, 'zh', (c) => data.names.name(c, 'zh'), null));
    expect(xmlProblems(svg)).toEqual([]);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(new Set([...doc.querySelectorAll('path.region')].map((p) => p.getAttribute('fill')))).toEqual(new Set([INDICATOR_FILL.none]));
    expect(doc.querySelectorAll('.legend-entry')).toHaveLength(0);
  });
});
