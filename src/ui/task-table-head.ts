import { t } from '../i18n/strings.ts';
import type { Lang } from '../i18n/lang.ts';
import { fill, h } from './dom.ts';
import { COLUMNS } from './task-table-columns.ts';
import type { SortState } from './task-table-sort.ts';

/**
 * The table's columns and header row: a sort button in each column's header (aria-sort on the sorted one), and
 * the action column's header, named for screen readers only.
 */
export function createTableHead() {
  const sortButtons = COLUMNS.map((c) => h('button', { type: 'button', class: 'sort', 'data-column': c.id }));
  const headerCells = COLUMNS.map((c, i) => h('th', { scope: 'col', 'data-column': c.id }, sortButtons[i]!));
  const actionHeader = h('th', { scope: 'col', class: 'action' });
  const thead = h('thead', {}, h('tr', { 'aria-rowindex': 1 }, ...headerCells, actionHeader));
  // Widths through the CSSOM: the page's Content Security Policy refuses style attributes.
  const col = (width: string, cls?: string) => {
    const el = h('col', { class: cls });
    el.style.width = width;
    return el;
  };
  const colgroup = h('colgroup', {}, ...COLUMNS.map((c) => col(c.width)), col('7.5em', 'action'));

  return {
    thead,
    colgroup,
    /** Names the action column in the interface language. */
    localize(lang: Lang): void {
      actionHeader.replaceChildren(h('span', { class: 'visually-hidden' }, t(lang, 'colMap')));
    },
    /** The column names, and which column is sorted which way. */
    render(sort: SortState | null, lang: Lang): void {
      COLUMNS.forEach((c, i) => {
        const dir = sort?.column === c.id ? sort.direction : null;
        if (dir) headerCells[i]!.setAttribute('aria-sort', dir);
        else headerCells[i]!.removeAttribute('aria-sort');
        fill(sortButtons[i]!, t(lang, c.header), h('span', { class: 'sort-icon', 'aria-hidden': 'true' }, dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : '↕'));
      });
    },
  };
}
