import { CATEGORY_IDS, type CategoryId } from '../domain/categories.ts';
import type { Target, Task } from '../domain/task.ts';
import type { TaskMask } from './filter-tasks.ts';
import { regionDetail, type RegionDetail } from './region-detail.ts';
import type { TaskColumns } from './task-columns.ts';

/**
 * Units whose values are never added up. A share or a ratio is always of its own base: 90% of rural households
 * with clean toilets and 80% of villages with sorted waste add to 170% of nothing; 2倍 is a multiple of one
 * baseline; 个百分点 is a change in a share. A bare number (no unit) says nothing about what it counts.
 */
export const UNSUMMABLE_UNITS: ReadonlySet<string> = new Set(['%', '％', '‰', '倍', '个百分点', '']);

/**
 * One region's targets in one unit.
 *
 * The sum is only given for an absolute unit (not in UNSUMMABLE_UNITS), and even then it is what the clauses add
 * up to, not a count of one thing: 个 adds pilot towns to villages, and a province's target may already include
 * a county's (陕西 counts 洋县's 8635 座 as well as its own). It answers "how much is asked, in 座", nothing more.
 * A range target (1–2个) adds its lower end to `sum` and its upper end to `sumMax`.
 */
export interface UnitSummary {
  unit: string;
  /** Targets in this unit. */
  count: number;
  summable: boolean;
  /** Sum of the values (lower ends of ranges); null when the unit is not summable. */
  sum: number | null;
  /** Sum of the upper ends of ranges (equals `sum` when no target is a range); null when not summable. */
  sumMax: number | null;
  /** Smallest value and largest (upper end of a range) written in this unit. */
  min: number;
  max: number;
}

/** The deadlines of one calendar year: quantitative targets (those whose year is the plan's among them) and dated commitments. */
export interface YearDeadlines {
  year: number;
  targets: number;
  /** Of `targets`: the year is that of the annual plan, not worded in the clause. */
  inferred: number;
  milestones: number;
}

export interface DocumentShare {
  id: string;
  title: string;
  /** Kept tasks of this document that count for the region. */
  count: number;
}

/** One side of a comparison. */
export interface RegionSide {
  key: string;
  /** Whether any task, filtered or not, counts for the key: false for an unknown key and for a region no plan names. */
  named: boolean;
  /** Everything the region panel shows, for the same tasks. */
  detail: RegionDetail;
  /** Kept tasks. */
  count: number;
  /** All 16 categories in their fixed order, zeros included, so the two sides line up row by row. */
  categories: Array<{ id: CategoryId; count: number }>;
  /** By number of targets, then unit. */
  units: UnitSummary[];
  /** Ascending. */
  years: YearDeadlines[];
  /** Targets with no deadline at all. */
  undated: number;
  documents: DocumentShare[];
}

export interface CategoryDifference {
  id: CategoryId;
  a: number;
  b: number;
  /** a − b. */
  diff: number;
}

export interface RegionComparison {
  a: RegionSide;
  b: RegionSide;
  /** Kept tasks that count for both regions (a plan for a province naming one of its metro areas, say), in a's order. */
  shared: Task[];
  /** All 16 categories in order. */
  categories: CategoryDifference[];
  /** Every unit either side has, most targets first (both sides together), then by unit. */
  units: Array<{ unit: string; a: UnitSummary | null; b: UnitSummary | null }>;
  /** Every year either side has a deadline in, ascending. */
  years: Array<{ year: number; a: YearDeadlines | null; b: YearDeadlines | null }>;
}

/**
 * Two regions side by side, under the same filters and the same composite setting: what the region panel shows
 * for each (via regionDetail), summarised so it can be read across: categories, targets by unit, deadlines by year,
 * documents, and the tasks they share.
 *
 * @example
 * const c = compareRegions(data.table, filterTasks(data.table, NO_FILTERS), '610000', '330000', false);
 * c.a.count; // 83 (陕西), c.b.count; // 32 (浙江)
 */
export function compareRegions(table: TaskColumns, kept: TaskMask, a: string, b: string, expanded: boolean): RegionComparison {
  const sideA = regionSide(table, kept, a, expanded);
  const sideB = regionSide(table, kept, b, expanded);
  const inB = new Set(tasksOf(sideB.detail));
  const shared = tasksOf(sideA.detail).filter((t) => inB.has(t));

  const unitNames = new Set([...sideA.units, ...sideB.units].map((u) => u.unit));
  const unitOf = (side: RegionSide, unit: string) => side.units.find((u) => u.unit === unit) ?? null;
  const units = [...unitNames]
    .map((unit) => ({ unit, a: unitOf(sideA, unit), b: unitOf(sideB, unit) }))
    .sort((x, y) => (y.a?.count ?? 0) + (y.b?.count ?? 0) - ((x.a?.count ?? 0) + (x.b?.count ?? 0)) || x.unit.localeCompare(y.unit, 'zh'));

  const yearOf = (side: RegionSide, year: number) => side.years.find((y) => y.year === year) ?? null;
  const years = [...new Set([...sideA.years, ...sideB.years].map((y) => y.year))]
    .sort((x, y) => x - y)
    .map((year) => ({ year, a: yearOf(sideA, year), b: yearOf(sideB, year) }));

  return {
    a: sideA,
    b: sideB,
    shared,
    categories: CATEGORY_IDS.map((id, i) => {
      const ca = sideA.categories[i]!.count;
      const cb = sideB.categories[i]!.count;
      return { id, a: ca, b: cb, diff: ca - cb };
    }),
    units,
    years,
  };
}

function tasksOf(detail: RegionDetail): Task[] {
  return detail.byDocument.flatMap((g) => g.sections.flatMap((s) => s.tasks));
}

function regionSide(table: TaskColumns, kept: TaskMask, key: string, expanded: boolean): RegionSide {
  const detail = regionDetail(table, kept, key, expanded);
  const counted = new Map(detail.categories.map((c) => [c.id, c.count]));

  const byUnit = new Map<string, Target[]>();
  for (const { target } of detail.targets) byUnit.set(target.unit, [...(byUnit.get(target.unit) ?? []), target]);
  const units = [...byUnit.entries()]
    .map(([unit, targets]) => unitSummary(unit, targets))
    .sort((x, y) => y.count - x.count || x.unit.localeCompare(y.unit, 'zh'));

  const byYear = new Map<number, YearDeadlines>();
  for (const d of detail.deadlines) {
    const year = Number(d.deadline.slice(0, 4));
    const y = byYear.get(year) ?? { year, targets: 0, inferred: 0, milestones: 0 };
    byYear.set(year, y);
    if (d.kind === 'milestone') y.milestones++;
    else {
      y.targets++;
      if (d.inferred) y.inferred++;
    }
  }

  return {
    key,
    named: detail.total > 0,
    detail,
    count: detail.count,
    categories: CATEGORY_IDS.map((id) => ({ id, count: counted.get(id) ?? 0 })),
    units,
    years: [...byYear.values()].sort((x, y) => x.year - y.year),
    undated: detail.targets.filter((r) => !r.target.deadline).length,
    documents: detail.byDocument.map((g) => ({
      id: g.document.id ?? '',
      title: g.document.title,
      count: g.sections.reduce((n, s) => n + s.tasks.length, 0),
    })),
  };
}

function unitSummary(unit: string, targets: Target[]): UnitSummary {
  const summable = !UNSUMMABLE_UNITS.has(unit);
  return {
    unit,
    count: targets.length,
    summable,
    sum: summable ? clean(targets.reduce((s, t) => s + t.value, 0)) : null,
    sumMax: summable ? clean(targets.reduce((s, t) => s + (t.max ?? t.value), 0)) : null,
    min: Math.min(...targets.map((t) => t.value)),
    max: Math.max(...targets.map((t) => t.max ?? t.value)),
  };
}

/** Drops binary floating-point noise from a sum of decimals (60.9 + 0.3 → 61.2, not 61.199999999999996). */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}
