import { axisBottom } from 'd3-axis';
import { scaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { symbol, symbolCircle, symbolSquare, symbolTriangle, symbolDiamond } from 'd3-shape';
import { dueDate, formatDeadline, parseDeadline } from '../lib/deadline-period.ts';
import { drawingWidth } from './drawing-width.ts';
import { estimateWidth } from './text-width.ts';

/** A region's row: national, a province, a county … in the cross-level table's order. */
export interface IndicatorTimelineLane {
  key: string;
  /** The region's name, in the interface language. */
  label: string;
  /** 0 national … 3 county: the label is indented by it. */
  depth: number;
}

export interface IndicatorTimelineMark {
  /** Stable identity across updates. */
  key: string;
  /** The lane (region) it belongs to. */
  lane: string;
  /** "2025", "2023-06" …; null for a commitment without a deadline, drawn in a column of its own. */
  deadline: string | null;
  /** Index into `units`: the mark's shape, so households and compounds never look alike. */
  unit: number;
  /** Printed beside the mark (20万 人次). */
  label: string;
  /** Shown on hover: the source clause. */
  title: string;
  /** Less ambitious than the level above: ringed. */
  laxer?: boolean;
}

export interface IndicatorTimelineData {
  lanes: IndicatorTimelineLane[];
  marks: IndicatorTimelineMark[];
  /** Legend names of the units, by index (个小区, 户居民). */
  units: string[];
  lang: 'zh' | 'en';
  /** The chart's accessible name (农民工补贴性培训: 时间节点). */
  title: string;
  labels: { empty: string; undated: string; laxer: string };
}

export interface IndicatorTimelineOptions {
  /** Width in SVG units; the SVG scales to its box. @default the box's width when drawn, else 372 */
  width?: number;
}

const FONT = 11;
const LANE = 22;
const STACK = 10;
const MARGIN = { top: 6, right: 10, bottom: 30 };
const UNDATED = 56;
const LABEL_INSET = 2;
const SHAPES = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond];
const shapePath = (unit: number) => symbol(SHAPES[unit % SHAPES.length]!, 40)() ?? '';

interface Placed extends IndicatorTimelineMark {
  cx: number;
  cy: number;
  anchor: 'start' | 'end';
}

/**
 * One indicator's commitments on a time axis, a lane per region (national at the top, counties indented below
 * their province), each mark at the end of the period its deadline names and labelled with its value. Units
 * have their own shapes; commitments without a deadline sit in a column at the right; a laxer target than the
 * level above is ringed. Reads nothing but its data.
 */
export function createIndicatorTimeline(el: HTMLElement, opts: IndicatorTimelineOptions = {}) {
  const root = select(el).append('div').attr('class', 'indicator-timeline');
  const svg = root.append('svg').attr('role', 'img').attr('width', '100%').attr('font-size', FONT);
  const title = svg.append('title');
  const groups: Groups = {
    bands: svg.append('g').attr('class', 'year-bands'),
    lanes: svg.append('g').attr('class', 'lanes'),
    axis: svg.append('g').attr('class', 'axis axis-years'),
    undated: svg.append('g').attr('class', 'undated'),
    marks: svg.append('g').attr('class', 'marks'),
  };
  const legend = root.append('ul').attr('class', 'chart-legend');
  const empty = root.append('p').attr('class', 'chart-empty');

  function update(data: IndicatorTimelineData): void {
    const width = drawingWidth(el, opts.width);
    const lanes = data.lanes.filter((l) => data.marks.some((m) => m.lane === l.key));
    const none = lanes.length === 0;
    svg.attr('hidden', none ? '' : null);
    legend.attr('hidden', none ? '' : null);
    empty.attr('hidden', none ? null : '').text(data.labels.empty);
    if (none) return;

    const l = layout(data, lanes, width);
    const perDeadline = [...new Set(l.placed.map((m) => m.deadline))].map((d) => `${d === null ? data.labels.undated : formatDeadline(d, data.lang)} ${l.placed.filter((m) => m.deadline === d).length}`);
    const name = `${data.title}: ${perDeadline.join('; ')}`;
    svg.attr('viewBox', `0 0 ${width} ${l.height}`).attr('aria-label', name);
    title.text(name);
    drawLanes(groups.lanes, lanes, l, width);
    drawYears(groups, l, data);
    drawMarks(groups.marks, l.placed);
    drawLegend(legend, l.placed, data);
  }

  function destroy(): void {
    root.remove();
  }

  return { update, destroy };
}

type Group = Selection<SVGGElement, unknown, null, undefined>;
interface Groups {
  bands: Group;
  lanes: Group;
  axis: Group;
  undated: Group;
  marks: Group;
}
type Layout = ReturnType<typeof layout>;

/** A line across the chart per region, its name indented by its depth. */
function drawLanes(lanesG: Group, lanes: IndicatorTimelineLane[], { left, top }: Layout, width: number): void {
  lanesG
    .selectAll<SVGGElement, IndicatorTimelineLane>('g.lane')
    .data(lanes, (l) => l.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'lane');
      g.append('line').attr('stroke', 'currentColor').attr('stroke-opacity', 0.12);
      g.append('text').attr('dy', '0.35em').attr('fill', 'currentColor');
      return g;
    })
    .call((g) => g.select('line').attr('x1', left).attr('x2', width - MARGIN.right).attr('y1', (l) => top.get(l.key)! + LANE / 2).attr('y2', (l) => top.get(l.key)! + LANE / 2))
    .call((g) => g.select('text').attr('x', (l) => LABEL_INSET + l.depth * 8).attr('y', (l) => top.get(l.key)! + LANE / 2).text((l) => l.label));
}

/** The year bands and axis, and the label of the undated column. */
function drawYears(groups: Groups, { x, right, baseline, years, y0, y1, hasUndated }: Layout, data: IndicatorTimelineData): void {
  // Alternating year bands: a deadline sits on the last day of its period, at the right edge of its year's band.
  groups.bands
    .selectAll('rect')
    .data(years.length ? Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i) : [])
    .join('rect')
    .attr('x', (yr) => x(new Date(yr, 0, 1)))
    .attr('width', (yr) => x(new Date(yr + 1, 0, 1)) - x(new Date(yr, 0, 1)))
    .attr('y', MARGIN.top)
    .attr('height', baseline - MARGIN.top)
    .attr('fill', 'currentColor')
    .attr('fill-opacity', (yr) => (yr % 2 ? 0.07 : 0.035));
  const mids = years.length ? Array.from({ length: y1 - y0 + 1 }, (_, i) => new Date(y0 + i, 6, 1)) : [];
  groups.axis
    .attr('hidden', years.length ? null : '')
    .attr('transform', `translate(0,${baseline})`)
    .call(axisBottom(x).tickValues(mids).tickSize(0).tickPadding(8).tickFormat((d) => formatDeadline(String((d as Date).getFullYear()), data.lang)));
  groups.undated
    .selectAll('text')
    .data(hasUndated ? [data.labels.undated] : [])
    .join('text')
    .attr('x', right + UNDATED / 2)
    .attr('y', baseline + 8)
    .attr('dy', '0.71em')
    .attr('text-anchor', 'middle')
    .attr('fill', 'currentColor')
    .text((s) => s);
}

/** Each commitment: its unit's shape, a ring when laxer, its value beside it and its clause on hover. */
function drawMarks(marksG: Group, placed: Placed[]): void {
  marksG
    .selectAll<SVGGElement, Placed>('g.mark')
    .data(placed, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g');
      g.append('circle').attr('class', 'ring').attr('r', 7).attr('fill', 'none').attr('stroke', 'currentColor');
      g.append('path').attr('class', 'shape').attr('fill', 'currentColor');
      g.append('text').attr('class', 'value').attr('dy', '0.35em').attr('fill', 'currentColor');
      g.append('title');
      return g;
    })
    .attr('class', (d) => `mark unit-${d.unit}${d.deadline === null ? ' undated' : ''}${d.laxer ? ' laxer' : ''}`)
    .attr('transform', (d) => `translate(${d.cx},${d.cy})`)
    .call((g) => g.select('.ring').attr('hidden', (d) => (d.laxer ? null : '')))
    .call((g) => g.select('.shape').attr('d', (d) => shapePath(d.unit)))
    .call((g) => g.select('.value').attr('x', (d) => (d.anchor === 'end' ? -8 : 8)).attr('text-anchor', (d) => d.anchor).text((d) => d.label))
    .call((g) => g.select('title').text((d) => `${d.label} — ${d.title}`));
}

/** A legend entry per unit drawn, and one for the ring when a mark has it. */
function drawLegend(legend: Selection<HTMLUListElement, unknown, null, undefined>, placed: Placed[], data: IndicatorTimelineData): void {
  const used = [...new Set(placed.map((m) => m.unit))].sort((a, b) => a - b);
  const items = [...used.map((u) => ({ key: `unit-${u}`, text: data.units[u] ?? '', d: shapePath(u), ring: false })), ...(placed.some((m) => m.laxer) ? [{ key: 'laxer', text: data.labels.laxer, d: '', ring: true }] : [])];
  legend
    .selectAll<HTMLLIElement, (typeof items)[number]>('li')
    .data(items, (k) => k.key)
    .join((enter) => {
      const li = enter.append('li');
      const s = li.append('svg').attr('width', 14).attr('height', 14).attr('viewBox', '-7 -7 14 14').attr('aria-hidden', 'true');
      s.append('path').attr('fill', 'currentColor');
      s.append('circle').attr('r', 6).attr('fill', 'none').attr('stroke', 'currentColor');
      li.append('span');
      return li;
    })
    .attr('class', (k) => k.key)
    .call((li) => li.select('path').attr('d', (k) => k.d))
    .call((li) => li.select('circle').attr('hidden', (k) => (k.ring ? null : '')))
    .call((li) => li.select('span').text((k) => k.text));
}

/** Where everything goes: the label column, the time scale, each lane's top (as tall as its most crowded day), each mark. */
function layout(data: IndicatorTimelineData, lanes: IndicatorTimelineLane[], width: number) {
  const dated = data.marks.flatMap((m) => {
    const p = m.deadline === null ? null : parseDeadline(m.deadline);
    return p ? [{ m, due: dueDate(p) }] : [];
  });
  const undated = data.marks.filter((m) => m.deadline === null || parseDeadline(m.deadline) === null);
  const left = Math.min(width * 0.4, Math.max(...lanes.map((l) => estimateWidth(l.label, FONT) + LABEL_INSET + l.depth * 8)) + 10);
  const right = width - MARGIN.right - (undated.length ? UNDATED : 0);
  // With nothing dated there is no time to draw: the axis stays empty (y0 = y1 is only a placeholder domain).
  const years = dated.map((d) => d.due.getFullYear());
  const y0 = years.length ? Math.min(...years) : 2000;
  const y1 = years.length ? Math.max(...years) : y0;
  const x = scaleTime().domain([new Date(y0, 0, 1), new Date(y1 + 1, 0, 1)]).range([left, right]);

  // A lane is as tall as its most crowded day, so two units due together stack instead of overlapping.
  const slotOf = new Map<string, number>();
  const tall = new Map<string, number>();
  for (const m of data.marks) {
    const slot = `${m.lane}|${m.deadline ?? ''}`;
    const n = (slotOf.get(slot) ?? 0) + 1;
    slotOf.set(slot, n);
    tall.set(m.lane, Math.max(tall.get(m.lane) ?? 1, n));
  }
  const top = new Map<string, number>();
  let yAt = MARGIN.top;
  for (const l of lanes) {
    top.set(l.key, yAt);
    yAt += LANE + (tall.get(l.key)! - 1) * STACK;
  }
  const baseline = yAt;
  const height = baseline + MARGIN.bottom;

  const seen = new Map<string, number>();
  // A mark whose lane is not given has nowhere to go.
  const placed: Placed[] = data.marks.filter((m) => top.has(m.lane)).map((m) => {
    const slot = `${m.lane}|${m.deadline ?? ''}`;
    const i = seen.get(slot) ?? 0;
    seen.set(slot, i + 1);
    const p = m.deadline === null ? null : parseDeadline(m.deadline);
    const cx = p ? x(dueDate(p)) : right + 10;
    const cy = top.get(m.lane)! + LANE / 2 + i * STACK;
    return { ...m, cx, cy, anchor: p && cx > (left + right) / 2 ? 'end' : 'start' };
  });

  return { x, left, right, top, baseline, height, years, y0, y1, hasUndated: undated.length > 0, placed };
}

export type IndicatorTimeline = ReturnType<typeof createIndicatorTimeline>;
