import { describe, expect, test } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { filterTasks } from '../../src/joins/filter-tasks.ts';
import { countRegions } from '../../src/joins/region-counts.ts';
import type { AtlasData } from '../../src/joins/atlas-data.ts';
import { shippedAtlas } from './fixtures.ts';

const atlas = shippedAtlas();
const { table } = atlas;

/** Ids of the tasks counted for a region (an admin code or a composite id). */
function tasksOf(a: AtlasData, key: string, expanded = false): string[] {
  const rows = expanded ? a.table.expanded : a.table.direct;
  const r = a.table.regionIndex.get(key);
  if (r === undefined) return [];
  return [...rows.tasks.subarray(rows.byRegion[r]!, rows.byRegion[r + 1]!)].map((k) => a.table.tasks[k]!.id);
}
const docTasks = (docId: string) => table.tasks.filter((t) => t.id.startsWith(`${docId}/`)).map((t) => t.id);

describe('a task counts for the places it names, else for its issuer', () => {
  test('洋县 gets all twenty tasks of its own plan, even one that mentions 陕西 or 汉中 in passing', () => {
    expect(tasksOf(atlas, '610723')).toEqual(docTasks('yangxian-2023-work-points'));
  });
  test('a national task naming no place belongs to China only', () => {
    expect(tasksOf(atlas, '100000')).toContain('national-2022-key-tasks/1');
    expect(tasksOf(atlas, '610000')).not.toContain('national-2022-key-tasks/1');
  });
  test('a Zhejiang task naming no place belongs to Zhejiang', () => {
    expect(tasksOf(atlas, '330000')).toContain('zhejiang-2023-work-points/3');
  });
  test('富平 directly: the three tasks that name it', () => {
    expect(tasksOf(atlas, '610528')).toEqual(['shaanxi-2023-key-tasks/9', 'shaanxi-2023-key-tasks/18', 'shaanxi-2022-county-towns/30']);
  });
  test('a national task naming border cities counts for them and their provinces', () => {
    expect(tasksOf(atlas, '210600')).toEqual(['national-2022-key-tasks/9']);
    expect(tasksOf(atlas, '210000')).toEqual(['national-2022-key-tasks/9']);
  });
});

describe('roll-up through the hierarchy, each task once per region', () => {
  test('every task of a Shaanxi plan counts for Shaanxi, the 洋县 plan included, once each', () => {
    const shaanxi = tasksOf(atlas, '610000');
    for (const doc of ['shaanxi-2023-key-tasks', 'shaanxi-2022-county-towns', 'yangxian-2023-work-points']) {
      expect(shaanxi).toEqual(expect.arrayContaining(docTasks(doc)));
    }
    expect(new Set(shaanxi).size).toBe(shaanxi.length);
  });
  test('a county task reaches its prefecture: 洋县 → 汉中市', () => {
    expect(tasksOf(atlas, '610700')).toEqual(expect.arrayContaining(docTasks('yangxian-2023-work-points')));
  });
  test('China counts every task exactly once', () => {
    expect(tasksOf(atlas, '100000')).toHaveLength(table.size);
  });
  test('counts equal the task lists', () => {
    const counts = countRegions(table, filterTasks(table, NO_FILTERS), false);
    for (const key of ['610000', '610723', '610528', 'xian-metro', '100000']) {
      expect(counts.tasks[table.regionIndex.get(key)!]).toBe(tasksOf(atlas, key).length);
    }
  });
});

describe('composites', () => {
  test('a composite counts for itself; inside one province it also counts for that province', () => {
    expect(tasksOf(atlas, 'xian-metro')).toEqual(['shaanxi-2023-key-tasks/5', 'shaanxi-2022-county-towns/1']);
    expect(tasksOf(atlas, '610000')).toContain('shaanxi-2022-county-towns/1');
  });
  test('a national task about 关中平原城市群 (three provinces) does not land on Shaanxi unless members count', () => {
    expect(tasksOf(atlas, 'guanzhong-plain-cluster')).toContain('national-2022-key-tasks/5');
    expect(tasksOf(atlas, '610000')).not.toContain('national-2022-key-tasks/5');
    expect(tasksOf(atlas, '610000', true)).toContain('national-2022-key-tasks/5');
  });
  test('富平 is reached through the Xi’an circle’s 组团 task when composites count for their members', () => {
    const expanded = tasksOf(atlas, '610528', true);
    expect(expanded).toContain('shaanxi-2023-key-tasks/5'); // 富平阎良 组团
    expect(expanded).toEqual(expect.arrayContaining(tasksOf(atlas, '610528')));
    expect(tasksOf(atlas, '610528')).not.toContain('shaanxi-2023-key-tasks/5');
  });
  test('expansion reaches the counties of a member prefecture: 陕南 → 汉中 → 洋县', () => {
    expect(tasksOf(atlas, '610723', true)).toContain('shaanxi-2022-county-towns/14');
  });
});

describe('region detail', () => {
  test('洋县: its plan grouped by section, its targets, departments and deadlines', async () => {
    const { regionDetail } = await import('../../src/joins/region-detail.ts');
    const { filterTasks: ft } = await import('../../src/joins/filter-tasks.ts');
    const detail = regionDetail(table, ft(table, NO_FILTERS), '610723', false);
    expect(detail.count).toBe(20);
    expect(detail.total).toBe(20);
    const withTargets = detail.byDocument.flatMap((g) => g.sections.flatMap((s) => s.tasks)).filter((t) => t.targets.length > 0).length;
    expect(withTargets).toBeLessThan(20);
    expect(regionDetail(table, ft(table, { ...NO_FILTERS, hasTarget: true }), '610723', false)).toMatchObject({ total: 20, count: withTargets });
    expect(detail.byDocument.map((g) => g.document.id)).toEqual(['yangxian-2023-work-points']);
    expect(detail.byDocument[0]!.sections.map((s) => s.section?.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(detail.targets.map((t) => t.target.value)).toContain(8635);
    expect(detail.departments[0]!.name).toBe('住建局'); // the most frequent body in the 洋县 plan
    expect(detail.deadlines[0]!.deadline <= detail.deadlines.at(-1)!.deadline).toBe(true);
    expect(detail.deadlines).toContainEqual(expect.objectContaining({ deadline: '2023-06', kind: 'milestone' }));
  });
  test('a deadline taken from the plan year, not the wording, is marked inferred', async () => {
    const { regionDetail } = await import('../../src/joins/region-detail.ts');
    const { filterTasks: ft } = await import('../../src/joins/filter-tasks.ts');
    const detail = regionDetail(table, ft(table, NO_FILTERS), '610723', false);
    const inferred = detail.deadlines.filter((d) => d.inferred);
    expect(inferred).toHaveLength(detail.targets.filter((t) => t.target.deadlineSource === 'document').length);
    expect(inferred.length).toBeGreaterThan(0);
    expect(inferred.every((d) => d.kind === 'target')).toBe(true);
    // 2023年完成农民工补贴性培训2500人次: the year is in the wording.
    expect(detail.deadlines.find((d) => d.text.startsWith('2023年完成农民工'))!.inferred).toBe(false);
  });
});
