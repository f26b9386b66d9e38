import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { atlasSummary, summaryPathOf } from '../../data/atlas-summary.ts';
import { createAtlasRegions } from '../../src/joins/atlas-data.ts';
import type { AtlasSummary } from '../../src/joins/atlas-summary.ts';
import { REGISTRY } from '../../src/regions/registry.ts';
import { selectLevelValues, selectTotals } from '../../src/state/selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { divisions, shippedAtlas, shippedDocuments } from './fixtures.ts';

const TASKS = join(import.meta.dirname, '..', '..', 'data', 'tasks.json');
const shipped = JSON.parse(readFileSync(summaryPathOf(TASKS), 'utf8')) as AtlasSummary;

describe('the first map’s summary (data/tasks.summary.json)', () => {
  test('is what data/tasks.json sums to (run `npm run extract -- --all` after a change)', () => {
    expect(shipped).toEqual(atlasSummary(shippedDocuments(), readFileSync(TASKS).length));
  });

  test.each([false, true])('draws the same levels as the tasks themselves (composites for members: %s)', (expanded) => {
    const fromSummary = createAppStore();
    fromSummary.getState().setRegions(createAtlasRegions(divisions(), REGISTRY), shipped);
    const fromTasks = createAppStore();
    fromTasks.getState().setData(shippedAtlas());
    for (const store of [fromSummary, fromTasks]) store.getState().setExpandComposites(expanded);
    for (const [level, focus] of [['country', null], ['province', '610000'], ['prefecture', '610700'], ['province', '330000']] as const) {
      for (const store of [fromSummary, fromTasks]) store.getState().setLevel(level, focus);
      const a = selectLevelValues(fromSummary.getState())!;
      expect(a, `${level} ${focus}`).toEqual(selectLevelValues(fromTasks.getState()));
      expect(a.values.some((v) => v > 0)).toBe(true);
    }
    for (const key of ['610723', 'xian-metro', '330000', '100000']) {
      expect(selectTotals(fromSummary.getState())!.targetsOf(key), key).toBe(selectTotals(fromTasks.getState())!.targetsOf(key));
    }
  });

  test('does not answer for a filtered view: the map waits for the tasks', () => {
    const store = createAppStore();
    store.getState().setRegions(createAtlasRegions(divisions(), REGISTRY), shipped);
    expect(selectTotals(store.getState())).not.toBeNull();
    store.getState().toggleCategory('hukou');
    expect(selectTotals(store.getState())).toBeNull();
  });
});
