import type { Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../src/domain/categories.ts';
import { regionsGeoJson } from '../../src/export/regions-geojson.ts';
import { selectIndicatorMap } from '../../src/state/metrics/indicator-metric.ts';
import { selectCounts, selectKept, selectLevelValues } from '../../src/state/selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const data = shippedAtlas();
const square = (x: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });

function exportFor(setup: (s: ReturnType<typeof createAppStore>) => void, geometryOf?: (code: string) => Polygon | null) {
  const store = createAppStore();
  store.getState().setData(data);
  setup(store);
  const s = store.getState();
  return regionsGeoJson({
    data,
    kept: selectKept(s)!,
    counts: selectCounts(s)!,
    keys: selectLevelValues(s)!.keys,
    context: { level: s.level, focus: s.focus, filters: s.filters, expandComposites: s.expandComposites, indicator: s.indicator },
    geometryOf,
    indicator: selectIndicatorMap(s),
  });
}

describe('regions as GeoJSON', () => {
  test('the country level: one feature per province, flat properties, null geometry without outlines', () => {
    const fc = exportFor(() => {});
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(data.tree.childrenOf('100000').length);
    const shaanxi = fc.features.find((f) => f.properties.code === '610000')!;
    expect(shaanxi).toMatchObject({ type: 'Feature', id: '610000', geometry: null });
    expect(shaanxi.properties).toMatchObject({ code: '610000', name: '陕西省', en: 'Shaanxi', tasks: 83 });
    // Every category is a field of every feature, and all values are numbers or strings: no nesting.
    for (const f of fc.features) {
      for (const id of CATEGORY_IDS) expect(typeof f.properties[`cat_${id}`]).toBe('number');
      expect(Object.values(f.properties).every((v) => typeof v === 'number' || typeof v === 'string')).toBe(true);
    }
    expect(fc.taskAtlas).toMatchObject({ level: 'country', focus: null, expandComposites: false });
    // It survives JSON.
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });

  test('the figures match the counts: tasks, tasks with targets, targets, per category', () => {
    const fc = exportFor(() => {});
    const zhejiang = fc.features.find((f) => f.properties.code === '330000')!.properties;
    const zjTasks = data.table.documents.find((d) => d.document.id === 'zhejiang-2023-work-points')!.tasks;
    expect(zhejiang.tasks).toBe(32);
    expect(zhejiang.targets).toBe(zjTasks.reduce((n, t) => n + t.targets.length, 0));
    expect(zhejiang.tasksWithTargets).toBe(zjTasks.filter((t) => t.targets.length).length);
    expect(zhejiang.cat_hukou).toBe(zjTasks.filter((t) => t.categories.includes('hukou')).length);
    const none = fc.features.find((f) => f.properties.code === '650000')!.properties;
    expect(none).toMatchObject({ tasks: 0, targets: 0, tasksWithTargets: 0, cat_hukou: 0 });
  });

  test('follows the filters and the level: 汉中 prefecture, hukou only', () => {
    const fc = exportFor((store) => {
      store.getState().setLevel('prefecture', '610700');
      store.getState().toggleCategory('hukou');
    });
    expect(fc.features.map((f) => f.properties.code)).toEqual(data.tree.childrenOf('610700'));
    const yang = fc.features.find((f) => f.properties.code === '610723')!.properties;
    const yangHukou = data.table.documents.find((d) => d.document.id === 'yangxian-2023-work-points')!.tasks.filter((t) => t.categories.includes('hukou'));
    expect(yang.tasks).toBe(yangHukou.length);
    expect(yang.cat_hukou).toBe(yangHukou.length);
    expect(yang.cat_housing).toBe(yangHukou.filter((t) => t.categories.includes('housing')).length);
    expect(fc.taskAtlas.filters.categories).toEqual(['hukou']);
  });

  test('geometry comes from the callback; a code it has none for stays null', () => {
    const fc = exportFor(
      (store) => store.getState().setLevel('prefecture', '610700'),
      (code) => (code === '610723' ? square(107) : null),
    );
    expect(fc.features.find((f) => f.id === '610723')!.geometry).toEqual(square(107));
    expect(fc.features.filter((f) => f.geometry === null)).toHaveLength(fc.features.length - 1);
  });

  test('with an indicator chosen: each region’s committed value in the map’s unit, its other units apart', () => {
    const fc = exportFor((store) => store.getState().setIndicator('old-compound-renovation'));
    const props = (code: string) => fc.features.find((f) => f.properties.code === code)!.properties;
    // 陕西: 2016 compounds by 2023 on the map's scale, its 100万户 by 2025 beside them, never in their place.
    expect(props('610000')).toMatchObject({ indicator: 'old-compound-renovation', indicator_status: 'value', indicator_value: 2016, indicator_unit: '个', indicator_deadline: '2023', indicator_other: '1000000 户 2025' });
    expect(props('330000')).toMatchObject({ indicator_status: 'silent', indicator_value: null, indicator_other: '' });
    expect(props('440000')).toMatchObject({ indicator_status: 'none', indicator_value: null });
    expect(fc.taskAtlas.indicator).toBe('old-compound-renovation');
    // Every feature has the same fields, so a GIS can style by any of them.
    expect(new Set(fc.features.map((f) => Object.keys(f.properties).sort().join()))).toHaveProperty('size', 1);
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
    const yang = exportFor((store) => {
      store.getState().setIndicator('migrant-worker-training');
      store.getState().setLevel('prefecture', '610700');
    }).features.find((f) => f.id === '610723')!.properties;
    expect(yang).toMatchObject({ indicator_value: 2500, indicator_unit: '人次', indicator_deadline: '2023' });
  });

  test('without an indicator the features carry no indicator field', () => {
    const fc = exportFor(() => {});
    expect(Object.keys(fc.features[0]!.properties).some((k) => k.startsWith('indicator'))).toBe(false);
  });
});
