import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../src/domain/categories.ts';
import { NO_FILTERS, type Filters } from '../../src/domain/filters.ts';
import type { Task } from '../../src/domain/task.ts';
import { compareRegions, UNSUMMABLE_UNITS } from '../../src/joins/compare-regions.ts';
import { filterTasks } from '../../src/joins/filter-tasks.ts';
import { countRegions, CATEGORY_COUNT } from '../../src/joins/region-counts.ts';
import { shippedAtlas } from './fixtures.ts';

const { table } = shippedAtlas();
const keep = (f: Partial<Filters> = {}) => filterTasks(table, { ...NO_FILTERS, ...f });
const all = keep();

/** A region's row of the counts the map draws. */
function countsRow(key: string, expanded: boolean, kept = all) {
  const counts = countRegions(table, kept, expanded);
  const r = table.regionIndex.get(key)!;
  return { tasks: counts.tasks[r]!, byCategory: [...counts.byCategory.subarray(r * CATEGORY_COUNT, (r + 1) * CATEGORY_COUNT)] };
}

/**
 * The targets of a county's tasks, read straight off the documents: every task of its own plan, and any other task
 * that names it (a town of it included). Neither county is inside a composite, so that is all that counts for it.
 */
const countyTargets = (code: string) =>
  table.documents
    .flatMap((d) => d.tasks.filter((t) => d.document.region?.code === code || t.places.some((p) => p.code === code)))
    .flatMap((t) => t.targets);

describe('陕西 610000 vs 浙江 330000', () => {
  for (const expanded of [false, true]) {
    test(`counts equal their rows in the region counts (composites ${expanded ? 'expanded' : 'direct'})`, () => {
      const c = compareRegions(table, all, '610000', '330000', expanded);
      for (const [side, key] of [[c.a, '610000'], [c.b, '330000']] as const) {
        const row = countsRow(key, expanded);
        expect(side.key).toBe(key);
        expect(side.count).toBe(row.tasks);
        expect(side.categories.map((x) => x.count)).toEqual(row.byCategory);
      }
      expect(c.a.count).toBe(expanded ? 85 : 83);
      expect(c.b.count).toBe(expanded ? 35 : 32);
    });
  }

  test('all 16 categories, in order; per region they sum to the category labels of its tasks', () => {
    const c = compareRegions(table, all, '610000', '330000', false);
    expect(c.categories.map((x) => x.id)).toEqual(CATEGORY_IDS);
    for (const side of [c.a, c.b]) {
      expect(side.categories.map((x) => x.id)).toEqual(CATEGORY_IDS);
      const tasks = side.detail.byDocument.flatMap((g) => g.sections.flatMap((s) => s.tasks));
      expect(tasks).toHaveLength(side.count);
      expect(side.categories.reduce((n, x) => n + x.count, 0)).toBe(tasks.reduce((n, t) => n + t.categories.length, 0));
    }
    for (const d of c.categories) expect(d.diff).toBe(d.a - d.b);
  });

  test('documents involved: 浙江 only its own plan; 陕西 its two and 洋县’s', () => {
    const c = compareRegions(table, all, '610000', '330000', false);
    expect(c.b.documents).toEqual([{ id: 'zhejiang-2023-work-points', title: table.documents.find((d) => d.document.id === 'zhejiang-2023-work-points')!.document.title, count: 32 }]);
    expect(c.a.documents.map((d) => [d.id, d.count])).toEqual([
      ['shaanxi-2023-key-tasks', 25],
      ['shaanxi-2022-county-towns', 38],
      ['yangxian-2023-work-points', 20],
    ]);
    // No task of a Shaanxi plan names Zhejiang.
    expect(c.shared).toEqual([]);
  });

  test('filters apply to both sides', () => {
    const kept = keep({ categories: ['housing'] });
    const c = compareRegions(table, kept, '610000', '330000', false);
    expect(c.a.count).toBe(countsRow('610000', false, kept).tasks);
    expect(c.b.count).toBe(countsRow('330000', false, kept).tasks);
    expect(c.a.count).toBeLessThan(83);
    expect(c.a.categories.find((x) => x.id === 'housing')!.count).toBe(c.a.count);
  });
});

describe('targets by unit: 洋县 610723 vs 富平 610528', () => {
  const c = compareRegions(table, all, '610723', '610528', false);
  const yang = countyTargets('610723');
  const fuping = countyTargets('610528');
  const sumOf = (targets: typeof yang, unit: string) => targets.filter((t) => t.unit === unit).reduce((s, t) => s + t.value, 0);

  test('洋县: 8635 + 25 座, 60.9 公里, and the 个 added up', () => {
    const zuo = c.a.units.find((u) => u.unit === '座')!;
    expect(zuo).toEqual({ unit: '座', count: 2, summable: true, sum: sumOf(yang, '座'), sumMax: sumOf(yang, '座'), min: 25, max: 8635 });
    expect(zuo.sum).toBe(8660);
    expect(c.a.units.find((u) => u.unit === '公里')).toMatchObject({ count: 1, sum: 60.9 });
    const ge = c.a.units.find((u) => u.unit === '个')!;
    expect(ge.count).toBe(yang.filter((t) => t.unit === '个').length);
    expect(ge.sum).toBe(sumOf(yang, '个'));
    expect(ge.sum).toBe(408);
  });

  test('percentages are counted and ranged, never summed', () => {
    const pct = c.a.units.find((u) => u.unit === '%')!;
    const values = yang.filter((t) => t.unit === '%').map((t) => t.value);
    expect(pct).toEqual({ unit: '%', count: values.length, summable: false, sum: null, sumMax: null, min: Math.min(...values), max: Math.max(...values) });
    expect(UNSUMMABLE_UNITS.has('倍')).toBe(true);
  });

  test('富平 has one 15个 target; the rows line up unit by unit, most targets first', () => {
    expect(c.b.units).toEqual([{ unit: '个', count: 1, summable: true, sum: sumOf(fuping, '个'), sumMax: 15, min: 15, max: 15 }]);
    expect(c.units[0]).toEqual({ unit: '个', a: c.a.units.find((u) => u.unit === '个'), b: c.b.units[0] });
    expect(c.units.filter((u) => u.b === null).map((u) => u.unit).sort()).toEqual(c.a.units.filter((u) => u.unit !== '个').map((u) => u.unit).sort());
    expect(c.a.units.reduce((n, u) => n + u.count, 0)).toBe(yang.length);
  });

  test('deadlines by year: targets and dated commitments, each counted once', () => {
    const y2023 = c.years.find((y) => y.year === 2023)!;
    expect(y2023.a).toEqual({
      year: 2023,
      targets: yang.filter((t) => t.deadline?.startsWith('2023')).length,
      inferred: yang.filter((t) => t.deadline?.startsWith('2023') && t.deadlineSource === 'document').length,
      // 6月底前 (the only milestone of the 洋县 plan that is not also a target's deadline).
      milestones: 1,
    });
    const deadlines = (side: typeof c.a) => side.years.reduce((n, y) => n + y.targets + y.milestones, 0);
    expect(deadlines(c.a)).toBe(c.a.detail.deadlines.length);
    expect(deadlines(c.b)).toBe(c.b.detail.deadlines.length);
    expect(c.a.undated).toBe(yang.filter((t) => !t.deadline).length);
  });
});

describe('shared tasks', () => {
  test('陕西 and 西安都市圈 share the key task that names the metro area', () => {
    const c = compareRegions(table, all, '610000', 'xian-metro', false);
    const ids = c.shared.map((t) => t.id);
    expect(ids).toContain('shaanxi-2023-key-tasks/5');
    // Every task of the metro area comes from a Shaanxi plan, so it counts for the province too.
    expect(ids).toEqual(c.b.detail.byDocument.flatMap((g) => g.sections.flatMap((s) => s.tasks.map((t: Task) => t.id))));
  });

  test('洋县 is in 陕西: its 20 tasks are shared, in the province’s order', () => {
    const c = compareRegions(table, all, '610000', '610723', false);
    expect(c.shared).toHaveLength(20);
    expect(c.shared.every((t) => t.id.startsWith('yangxian-2023-work-points/'))).toBe(true);
  });

  test('an unknown key is an empty side, not an error', () => {
    const c = compareRegions(table, all, '610000', '999999', false);
    expect(c.b).toMatchObject({ key: '999999', named: false, count: 0, units: [], years: [], documents: [], undated: 0 });
    expect(c.b.categories.every((x) => x.count === 0)).toBe(true);
    expect(c.shared).toEqual([]);
    expect(c.a.named).toBe(true);
  });
});
