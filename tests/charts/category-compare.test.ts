// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createCategoryCompare } from '../../src/charts/category-compare.ts';
import { CATEGORIES } from '../../src/domain/categories.ts';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { compareRegions } from '../../src/joins/compare-regions.ts';
import { filterTasks } from '../../src/joins/filter-tasks.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const { table } = shippedAtlas();
const c = compareRegions(table, filterTasks(table, NO_FILTERS), '610000', '330000', false);
const rows = (lang: 'zh' | 'en') => c.categories.map((d) => ({ key: d.id, label: CATEGORIES.find((x) => x.id === d.id)![lang], a: d.a, b: d.b }));
const num = (e: Element, attr: string) => Number(e.getAttribute(attr));

let el: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  el = document.createElement('div');
  document.body.append(el);
});

describe('category compare chart: 陕西 vs 浙江', () => {
  test('16 rows, each with both numbers; bars grow away from one centre line, on one scale', () => {
    const chart = createCategoryCompare(el, { width: 700 });
    chart.update({ title: '类别分布', names: ['陕西', '浙江'], rows: rows('zh') });
    const g = [...el.querySelectorAll('g.row')];
    expect(g).toHaveLength(16);
    expect(g.map((r) => Number(r.querySelector('text.value.side-a')!.textContent))).toEqual(c.categories.map((d) => d.a));
    expect(g.map((r) => Number(r.querySelector('text.value.side-b')!.textContent))).toEqual(c.categories.map((d) => d.b));

    const mid = num(el.querySelector('line.centre')!, 'x1');
    const a = g.map((r) => r.querySelector('rect.side-a')!);
    const b = g.map((r) => r.querySelector('rect.side-b')!);
    a.forEach((r) => expect(num(r, 'x') + num(r, 'width')).toBeCloseTo(mid, 6));
    b.forEach((r) => expect(num(r, 'x')).toBe(mid));
    // One scale: width per task is the same on both sides.
    const perTask = new Set([...a.map((r, i) => [r, c.categories[i]!.a] as const), ...b.map((r, i) => [r, c.categories[i]!.b] as const)]
      .filter(([, v]) => v > 0)
      .map(([r, v]) => (num(r, 'width') / v).toFixed(6)));
    expect(perTask.size).toBe(1);
  });

  test('the larger of each pair is marked; labels in the language given; an accessible name with every pair', () => {
    const chart = createCategoryCompare(el, { width: 700 });
    chart.update({ title: '类别分布', names: ['陕西', '浙江'], rows: rows('zh') });
    const infra = c.categories.find((d) => d.id === 'infrastructure')!;
    const row = el.querySelectorAll('g.row')[CATEGORIES.findIndex((x) => x.id === 'infrastructure')]!;
    expect(row.querySelector('text.label')!.textContent).toBe('基础设施');
    expect(row.querySelector('text.side-a')!.classList.contains('more')).toBe(infra.a > infra.b);
    expect(row.querySelector('text.side-b')!.classList.contains('more')).toBe(infra.b > infra.a);
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).toContain(`(陕西 / 浙江): 户籍与市民化 ${c.categories[0]!.a} / ${c.categories[0]!.b};`);
    expect(svg.querySelector('title')!.textContent).toBe(svg.getAttribute('aria-label'));
    expect([...el.querySelectorAll('.names text')].map((t) => t.textContent)).toEqual(['陕西', '浙江']);

    chart.update({ title: 'By category', names: ['Shaanxi', 'Zhejiang'], rows: rows('en'), format: (v) => `${v}%` });
    expect([...el.querySelectorAll('text.label')].map((t) => t.textContent)).toEqual(CATEGORIES.map((x) => x.en));
    expect(el.querySelector('text.value.side-a')!.textContent).toBe(`${c.categories[0]!.a}%`);
  });

  test('a narrow box puts the labels over their rows, so the bars keep their length', () => {
    const chart = createCategoryCompare(el, { width: 340 });
    chart.update({ title: 'By category', names: ['Shaanxi', 'Zhejiang'], rows: rows('en') });
    const svg = el.querySelector('svg')!;
    expect(svg.classList.contains('stacked')).toBe(true);
    const label = el.querySelector('text.label')!;
    expect(label.getAttribute('text-anchor')).toBe('middle');
    expect(num(label, 'x')).toBe(num(el.querySelector('line.centre')!, 'x1'));
    createCategoryCompare(el, { width: 900 }).update({ title: 't', names: ['a', 'b'], rows: rows('en') });
    expect(el.querySelectorAll('svg')[1]!.classList.contains('stacked')).toBe(false);
  });

  test('destroy removes the chart', () => {
    const chart = createCategoryCompare(el);
    chart.update({ title: 't', names: ['a', 'b'], rows: rows('zh') });
    chart.destroy();
    expect(el.querySelector('svg')).toBeNull();
  });
});
