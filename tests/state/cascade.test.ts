import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Link } from '../../src/cascade/types.ts';
import { withDocuments } from '../../src/joins/atlas-data.ts';
import { ensureLinks } from '../../src/state/cascade-links.ts';
import { selectCascade } from '../../src/state/cascade-selectors.ts';
import { selectMapMetric } from '../../src/state/map-metric.ts';
import { WITHIN } from '../../src/state/metrics/cascade-metric.ts';
import { selectKept } from '../../src/state/selectors.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { createLinksDemand } from '../../src/state/subscribers/links-demand.ts';
import { shippedLinkSet } from '../cascade/shipped-links.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const data = shippedAtlas();
const shipped = shippedLinkSet();
const LINKS_FILE = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'links.json'));
let fetched: string[];

/** A store holding the shipped atlas; fetch serves data/links.json (or fails with `status`). */
function storeWith(status = 200, atlas = data): AppStore {
  fetched = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(String(url));
    return new Response(status === 200 ? LINKS_FILE : 'gone', { status });
  });
  const store = createAppStore();
  store.getState().setData(atlas);
  return store;
}

afterEach(() => vi.unstubAllGlobals());

const levelValue = (store: AppStore, key: string) => {
  const lv = selectMapMetric(store.getState())!.levelValues;
  return lv.values[lv.keys.indexOf(key)];
};
/** Region code of the documents whose tasks carry out `upper`, by how many tasks (from links.json, by hand). */
const carriersOf = (upper: string) => {
  const regionOf = new Map(data.table.documents.map((d) => [d.document.id, d.document.region?.code]));
  const out = new Map<string, number>();
  for (const k of shipped.links.filter((x) => x.upper === upper)) {
    const r = regionOf.get(k.lower.split('/')[0]!)!;
    out.set(r, (out.get(r) ?? 0) + 1);
  }
  return out;
};

describe('loading the links', () => {
  test('nothing is fetched until a cascade feature asks; then links.json once, and one Cascade for it', async () => {
    const store = storeWith();
    const stop = createLinksDemand(store);
    store.getState().setFilters({ hasTarget: true });
    expect(fetched).toEqual([]);
    expect(selectCascade(store.getState())).toBeNull();
    store.getState().setCascade('national-2022-key-tasks/6');
    await vi.waitFor(() => expect(store.getState().linksStatus).toBe('ready'));
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(/links.*\.json/);
    await ensureLinks(store);
    expect(fetched).toHaveLength(1);
    const cascade = selectCascade(store.getState());
    expect(cascade!.upperIds('yangxian-2023-work-points/5')).toEqual(shipped.links.filter((k) => k.lower === 'yangxian-2023-work-points/5').map((k) => k.upper));
    expect(selectCascade(store.getState())).toBe(cascade);
    stop();
  });

  test('a link filter waits for the links: nothing kept, then exactly the tasks it means', async () => {
    const store = storeWith();
    const stop = createLinksDemand(store);
    store.getState().setFilters({ links: ['carries-province'] });
    expect(selectKept(store.getState())!.count).toBe(0);
    await vi.waitFor(() => expect(store.getState().linksStatus).toBe('ready'));
    const lowers = new Set(shipped.links.filter((k) => k.upper.startsWith('shaanxi-')).map((k) => k.lower));
    expect(selectKept(store.getState())!.count).toBe(lowers.size);
    stop();
  });

  test('a failure is a problem of its own; the map shows task counts and every other filter still works', async () => {
    const store = storeWith(404);
    store.getState().setCascade('national-2022-key-tasks/6');
    await ensureLinks(store);
    const s = store.getState();
    expect(s.linksStatus).toBe('failed');
    expect(s.problems).toEqual([expect.objectContaining({ kind: 'links', file: 'links.json', detail: expect.stringContaining('404') })]);
    expect(selectMapMetric(s)!.id).toBe('tasks');
    store.getState().setFilters({ categories: ['hukou'] });
    expect(selectKept(store.getState())!.count).toBe(10);
    await ensureLinks(store);
    expect(fetched).toHaveLength(1);
  });
});

describe('documents added to the atlas are linked the moment they are in', () => {
  const yang = data.table.documents.find((d) => d.document.id === 'yangxian-2023-work-points')!;
  const others = data.table.documents.filter((d) => d !== yang);
  const sorted = (links: readonly Link[]) => [...links].sort((a, b) => a.lower.localeCompare(b.lower) || a.upper.localeCompare(b.upper));

  test('links.json covers other documents: all are linked again in the page; an added one gets the links the CLI finds', async () => {
    const store = storeWith(200, withDocuments(data, others));
    const stop = createLinksDemand(store);
    store.getState().setCascade('national-2022-key-tasks/8');
    await vi.waitFor(() => expect(store.getState().links?.documents).toEqual(others.map((d) => d.document.id)));
    expect(store.getState().links!.links.some((k) => k.lower.startsWith('yangxian-'))).toBe(false);
    // 洋县 added, as bring-your-own documents append them.
    store.getState().setData(withDocuments(data, [...others, yang]));
    await vi.waitFor(() => expect(store.getState().links?.documents).toContain('yangxian-2023-work-points'));
    expect(sorted(store.getState().links!.links)).toEqual(sorted(shipped.links));
    expect(selectCascade(store.getState())!.upperIds('yangxian-2023-work-points/5')).toContain('shaanxi-2023-key-tasks/9');
    expect(fetched).toHaveLength(1);
    stop();
  });
});

describe('the cascade view on the map', () => {
  let store: AppStore;
  beforeEach(async () => {
    store = storeWith();
    await ensureLinks(store);
  });

  test('都市圈 (national 6): 陕西 and 浙江 by their own tasks, every other province blank', () => {
    store.getState().setCascade('national-2022-key-tasks/6');
    const metric = selectMapMetric(store.getState())!;
    expect(metric.id).toBe('cascade');
    const carriers = carriersOf('national-2022-key-tasks/6');
    expect([...carriers.keys()].sort()).toEqual(['330000', '610000']);
    for (const [i, key] of metric.levelValues.keys.entries()) expect(metric.levelValues.values[i], key).toBe(carriers.get(key) ?? 0);
    expect(metric.legend.title).toContain('国家 2022');
    expect(metric.legend.entries.map((e) => e.color)).toEqual([...new Set(metric.legend.entries.map((e) => e.color))]);
  });

  test('paler where only a region within carries it out: 汉中 on 陕西’s map, for the national task 洋县 (5) carries out', () => {
    const upper = 'national-2022-key-tasks/8';
    expect(carriersOf(upper).get('610723')).toBeGreaterThan(0);
    store.getState().setCascade(upper);
    store.getState().setLevel('province', '610000');
    expect(levelValue(store, '610700')).toBe(WITHIN);
    expect(levelValue(store, '610100')).toBe(0);
    store.getState().setLevel('prefecture', '610700');
    expect(levelValue(store, '610723')).toBe(carriersOf(upper).get('610723'));
  });

  test('the filters narrow the carrying tasks, as everywhere; leaving the view brings the task counts back', () => {
    store.getState().setCascade('national-2022-key-tasks/6');
    store.getState().setFilters({ documents: ['zhejiang-2023-work-points'] });
    expect(levelValue(store, '610000')).toBe(0);
    expect(levelValue(store, '330000')).toBe(1);
    store.getState().setCascade(null);
    expect(selectMapMetric(store.getState())!.id).toBe('tasks');
  });

  test('the cascade view replaces an indicator', () => {
    store.getState().applyView({ ...store.getState(), indicator: 'migrant-worker-training' });
    store.getState().setCascade('national-2022-key-tasks/6');
    expect(store.getState().indicator).toBeNull();
  });
});
