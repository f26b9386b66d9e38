import { shallow } from 'zustand/vanilla/shallow';
import { isFiltered } from '../domain/filters.ts';
import type { GeometryOf } from '../export/regions-geojson.ts';
import { t } from '../i18n/strings.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import type { TaskMask } from '../joins/filter-tasks.ts';
import { tableRows } from '../joins/table-rows.ts';
import { taskIndex, taskPlaceKeys } from '../state/active-task.ts';
import { levelShowing } from '../view/navigate.ts';
import { selectKept } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { fill, h } from './dom.ts';
import { COLUMNS, documentShortNames, type ColumnContext } from './task-table-columns.ts';
import { columnKeys, nextSort, sortRows, type SortState } from './task-table-sort.ts';
import { createTableToolbar } from './task-table-toolbar.ts';
import { createVirtualRows } from './virtual-rows.ts';

export interface TaskTableOptions {
  /** Outlines for the GeoJSON export, by region code. @default none: every feature gets a null geometry */
  geometryOf?: GeometryOf | null;
  /** Up to this many rows, all are rendered; above, only the rows in view. @default 500 */
  renderAllUpTo?: number;
}

let nextId = 0;

/**
 * The analysts' table: the tasks the filters keep, or only those of the selected region, one row each; sortable
 * by any column; the screen-reader alternative to the map. Its toolbar exports the rows as CSV and the current
 * level's regions as GeoJSON.
 *
 * A real <table> (native row, column-header and sort semantics that every screen reader knows, and table
 * navigation in browse mode), not an ARIA grid: a grid would need cell-by-cell arrow navigation to be usable
 * and hides the table from browse mode. Rows are one tab stop (roving tabindex): ↑ ↓ PageUp PageDown Home End
 * move between rows, Enter or Space picks the task (the map shows its places), Escape drops the pick, Tab
 * reaches the row's "show on map" button. Thousands of rows are virtualised (src/ui/virtual-rows.ts); the
 * shipped data (143 tasks) is always rendered in full.
 */
export function createTaskTable(el: HTMLElement, store: AppStore, opts: TaskTableOptions = {}): { destroy(): void } {
  const toolbar = createTableToolbar(store, { id: `task-table-${nextId++}-title`, rows: () => order, geometryOf: opts.geometryOf ?? null });
  const heading = toolbar.heading;
  const sortButtons = COLUMNS.map((c) => h('button', { type: 'button', class: 'sort', 'data-column': c.id }));
  const headerCells = COLUMNS.map((c, i) => h('th', { scope: 'col', 'data-column': c.id }, sortButtons[i]!));
  const actionHeader = h('th', { scope: 'col', class: 'action' });
  const thead = h('thead', {}, h('tr', { 'aria-rowindex': 1 }, ...headerCells, actionHeader));
  const tbody = h('tbody', {});
  const colgroup = h('colgroup', {}, ...COLUMNS.map((c) => h('col', { style: `width:${c.width}` })), h('col', { class: 'action', style: 'width:7.5em' }));
  const table = h('table', { class: 'task-grid', 'aria-labelledby': heading.id }, colgroup, thead, tbody);
  const scroller = h('div', { class: 'task-table-scroll', tabindex: -1 }, table);
  const empty = h('p', { class: 'task-table-empty', hidden: true });
  el.replaceChildren(toolbar.el, scroller, empty);
  el.setAttribute('aria-labelledby', heading.id);

  let sort: SortState | null = null;
  let ctx: ColumnContext | null = null;
  let rows: Uint32Array = new Uint32Array(0);
  let order: Uint32Array = rows;
  /** Rows by task index, for the rows in view: reused while the content they show stays the same. */
  let cache = new Map<number, HTMLTableRowElement>();
  /** The task whose row takes the tab stop (an index into the table), so the stop survives re-sorting. */
  let cursorTask = -1;
  let active: number | undefined;
  let rowsFor: { data: AtlasData; kept: TaskMask; region: string | null; expanded: boolean } | null = null;

  const virtualRows = createVirtualRows(scroller, tbody, {
    columns: COLUMNS.length + 1,
    renderAllUpTo: opts.renderAllUpTo,
    rows: (start, end, firstVisible) => {
      const next = new Map<number, HTMLTableRowElement>();
      const out: HTMLTableRowElement[] = [];
      // The tab stop's row scrolled out of the DOM (a wheel, a scrollbar drag): the stop moves to the top row in
      // view, so Tab into the table lands where one is looking, and the table never loses its tab stop.
      if (end > start && (cursorTask < 0 || !inWindow(cursorTask, start, end))) cursorTask = order[firstVisible]!;
      for (let pos = start; pos < end; pos++) {
        const k = order[pos]!;
        const tr = cache.get(k) ?? makeRow(k);
        updateRow(tr, k);
        next.set(k, tr);
        out.push(tr);
      }
      cache = next;
      return out;
    },
  });

  function inWindow(k: number, start: number, end: number): boolean {
    for (let pos = start; pos < end; pos++) if (order[pos] === k) return true;
    return false;
  }

  function makeRow(k: number): HTMLTableRowElement {
    const c = ctx!;
    const task = c.table.tasks[k]!;
    const doc = c.table.documents[c.table.docOf[k]!]!.document;
    const cells = COLUMNS.map((col) => {
      const td = h('td', { class: `col-${col.id}` }, ...col.cell(k, c));
      // The CSS cuts long cells; the tooltip has the whole text (the document's full title for the short name).
      td.title = col.id === 'document' ? doc.title : (td.textContent ?? '');
      if (col.id === 'title' || col.id === 'departments') td.lang = 'zh-CN';
      return td;
    });
    const button = h('button', { type: 'button', class: 'row-map', tabindex: -1, 'aria-label': `${t(c.lang, 'showOnMap')}: ${task.label} ${task.title.trim()}` }, t(c.lang, 'showOnMap'));
    return h('tr', { class: 'task-row', 'data-task-id': task.id, 'data-k': k, tabindex: -1 }, ...cells, h('td', { class: 'action' }, button));
  }

  function updateRow(tr: HTMLTableRowElement, k: number): void {
    const isCursor = k === cursorTask;
    tr.tabIndex = isCursor ? 0 : -1;
    (tr.lastElementChild!.firstElementChild as HTMLElement).tabIndex = isCursor ? 0 : -1;
    if (k === active) tr.setAttribute('aria-current', 'true');
    else tr.removeAttribute('aria-current');
  }

  /** The whole table for the state: headers, counts, rows. Skipped while the table is closed. */
  function render(s: AppState): void {
    el.hidden = !s.table;
    if (!s.table) return;
    const lang = s.lang;
    el.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    actionHeader.replaceChildren(h('span', { class: 'visually-hidden' }, t(lang, 'colMap')));
    renderHeaders(lang);
    const kept = selectKept(s);
    if (!s.data || !kept) {
      toolbar.render(s, null);
      empty.hidden = true;
      rows = new Uint32Array(0);
      rowsFor = null;
      setRows(rows);
      return;
    }
    const data = s.data;
    if (!ctx || ctx.table !== data.table || ctx.lang !== lang) {
      ctx = { table: data.table, names: data.names, lang, docNames: documentShortNames(data.table, data.names, lang) };
      cache.clear();
    }
    const region = s.selected;
    const same = rowsFor && rowsFor.data === data && rowsFor.kept === kept && rowsFor.region === region && rowsFor.expanded === s.expandComposites;
    if (!same) {
      rows = tableRows(data.table, kept, region, s.expandComposites);
      rowsFor = { data, kept, region, expanded: s.expandComposites };
    }
    toolbar.render(s, rows.length);
    const filtered = isFiltered(s.filters);
    empty.hidden = rows.length > 0;
    empty.textContent = rows.length ? '' : t(lang, filtered ? 'panelNoTasks' : 'panelNoTasksAtAll');
    active = s.activeTask ? taskIndex(data.table, s.activeTask) : undefined;
    setRows(rows);
  }

  function renderHeaders(lang: AppState['lang']): void {
    COLUMNS.forEach((c, i) => {
      const dir = sort?.column === c.id ? sort.direction : null;
      if (dir) headerCells[i]!.setAttribute('aria-sort', dir);
      else headerCells[i]!.removeAttribute('aria-sort');
      fill(sortButtons[i]!, t(lang, c.header), h('span', { class: 'sort-icon', 'aria-hidden': 'true' }, dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : '↕'));
    });
  }

  /** Sorts `base` as the headers say and renders; the tab stop stays on its task if that is still listed. */
  function setRows(base: Uint32Array): void {
    const keys = sort && ctx ? columnKeys(COLUMNS.find((c) => c.id === sort!.column)!, ctx) : null;
    order = sortRows(base, keys, sort?.direction ?? null);
    if (order.indexOf(cursorTask) < 0) cursorTask = order.length ? order[0]! : -1;
    virtualRows.setCount(order.length);
  }

  const positionOf = (k: number) => order.indexOf(k);

  function moveCursor(pos: number): void {
    if (!order.length) return;
    const p = Math.max(0, Math.min(order.length - 1, pos));
    const previous = cursorTask;
    cursorTask = order[p]!;
    const old = cache.get(previous);
    if (old) updateRow(old, previous);
    virtualRows.ensureVisible(p);
    const tr = virtualRows.rowAt(p);
    if (tr) {
      updateRow(tr, cursorTask);
      tr.focus({ preventScroll: true });
    }
  }

  function pick(k: number): void {
    store.getState().pickTask(ctx!.table.tasks[k]!.id);
  }

  /** Picks the task and shows its first place: the map level that draws it, selected. */
  function showOnMap(k: number): void {
    const s = store.getState();
    if (!s.data) return;
    const key = taskPlaceKeys(s.data.table, k)[0]!;
    const { level, focus } = levelShowing(key, s.data);
    s.pickTask(s.data.table.tasks[k]!.id);
    s.setLevel(level, focus);
    s.select(key);
  }

  const rowOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLTableRowElement>('tr.task-row') : null);

  const onClick = (e: MouseEvent) => {
    const tr = rowOf(e.target);
    if (!tr) return;
    const k = Number(tr.dataset.k);
    const previous = cursorTask;
    cursorTask = k;
    const old = cache.get(previous);
    if (old) updateRow(old, previous);
    updateRow(tr, k);
    if ((e.target as Element).closest('button.row-map')) showOnMap(k);
    else pick(k);
  };

  const onKey = (e: KeyboardEvent) => {
    const tr = rowOf(e.target);
    if (!tr && e.target !== scroller) return;
    const pos = positionOf(tr ? Number(tr.dataset.k) : cursorTask);
    const page = Math.max(1, Math.floor(scroller.clientHeight / virtualRows.rowHeight) - 2);
    const moves: Record<string, number> = { ArrowDown: pos + 1, ArrowUp: pos - 1, PageDown: pos + page, PageUp: pos - page, Home: 0, End: order.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      moveCursor(moves[e.key]!);
    } else if ((e.key === 'Enter' || e.key === ' ') && tr && e.target === tr) {
      e.preventDefault();
      pick(Number(tr.dataset.k));
    } else if (e.key === 'Escape' && store.getState().activeTask !== null) {
      e.preventDefault();
      store.getState().pickTask(null);
    }
  };

  const onSort = (e: MouseEvent) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button.sort');
    if (!button) return;
    sort = nextSort(sort, button.dataset.column as SortState['column']);
    renderHeaders(store.getState().lang);
    // A new order is read from its top.
    scroller.scrollTop = 0;
    setRows(rows);
  };

  tbody.addEventListener('click', onClick);
  scroller.addEventListener('keydown', onKey);
  thead.addEventListener('click', onSort);

  render(store.getState());
  const unsubscribe = store.subscribe(
    (s) => [s.table, s.data, s.filters, s.selected, s.expandComposites, s.lang, s.activeTask] as const,
    (now, before) => {
      const s = store.getState();
      const onlyPick = now.every((x, i) => i === 6 || x === before[i]);
      if (!onlyPick) return render(s);
      if (!s.table || !s.data) return;
      // A pick, from here or elsewhere (the region panel): mark it, and bring it into view if it is listed.
      const previous = active;
      active = s.activeTask ? taskIndex(s.data.table, s.activeTask) : undefined;
      for (const k of [previous, active]) if (k !== undefined && cache.has(k)) updateRow(cache.get(k)!, k);
      if (active !== undefined && positionOf(active) >= 0 && !el.contains(document.activeElement)) virtualRows.ensureVisible(positionOf(active));
    },
    { equalityFn: shallow },
  );

  return {
    destroy() {
      unsubscribe();
      tbody.removeEventListener('click', onClick);
      scroller.removeEventListener('keydown', onKey);
      thead.removeEventListener('click', onSort);
      toolbar.destroy();
      virtualRows.destroy();
      el.removeAttribute('aria-labelledby');
      el.replaceChildren();
      el.hidden = true;
    },
  };
}
