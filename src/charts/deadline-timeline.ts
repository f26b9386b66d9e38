import { axisBottom } from 'd3-axis';
import { scaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { drawingWidth } from './drawing-width.ts';
import { symbol, symbolDiamond } from 'd3-shape';
import { dueDate, formatDeadline, parseDeadline } from '../lib/deadline-period.ts';

export interface TimelineMark {
  /** Stable identity across updates. */
  key: string;
  /** "2025", "2023-06", "2023-Q3", "2023-H1". */
  deadline: string;
  /** A quantitative target's deadline, or a dated commitment without a number. */
  kind: 'target' | 'milestone';
  /** The deadline is the plan's year, not in the wording: drawn hollow. */
  inferred: boolean;
  /** Shown on hover: the clause and its task. */
  title: string;
}

export interface DeadlineTimelineData {
  marks: TimelineMark[];
  lang: 'zh' | 'en';
  /** The chart's accessible name ("时间节点"). */
  title: string;
  /** Legend and empty-state text, in the interface language. */
  labels: { target: string; inferred: string; milestone: string; empty: string };
}

export interface DeadlineTimelineOptions {
  /** Width in SVG units; the SVG scales to its box. @default the box's width when drawn, else 372 */
  width?: number;
  /**
   * Marks due on the same day stack up to this many high, then wrap into columns to the left; more rows are used
   * when the columns would reach the previous deadline. @default 8
   */
  maxRows?: number;
}

const STEP = 9;
/** However crowded a day is, the chart stays this many marks high at most (then the crowd may overlap). */
const MAX_ROWS = 30;
const RADIUS = 3.4;
const MARGIN = { top: 6, right: 12, bottom: 34, left: 12 };
const DIAMOND = symbol(symbolDiamond, 2 * RADIUS * RADIUS * 2)() ?? '';

interface Placed extends TimelineMark {
  cx: number;
  cy: number;
}

/** Sort within a day: stated deadlines first, so the hollow guesses sit on top of the stack. */
const ORDER = (m: TimelineMark) => (m.kind === 'milestone' ? 0 : m.inferred ? 2 : 1);

/**
 * Deadlines on a time axis. Each deadline sits on the last day of the period it names (到2025年 → 31 Dec 2025),
 * so a year, a quarter and a month are comparable. Marks due the same day stack upward, then wrap leftwards
 * into the period they close. Targets are dots (hollow when the year is inferred), milestones are diamonds.
 */
export function createDeadlineTimeline(el: HTMLElement, opts: DeadlineTimelineOptions = {}) {
  const maxRows = opts.maxRows ?? 8;
  const root = select(el).append('div').attr('class', 'deadline-timeline');
  const svg = root.append('svg').attr('role', 'img').attr('width', '100%').attr('font-size', 11);
  const title = svg.append('title');
  const axes: Axes = {
    bands: svg.append('g').attr('class', 'year-bands'),
    years: svg.append('g').attr('class', 'axis axis-years'),
    labels: svg.append('g').attr('class', 'axis axis-labels'),
    minor: svg.append('g').attr('class', 'axis axis-minor'),
  };
  const marksG = svg.append('g').attr('class', 'marks');
  const legend = root.append('ul').attr('class', 'chart-legend');
  const empty = root.append('p').attr('class', 'chart-empty');

  function update(data: DeadlineTimelineData): void {
    const width = drawingWidth(el, opts.width);
    const parsed = data.marks
      .map((m) => ({ m, p: parseDeadline(m.deadline) }))
      .filter((x): x is Parsed => x.p !== null);
    const none = parsed.length === 0;
    svg.attr('hidden', none ? '' : null);
    legend.attr('hidden', none ? '' : null);
    empty.attr('hidden', none ? null : '').text(data.labels.empty);
    if (none) return;

    const l = layout(parsed, width, maxRows);
    const counts = l.days.map((day) => `${formatDeadline(day[0]!.m.deadline, data.lang)} ${day.length}`);
    const name = `${data.title}: ${counts.join('; ')}`;
    svg.attr('viewBox', `0 0 ${width} ${l.height}`).attr('aria-label', name);
    title.text(name);
    drawYears(axes, l, data.lang);
    drawMarks(marksG, l.placed);
    drawLegend(legend, l.placed, data.labels);
  }

  function destroy(): void {
    root.remove();
  }

  return { update, destroy };
}

type Group = Selection<SVGGElement, unknown, null, undefined>;
interface Axes {
  bands: Group;
  years: Group;
  labels: Group;
  minor: Group;
}
interface Parsed {
  m: TimelineMark;
  p: NonNullable<ReturnType<typeof parseDeadline>>;
}
type Layout = ReturnType<typeof layout>;

/** The time scale over whole years, how many rows high the chart is, and where each mark sits. */
function layout(parsed: Parsed[], width: number, maxRows: number) {
  // Whole years, so the axis reads as calendar years whatever precision the deadlines have.
  const y0 = Math.min(...parsed.map((x) => x.p.year));
  const y1 = Math.max(...parsed.map((x) => dueDate(x.p).getFullYear()));
  const years = Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i);
  const x = scaleTime()
    .domain([new Date(y0, 0, 1), new Date(y1 + 1, 0, 1)])
    .range([MARGIN.left, width - MARGIN.right]);

  // Group by due day, stack, wrap.
  const byDue = new Map<number, Array<{ m: TimelineMark; due: Date }>>();
  for (const { m, p } of parsed) {
    const due = dueDate(p);
    const list = byDue.get(+due) ?? [];
    list.push({ m, due });
    byDue.set(+due, list);
  }
  // Prefer maxRows; grow taller when a day's marks would otherwise wrap back past the previous day's.
  const dues = [...byDue.keys()].sort((a, b) => a - b);
  const needed = dues.map((due, i) => {
    const room = x(new Date(due)) - (i ? x(new Date(dues[i - 1]!)) : MARGIN.left - STEP / 2);
    return Math.ceil(byDue.get(due)!.length / Math.max(1, Math.floor(room / STEP)));
  });
  const biggest = Math.max(...[...byDue.values()].map((l) => l.length));
  const rows = Math.min(MAX_ROWS, Math.max(Math.min(maxRows, biggest), ...needed));
  const baseline = MARGIN.top + rows * STEP;
  const placed: Placed[] = [];
  for (const list of byDue.values()) {
    list.sort((a, b) => ORDER(a.m) - ORDER(b.m));
    list.forEach(({ m, due }, i) => {
      const col = Math.floor(i / rows);
      placed.push({ ...m, cx: x(due) - col * STEP, cy: baseline - (i % rows) * STEP - STEP / 2 });
    });
  }
  const days = [...byDue.values()].sort((a, b) => +a[0]!.due - +b[0]!.due);
  return { x, years, y1, baseline, height: baseline + MARGIN.bottom, placed, days };
}

/** Alternating year bands behind the marks, and the axis under them. */
function drawYears(axes: Axes, { x, years, y1, baseline }: Layout, lang: DeadlineTimelineData['lang']): void {
  axes.bands
    .selectAll('rect')
    .data(years)
    .join('rect')
    .attr('x', (yr) => x(new Date(yr, 0, 1)))
    .attr('width', (yr) => x(new Date(yr + 1, 0, 1)) - x(new Date(yr, 0, 1)))
    .attr('y', MARGIN.top - 2)
    .attr('height', baseline - MARGIN.top + 2)
    .attr('class', (yr) => (yr % 2 ? 'odd' : 'even'));

  // Year boundaries as ticks, year names centred in their year, quarters as minor ticks when there is room.
  const yearStarts = [...years, y1 + 1].map((yr) => new Date(yr, 0, 1));
  axes.years.attr('transform', `translate(0,${baseline})`).call(axisBottom(x).tickValues(yearStarts).tickSize(8).tickFormat(() => ''));
  axes.labels
    .attr('transform', `translate(0,${baseline})`)
    .call(axisBottom(x).tickValues(years.map((yr) => new Date(yr, 6, 1))).tickSize(0).tickPadding(10).tickFormat((d) => formatDeadline(String((d as Date).getFullYear()), lang)))
    .call((g) => g.select('.domain').remove());
  const quarters = years.length <= 3 ? years.flatMap((yr) => [3, 6, 9].map((mo) => new Date(yr, mo, 1))) : [];
  axes.minor
    .attr('transform', `translate(0,${baseline})`)
    .call(axisBottom(x).tickValues(quarters).tickSize(4).tickFormat(() => ''))
    .call((g) => g.select('.domain').remove());
}

function drawMarks(marksG: Group, placed: Placed[]): void {
  marksG
    .selectAll<SVGPathElement | SVGCircleElement, Placed>('.mark')
    .data(placed, (d) => d.key)
    .join(
      (enter) => enter.append('path'),
      (update) => update,
      (exit) => exit.remove(),
    )
    .attr('class', (d) => `mark ${d.kind}${d.inferred ? ' inferred' : ''}`)
    .attr('d', (d) => (d.kind === 'milestone' ? DIAMOND : circlePath(RADIUS)))
    .attr('transform', (d) => `translate(${d.cx},${d.cy})`)
    .selectAll('title')
    .data((d) => [d.title])
    .join('title')
    .text((s) => s);
}

/** A legend entry for each kind of mark the chart shows. */
function drawLegend(legend: Selection<HTMLUListElement, unknown, null, undefined>, placed: Placed[], labels: DeadlineTimelineData['labels']): void {
  const kinds = [
    { cls: 'target', text: labels.target, shown: placed.some((d) => d.kind === 'target' && !d.inferred) },
    { cls: 'target inferred', text: labels.inferred, shown: placed.some((d) => d.inferred) },
    { cls: 'milestone', text: labels.milestone, shown: placed.some((d) => d.kind === 'milestone') },
  ].filter((k) => k.shown);
  legend
    .selectAll<HTMLLIElement, (typeof kinds)[number]>('li')
    .data(kinds, (k) => k.cls)
    .join((enter) => {
      const li = enter.append('li');
      li.append('svg').attr('width', 10).attr('height', 10).attr('viewBox', '-5 -5 10 10').attr('aria-hidden', 'true').append('path');
      li.append('span');
      return li;
    })
    .call((li) => li.select('path').attr('class', (k) => `mark ${k.cls}`).attr('d', (k) => (k.cls === 'milestone' ? DIAMOND : circlePath(RADIUS))))
    .call((li) => li.select('span').text((k) => k.text));
}

/** One shape element for every kind of mark, so a mark can change kind in place on update. */
function circlePath(r: number): string {
  return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
}

export type DeadlineTimeline = ReturnType<typeof createDeadlineTimeline>;
