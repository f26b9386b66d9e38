import { CATEGORY_IDS } from '../domain/categories.ts';
import { DOCUMENT_LEVELS } from '../domain/document.ts';
import type { Filters } from '../domain/filters.ts';
import { linkBit } from './link-flags.ts';
import type { TaskColumns } from './task-columns.ts';

/** The tasks a filter keeps, as a mask (1 = kept), and how many. */
export interface TaskMask {
  mask: Uint8Array;
  count: number;
}

/**
 * The tasks `f` keeps. `links` (linkFlags) is what the link filter reads: while it is not there (the links load
 * when first needed, or failed to), a link filter keeps nothing rather than pretend every task passes.
 */
export function filterTasks(table: TaskColumns, f: Filters, links?: Uint8Array | null): TaskMask {
  const mask = new Uint8Array(table.size);
  let linkMask = 0;
  for (const l of f.links) linkMask |= linkBit(l);
  if (linkMask && !links) return { mask, count: 0 };
  let categoryMask = 0;
  for (const c of f.categories) categoryMask |= 1 << CATEGORY_IDS.indexOf(c);
  const docs = f.documents.length ? new Set(f.documents.map((id) => table.documents.findIndex((d) => d.document.id === id))) : null;
  const levels = f.levels.length ? new Set(f.levels.map((l) => DOCUMENT_LEVELS.indexOf(l))) : null;
  const depts = f.departments.length ? new Set(f.departments.map((d) => table.departments.indexOf(d)).filter((i) => i >= 0)) : null;
  const [from, to] = f.years;
  const words = f.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const indicators = f.indicators.length ? new Set(f.indicators) : null;
  let count = 0;
  for (let k = 0; k < table.size; k++) {
    if (categoryMask && !(table.categoryBits[k]! & categoryMask)) continue;
    if (docs && !docs.has(table.docOf[k]!)) continue;
    if (levels && !levels.has(table.levelOf[k]!)) continue;
    if (f.hasTarget && !table.hasTarget[k]) continue;
    if (linkMask && !(links![k]! & linkMask)) continue;
    if (from !== null && (table.yearMax[k] === 0 || table.yearMax[k]! < from)) continue;
    if (to !== null && (table.yearMin[k] === 0 || table.yearMin[k]! > to)) continue;
    if (depts) {
      let hit = false;
      for (let j = table.deptRows.offsets[k]!; j < table.deptRows.offsets[k + 1]! && !hit; j++) hit = depts.has(table.deptRows.ids[j]!);
      if (!hit) continue;
    }
    if (words.length && !words.every((w) => table.searchText[k]!.includes(w))) continue;
    if (indicators && !table.tasks[k]!.targets.some((x) => x.indicator !== undefined && indicators.has(x.indicator.id))) continue;
    mask[k] = 1;
    count++;
  }
  return { mask, count };
}
