import { CHINA_CODE, provinceOf } from '../domain/admin-code.ts';
import type { Filters } from '../domain/filters.ts';
import { filterTasks, type TaskMask } from '../joins/filter-tasks.ts';
import { countRegions, type RegionCounts } from '../joins/region-counts.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import type { AppState } from './store.ts';
import { memoLast } from '../lib/memo.ts';
import { viewOf, type MapLevel, type ViewState } from '../view/schema.ts';
import { choroplethClasses, type Classes } from '../view/choropleth-classes.ts';

const keptFor = memoLast((data: AtlasData, filters: Filters): TaskMask => filterTasks(data.table, filters));
const countsFor = memoLast((data: AtlasData, kept: TaskMask, expanded: boolean): RegionCounts => countRegions(data.table, kept, expanded));

/** The tasks the filters keep. */
export function selectKept(s: AppState): TaskMask | null {
  return s.data ? keptFor(s.data, s.filters) : null;
}

/** Counts per region for the kept tasks. */
export function selectCounts(s: AppState): RegionCounts | null {
  const kept = selectKept(s);
  return s.data && kept ? countsFor(s.data, kept, s.expandComposites) : null;
}

/** The shareable part of the state. */
export function selectView(s: AppState): ViewState {
  return viewOf(s);
}

/** The regions the choropleth shows at the current level, their task counts and colour classes. */
export interface LevelValues {
  /** Admin codes of the units drawn: provinces of China, prefectures of a province, counties of a prefecture. */
  keys: string[];
  values: number[];
  classes: Classes;
}

/** The units of a level, the same array while the level is the same: the map's geometry keeps its identity. */
const levelKeys = memoLast((data: AtlasData, level: ViewState['level'], focus: string | null): string[] => [
  ...data.tree.childrenOf(level === 'country' || !focus ? CHINA_CODE : focus),
]);

const levelValuesFor = memoLast((data: AtlasData, counts: RegionCounts, level: ViewState['level'], focus: string | null): LevelValues => {
  const keys = levelKeys(data, level, focus);
  const values = keys.map((k) => {
    const r = data.table.regionIndex.get(k);
    return r === undefined ? 0 : counts.tasks[r]!;
  });
  return { keys, values, classes: choroplethClasses(values) };
});

export function selectLevelValues(s: AppState): LevelValues | null {
  const counts = selectCounts(s);
  if (!s.data || !counts) return null;
  const drawn = selectDrawnLevel(s);
  return levelValuesFor(s.data, counts, drawn.level, drawn.focus);
}

/**
 * The level the map draws: the view's own, or its province's prefectures when that province's county file failed
 * to load (the counties cannot be drawn, the prefectures from the national file can).
 */
export function selectDrawnLevel(s: AppState): { level: MapLevel; focus: string | null } {
  if (s.level === 'country' || !s.focus) return { level: 'country', focus: null };
  const province = provinceOf(s.focus);
  return s.boundaries.provinces.get(province) === null ? { level: 'province', focus: province } : { level: s.level, focus: s.focus };
}

/** Task count of one region under the current filters (0 when none counts for it). */
export function selectRegionCount(s: AppState, key: string): number {
  const counts = selectCounts(s);
  const r = s.data?.table.regionIndex.get(key);
  return counts && r !== undefined ? counts.tasks[r]! : 0;
}

/** Whether the map flies to a new camera or framing: while presenting it does, so the audience can follow the move. */
export function selectFlying(s: AppState): boolean {
  return s.step !== null;
}
