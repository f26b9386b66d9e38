import { memoPer } from '../lib/memo.ts';
import type { TaskColumns } from '../joins/task-columns.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Column, ColumnContext, ColumnId } from './task-table-columns.ts';

export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: ColumnId;
  direction: SortDirection;
}

/** Sort keys of every task of a table for one column and language, as numbers (NaN: no value). */
const keysOf = memoPer((_table: TaskColumns) => new Map<string, Float64Array>());

/**
 * A column's key for every task in the table, as a number: string keys are replaced by their rank in the
 * language's collation (pinyin order for Chinese). Ranking the distinct values once and caching the result per
 * table, column and language makes any later sort a sort of numbers: the collator is the slow part, and a filter
 * change then costs no collation at all.
 */
export function columnKeys(column: Column, ctx: ColumnContext): Float64Array {
  const byColumn = keysOf(ctx.table);
  const id = `${column.id}:${ctx.lang}`;
  const hit = byColumn.get(id);
  if (hit) return hit;
  const n = ctx.table.size;
  const out = new Float64Array(n);
  const strings = new Map<string, number[]>();
  for (let k = 0; k < n; k++) {
    const key = column.sortKey(k, ctx);
    if (key === null) out[k] = NaN;
    else if (typeof key === 'number') out[k] = key;
    else {
      const list = strings.get(key);
      if (list) list.push(k);
      else strings.set(key, [k]);
    }
  }
  if (strings.size) {
    const collator = collatorFor(ctx.lang);
    [...strings.keys()].sort(collator.compare).forEach((s, rank) => {
      for (const k of strings.get(s)!) out[k] = rank;
    });
  }
  byColumn.set(id, out);
  return out;
}

function collatorFor(lang: Lang): Intl.Collator {
  return new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * The rows (task indices in document order) in the order of a sort: by key, in the direction asked; tasks
 * without a value last either way; ties in document order. Null sort: the rows as they are.
 */
export function sortRows(rows: Uint32Array, keys: Float64Array | null, direction: SortDirection | null): Uint32Array {
  if (!keys || !direction) return rows;
  const sign = direction === 'ascending' ? 1 : -1;
  return Uint32Array.from(rows).sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    const na = Number.isNaN(ka);
    const nb = Number.isNaN(kb);
    if (na || nb) return na && nb ? a - b : na ? 1 : -1;
    return (ka - kb) * sign || a - b;
  });
}

/** Header clicks cycle: ascending, descending, back to document order. */
export function nextSort(current: SortState | null, column: ColumnId): SortState | null {
  if (!current || current.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : null;
}
