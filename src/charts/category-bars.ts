import { axisLeft } from 'd3-axis';
import { scaleBand, scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { drawingWidth } from './drawing-width.ts';
import { estimateWidth } from './text-width.ts';

export interface CategoryBar {
  /** Stable identity across updates (a category id). */
  key: string;
  /** What the reader sees, already in the interface language. */
  label: string;
  value: number;
}

export interface CategoryBarsData {
  /** Drawn top to bottom in this order. */
  bars: CategoryBar[];
  /** The chart's accessible name ("类别分布"); the numbers are appended to it. */
  title: string;
}

export interface CategoryBarsOptions {
  /** Width of the drawing in SVG units; the SVG scales to its box. @default the box's width when drawn, else 372 */
  width?: number;
  /** Height of one bar's row. @default 20 */
  rowHeight?: number;
}

const FONT_SIZE = 12;
const MARGIN = { top: 4, right: 34, bottom: 4 };

/**
 * Horizontal bars of tasks per category, each labelled with its number. The SVG's accessible name lists every
 * bar, so a screen reader hears the same numbers a sighted reader sees.
 *
 * @example
 * const chart = createCategoryBars(el);
 * chart.update({ title: '类别分布', bars: [{ key: 'hukou', label: '户籍与市民化', value: 3 }] });
 */
export function createCategoryBars(el: HTMLElement, opts: CategoryBarsOptions = {}) {
  const rowHeight = opts.rowHeight ?? 20;
  const svg = select(el)
    .append('svg')
    .attr('class', 'category-bars')
    .attr('role', 'img')
    .attr('width', '100%')
    .attr('font-size', FONT_SIZE);
  const title = svg.append('title');
  const axisG = svg.append('g').attr('class', 'axis');
  const barsG = svg.append('g').attr('class', 'bars');

  function update(data: CategoryBarsData): void {
    const width = drawingWidth(el, opts.width);
    const { bars } = data;
    const left = Math.min(width * 0.5, Math.max(40, ...bars.map((b) => estimateWidth(b.label, FONT_SIZE))) + 10);
    const height = MARGIN.top + MARGIN.bottom + bars.length * rowHeight;
    const name = `${data.title}: ${bars.map((b) => `${b.label} ${b.value}`).join('; ')}`;
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('aria-label', name);
    title.text(name);

    const y = scaleBand<string>()
      .domain(bars.map((b) => b.key))
      .range([MARGIN.top, height - MARGIN.bottom])
      .padding(0.2);
    const x = scaleLinear()
      .domain([0, Math.max(1, ...bars.map((b) => b.value))])
      .range([left, width - MARGIN.right]);
    const labelOf = new Map(bars.map((b) => [b.key, b.label]));

    axisG
      .attr('transform', `translate(${left},0)`)
      .call(axisLeft(y).tickSize(0).tickPadding(6).tickFormat((k) => labelOf.get(k) ?? k))
      .call((g) => g.select('.domain').attr('stroke', 'currentColor').attr('stroke-opacity', 0.3))
      .call((g) => g.selectAll('text').attr('font-size', FONT_SIZE));

    barsG
      .selectAll<SVGGElement, CategoryBar>('g.bar')
      .data(bars, (b) => b.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'bar');
        g.append('rect');
        g.append('text').attr('class', 'value').attr('dy', '0.35em').attr('dx', 4);
        return g;
      })
      .call((g) =>
        g
          .select('rect')
          .attr('x', left)
          .attr('y', (b) => y(b.key)!)
          .attr('height', y.bandwidth())
          .attr('width', (b) => Math.max(0, x(b.value) - left)),
      )
      .call((g) =>
        g
          .select('text')
          .attr('x', (b) => x(b.value))
          .attr('y', (b) => y(b.key)! + y.bandwidth() / 2)
          .text((b) => String(b.value)),
      );
  }

  function destroy(): void {
    svg.remove();
  }

  return { update, destroy };
}

export type CategoryBars = ReturnType<typeof createCategoryBars>;
