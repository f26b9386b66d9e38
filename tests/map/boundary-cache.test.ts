import { describe, expect, test } from 'vitest';
import { createBoundaryCache, type BoundaryLoaders } from '../../src/map/boundary-cache.ts';
import { selectDrawnLevel } from '../../src/state/selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { composites, national, shaanxi } from './fixtures.ts';

/** Loaders over the shipped files, counting calls; `fail` names what answers with an error instead. */
function loaders(fail: { national?: boolean; province?: string; composites?: 'national' | 'full' } = {}) {
  const calls: string[] = [];
  const load: BoundaryLoaders = {
    national: async () => (calls.push('national'), fail.national ? Promise.reject(new Error('HTTP 404')) : national),
    province: async (code) => (calls.push(code), code === fail.province ? Promise.reject(new Error('not valid JSON')) : shaanxi),
    composites: async (d) => (calls.push(`composites:${d}`), d === fail.composites ? Promise.reject(new Error('HTTP 500')) : composites[d]),
  };
  return { load, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('boundary cache', () => {
  test('loads the national files and the coarse composites at once; a province and the detail with its first view', async () => {
    const store = createAppStore();
    const { load, calls } = loaders();
    createBoundaryCache(store, load);
    await settle();
    expect(calls).toEqual(['national', 'composites:national']);
    expect(store.getState().boundaries.national).toBe(national);
    store.getState().setLevel('prefecture', '610700');
    store.getState().setLevel('province', '610000');
    await settle();
    // One county file for Shaanxi whichever of its levels asked first, and the detailed composites once.
    expect(calls).toEqual(['national', 'composites:national', 'composites:full', '610000']);
    expect(store.getState().boundaries.provinces.get('610000')).toBe(shaanxi);
    expect(store.getState().problems).toEqual([]);
  });

  test('a county file that fails is a problem, and its province is drawn by its prefectures', async () => {
    const store = createAppStore();
    createBoundaryCache(store, loaders({ province: '610000' }).load);
    store.getState().setLevel('prefecture', '610700');
    await settle();
    expect(store.getState().boundaries.provinces.get('610000')).toBeNull();
    expect(store.getState().problems).toEqual([{ key: 'counties:counties/610000.topo.json', kind: 'counties', file: 'counties/610000.topo.json', detail: 'not valid JSON' }]);
    expect(selectDrawnLevel(store.getState())).toEqual({ level: 'province', focus: '610000' });
  });

  test('failed composites are a problem and nothing else; failed national files reject', async () => {
    const store = createAppStore();
    const cache = createBoundaryCache(store, loaders({ composites: 'national', national: true }).load);
    await expect(cache.national).rejects.toThrow('HTTP 404');
    await settle();
    expect(store.getState().problems.map((p) => p.kind).sort()).toEqual(['boundaries', 'composites']);
    expect(store.getState().boundaries.composites.national).toBeNull();
  });
});
