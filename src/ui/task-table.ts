import { shallow } from 'zustand/vanilla/shallow';
import { isFiltered } from '../domain/filters.ts';
import type { GeometryOf } from '../export/regions-geojson.ts';
import { t } from '../i18n/strings.ts';
import { tableRows } from '../joins/table-rows.ts';
import { memoLast } from '../lib/memo.ts';
import { taskIndex } from '../joins/task-index.ts';
import { selectKept } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { h } from './dom.ts';
import { createTableBody } from './task-table-body.ts';
import { COLUMNS } from './task-table-columns.ts';
import { createTableHead } from './task-table-head.ts';
import { listenTableInput } from './task-table-input.ts';
import { columnKeys, nextSort, sortRows, type SortState } from './task-table-sort.ts';
import { createTableToolbar } from './task-table-toolbar.ts';

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
  const toolbar = createTableToolbar(store, { id: `task-table-${nextId++}-title`, rows: () => body.order(), geometryOf: opts.geometryOf ?? null });
  const heading = toolbar.heading;
  const head = createTableHead();
  const tbody = h('tbody', {});
  const table = h('table', { class: 'task-grid', 'aria-labelledby': heading.id }, head.colgroup, head.thead, tbody);
  const scroller = h('div', { class: 'task-table-scroll', tabindex: -1 }, table);
  const empty = h('p', { class: 'task-table-empty', hidden: true });
  el.replaceChildren(toolbar.el, scroller, empty);
  el.setAttribute('aria-labelledby', heading.id);
  const body = createTableBody(scroller, tbody, { renderAllUpTo: opts.renderAllUpTo });

  let sort: SortState | null = null;
  /** The rows the filters and the region keep, in the table's own order; sorted as the headers say on display. */
  let rows: Uint32Array = new Uint32Array(0);
  const rowsOf = memoLast(tableRows);

  /** The whole table for the state: headers, counts, rows. Skipped while the table is closed. */
  function render(s: AppState): void {
    el.hidden = !s.table;
    if (!s.table) return;
    const lang = s.lang;
    el.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    head.localize(lang);
    head.render(sort, lang);
    const kept = selectKept(s);
    if (!s.data || !kept) {
      toolbar.render(s, null);
      empty.hidden = true;
      rows = new Uint32Array(0);
      setRows(rows);
      return;
    }
    body.useContext(s.data, lang);
    rows = rowsOf(s.data.table, kept, s.selected, s.expandComposites);
    toolbar.render(s, rows.length);
    const filtered = isFiltered(s.filters);
    empty.hidden = rows.length > 0;
    empty.textContent = rows.length ? '' : t(lang, filtered ? 'panelNoTasks' : 'panelNoTasksAtAll');
    body.setActive(s.activeTask ? taskIndex(s.data.table, s.activeTask) : undefined);
    setRows(rows);
  }

  /** Sorts `base` as the headers say and renders it. */
  function setRows(base: Uint32Array): void {
    const ctx = body.context();
    const keys = sort && ctx ? columnKeys(COLUMNS.find((c) => c.id === sort!.column)!, ctx) : null;
    body.setOrder(sortRows(base, keys, sort?.direction ?? null));
  }

  const onSort = (e: MouseEvent) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button.sort');
    if (!button) return;
    sort = nextSort(sort, button.dataset.column as SortState['column']);
    head.render(sort, store.getState().lang);
    // A new order is read from its top.
    scroller.scrollTop = 0;
    setRows(rows);
  };
  const stopInput = listenTableInput({ store, scroller, tbody, body });
  head.thead.addEventListener('click', onSort);

  render(store.getState());
  const unsubscribe = store.subscribe(
    (s) => [s.table, s.data, selectKept(s), s.selected, s.expandComposites, s.lang, s.activeTask] as const,
    (now, before) => {
      const s = store.getState();
      const onlyPick = now.every((x, i) => i === 6 || x === before[i]);
      if (!onlyPick) return render(s);
      if (!s.table || !s.data) return;
      // A pick, from here or elsewhere (the region panel): mark it, and bring it into view if it is listed.
      const active = s.activeTask ? taskIndex(s.data.table, s.activeTask) : undefined;
      body.markActive(active);
      if (active !== undefined && body.positionOf(active) >= 0 && !el.contains(document.activeElement)) body.ensureVisible(body.positionOf(active));
    },
    { equalityFn: shallow },
  );

  return {
    destroy() {
      unsubscribe();
      stopInput();
      head.thead.removeEventListener('click', onSort);
      toolbar.destroy();
      body.destroy();
      el.removeAttribute('aria-labelledby');
      el.replaceChildren();
      el.hidden = true;
    },
  };
}
