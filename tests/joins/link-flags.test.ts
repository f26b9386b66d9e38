import { describe, expect, test } from 'vitest';
import { Cascade } from '../../src/cascade/queries.ts';
import { NO_FILTERS, type Filters } from '../../src/domain/filters.ts';
import { filterTasks } from '../../src/joins/filter-tasks.ts';
import { linkFlags } from '../../src/joins/link-flags.ts';
import { shippedLinkSet } from '../cascade/shipped-links.ts';
import { shippedAtlas } from './fixtures.ts';

const { table } = shippedAtlas();
const { links } = shippedLinkSet();
const flags = linkFlags(table, new Cascade(table.documents, links));
const kept = (f: Partial<Filters>, withFlags: Uint8Array | null = flags) => {
  const { mask, count } = filterTasks(table, { ...NO_FILTERS, ...f }, withFlags);
  const ids = table.tasks.filter((_, k) => mask[k]).map((t) => t.id);
  expect(ids).toHaveLength(count);
  return ids;
};

// The same questions asked of links.json the slow, obvious way: a task's document is the part of its id before '/'.
const levelOf = new Map(table.documents.map((d) => [d.document.id, d.document.level]));
const docLevel = (taskId: string) => levelOf.get(taskId.split('/')[0]!);
const inOrder = (ids: Set<string>) => table.tasks.map((t) => t.id).filter((id) => ids.has(id));
const lowersOf = (upperLevel: string) => new Set(links.filter((k) => docLevel(k.upper) === upperLevel).map((k) => k.lower));
const nationalTasks = table.tasks.filter((t) => docLevel(t.id) === 'national').map((t) => t.id);
const takenByProvince = new Set(links.filter((k) => docLevel(k.upper) === 'national' && docLevel(k.lower) === 'province').map((k) => k.upper));

describe('the links filter on the shipped documents', () => {
  test('tasks carrying out a national task: provinces and 洋县 alike', () => {
    const ids = kept({ links: ['carries-national'] });
    expect(ids).toEqual(inOrder(lowersOf('national')));
    expect(ids).toContain('yangxian-2023-work-points/5');
    expect(ids.some((id) => id.startsWith('zhejiang-'))).toBe(true);
    expect(ids.some((id) => id.startsWith('national-'))).toBe(false);
  });

  test('tasks carrying out a provincial task: only 洋县 has a province above it', () => {
    const ids = kept({ links: ['carries-province'] });
    expect(ids).toEqual(inOrder(lowersOf('province')));
    expect(new Set(ids.map((id) => id.split('/')[0]))).toEqual(new Set(['yangxian-2023-work-points']));
  });

  test('national tasks some province takes up, and those none does: the 28 split in two', () => {
    const taken = kept({ links: ['national-taken'] });
    const untaken = kept({ links: ['national-untaken'] });
    expect(taken).toEqual(nationalTasks.filter((id) => takenByProvince.has(id)));
    expect(untaken).toEqual(nationalTasks.filter((id) => !takenByProvince.has(id)));
    expect(taken.length + untaken.length).toBe(28);
    // 都市圈: 陕西 and 浙江 both take it up.
    expect(taken).toContain('national-2022-key-tasks/6');
    expect(untaken.length).toBeGreaterThan(0);
  });

  test('any of the chosen conditions, and every other filter as well', () => {
    const either = kept({ links: ['carries-province', 'national-untaken'] });
    expect(either).toEqual(inOrder(new Set([...kept({ links: ['carries-province'] }), ...kept({ links: ['national-untaken'] })])));
    const zhejiang = kept({ links: ['carries-national'], documents: ['zhejiang-2023-work-points'] });
    expect(zhejiang).toEqual(kept({ links: ['carries-national'] }).filter((id) => id.startsWith('zhejiang-')));
  });

  test('without the links a link filter keeps nothing; without a link filter the links change nothing', () => {
    expect(kept({ links: ['carries-national'] }, null)).toEqual([]);
    expect(kept({ hasTarget: true }, null)).toEqual(kept({ hasTarget: true }));
  });
});
