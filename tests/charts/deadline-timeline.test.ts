// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createDeadlineTimeline, type DeadlineTimelineData, type TimelineMark } from '../../src/charts/deadline-timeline.ts';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { filterTasks } from '../../src/joins/filter-tasks.ts';
import { regionDetail } from '../../src/joins/region-detail.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const { table } = shippedAtlas();
const marksOf = (key: string): TimelineMark[] =>
  regionDetail(table, filterTasks(table, NO_FILTERS), key, false).deadlines.map((d, i) => ({
    key: String(i),
    deadline: d.deadline,
    kind: d.kind,
    inferred: d.inferred,
    title: `${d.text} — ${d.task.title}`,
  }));
const labels = { target: '量化目标', inferred: '按年度推定', milestone: '时间节点', empty: '没有时间节点' };
const data = (marks: TimelineMark[], lang: 'zh' | 'en' = 'zh'): DeadlineTimelineData => ({ marks, lang, title: '时间节点', labels });
const position = (el: Element) => {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '')!;
  return [Number(m[1]), Number(m[2])] as const;
};

let el: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  el = document.createElement('div');
  document.body.append(el);
});

describe('deadline timeline', () => {
  test('洋县: one mark per deadline, milestones told apart from targets, inferred years hollow', () => {
    const marks = marksOf('610723');
    createDeadlineTimeline(el).update(data(marks));
    expect(el.querySelectorAll('.marks .mark')).toHaveLength(marks.length);
    expect(el.querySelectorAll('.marks .milestone')).toHaveLength(marks.filter((m) => m.kind === 'milestone').length);
    expect(el.querySelectorAll('.marks .target.inferred')).toHaveLength(marks.filter((m) => m.inferred).length);
    expect(el.querySelectorAll('.marks .milestone').length).toBeGreaterThan(0);
    expect(el.querySelectorAll('.marks .inferred').length).toBeGreaterThan(0);
  });

  test('every mark has its own place, and a title with its clause', () => {
    const marks = marksOf('610723');
    createDeadlineTimeline(el).update(data(marks));
    const nodes = [...el.querySelectorAll('.marks .mark')];
    expect(new Set(nodes.map((n) => position(n).join()))).toHaveProperty('size', marks.length);
    expect(nodes.map((n) => n.querySelector('title')!.textContent)).toContain(marks.find((m) => m.deadline === '2023-06')!.title);
  });

  test('a deadline sits at the end of its period: June, then Q3, then the year', () => {
    const m = (key: string, deadline: string): TimelineMark => ({ key, deadline, kind: 'target', inferred: false, title: key });
    createDeadlineTimeline(el).update(data([m('y', '2023'), m('q', '2023-Q3'), m('j', '2023-06'), m('h', '2023-H1')]));
    const x = (title: string) => position([...el.querySelectorAll('.marks .mark')].find((n) => n.textContent === title)!)[0];
    expect(x('j')).toBe(x('h')); // 30 June closes both
    expect(x('j')).toBeLessThan(x('q'));
    expect(x('q')).toBeLessThan(x('y'));
    // One year on the axis, labelled once.
    expect([...el.querySelectorAll('.axis-labels .tick text')].map((t) => t.textContent)).toEqual(['2023年']);
  });

  test('a national run of deadlines spans its years, and the accessible name counts them', () => {
    const marks = marksOf('100000');
    createDeadlineTimeline(el).update(data(marks, 'en'));
    const years = [...el.querySelectorAll('.axis-labels .tick text')].map((t) => Number(t.textContent));
    const want = marks.map((m) => Number(m.deadline.slice(0, 4)));
    expect(years[0]).toBe(Math.min(...want));
    expect(years.at(-1)).toBe(Math.max(...want));
    const name = el.querySelector('svg')!.getAttribute('aria-label')!;
    const total = [...name.matchAll(/ (\d+)(?:;|$)/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(total).toBe(marks.length);
  });

  test('no deadline: the empty text, no chart', () => {
    const chart = createDeadlineTimeline(el);
    chart.update(data(marksOf('610723')));
    chart.update(data([]));
    expect(el.querySelector('svg')!.hasAttribute('hidden')).toBe(true);
    expect(el.querySelector('.chart-empty')!.textContent).toBe('没有时间节点');
    expect(el.querySelector('.chart-empty')!.hasAttribute('hidden')).toBe(false);
    expect(el.querySelectorAll('.marks .mark')).toHaveLength(marksOf('610723').length); // kept until shown again
  });
});

describe('deadline timeline: crowds', () => {
  test('the whole country: each day’s stack stays clear of the previous day’s', () => {
    const marks = marksOf('100000');
    createDeadlineTimeline(el).update(data(marks));
    const nodes = [...el.querySelectorAll('.marks .mark')];
    expect(nodes).toHaveLength(marks.length);
    expect(new Set(nodes.map((n) => position(n).join())).size).toBe(marks.length);
    // Group by the deadline each title names (titles are unique per mark here), then compare extents.
    const deadlineOf = new Map(marks.map((m) => [m.title, m.deadline]));
    const xs = new Map<string, number[]>();
    for (const n of nodes) {
      const d = deadlineOf.get(n.querySelector('title')!.textContent!)!;
      const due = d.length === 4 ? `${d}-12` : d; // same-day groups: a year and its December share the 31st
      xs.set(due, [...(xs.get(due) ?? []), position(n)[0]]);
    }
    const spans = [...xs.values()].map((v) => [Math.min(...v), Math.max(...v)] as const).sort((a, b) => a[1] - b[1]);
    expect(spans.length).toBeGreaterThan(2);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0], `stack ${i}`).toBeGreaterThan(spans[i - 1]![1]);
  });
});
