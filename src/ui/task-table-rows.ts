import { t } from '../i18n/strings.ts';
import { h } from './dom.ts';
import { COLUMNS, type ColumnContext } from './task-table-columns.ts';

/** Task `k`'s row: a cell per column, and a "show on map" button. */
export function makeRow(k: number, c: ColumnContext): HTMLTableRowElement {
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

/** Gives the row and its button the tab stop or not, and marks the picked task's row. */
export function markRow(tr: HTMLTableRowElement, isCursor: boolean, isActive: boolean): void {
  tr.tabIndex = isCursor ? 0 : -1;
  (tr.lastElementChild!.firstElementChild as HTMLElement).tabIndex = isCursor ? 0 : -1;
  if (isActive) tr.setAttribute('aria-current', 'true');
  else tr.removeAttribute('aria-current');
}
