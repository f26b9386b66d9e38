import { scaleBand, scaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { drawingWidth } from './drawing-width.ts';
import { estimateWidth } from './text-width.ts';

export interface CategoryPair {
  /** Stable identity across updates (a category id). */
  key: string;
  /** What the reader sees, already in the interface language. */
  label: string;
  /** The left region's value, and the right one's. */
  a: number;
  b: number;
}

export interface CategoryCompareData {
  /** Drawn top to bottom in this order. */
  rows: CategoryPair[];
  /** The chart's accessible name ("类别分布"); the names and numbers are appended to it. */
  title: string;
  /** The two regions, short: written over their halves and in the accessible name. */
  names: readonly [string, string];
  /** How a value is written (a count; a share as 12%). @default String */
  format?: (value: number) => string;
}

export interface CategoryCompareOptions {
  /** Width of the drawing in SVG units; the SVG scales to its box. @default the box's width when drawn, else 372 */
  width?: number;
  /** Height of one category's bars. @default 18 */
  rowHeight?: number;
}

const FONT_SIZE = 12;
const VALUE_SIZE = 11;
const HEAD = 20;
const MARGIN = { top: 2, right: 4, bottom: 4, left: 4 };


/**
 * Tasks per category for two regions as a diverging bar chart: the left region's bars grow leftwards from a
 * shared centre line, the right one's rightwards, on one scale, so a longer bar is always more tasks whichever
 * side it is on. Each bar carries its number; the larger of a pair is marked `.more`. Category labels sit in a
 * column on the left when the box is wide enough, else over their row (a phone), so bars keep a usable length.
 * The SVG's accessible name lists every pair.
 *
 * @example
 * const chart = createCategoryCompare(el);
 * chart.update({ title: '类别分布', names: ['陕西', '浙江'], rows: [{ key: 'hukou', label: '户籍与市民化', a: 9, b: 3 }] });
 */
export function createCategoryCompare(el: HTMLElement, opts: CategoryCompareOptions = {}) {
  const barHeight = opts.rowHeight ?? 18;
  const svg = select(el)
    .append('svg')
    .attr('class', 'category-compare')
    .attr('role', 'img')
    .attr('width', '100%')
    .attr('font-size', FONT_SIZE);
  const title = svg.append('title');
  const head = svg.append('g').attr('class', 'names');
  const nameA = head.append('text').attr('class', 'name side-a').attr('text-anchor', 'end');
  const nameB = head.append('text').attr('class', 'name side-b').attr('text-anchor', 'start');
  const rowsG = svg.append('g').attr('class', 'rows');

  function update(data: CategoryCompareData): void {
    const format = data.format ?? String;
    const l = layout(data.rows, format, drawingWidth(el, opts.width), barHeight);
    const name = `${data.title} (${data.names[0]} / ${data.names[1]}): ${data.rows.map((r) => `${r.label} ${format(r.a)} / ${format(r.b)}`).join('; ')}`;
    svg.attr('viewBox', `0 0 ${l.width} ${l.height}`).attr('aria-label', name);
    title.text(name);
    nameA.attr('x', l.mid - 6).attr('y', MARGIN.top + FONT_SIZE).text(data.names[0]);
    nameB.attr('x', l.mid + 6).attr('y', MARGIN.top + FONT_SIZE).text(data.names[1]);
    drawRows(rowsG, data.rows, l, format);
    svg.classed('stacked', l.stacked);
  }

  function destroy(): void {
    svg.remove();
  }

  return { update, destroy };
}

type Layout = ReturnType<typeof layout>;

/** Where the labels, the centre line and the bars go, and the one scale both halves share. */
function layout(rows: CategoryPair[], format: (value: number) => string, width: number, barHeight: number) {
  const labelWidth = Math.max(40, ...rows.map((r) => estimateWidth(r.label, FONT_SIZE))) + 10;
  // Labels beside the bars only if that leaves the bars at least 60% of the width.
  const stacked = labelWidth > width * 0.4;
  const left = stacked ? MARGIN.left : labelWidth;
  const labelRow = stacked ? FONT_SIZE + 4 : 0;
  const rowHeight = barHeight + labelRow;
  const pad = Math.max(...rows.flatMap((r) => [r.a, r.b]).map((v) => estimateWidth(format(v), VALUE_SIZE))) + 6;
  const mid = (left + width - MARGIN.right) / 2;
  const height = MARGIN.top + HEAD + rows.length * rowHeight + MARGIN.bottom;
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.key))
    .range([MARGIN.top + HEAD, height - MARGIN.bottom]);
  const inner = barHeight * 0.75;
  // One scale for both halves: the distance from the centre line is the value, on either side.
  const len = scaleLinear()
    .domain([0, Math.max(1e-9, ...rows.flatMap((r) => [r.a, r.b]))])
    .range([0, Math.max(0, Math.min(mid - left, width - MARGIN.right - mid) - pad)]);
  return {
    width,
    height,
    stacked,
    left,
    mid,
    barHeight,
    labelRow,
    y,
    top: (r: CategoryPair) => y(r.key)! + labelRow,
    inner,
    offset: (barHeight - inner) / 2,
    len,
  };
}

/** A row per category: its label, the centre line, the two bars and their numbers. */
function drawRows(rowsG: Selection<SVGGElement, unknown, null, undefined>, rows: CategoryPair[], l: Layout, format: (value: number) => string): void {
  const { stacked, left, mid, barHeight, labelRow, y, top, inner, offset, len } = l;
  rowsG
    .selectAll<SVGGElement, CategoryPair>('g.row')
    .data(rows, (r) => r.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'row');
      g.append('text').attr('class', 'label').attr('dy', '0.35em');
      // The centre line, row by row: one line down the chart would strike through labels set over their rows.
      g.append('line').attr('class', 'centre');
      g.append('rect').attr('class', 'bar side-a');
      g.append('rect').attr('class', 'bar side-b');
      g.append('text').attr('class', 'value side-a').attr('dy', '0.35em').attr('text-anchor', 'end');
      g.append('text').attr('class', 'value side-b').attr('dy', '0.35em').attr('text-anchor', 'start');
      return g;
    })
    .call((g) =>
      g
        .select('text.label')
        .attr('x', stacked ? mid : left - 6)
        .attr('y', (r) => (stacked ? y(r.key)! + labelRow / 2 + 1 : top(r) + barHeight / 2))
        .attr('text-anchor', stacked ? 'middle' : 'end')
        .text((r) => r.label),
    )
    .call((g) =>
      g
        .select('line.centre')
        .attr('x1', mid)
        .attr('x2', mid)
        .attr('y1', (r) => top(r))
        .attr('y2', (r) => top(r) + barHeight),
    )
    .call((g) =>
      g
        .select('rect.side-a')
        .attr('x', (r) => mid - len(r.a))
        .attr('y', (r) => top(r) + offset)
        .attr('height', inner)
        .attr('width', (r) => len(r.a)),
    )
    .call((g) =>
      g
        .select('rect.side-b')
        .attr('x', mid)
        .attr('y', (r) => top(r) + offset)
        .attr('height', inner)
        .attr('width', (r) => len(r.b)),
    )
    .call((g) =>
      g
        .select('text.value.side-a')
        .attr('x', (r) => mid - len(r.a) - 3)
        .attr('y', (r) => top(r) + barHeight / 2)
        .attr('class', (r) => `value side-a${r.a > r.b ? ' more' : ''}${r.a === 0 ? ' zero' : ''}`)
        .text((r) => format(r.a)),
    )
    .call((g) =>
      g
        .select('text.value.side-b')
        .attr('x', (r) => mid + len(r.b) + 3)
        .attr('y', (r) => top(r) + barHeight / 2)
        .attr('class', (r) => `value side-b${r.b > r.a ? ' more' : ''}${r.b === 0 ? ' zero' : ''}`)
        .text((r) => format(r.b)),
    );
}

export type CategoryCompare = ReturnType<typeof createCategoryCompare>;
