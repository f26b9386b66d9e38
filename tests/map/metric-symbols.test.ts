import type { Layer } from '@deck.gl/core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { MetricSymbol } from '../../src/map/layers/metric-symbols.ts';
import { selectRenderInput } from '../../src/map/render-input.ts';
import { renderLayers } from '../../src/map/render-layers.ts';
import { SYMBOL_MAX_RADIUS } from '../../src/state/metrics/indicator-metric.ts';
import { composites, loadedStore, shaanxi } from './fixtures.ts';
import { loadIndicatorCode } from '../../src/state/metrics/indicator-loader.ts';

// The indicator code loads on first use in the page; here, once before the tests.
beforeAll(async () => {
  await loadIndicatorCode();
});

function indicatorStore(id: string) {
  const store = loadedStore();
  store.getState().setIndicator(id);
  return store;
}

const layersOf = (store: ReturnType<typeof loadedStore>, zoom = 4) => new Map(renderLayers(selectRenderInput(store.getState())!, zoom).map((l) => [l.id, l]));
const symbolsOf = (layer: Layer | undefined) => layer!.props.data as MetricSymbol[];
type Accessor<T> = (d: MetricSymbol) => T;
const accessor = <T>(layer: Layer, name: string) => (layer.props as unknown as Record<string, Accessor<T>>)[name]!;

describe('an indicator’s proportional symbols (no GPU)', () => {
  test('replace the target circles, and stay when the targets layer is toggled off', () => {
    const store = indicatorStore('migrant-worker-training');
    expect([...layersOf(store).keys()]).toEqual(['region-fill-country', 'composite-outline', 'metric-symbols']);
    expect(selectRenderInput(store.getState())!.symbols).toEqual([]);
    store.getState().setLayers({ targets: false });
    expect([...layersOf(store).keys()]).toContain('metric-symbols');
    store.getState().setIndicator(null);
    expect([...layersOf(store).keys()]).not.toContain('metric-symbols');
    store.getState().setLayers({ targets: true });
    expect(selectRenderInput(store.getState())!.symbols.length).toBeGreaterThan(0);
  });

  test('at the national level 陕西 is the full circle; at 陕西’s, 洋县 is drawn on its county, from the county file', () => {
    const store = indicatorStore('migrant-worker-training');
    const national = layersOf(store).get('metric-symbols')!;
    expect(symbolsOf(national).map((d) => [d.key, d.value])).toEqual([['610000', 200_000]]);
    const radius = accessor<number>(national, 'getRadius');
    expect(radius(symbolsOf(national)[0]!)).toBe(SYMBOL_MAX_RADIUS);
    store.getState().setLevel('province', '610000');
    store.getState().addBoundaries({ province: ['610000', shaanxi], composites: { full: composites.full } });
    const province = symbolsOf(layersOf(store, 6).get('metric-symbols'));
    const yang = shaanxi.counties.features.find((f) => f.properties.code === '610723')!;
    expect(province.map((d) => [d.key, d.value, d.position])).toEqual([['610723', 2500, yang.properties.label]]);
    // Picking a symbol picks its region, as the map's picking reads a feature's code.
    expect(province[0]!.properties.code).toBe('610723');
  });

  test('area is proportional to the value; a commitment in another unit is a ring, not a circle on the scale', () => {
    const store = indicatorStore('old-compound-renovation');
    store.getState().setLevel('province', '610000');
    store.getState().addBoundaries({ province: ['610000', shaanxi], composites: { full: composites.full } });
    const input = selectRenderInput(store.getState())!;
    expect(input.metricSymbols!.max).toBe(28);
    const layer = layersOf(store, 6).get('metric-symbols')!;
    const radius = accessor<number>(layer, 'getRadius');
    const fill = accessor<number[]>(layer, 'getFillColor');
    const at = (value: number | null) => ({ key: 'x', position: [0, 0] as [number, number], name: { zh: '', en: '' }, value, properties: { code: 'x' } });
    expect(radius(at(28))).toBe(SYMBOL_MAX_RADIUS);
    expect(radius(at(7)) / radius(at(28))).toBeCloseTo(0.5, 6);
    expect(radius(at(0.01))).toBe(3);
    expect(radius(at(null))).toBe(6);
    expect(fill(at(null))[3]).toBe(0);
    expect(fill(at(28))[3]).toBeGreaterThan(0);
  });

  test('the same symbols object while nothing they show changes; the level’s names carry their values', () => {
    const store = indicatorStore('migrant-worker-training');
    const a = selectRenderInput(store.getState())!;
    store.getState().hover('610000');
    store.getState().toggleCategory('land');
    const b = selectRenderInput(store.getState())!;
    expect(b.metricSymbols).toBe(a.metricSymbols);
    expect(b.colorKey).toBe(a.colorKey);
    store.getState().setIndicator('old-compound-renovation');
    expect(selectRenderInput(store.getState())!.colorKey).not.toBe(a.colorKey);
    expect(a.labels.find((l) => l.key === '610000')!.text).toBe('陕西 20万 人次 · 2023年');
    expect(a.labels.find((l) => l.key === '330000')!.text).toBe('浙江');
  });

  test('an indicator no document holds draws no symbol at all', () => {
    const store = indicatorStore('urban-unemployment-rate');
    const layers = layersOf(store);
    expect(layers.has('metric-symbols')).toBe(false);
    expect(selectRenderInput(store.getState())!.symbols).toEqual([]);
  });
});
