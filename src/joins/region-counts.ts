import { CATEGORY_IDS } from '../domain/categories.ts';
import type { TaskMask } from './filter-tasks.ts';
import type { TaskColumns } from './task-columns.ts';

/** Per region (index into table.regionKeys): how many kept tasks, and how many per category. */
export interface RegionCounts {
  tasks: Uint32Array;
  /** tasks with category c in region r: byCategory[r * CATEGORY_COUNT + c]. */
  byCategory: Uint32Array;
  /** Kept tasks with a quantitative target, per region. */
  withTargets: Uint32Array;
  /** Quantitative targets of the kept tasks, per region (units differ, so they are counted, not summed). */
  targets: Uint32Array;
}

export const CATEGORY_COUNT = CATEGORY_IDS.length;

export function countRegions(table: TaskColumns, kept: TaskMask, expanded: boolean): RegionCounts {
  const rows = expanded ? table.expanded : table.direct;
  const n = table.regionKeys.length;
  const tasks = new Uint32Array(n);
  const withTargets = new Uint32Array(n);
  const targets = new Uint32Array(n);
  const byCategory = new Uint32Array(n * CATEGORY_COUNT);
  for (let k = 0; k < table.size; k++) {
    if (!kept.mask[k]) continue;
    const bits = table.categoryBits[k]!;
    const target = table.hasTarget[k]!;
    const targetCount = table.tasks[k]!.targets.length;
    for (let j = rows.offsets[k]!; j < rows.offsets[k + 1]!; j++) {
      const r = rows.ids[j]!;
      tasks[r]!++;
      withTargets[r]! += target;
      targets[r]! += targetCount;
      for (let b = bits, c = 0; b; b >>= 1, c++) if (b & 1) byCategory[r * CATEGORY_COUNT + c]!++;
    }
  }
  return { tasks, byCategory, withTargets, targets };
}
