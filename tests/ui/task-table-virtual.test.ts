// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createAtlasData } from '../../src/joins/atlas-data.ts';
import { REGISTRY } from '../../src/regions/registry.ts';
import { divisions } from '../joins/fixtures.ts';
import { syntheticDocuments } from './synthetic-tasks.ts';
import { clickHeader, columnTexts, header, key, mountTable, rowIds } from './table-fixtures.ts';

const N = 10_000;
const data = createAtlasData(syntheticDocuments(N), divisions(), REGISTRY);
const rowIndexes = (el: HTMLElement) => [...el.querySelectorAll('tbody tr.task-row')].map((tr) => Number(tr.getAttribute('aria-rowindex')));
const scroller = (el: HTMLElement) => el.querySelector<HTMLElement>('.task-table-scroll')!;

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

describe('task table: 10,000 tasks', () => {
  test('only the rows in view are in the DOM, numbered for screen readers out of the whole table', () => {
    expect(data.table.size).toBe(N);
    const [{ el }, ms] = time(() => mountTable(data));
    console.log(`happy-dom: first render of ${N} tasks ${ms.toFixed(0)} ms`);
    const rendered = el.querySelectorAll('tbody tr.task-row').length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(80);
    expect(el.querySelector('table')!.getAttribute('aria-rowcount')).toBe(String(N + 1));
    expect(rowIndexes(el)).toEqual(Array.from({ length: rendered }, (_, i) => i + 2));
    // The spacer below stands in for the rows not rendered, at 30 px each.
    const spacer = el.querySelector<HTMLElement>('tbody tr.spacer:last-child')!;
    expect(spacer.getAttribute('aria-hidden')).toBe('true');
    expect(spacer.style.height).toBe(`${(N - rendered) * 30}px`);
    expect(el.querySelector('.task-table-count')!.textContent).toBe('10000 项任务');
  });

  test('scrolling renders the rows at the new position', () => {
    const { el } = mountTable(data);
    const s = scroller(el);
    const [, ms] = time(() => {
      s.scrollTop = 150_000;
      s.dispatchEvent(new Event('scroll'));
    });
    console.log(`happy-dom: scroll to the middle ${ms.toFixed(1)} ms`);
    const idx = rowIndexes(el);
    // Row 5,000 is at 150,000 px; the window starts 10 rows above it.
    expect(idx[0]).toBe(5000 - 10 + 2);
    expect(rowIds(el)[10]).toBe(data.table.tasks[5000]!.id);
    expect(el.querySelector<HTMLElement>('tbody tr.spacer:first-child')!.style.height).toBe(`${4990 * 30}px`);
  });

  test('End goes to the last task, through the window, with focus', () => {
    const { el } = mountTable(data);
    const first = el.querySelector<HTMLElement>('tbody tr.task-row')!;
    first.focus();
    key(first, 'End');
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.taskId).toBe(data.table.tasks[N - 1]!.id);
    expect(focused.getAttribute('aria-rowindex')).toBe(String(N + 1));
    key(focused, 'PageUp');
    expect(Number((document.activeElement as HTMLElement).getAttribute('aria-rowindex'))).toBeLessThan(N + 1);
  });

  test('the tab stop stays in the DOM: scrolled away from, it moves to the top row in view', () => {
    const { el } = mountTable(data);
    const first = el.querySelector<HTMLElement>('tbody tr.task-row')!;
    first.focus();
    const s = scroller(el);
    s.scrollTop = 30_000;
    s.dispatchEvent(new Event('scroll'));
    // The focused row is gone; focus went to the scroll container rather than to the page.
    expect(first.isConnected).toBe(false);
    expect(document.activeElement).toBe(s);
    const stops = [...el.querySelectorAll<HTMLElement>('tbody tr')].filter((tr) => tr.tabIndex === 0);
    expect(stops.map((tr) => tr.dataset.taskId)).toEqual([data.table.tasks[1000]!.id]);
    key(s, 'ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.taskId).toBe(data.table.tasks[1001]!.id);
  });

  test('sorting 10,000 rows: the whole list, not the window', () => {
    const { el } = mountTable(data);
    const [, first] = time(() => clickHeader(el, 'title'));
    const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
    const min = data.table.tasks.map((t) => t.title.trim()).sort(collator.compare)[0];
    expect(columnTexts(el, 'title')[0]).toBe(min);
    const [, again] = time(() => {
      clickHeader(el, 'title');
      clickHeader(el, 'title');
      clickHeader(el, 'title');
    });
    console.log(`happy-dom: sort ${N} by title: first ${first.toFixed(0)} ms (collation), then ${(again / 3).toFixed(0)} ms per click`);
    expect(header(el, 'title').getAttribute('aria-sort')).toBe('ascending');
    const [, places] = time(() => clickHeader(el, 'places'));
    console.log(`happy-dom: sort ${N} by places (names looked up): ${places.toFixed(0)} ms`);
  });

  test('a region of the synthetic data narrows the 10,000 to its tasks', () => {
    const { el, store } = mountTable(data);
    const county = data.table.tasks[0]!.places.find((p) => p.kind === 'county')?.code ?? data.table.documents[0]!.document.region!.code;
    store.getState().select(county);
    const r = data.table.regionIndex.get(county)!;
    const expected = data.table.direct.byRegion[r + 1]! - data.table.direct.byRegion[r]!;
    expect(el.querySelector('.task-table-count')!.textContent).toBe(`${expected} 项任务`);
    expect(expected).toBeLessThan(N);
  });
});
