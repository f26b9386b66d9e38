import { describe, expect, test } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { filterTasks } from '../../src/joins/filter-tasks.ts';
import { countRegions } from '../../src/joins/region-counts.ts';
import { classColor, classLabels, choroplethClasses, ZERO_COLOR } from '../../src/view/choropleth-classes.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

describe('choropleth classes', () => {
  test('no tasks: only the zero class', () => {
    expect(choroplethClasses([0, 0])).toEqual({ bounds: [], colors: [], zero: ZERO_COLOR });
  });
  test('bounds rise strictly, end at the maximum, and label contiguous ranges', () => {
    const c = choroplethClasses([0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55]);
    expect(c.bounds.at(-1)).toBe(55);
    for (let k = 1; k < c.bounds.length; k++) expect(c.bounds[k]).toBeGreaterThan(c.bounds[k - 1]!);
    expect(c.colors).toHaveLength(c.bounds.length);
    expect(classLabels(c)[0]!.startsWith('1')).toBe(true);
    expect(classColor(c, 0)).toBe(ZERO_COLOR);
    expect(classColor(c, 55)).toBe(c.colors.at(-1));
    expect(new Set(c.colors).size).toBe(c.colors.length);
  });
  test('on the shipped data the provinces split into several classes, darker for more tasks', () => {
    const { table, tree } = shippedAtlas();
    const counts = countRegions(table, filterTasks(table, NO_FILTERS), false);
    const provinces = tree.childrenOf('100000');
    const values = provinces.map((p) => counts.tasks[table.regionIndex.get(p) ?? -1] ?? 0);
    const c = choroplethClasses(values);
    expect(c.bounds.length).toBeGreaterThanOrEqual(2);
    expect(classColor(c, Math.max(...values))).not.toBe(classColor(c, 1));
  });
});

test('the written-out palette is ColorBrewer YlGnBu exactly as d3-scale-chromatic has it', async () => {
  const { schemeYlGnBu } = await import('d3-scale-chromatic');
  for (const n of [1, 2, 3, 4, 5]) {
    const values = Array.from({ length: 60 }, (_, i) => (i % (n * 7)) + 1);
    const c = choroplethClasses(values);
    const scheme = schemeYlGnBu[Math.max(3, c.bounds.length + 1)]!;
    expect(c.colors).toEqual(scheme.slice(scheme.length - c.bounds.length));
  }
});
