// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createCategoryBars } from '../../src/charts/category-bars.ts';
import { CATEGORIES } from '../../src/domain/categories.ts';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { filterTasks } from '../../src/joins/filter-tasks.ts';
import { regionDetail } from '../../src/joins/region-detail.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const { table } = shippedAtlas();
const yang = regionDetail(table, filterTasks(table, NO_FILTERS), '610723', false);
const bars = (lang: 'zh' | 'en') =>
  yang.categories.map((c) => ({ key: c.id, label: CATEGORIES.find((x) => x.id === c.id)![lang], value: c.count }));

let el: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  el = document.createElement('div');
  document.body.append(el);
});

describe('category bars', () => {
  test('one bar per category of 洋县, with its count as text', () => {
    const chart = createCategoryBars(el);
    chart.update({ title: '类别分布', bars: bars('zh') });
    const rects = el.querySelectorAll('g.bar rect');
    expect(rects).toHaveLength(yang.categories.length);
    const values = [...el.querySelectorAll('g.bar text.value')].map((t) => Number(t.textContent));
    expect(values).toEqual(yang.categories.map((c) => c.count));
    // The longest bar is the largest count, and bars are proportional.
    const widths = [...rects].map((r) => Number(r.getAttribute('width')));
    const max = Math.max(...values);
    widths.forEach((w, i) => expect(w).toBeCloseTo((widths[values.indexOf(max)]! * values[i]!) / max, 5));
  });

  test('labels in the language given, and an accessible name with every number', () => {
    const chart = createCategoryBars(el);
    chart.update({ title: '类别分布', bars: bars('zh') });
    const labels = () => [...el.querySelectorAll('.axis .tick text')].map((t) => t.textContent);
    expect(labels()).toContain('住房与城市更新');
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('县城与小城镇 4');
    expect(svg.querySelector('title')!.textContent).toBe(svg.getAttribute('aria-label'));
    chart.update({ title: 'By category', bars: bars('en') });
    expect(labels()).toContain('Housing & renewal');
    expect(labels()).not.toContain('住房与城市更新');
    expect(svg.getAttribute('aria-label')).toMatch(/^By category: .*County towns 4/);
  });

  test('an update drops the bars that went away; destroy removes the chart', () => {
    const chart = createCategoryBars(el);
    chart.update({ title: 't', bars: bars('zh') });
    chart.update({ title: 't', bars: bars('zh').slice(0, 2) });
    expect(el.querySelectorAll('g.bar')).toHaveLength(2);
    expect(el.querySelectorAll('.axis .tick')).toHaveLength(2);
    chart.destroy();
    expect(el.querySelector('svg')).toBeNull();
  });
});
