import { memoLast, memoPer } from '../lib/memo.ts';
import { CHINA_CODE, ancestorsOf } from '../domain/admin-code.ts';
import type { Task } from '../domain/task.ts';
import type { TaskColumns } from '../joins/task-columns.ts';
import type { AppState } from './store.ts';

const idIndex = memoPer((table: TaskColumns) => new Map(table.tasks.map((t, k) => [t.id, k])));

/** Index of a task in the table by its id (built once per table). */
export function taskIndex(table: TaskColumns, id: string): number | undefined {
  return idIndex(table).get(id);
}

/**
 * The region keys a task's places name, each once, in the order the text names them: the admin code (a town's
 * county code) or the composite id. As in the joins (src/joins/task-regions.ts), a place that is the issuing
 * region or contains it (陕西 in a Shaanxi plan) is context, not where the task is: it is left out. A task that
 * names no other place gets its issuing region (China for a national plan), which is where it counts on the map.
 */
export function taskPlaceKeys(table: TaskColumns, k: number): string[] {
  const task: Task = table.tasks[k]!;
  const issuer = table.documents[table.docOf[k]!]!.document.region?.code ?? CHINA_CODE;
  const context = new Set([issuer, ...ancestorsOf(issuer)]);
  const keys = new Set<string>();
  for (const p of task.places) {
    const key = p.code ?? p.regionId ?? null;
    if (key !== null && !context.has(key)) keys.add(key);
  }
  return keys.size ? [...keys] : [issuer];
}

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
