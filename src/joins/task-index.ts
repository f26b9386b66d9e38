import { CHINA_CODE, ancestorsOf } from '../domain/admin-code.ts';
import type { Task } from '../domain/task.ts';
import { memoPer } from '../lib/memo.ts';
import type { TaskColumns } from './task-columns.ts';

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
