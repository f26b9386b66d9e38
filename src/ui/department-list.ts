import { t } from '../i18n/strings.ts';
import type { Lang } from '../i18n/lang.ts';
import { h } from './dom.ts';

/** The bodies named as responsible, with how many of the region's tasks name each, most first. */
export function renderDepartmentList(departments: ReadonlyArray<{ name: string; count: number }>, lang: Lang): HTMLElement {
  if (!departments.length) return h('p', { class: 'muted' }, t(lang, 'panelNoDepartments'));
  return h(
    'table',
    { class: 'department-table' },
    h('caption', { class: 'visually-hidden' }, t(lang, 'panelDepartments')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(lang, 'colDepartments')), h('th', { scope: 'col', class: 'num' }, t(lang, 'panelTaskCount')))),
    h('tbody', {}, ...departments.map((d) => h('tr', {}, h('td', { lang: 'zh-CN' }, d.name), h('td', { class: 'num' }, String(d.count))))),
  );
}
