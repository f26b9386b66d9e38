/** The rows [start, end) to put in the DOM for a scrolled list of fixed-height rows. */
export interface RowWindow {
  start: number;
  end: number;
}

export interface WindowInput {
  count: number;
  rowHeight: number;
  /** Scroll offset of the rows' container, in px. */
  scrollTop: number;
  /** Height of the visible part, in px. */
  viewport: number;
  /** Extra rows above and below, so a fast scroll does not show blank space before the next render. @default 10 */
  overscan?: number;
  /** Up to this many rows, all of them are rendered: nothing to gain, and a complete table reads better. @default 0 */
  renderAllUpTo?: number;
}

/**
 * Which rows to render.
 * @example rowWindow({ count: 10000, rowHeight: 30, scrollTop: 3000, viewport: 300, overscan: 5 }) // { start: 95, end: 115 }
 */
export function rowWindow({ count, rowHeight, scrollTop, viewport, overscan = 10, renderAllUpTo = 0 }: WindowInput): RowWindow {
  if (count <= renderAllUpTo) return { start: 0, end: count };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + viewport) / rowHeight);
  const start = Math.min(Math.max(0, first - overscan), Math.max(0, count - 1));
  return { start, end: Math.max(start, Math.min(count, last + overscan)) };
}
