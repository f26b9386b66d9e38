import { rowWindow, type RowWindow } from '../lib/virtual-window.ts';

export interface VirtualRowsOptions {
  /** Height of one row in px; measured from the first rendered row when the page lays out. @default 30 */
  rowHeight?: number;
  /** Up to this many rows, all are in the DOM. @default 500 */
  renderAllUpTo?: number;
  /** @default 10 */
  overscan?: number;
  /** Number of columns, for the spacer rows' single cell. */
  columns: number;
  /**
   * The row elements for positions [start, end), in order. Called on every render; reuse elements where you can.
   * `firstVisible` is the position of the top row in view (under the header).
   */
  rows(start: number, end: number, firstVisible: number): HTMLTableRowElement[];
}

export interface VirtualRows {
  /** Sets the number of rows and renders. */
  setCount(count: number): void;
  /** Renders the rows the scroll position shows (after the rows' content changed, say). */
  refresh(): void;
  /** Scrolls the least needed to show the row at `pos` below the sticky header, and renders. */
  ensureVisible(pos: number): void;
  /** The rendered row at `pos`, or null if it is outside the window. */
  rowAt(pos: number): HTMLTableRowElement | null;
  readonly window: RowWindow;
  /** Height of one row in px, as measured. */
  readonly rowHeight: number;
  /** True when only a window of the rows is in the DOM. */
  readonly virtual: boolean;
  destroy(): void;
}

/**
 * A table body that puts in the DOM only the rows its scroll container shows (plus some either side), with two
 * spacer rows standing in for the height of the rest, so the scrollbar is true to the whole list. Rows have one
 * fixed height; cells must not wrap (the CSS cuts them).
 *
 * Below `renderAllUpTo` rows every row is rendered and the table is an ordinary one. Above it, the table gets
 * aria-rowcount and each row aria-rowindex (1 is the header row), so a screen reader says "row 5,002 of 10,001"
 * for the rows it can reach.
 *
 * Focus survives a render: a focused row that stays is moved, not rebuilt; one that scrolls out hands focus to
 * the scroll container, from where the arrow keys continue.
 */
export function createVirtualRows(scroller: HTMLElement, tbody: HTMLTableSectionElement, opts: VirtualRowsOptions): VirtualRows {
  const table = tbody.closest('table');
  const renderAllUpTo = opts.renderAllUpTo ?? 500;
  let rowHeight = opts.rowHeight ?? 30;
  let measured = false;
  let count = 0;
  let win: RowWindow = { start: 0, end: 0 };
  let rendered: HTMLTableRowElement[] = [];
  const top = spacerRow(opts.columns);
  const bottom = spacerRow(opts.columns);
  const headerHeight = () => tbody.parentElement?.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  // Before layout (a hidden table, a test DOM) the container has no height: assume a screenful.
  const viewport = () => scroller.clientHeight || 800;
  const windowNow = () => rowWindow({ count, rowHeight, scrollTop: scroller.scrollTop, viewport: viewport(), overscan: opts.overscan ?? 10, renderAllUpTo });

  function render(): void {
    const virtual = count > renderAllUpTo;
    win = windowNow();
    const firstVisible = Math.max(win.start, Math.min(win.end - 1, Math.floor(scroller.scrollTop / rowHeight)));
    rendered = opts.rows(win.start, win.end, firstVisible);
    top.style.height = `${win.start * rowHeight}px`;
    bottom.style.height = `${(count - win.end) * rowHeight}px`;
    const want: HTMLTableRowElement[] = [...(win.start > 0 ? [top] : []), ...rendered, ...(win.end < count ? [bottom] : [])];
    numberRows(table, rendered, virtual ? { start: win.start, count } : null);
    reconcile(tbody, want, scroller);
    measure();
  }

  /** The CSS decides the real row height; read it once it is laid out, and re-render if the guess was off. */
  function measure(): void {
    if (measured || !rendered.length) return;
    const h = rendered[0]!.getBoundingClientRect().height;
    if (!h) return;
    measured = true;
    if (Math.abs(h - rowHeight) > 0.5) {
      rowHeight = h;
      render();
    }
  }

  function ensureVisible(pos: number): void {
    if (pos < 0 || pos >= count) return;
    const y = pos * rowHeight;
    const room = viewport() - headerHeight();
    if (y < scroller.scrollTop) scroller.scrollTop = y;
    else if (y + rowHeight > scroller.scrollTop + room) scroller.scrollTop = y + rowHeight - room;
    render();
  }

  const onScroll = () => {
    const next = windowNow();
    if (next.start !== win.start || next.end !== win.end) render();
  };
  scroller.addEventListener('scroll', onScroll, { passive: true });

  return {
    setCount(n) {
      count = n;
      render();
    },
    refresh: render,
    ensureVisible,
    rowAt: (pos) => (pos >= win.start && pos < win.end ? (rendered[pos - win.start] ?? null) : null),
    get window() {
      return win;
    },
    get rowHeight() {
      return rowHeight;
    },
    get virtual() {
      return count > renderAllUpTo;
    },
    destroy() {
      scroller.removeEventListener('scroll', onScroll);
      tbody.replaceChildren();
      table?.removeAttribute('aria-rowcount');
    },
  };
}

/** A row standing in for the height of the rows not rendered, hidden from screen readers. */
function spacerRow(columns: number): HTMLTableRowElement {
  const td = document.createElement('td');
  td.colSpan = columns;
  const tr = document.createElement('tr');
  tr.className = 'spacer';
  tr.setAttribute('aria-hidden', 'true');
  tr.append(td);
  return tr;
}

/** Row count and row numbers for screen readers while virtual (`at` gives the window), none otherwise. */
function numberRows(table: HTMLTableElement | null, rendered: HTMLTableRowElement[], at: { start: number; count: number } | null): void {
  if (table) {
    if (at) table.setAttribute('aria-rowcount', String(at.count + 1));
    else table.removeAttribute('aria-rowcount');
  }
  rendered.forEach((tr, i) => (at ? tr.setAttribute('aria-rowindex', String(at.start + i + 2)) : tr.removeAttribute('aria-rowindex')));
}

/** Puts `want` in the body with the fewest moves, so a focused row that stays is not taken out of the page. */
function reconcile(tbody: HTMLTableSectionElement, want: HTMLTableRowElement[], scroller: HTMLElement): void {
  const focused = document.activeElement;
  const hadFocus = focused instanceof HTMLElement && tbody.contains(focused);
  const keep = new Set<Node>(want);
  for (const child of [...tbody.children]) if (!keep.has(child)) child.remove();
  let cursor = tbody.firstChild;
  for (const tr of want) {
    if (tr === cursor) cursor = cursor.nextSibling;
    else tbody.insertBefore(tr, cursor);
  }
  if (hadFocus && document.activeElement !== focused) (focused.isConnected ? focused : scroller).focus({ preventScroll: true });
}
