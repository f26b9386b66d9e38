import type { AtlasData } from '../../src/joins/atlas-data.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { createTaskTable, type TaskTableOptions } from '../../src/ui/task-table.ts';

export interface MountedTable {
  store: AppStore;
  el: HTMLElement;
  table: ReturnType<typeof createTaskTable>;
}

/** A fresh page with the table's <section>, a store holding `data` with the table open; `before` runs first. */
export function mountTable(data: AtlasData, before?: (store: AppStore) => void, opts?: TaskTableOptions): MountedTable {
  document.body.replaceChildren();
  const el = document.createElement('section');
  el.className = 'task-table';
  el.hidden = true;
  document.body.append(el);
  const store = createAppStore();
  store.getState().setData(data);
  store.getState().setTable(true);
  before?.(store);
  const table = createTaskTable(el, store, opts);
  return { store, el, table };
}

/** Task ids of the rendered rows, top to bottom. */
export const rowIds = (el: ParentNode) => [...el.querySelectorAll('tbody tr.task-row')].map((tr) => tr.getAttribute('data-task-id')!);

/** The text of one column's cells, top to bottom. */
export const columnTexts = (el: ParentNode, column: string) => [...el.querySelectorAll(`tbody td.col-${column}`)].map((td) => td.textContent ?? '');

export const header = (el: ParentNode, column: string) => el.querySelector<HTMLTableCellElement>(`th[data-column="${column}"]`)!;
export const clickHeader = (el: ParentNode, column: string) => header(el, column).querySelector('button')!.click();

export function key(target: Element, k: string): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
}
