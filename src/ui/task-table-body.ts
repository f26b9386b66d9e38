import type { Lang } from '../i18n/lang.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import { documentShortNames } from '../view/document-names.ts';
import { COLUMNS, type ColumnContext } from './task-table-columns.ts';
import { makeRow, markRow } from './task-table-rows.ts';
import { createVirtualRows } from './virtual-rows.ts';

export type TableBody = ReturnType<typeof createTableBody>;

/**
 * The table's rows in their order, virtualised (src/ui/virtual-rows.ts), with the roving tab stop (the cursor)
 * and the picked task's mark. Rows are made once per task while the data and language stay the same.
 */
export function createTableBody(scroller: HTMLElement, tbody: HTMLTableSectionElement, opts: { renderAllUpTo?: number }) {
  let ctx: ColumnContext | null = null;
  let order: Uint32Array = new Uint32Array(0);
  /** Rows by task index, for the rows in view: reused while the content they show stays the same. */
  let cache = new Map<number, HTMLTableRowElement>();
  /** The task whose row takes the tab stop (an index into the table), so the stop survives re-sorting. */
  let cursorTask = -1;
  let active: number | undefined;

  const mark = (tr: HTMLTableRowElement, k: number) => markRow(tr, k === cursorTask, k === active);
  const remark = (k: number | undefined) => {
    const tr = k === undefined ? undefined : cache.get(k);
    if (tr) mark(tr, k!);
  };

  const virtualRows = createVirtualRows(scroller, tbody, {
    columns: COLUMNS.length + 1,
    renderAllUpTo: opts.renderAllUpTo,
    rows: (start, end, firstVisible) => {
      const next = new Map<number, HTMLTableRowElement>();
      const out: HTMLTableRowElement[] = [];
      // The tab stop's row scrolled out of the DOM (a wheel, a scrollbar drag): the stop moves to the top row in
      // view, so Tab into the table lands where one is looking, and the table never loses its tab stop.
      if (end > start && (cursorTask < 0 || !inWindow(order, cursorTask, start, end))) cursorTask = order[firstVisible]!;
      for (let pos = start; pos < end; pos++) {
        const k = order[pos]!;
        const tr = cache.get(k) ?? makeRow(k, ctx!);
        mark(tr, k);
        next.set(k, tr);
        out.push(tr);
      }
      cache = next;
      return out;
    },
  });

  /** Moves the tab stop to task `k`, unmarking the row that had it. */
  function setCursor(k: number): void {
    const previous = cursorTask;
    cursorTask = k;
    remark(previous);
  }

  return {
    /** The rows' order: task indexes, top to bottom. */
    order: () => order,
    context: () => ctx,
    cursorTask: () => cursorTask,
    positionOf: (k: number) => order.indexOf(k),
    /** Rows that make a page, for PageUp and PageDown. */
    page: () => Math.max(1, Math.floor(scroller.clientHeight / virtualRows.rowHeight) - 2),
    ensureVisible: (pos: number) => virtualRows.ensureVisible(pos),
    /** The cell context for `data` in `lang`; a new one (and new rows) only when either changed. */
    useContext(data: AtlasData, lang: Lang): ColumnContext {
      if (!ctx || ctx.table !== data.table || ctx.lang !== lang) {
        ctx = { table: data.table, names: data.names, lang, docNames: documentShortNames(data.table, data.names, lang) };
        cache.clear();
      }
      return ctx;
    },
    /** The picked task, marked at the next render. */
    setActive(k: number | undefined): void {
      active = k;
    },
    /** The picked task, marked now (and the last one unmarked) where their rows are rendered. */
    markActive(k: number | undefined): void {
      const previous = active;
      active = k;
      for (const x of [previous, active]) remark(x);
    },
    /** Renders the rows in `next` order; the tab stop stays on its task if that is still listed. */
    setOrder(next: Uint32Array): void {
      order = next;
      if (order.indexOf(cursorTask) < 0) cursorTask = order.length ? order[0]! : -1;
      virtualRows.setCount(order.length);
    },
    /** Moves the tab stop to the row at `pos` (kept in range), scrolls it into view and focuses it. */
    moveCursor(pos: number): void {
      if (!order.length) return;
      const p = Math.max(0, Math.min(order.length - 1, pos));
      setCursor(order[p]!);
      virtualRows.ensureVisible(p);
      const tr = virtualRows.rowAt(p);
      if (tr) {
        mark(tr, cursorTask);
        tr.focus({ preventScroll: true });
      }
    },
    /** Moves the tab stop to a row that was clicked. */
    cursorTo(tr: HTMLTableRowElement, k: number): void {
      setCursor(k);
      mark(tr, k);
    },
    destroy: () => virtualRows.destroy(),
  };
}

/** Whether task `k` is at one of the positions [start, end) of `order`. */
function inWindow(order: Uint32Array, k: number, start: number, end: number): boolean {
  for (let pos = start; pos < end; pos++) if (order[pos] === k) return true;
  return false;
}
