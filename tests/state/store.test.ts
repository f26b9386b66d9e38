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
