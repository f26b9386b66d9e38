import { CATEGORY_IDS } from '../domain/categories.ts';
import { DOCUMENT_LEVELS } from '../domain/document.ts';
import type { ExtractedDocument, Task } from '../domain/task.ts';
import { taskRegions, type ContainerOf, type DescendantsOf, type MembersOf } from './task-regions.ts';

/** Regions each task counts for, in compressed rows: the regions of task t are ids[offsets[t]…offsets[t+1]). */
export interface RegionRows {
  offsets: Uint32Array;
  ids: Uint32Array;
  /** The inverse: the tasks of region r are tasks[byRegion[r]…byRegion[r+1]). */
  byRegion: Uint32Array;
  tasks: Uint32Array;
}

/**
 * All tasks as columns of typed arrays, so a filter change over 100,000 tasks recomputes in milliseconds: the
 * filter writes a mask, the counts walk the mask once. Built once when the data loads.
 */
export interface TaskColumns {
  size: number;
  tasks: Task[];
  documents: ExtractedDocument[];
  docOf: Uint16Array;
  levelOf: Uint8Array;
  /** Bit i set: the task has CATEGORY_IDS[i]. */
  categoryBits: Uint16Array;
  hasTarget: Uint8Array;
  /** Earliest and latest deadline year of its targets and milestones; 0 when it has none. */
  yearMin: Uint16Array;
  yearMax: Uint16Array;
  departments: string[];
  deptRows: { offsets: Uint32Array; ids: Uint32Array };
  /** Lower-cased title and text, for free-text search. */
  searchText: string[];
  regionKeys: string[];
  regionIndex: Map<string, number>;
  /** Regions by place; `expanded` also counts composites for their members. */
  direct: RegionRows;
  expanded: RegionRows;
}

export interface TableOptions {
  membersOf: MembersOf;
  descendantsOf: DescendantsOf;
  containerOf: ContainerOf;
}

export function buildTaskColumns(documents: ExtractedDocument[], opts: TableOptions): TaskColumns {
  const tasks: Task[] = [];
  const docOf: number[] = [];
  for (let d = 0; d < documents.length; d++) for (const t of documents[d]!.tasks) (tasks.push(t), docOf.push(d));
  const size = tasks.length;

  const regionIndex = new Map<string, number>();
  const regionKeys: string[] = [];
  const idOf = (key: string) => {
    let i = regionIndex.get(key);
    if (i === undefined) regionIndex.set(key, (i = regionKeys.push(key) - 1));
    return i;
  };
  // Tasks that name the same places in documents of the same region and date count for the same regions: most of
  // a corpus does (every task that names no place, say), and rolling a composite down to its members is the costly
  // part (73,498 generated tasks: 4.5 → 1.6 s, npm run bench).
  const known = new Map<string, number[]>();
  const rows = (expand: boolean) =>
    tasks.map((t, k) => {
      const doc = documents[docOf[k]!]!.document;
      const date = doc.date ?? (doc.year ? `${doc.year}` : null);
      const key = `${expand ? 1 : 0}|${doc.region?.code ?? ''}|${date ?? ''}|${t.places.map((p) => p.code ?? `#${p.regionId ?? ''}`).join(',')}`;
      let ids = known.get(key);
      if (!ids) known.set(key, (ids = taskRegions(t.places, doc.region, date, { ...opts, expandComposites: expand }).map(idOf)));
      return ids;
    });
  const directLists = rows(false);
  const expandedLists = rows(true);

  const departments: string[] = [];
  const deptIndex = new Map<string, number>();
  const deptLists = tasks.map((t) =>
    t.departments.map((name) => {
      let i = deptIndex.get(name);
      if (i === undefined) deptIndex.set(name, (i = departments.push(name) - 1));
      return i;
    }),
  );

  const categoryBits = new Uint16Array(size);
  const hasTarget = new Uint8Array(size);
  const yearMin = new Uint16Array(size);
  const yearMax = new Uint16Array(size);
  const levelOf = new Uint8Array(size);
  for (let k = 0; k < size; k++) {
    const t = tasks[k]!;
    for (const c of t.categories) categoryBits[k]! |= 1 << CATEGORY_IDS.indexOf(c);
    hasTarget[k] = t.targets.length > 0 ? 1 : 0;
    const years = [...t.targets.map((x) => x.deadline), ...t.deadlines.map((x) => x.deadline)]
      .filter((d): d is string => d !== null)
      .map((d) => Number(d.slice(0, 4)));
    if (years.length) {
      yearMin[k] = Math.min(...years);
      yearMax[k] = Math.max(...years);
    }
    const level = documents[docOf[k]!]!.document.level;
    levelOf[k] = level ? DOCUMENT_LEVELS.indexOf(level) : 255;
  }

  return {
    size,
    tasks,
    documents,
    docOf: Uint16Array.from(docOf),
    levelOf,
    categoryBits,
    hasTarget,
    yearMin,
    yearMax,
    departments,
    deptRows: toRows(deptLists),
    searchText: tasks.map((t) => `${t.title}\n${t.text}`.toLowerCase()),
    regionKeys,
    regionIndex,
    direct: withInverse(toRows(directLists), regionKeys.length),
    expanded: withInverse(toRows(expandedLists), regionKeys.length),
  };
}

function toRows(lists: number[][]): { offsets: Uint32Array; ids: Uint32Array } {
  const offsets = new Uint32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) offsets[k + 1] = offsets[k]! + lists[k]!.length;
  const ids = new Uint32Array(offsets[lists.length]!);
  for (let k = 0; k < lists.length; k++) ids.set(lists[k]!, offsets[k]!);
  return { offsets, ids };
}

function withInverse(rows: { offsets: Uint32Array; ids: Uint32Array }, regions: number): RegionRows {
  const byRegion = new Uint32Array(regions + 1);
  for (const r of rows.ids) byRegion[r + 1]!++;
  for (let r = 0; r < regions; r++) byRegion[r + 1]! += byRegion[r]!;
  const fill = byRegion.slice(0, regions);
  const tasks = new Uint32Array(rows.ids.length);
  for (let t = 0; t + 1 < rows.offsets.length; t++) {
    for (let j = rows.offsets[t]!; j < rows.offsets[t + 1]!; j++) tasks[fill[rows.ids[j]!]!++] = t;
  }
  return { ...rows, byRegion, tasks };
}
