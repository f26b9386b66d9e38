import { describe, expect, test } from 'vitest';
import { selectRenderInput } from '../../src/map/render-input.ts';
import { selectActiveTaskPlaces } from '../../src/state/active-task.ts';
import { createAppStore } from '../../src/state/store.ts';
import { atlas, composites, loadedStore, national, shaanxi } from './fixtures.ts';

const codes = (fc: { features: Array<{ properties: { code: string } }> } | null) => fc?.features.map((f) => f.properties.code).sort() ?? [];

describe('the map’s render input', () => {
  test('is null until the data and the national boundaries are in', () => {
    const store = createAppStore();
    expect(selectRenderInput(store.getState())).toBeNull();
    store.getState().setData(atlas);
    expect(selectRenderInput(store.getState())).toBeNull();
    store.getState().addBoundaries({ national });
    const input = selectRenderInput(store.getState())!;
    expect(input.level).toBe('country');
    // Every province the divisions list and the national file draws: 31 + 香港, 澳门, 台湾.
    expect(input.fill.features).toHaveLength(34);
  });

  test('a province waits for its county file, then draws its prefectures and province-run counties', () => {
    const store = loadedStore();
    store.getState().setLevel('province', '610000');
    expect(selectRenderInput(store.getState())).toBeNull();
    store.getState().addBoundaries({ province: ['610000', shaanxi], composites: { full: composites.full } });
    const input = selectRenderInput(store.getState())!;
    expect(codes(input.fill)).toEqual([...atlas.tree.childrenOf('610000')].sort());
    expect(input.countyLines!.features.length).toBe(shaanxi.counties.features.length);
    expect(codes(input.focusOutline)).toEqual(['610000']);
    // 关中平原城市群 and 西安都市圈 are drawn on Shaanxi's map, 长三角 is not.
    const shown = input.composites!.features.map((f) => f.properties.id);
    expect(shown).toEqual(expect.arrayContaining(['guanzhong-plain-cluster', 'xian-metro']));
    expect(shown).not.toContain('yangtze-delta-cluster');
  });

  test('a province whose county file failed is drawn by its prefectures, from the national file, at any level below', () => {
    const store = loadedStore();
    store.getState().setLevel('prefecture', '610700');
    store.getState().addBoundaries({ province: ['610000', null] });
    const input = selectRenderInput(store.getState())!;
    expect(input.level).toBe('province');
    expect(codes(input.fill)).toEqual(national.prefectures.features.filter((f) => f.properties.code.startsWith('61')).map((f) => f.properties.code).sort());
    expect(input.countyLines).toBeNull();
  });

  test('an unchanged state gives the same parts back; a hover changes only the hover', () => {
    const store = loadedStore();
    const a = selectRenderInput(store.getState())!;
    const b = selectRenderInput(store.getState())!;
    for (const k of ['fill', 'colorKey', 'composites', 'symbols', 'labels'] as const) expect(b[k]).toBe(a[k]);
    store.getState().hover('610000');
    const c = selectRenderInput(store.getState())!;
    expect(c.hovered).toBe('610000');
    for (const k of ['fill', 'colorKey', 'composites', 'symbols', 'labels'] as const) expect(c[k]).toBe(a[k]);
  });

  test('a filter recolours and resizes the symbols; the units stay the same object', () => {
    const store = loadedStore();
    const before = selectRenderInput(store.getState())!;
    store.getState().toggleCategory('hukou');
    const after = selectRenderInput(store.getState())!;
    expect(after.fill).toBe(before.fill);
    expect(after.colorKey).not.toBe(before.colorKey);
    expect(after.symbols).not.toBe(before.symbols);
    const targets = (x: typeof before) => x.symbols.reduce((n, s) => n + s.targets, 0);
    expect(targets(after)).toBeLessThan(targets(before));
  });

  test('labels follow the language and the toggle; a picked task highlights its places', () => {
    const store = loadedStore();
    const zh = selectRenderInput(store.getState())!.labels;
    expect(zh.find((l) => l.key === '610000')!.text).toBe('陕西');
    store.getState().setLang('en');
    expect(selectRenderInput(store.getState())!.labels.find((l) => l.key === '610000')!.text).toBe('Shaanxi');
    store.getState().setLayers({ labels: false });
    expect(selectRenderInput(store.getState())!.labels).toEqual([]);
    expect(selectRenderInput(store.getState())!.highlight).toBeNull();
    // A Zhejiang task about 杭州 and 宁波: both are outlined on the national map.
    const task = atlas.table.tasks.find((t) => ['330100', '330200'].every((c) => t.places.some((p) => p.code === c)))!;
    store.getState().pickTask(task.id);
    const places = selectActiveTaskPlaces(store.getState()).filter((k) => /^\d{6}$/.test(k));
    expect(places).toEqual(expect.arrayContaining(['330100', '330200']));
    expect(codes(selectRenderInput(store.getState())!.highlight)).toEqual([...places].sort());
  });
});
