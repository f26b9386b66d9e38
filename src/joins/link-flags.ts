import type { Cascade } from '../cascade/queries.ts';
import { LINK_FILTERS, type LinkFilter } from '../domain/filters.ts';
import type { TaskColumns } from './task-columns.ts';

/** The bit of a link condition in `linkFlags`' bytes. */
export const linkBit = (f: LinkFilter): number => 1 << LINK_FILTERS.indexOf(f);

/**
 * Which link conditions (LinkFilter) each task of the table meets, one byte per task with a bit per condition:
 * what the `links` filter reads. Built once per table and cascade (the links arrive after the tasks).
 */
export function linkFlags(table: TaskColumns, cascade: Cascade): Uint8Array {
  const flags = new Uint8Array(table.size);
  const index = new Map(table.tasks.map((t, k) => [t.id, k]));
  const mark = (ids: Iterable<string>, bit: number) => {
    for (const id of ids) {
      const k = index.get(id);
      if (k !== undefined) flags[k]! |= bit;
    }
  };
  mark(cascade.carryingOut('national'), linkBit('carries-national'));
  mark(cascade.carryingOut('province'), linkBit('carries-province'));
  for (const doc of table.documents) {
    if (doc.document.level !== 'national' || doc.document.id === null) continue;
    const untaken = new Set(cascade.untaken(doc.document.id, 'province').map((t) => t.id));
    mark(untaken, linkBit('national-untaken'));
    mark(doc.tasks.filter((t) => !untaken.has(t.id)).map((t) => t.id), linkBit('national-taken'));
  }
  return flags;
}
