import { describe, expect, test } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/domain/filters.ts';
import type { Task } from '../../src/domain/task.ts';
import { filterTasks } from '../../src/joins/filter-tasks.ts';
import { countRegions } from '../../src/joins/region-counts.ts';
import { shippedAtlas } from './fixtures.ts';

const { table } = shippedAtlas();
const kept = (f: Partial<Filters>) => {
  const { mask } = filterTasks(table, { ...NO_FILTERS, ...f });
  return table.tasks.filter((_, k) => mask[k]).map((t) => t.id);
};
/** The same question asked the slow, obvious way. */
const oracle = (pred: (t: Task, docId: string) => boolean) =>
  table.documents.flatMap((d) => d.tasks.filter((t) => pred(t, d.document.id!)).map((t) => t.id));

describe('filters', () => {
  test('no filter keeps every task', () => expect(kept({})).toHaveLength(table.size));
  test('categories: any of the chosen', () => {
    expect(kept({ categories: ['hukou'] })).toEqual(oracle((t) => t.categories.includes('hukou')));
    expect(kept({ categories: ['hukou', 'land'] })).toEqual(oracle((t) => t.categories.includes('hukou') || t.categories.includes('land')));
  });
  test('documents and issuing levels', () => {
    expect(kept({ documents: ['zhejiang-2023-work-points'] })).toHaveLength(32);
    expect(kept({ levels: ['county'] })).toEqual(oracle((_, doc) => doc === 'yangxian-2023-work-points'));
    expect(kept({ levels: ['province'] })).toHaveLength(25 + 38 + 32);
  });
  test('departments', () => {
    expect(kept({ departments: ['省公安厅'] })).toEqual(oracle((t) => t.departments.includes('省公安厅')));
  });
  test('has a quantitative target; deadline years', () => {
    expect(kept({ hasTarget: true })).toEqual(oracle((t) => t.targets.length > 0));
    const in2025 = (t: Task) => [...t.targets.map((x) => x.deadline), ...t.deadlines.map((x) => x.deadline)].some((d) => d?.startsWith('2025'));
    expect(kept({ years: [2025, 2025] })).toEqual(oracle(in2025));
  });
  test('free text, all words, any case', () => {
    expect(kept({ text: '5G' })).toEqual(oracle((t) => t.text.toLowerCase().includes('5g')));
    expect(kept({ text: '县城 污水' })).toEqual(oracle((t) => t.text.includes('县城') && t.text.includes('污水')));
  });
  test('tasks with a target of an indicator: any of the chosen; the tasks say it in their text', () => {
    const training = kept({ indicators: ['migrant-worker-training'] });
    expect(training).toEqual(oracle((t) => t.targets.some((x) => x.indicator?.id === 'migrant-worker-training')));
    // 全国, 陕西 and 洋县 each set one: the national 600万, 陕西's 20万 and 洋县's 2500人次.
    expect(training).toHaveLength(3);
    for (const id of training) expect(table.tasks.find((t) => t.id === id)!.text).toContain('农民工补贴性培训');
    const both = kept({ indicators: ['migrant-worker-training', 'old-compound-renovation'] });
    expect(both.length).toBeGreaterThan(training.length);
    expect(both).toEqual(oracle((t) => t.targets.some((x) => x.indicator?.id === 'migrant-worker-training' || x.indicator?.id === 'old-compound-renovation')));
    expect(kept({ indicators: ['urban-unemployment-rate'] })).toEqual([]);
  });
  test('a category filter changes the counts on the map', () => {
    const shaanxi = table.regionIndex.get('610000')!;
    const all = countRegions(table, filterTasks(table, NO_FILTERS), false).tasks[shaanxi]!;
    const green = countRegions(table, filterTasks(table, { ...NO_FILTERS, categories: ['green-lowcarbon'] }), false).tasks[shaanxi]!;
    expect(green).toBeLessThan(all);
    expect(green).toBe(
      oracle((t, doc) => t.categories.includes('green-lowcarbon') && ['shaanxi-2023-key-tasks', 'shaanxi-2022-county-towns', 'yangxian-2023-work-points'].includes(doc)).length,
    );
  });
});
