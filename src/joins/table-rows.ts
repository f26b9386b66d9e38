import type { TaskMask } from './filter-tasks.ts';
import type { TaskColumns } from './task-columns.ts';

/**
 * The rows of the task table: the kept tasks in document order, or, when a region is given, only the kept tasks
 * that count for it (the same tasks its panel lists: composites counted for their members when `expanded`).
 * An unknown region has none.
 */
export function tableRows(table: TaskColumns, kept: TaskMask, region: string | null, expanded: boolean): Uint32Array {
  if (region === null) {
    const out = new Uint32Array(kept.count);
    for (let k = 0, i = 0; k < table.size; k++) if (kept.mask[k]) out[i++] = k;
    return out;
  }
  const rows = expanded ? table.expanded : table.direct;
  const r = table.regionIndex.get(region);
  if (r === undefined) return new Uint32Array(0);
  // byRegion lists a region's tasks in table order, which is document order.
  return rows.tasks.subarray(rows.byRegion[r]!, rows.byRegion[r + 1]!).filter((k) => kept.mask[k] === 1);
}

/** How many tasks count for a region before any filter (0 for an unknown region). */
export function regionTaskCount(table: TaskColumns, region: string, expanded: boolean): number {
  const rows = expanded ? table.expanded : table.direct;
  const r = table.regionIndex.get(region);
  return r === undefined ? 0 : rows.byRegion[r + 1]! - rows.byRegion[r]!;
}
