import { beforeEach, describe, expect, test, vi } from 'vitest';
import { selectCounts, selectKept } from '../../src/state/selectors.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const data = shippedAtlas();
let store: AppStore;
beforeEach(() => {
  store = createAppStore();
  store.getState().setData(data);
});

describe('store', () => {
  test('a category toggle recounts; the same filters give the same objects back', () => {
    const before = selectCounts(store.getState());
    expect(selectCounts(store.getState())).toBe(before);
    store.getState().toggleCategory('hukou');
    const after = selectCounts(store.getState())!;
    expect(after).not.toBe(before);
    expect(selectKept(store.getState())!.count).toBeLessThan(data.table.size);
    store.getState().toggleCategory('hukou');
    expect(selectKept(store.getState())!.count).toBe(data.table.size);
  });

  test('subscribers hear only the slice they watch', () => {
    const onSelected = vi.fn();
    store.subscribe((s) => s.selected, onSelected);
    store.getState().setFilters({ hasTarget: true });
    expect(onSelected).not.toHaveBeenCalled();
    store.getState().select('610723');
    expect(onSelected).toHaveBeenCalledWith('610723', null);
  });

  test('going to the country level drops the focus and the camera', () => {
    store.getState().setLevel('province', '610000');
    store.getState().setCamera({ lng: 1, lat: 2, zoom: 3 });
    store.getState().setLevel('country', '610000');
    expect(store.getState()).toMatchObject({ level: 'country', focus: null, camera: null });
  });
});

describe('navigation', () => {
  test('each region is shown at the level where it is one coloured unit', async () => {
    const { levelShowing, chainTo } = await import('../../src/view/navigate.ts');
    expect(levelShowing('610000', data)).toEqual({ level: 'country', focus: null });
    expect(levelShowing('610700', data)).toEqual({ level: 'province', focus: '610000' });
    expect(levelShowing('610723', data)).toEqual({ level: 'prefecture', focus: '610700' });
    expect(levelShowing('110105', data)).toEqual({ level: 'province', focus: '110000' }); // a Beijing district
    expect(levelShowing('xian-metro', data)).toEqual({ level: 'province', focus: '610000' });
    expect(levelShowing('xian-metro-linwei-huazhou', data)).toEqual({ level: 'province', focus: '610000' }); // 渭南's counties
    expect(levelShowing('guanzhong-plain-cluster', data)).toEqual({ level: 'country', focus: null });
    expect(chainTo('610723')).toEqual(['100000', '610000', '610700']);
  });
});
