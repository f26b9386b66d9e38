import { NO_FILTERS } from '../domain/filters.ts';
import { filterTasks } from './filter-tasks.ts';
import { countRegions } from './region-counts.ts';
import type { TaskColumns } from './task-columns.ts';

/**
 * What the first map draws, computed when the tasks are extracted (data/atlas-summary.json): every region's task
 * and target counts with no filter, counted directly and with composites counted for their members. Its size is
 * bounded by the regions, not the documents, so the first map does not wait for a corpus of any size.
 */
export interface AtlasSummary {
  version: 1;
  documents: number;
  tasks: number;
  /** Bytes of data/tasks.json: the app loads a large one only after the first map. */
  taskBytes: number;
  /** Region keys with at least one task; the count arrays are parallel to it. */
  keys: string[];
  direct: { tasks: number[]; targets: number[] };
  expanded: { tasks: number[]; targets: number[] };
}

export function summarizeAtlas(table: TaskColumns, taskBytes: number): AtlasSummary {
  const all = filterTasks(table, NO_FILTERS);
  const direct = countRegions(table, all, false);
  const expanded = countRegions(table, all, true);
  const rows = table.regionKeys.map((key, r) => ({ key, r })).filter(({ r }) => direct.tasks[r]! > 0 || expanded.tasks[r]! > 0);
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    version: 1,
    documents: table.documents.length,
    tasks: table.size,
    taskBytes,
    keys: rows.map((x) => x.key),
    direct: { tasks: rows.map(({ r }) => direct.tasks[r]!), targets: rows.map(({ r }) => direct.targets[r]!) },
    expanded: { tasks: rows.map(({ r }) => expanded.tasks[r]!), targets: rows.map(({ r }) => expanded.targets[r]!) },
  };
}
