import { memoLast } from '../lib/memo.ts';
import { taskIndex, taskPlaceKeys } from '../joins/task-index.ts';
import type { Task } from '../domain/task.ts';
import type { TaskColumns } from '../joins/task-columns.ts';
import type { AppState } from './store.ts';

/** The task picked in the table or a panel, or null. */
export function selectActiveTask(s: AppState): Task | null {
  if (!s.data || !s.activeTask) return null;
  const k = taskIndex(s.data.table, s.activeTask);
  return k === undefined ? null : s.data.table.tasks[k]!;
}

const NONE: readonly string[] = Object.freeze([]);
const placesOf = memoLast((table: TaskColumns, id: string): readonly string[] => {
  const k = taskIndex(table, id);
  return k === undefined ? NONE : Object.freeze(taskPlaceKeys(table, k));
});

/**
 * The places of the picked task, for the map to highlight: admin codes and composite ids (see taskPlaceKeys).
 * The same array back while the task and the data are the same, so a layer's `data` keeps its identity.
 * Empty when no task is picked or the id is unknown.
 */
export function selectActiveTaskPlaces(s: AppState): readonly string[] {
  return s.data && s.activeTask ? placesOf(s.data.table, s.activeTask) : NONE;
}
