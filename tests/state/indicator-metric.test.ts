import { beforeAll, describe, expect, test } from 'vitest';
import { selectMapMetric } from '../../src/state/map-metric.ts';
import { indicatorMap, indicatorStatus, rateClasses, rateColor } from '../../src/state/metrics/indicator-map.ts';
import { INDICATOR_FILL } from '../../src/state/metrics/indicator-metric.ts';
import { createAppStore } from '../../src/state/store.ts';
import { summarizeAtlas } from '../../src/joins/atlas-summary.ts';
import { shippedAtlas, shippedDocuments } from '../joins/fixtures.ts';
import { loadIndicatorCode } from '../../src/state/metrics/indicator-loader.ts';

// The indicator code loads on first use in the page; here, once before the tests.
beforeAll(async () => {
  await loadIndicatorCode();
});

const atlas = shippedAtlas();
const docs = shippedDocuments();

function storeWith(indicator: string | null) {
  const store = createAppStore();
  store.getState().setData(atlas);
  store.getState().setIndicator(indicator);
  return store;
}

/** The clause of the shipped text a region's commitment was read from. */
const clauses = (m: NonNullable<ReturnType<typeof indicatorMap>>, key: string) => m.rows.get(key)!.commitments.flatMap((c) => c.sources.map((s) => s.text));

describe('setIndicator', () => {
  test('choosing an indicator clears the cascade (they share the map); clearing it leaves the cascade alone', () => {
    const store = storeWith(null);
    store.setState({ cascade: 'national-2022-key-tasks/6' });
    store.getState().setIndicator('migrant-worker-training');
    expect(store.getState()).toMatchObject({ indicator: 'migrant-worker-training', cascade: null });
    store.setState({ cascade: 'national-2022-key-tasks/6' });
    store.getState().setIndicator(null);
    expect(store.getState()).toMatchObject({ indicator: null, cascade: 'national-2022-key-tasks/6' });
  });
});

describe('an indicator read for the map, on the shipped documents', () => {
  test('农民工补贴性培训: the national 600万, 陕西 20万 and 洋县 2500 人次 on one scale', () => {
    const m = indicatorMap(docs, 'migrant-worker-training')!;
    expect(m.unit).toBe('人次');
    expect(m.drawn.get('100000')!.value).toBe(6_000_000);
    expect(clauses(m, '100000').join()).toContain('600万人次');
    expect(m.drawn.get('610000')!.value).toBe(200_000);
    expect(clauses(m, '610000').join()).toContain('20万人次');
    expect(m.drawn.get('610723')!.value).toBe(2500);
    expect(clauses(m, '610723').join()).toContain('2500人次');
    // 浙江 has a plan of its own that trains no migrant workers by number; 广东 has no plan here.
    expect(indicatorStatus(m, '330000')).toBe('silent');
    expect(indicatorStatus(m, '440000')).toBe('none');
  });

  test('城镇老旧小区改造: compounds on the map; the national households stay off its scale', () => {
    const m = indicatorMap(docs, 'old-compound-renovation')!;
    expect(m.unit).toBe('个');
    expect(m.drawn.get('610000')).toMatchObject({ value: 2016, unit: '个', deadline: '2023' });
    expect(m.drawn.get('610723')).toMatchObject({ value: 28, unit: '个' });
    expect(m.drawn.has('100000')).toBe(false);
    expect(indicatorStatus(m, '100000')).toBe('other-unit');
    expect(m.rows.get('100000')!.commitments.map((c) => [c.value, c.unit])).toEqual([[8_400_000, '户']]);
    // 陕西's 100万户 by 2025 is kept beside its compounds, never in their place.
    expect(m.rows.get('610000')!.commitments.map((c) => c.unit)).toEqual(['个', '户']);
  });

  test('a rate gets classes by its committed values; an indicator no document holds has none', () => {
    const m = indicatorMap(docs, 'urbanization-rate-resident')!;
    expect(m.unit).toBe('%');
    expect(m.drawn.get('330000')!.value).toBe(73.5);
    expect(m.classes!.bounds).toEqual([73.5]);
    const none = indicatorMap(docs, 'urban-unemployment-rate')!;
    expect(none.result.empty).toBe(true);
    expect([none.unit, none.drawn.size, none.classes]).toEqual([null, 0, null]);
    expect(indicatorMap(docs, 'no-such-indicator')).toBeNull();
  });

  test('rate classes: one per value while few, quantile breaks beyond, each labelled from its lowest value', () => {
    // The rates the shipped documents commit to, across indicators (95, 80, 98, 40, 88, 85, 90, 92, 26, 60 %).
    const rates = ['sewage-treatment-rate-county-town', 'sludge-disposal-rate-county-town', 'waste-harmless-rate-county-town', 'rural-black-odorous-water-rate', 'rural-sewage-village-coverage', 'rural-tap-water-rate', 'county-hospital-visit-rate', 'inclusive-kindergarten-coverage', 'prefab-building-share', 'cross-province-inpatient-settlement-rate']
      .flatMap((id) => [...indicatorMap(docs, id)!.drawn.values()].map((c) => c.value));
    expect(rates).toHaveLength(10);
    const few = rateClasses(rates.slice(0, 3));
    expect(few.bounds).toEqual([...rates.slice(0, 3)].sort((a, b) => a - b));
    expect(few.mins).toEqual(few.bounds);
    const many = rateClasses(rates);
    expect(many.bounds).toHaveLength(4);
    expect(many.bounds.at(-1)).toBe(Math.max(...rates));
    expect(many.mins[0]).toBe(Math.min(...rates));
    for (const v of rates) {
      const k = many.colors.indexOf(rateColor(many, v));
      expect(v, `${v} in class ${k}`).toBeGreaterThanOrEqual(many.mins[k]!);
      expect(v).toBeLessThanOrEqual(many.bounds[k]!);
    }
  });
});

describe('the indicator metric', () => {
  test('fills tell a commitment, a document with none, and no document apart; the national value is in the notes', () => {
    const s = storeWith('old-compound-renovation').getState();
    const metric = selectMapMetric(s)!;
    expect(metric.id).toBe('indicator');
    expect(metric.legend.title).toBe('城镇老旧小区改造（个小区）');
    expect(metric.colorOf!('610000')).toBe(INDICATOR_FILL.value);
    expect(metric.colorOf!('330000')).toBe(INDICATOR_FILL.silent);
    expect(metric.colorOf!('440000')).toBe(INDICATOR_FILL.none);
    expect(new Set([INDICATOR_FILL.value, INDICATOR_FILL.silent, INDICATOR_FILL.none]).size).toBe(3);
    expect(metric.legend.notes).toEqual(expect.arrayContaining(['图上按“个小区”计；以“户居民”计的承诺另列，不相加、不比较。', '全国：840万 户居民 · 2022年']));
    expect(metric.valueLabel!('610000')).toBe('2016 个小区 · 2023年');
    expect(metric.symbols!.keys).toContain('610000');
    expect(metric.symbols!.valueOf('610000')).toBe(2016);
    expect(metric.legend.entries.filter((e) => e.shape === 'circle').map((e) => e.label)).toEqual(['2016', '504']);
  });

  test('at 汉中 the levels above are in the notes and 洋县 gets a circle', () => {
    const store = storeWith('migrant-worker-training');
    store.getState().setLevel('prefecture', '610700');
    const metric = selectMapMetric(store.getState())!;
    expect(metric.legend.notes).toEqual(['全国：≥600万 人次 · 2022年', '陕西省：20万 人次 · 2023年']);
    expect(metric.symbols!.keys).toEqual(['610723']);
    expect(metric.symbols!.max).toBe(2500);
    expect(metric.valueLabel!('610723')).toBe('2500 人次 · 2023年');
  });

  test('a rate is coloured by its class; English names the unit the same way', () => {
    const store = storeWith('urbanization-rate-resident');
    store.getState().setLang('en');
    const metric = selectMapMetric(store.getState())!;
    expect(metric.symbols).toBeUndefined();
    expect(metric.colorOf!('330000')).not.toBe(INDICATOR_FILL.value);
    expect(metric.colorOf!('610000')).toBe(INDICATOR_FILL.silent);
    expect(metric.legend.title).toBe('Urbanization rate of the resident population (%)');
    expect(metric.legend.entries[0]!.label).toBe('73.5%');
  });

  test('an indicator no document holds: an empty map and a message saying so', () => {
    const metric = selectMapMetric(storeWith('urban-unemployment-rate').getState())!;
    expect(metric.legend.message).toBe('没有文件对“城镇调查失业率”作出承诺，地图上没有可显示的数值。');
    expect(metric.symbols).toBeUndefined();
    expect(new Set(metric.levelValues.keys.map((k) => metric.colorOf!(k)))).toEqual(new Set([INDICATOR_FILL.none]));
  });

  test('no indicator: task counts; before the tasks are in, the first map draws task counts from the summary', () => {
    expect(selectMapMetric(storeWith(null).getState())!.id).toBe('tasks');
    const loading = createAppStore();
    loading.getState().setRegions(atlas, summarizeAtlas(atlas.table, 0));
    loading.getState().setIndicator('migrant-worker-training');
    // Not null: a large corpus loads its tasks only after the first map, which must not wait for them.
    expect(selectMapMetric(loading.getState())!.id).toBe('tasks');
    loading.getState().setData(atlas);
    expect(selectMapMetric(loading.getState())!.id).toBe('indicator');
  });
});
