import { t } from '../i18n/strings.ts';
import type { TargetRow } from '../joins/region-detail.ts';
import { formatDeadline } from '../lib/deadline-period.ts';
import { boundMark, formatRange } from '../lib/format-quantity.ts';
import type { Lang } from '../i18n/lang.ts';
import { h } from './dom.ts';

/** The quantitative targets: value, unit, deadline (a dagger when inferred from the plan year), clause. */
export function renderTargetsTable(rows: TargetRow[], lang: Lang): HTMLElement {
  if (!rows.length) return h('p', { class: 'muted' }, t(lang, 'panelNoTargets'));
  const anyInferred = rows.some((r) => r.target.deadlineSource === 'document');
  const table = h(
    'table',
    { class: 'targets-table' },
    h('caption', { class: 'visually-hidden' }, t(lang, 'panelTargets')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'num' }, t(lang, 'colValue')),
        h('th', { scope: 'col' }, t(lang, 'colUnit')),
        h('th', { scope: 'col' }, t(lang, 'colDeadline')),
        h('th', { scope: 'col' }, t(lang, 'colTarget')),
      ),
    ),
    h('tbody', {}, ...rows.map((r) => renderRow(r, lang))),
  );
  return h('div', { class: 'targets' }, table, anyInferred ? h('p', { class: 'table-note' }, t(lang, 'panelInferredNote')) : null);
}

function renderRow({ target, task }: TargetRow, lang: Lang): HTMLTableRowElement {
  const inferred = target.deadlineSource === 'document';
  return h(
    'tr',
    { 'data-task-id': task.id },
    h('td', { class: 'num' }, `${boundMark(target)}${formatRange(target.value, target.max, lang)}`),
    h('td', { lang: 'zh-CN' }, target.unit),
    h(
      'td',
      { class: inferred ? 'deadline inferred' : 'deadline' },
      target.deadline ? formatDeadline(target.deadline, lang) : '—',
      inferred ? h('span', { 'aria-hidden': 'true', class: 'dagger' }, '†') : null,
      inferred ? h('span', { class: 'visually-hidden' }, ` (${t(lang, 'panelInferred')})`) : null,
    ),
    h('td', { class: 'clause', lang: 'zh-CN', title: `${task.label} ${task.title.trim()}` }, target.text),
  );
}
