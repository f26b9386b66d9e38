import { CHINA_CODE, provinceOf } from '../domain/admin-code.ts';
import { filterTasks, type TaskMask } from '../joins/filter-tasks.ts';
import { countRegions, type RegionCounts } from '../joins/region-counts.ts';
import type { AtlasData, AtlasRegions } from '../joins/atlas-data.ts';
import type { AtlasSummary } from '../joins/atlas-summary.ts';
import type { TaskColumns } from '../joins/task-columns.ts';
import { isFiltered, type Filters } from '../domain/filters.ts';
import { selectFilterLinks } from './cascade-selectors.ts';
import type { AppState } from './store.ts';
import { memoLast } from '../lib/memo.ts';
import { viewOf, type MapLevel, type ViewState } from '../view/schema.ts';
import { choroplethClasses, type Classes } from '../view/choropleth-classes.ts';

const keptFor = memoLast((data: AtlasData, filters: Filters, links: Uint8Array | null): TaskMask => filterTasks(data.table, filters, links));
const countsFor = memoLast((data: AtlasData, kept: TaskMask, expanded: boolean): RegionCounts => countRegions(data.table, kept, expanded));

/** The tasks the filters keep. */
export function selectKept(s: AppState): TaskMask | null {
  return s.data ? keptFor(s.data, s.filters, selectFilterLinks(s)) : null;
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

/** Task and target counts of any region under the current filters (0 for one no task counts for). */
export interface RegionTotals {
  tasksOf(key: string): number;
  targetsOf(key: string): number;
}

const totalsOfCounts = memoLast((table: TaskColumns, counts: RegionCounts): RegionTotals => {
  const at = (xs: Uint32Array, key: string) => {
    const r = table.regionIndex.get(key);
    return r === undefined ? 0 : xs[r]!;
  };
  return { tasksOf: (key) => at(counts.tasks, key), targetsOf: (key) => at(counts.targets, key) };
});

const totalsOfSummary = memoLast((summary: AtlasSummary, expanded: boolean): RegionTotals => {
  const index = new Map(summary.keys.map((k, i) => [k, i]));
  const { tasks, targets } = expanded ? summary.expanded : summary.direct;
  const at = (xs: number[], key: string) => {
    const i = index.get(key);
    return i === undefined ? 0 : xs[i]!;
  };
  return { tasksOf: (key) => at(tasks, key), targetsOf: (key) => at(targets, key) };
});

/**
 * Counts per region for the map and legend: from the tasks once they are in, or before that, with no filter set,
 * from the summary computed at extraction (so the first map never waits for the tasks of a large corpus).
 */
export function selectTotals(s: AppState): RegionTotals | null {
  if (s.data) {
    const counts = selectCounts(s);
    return counts ? totalsOfCounts(s.data.table, counts) : null;
  }
  return s.summary && !isFiltered(s.filters) ? totalsOfSummary(s.summary, s.expandComposites) : null;
}

/** The regions the choropleth shows at the current level, their task counts and colour classes. */
export interface LevelValues {
  /** Admin codes of the units drawn: provinces of China, prefectures of a province, counties of a prefecture. */
  keys: string[];
  values: number[];
  classes: Classes;
}

/** The units of a level, the same array while the level is the same: the map's geometry keeps its identity. */
const levelKeys = memoLast((regions: AtlasRegions, level: ViewState['level'], focus: string | null): string[] => [
  ...regions.tree.childrenOf(level === 'country' || !focus ? CHINA_CODE : focus),
]);

const levelValuesFor = memoLast((regions: AtlasRegions, totals: RegionTotals, level: ViewState['level'], focus: string | null): LevelValues => {
  const keys = levelKeys(regions, level, focus);
  const values = keys.map((k) => totals.tasksOf(k));
  return { keys, values, classes: choroplethClasses(values) };
});

export function selectLevelValues(s: AppState): LevelValues | null {
  const totals = selectTotals(s);
  if (!s.regions || !totals) return null;
  const drawn = selectDrawnLevel(s);
  return levelValuesFor(s.regions, totals, drawn.level, drawn.focus);
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
  return selectTotals(s)?.tasksOf(key) ?? 0;
}

/** Whether the map flies to a new camera or framing: while presenting it does, so the audience can follow the move. */
export function selectFlying(s: AppState): boolean {
  return s.step !== null;
}
