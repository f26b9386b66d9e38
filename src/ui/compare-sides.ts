import { t, tf } from '../i18n/strings.ts';
import type { Lang } from '../i18n/lang.ts';
import type { RegionComparison, RegionSide } from '../joins/compare-regions.ts';
import { h } from './dom.ts';

/** A region's column head: its swatch and name, and how many tasks it has (of how many, when filtered). */
export function renderSide(side: RegionSide, name: string, i: number, filtered: boolean, lang: Lang): HTMLElement {
  const count = filtered
    ? tf(lang, 'panelCountFiltered', { n: side.count, total: side.detail.total })
    : tf(lang, side.count === 1 ? 'panelCountOne' : 'panelCount', { n: side.count });
  return h(
    'div',
    { class: `compare-side side-${i ? 'b' : 'a'}`, 'data-key': side.key },
    h('h3', { class: 'compare-name' }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), name),
    h('p', { class: 'compare-count' }, count),
  );
}

/** How many tasks both regions count, and a list of them when there are any. */
export function renderShared(c: RegionComparison, lang: Lang): Array<HTMLElement | null> {
  const n = c.shared.length;
  return [
    h('p', { class: 'compare-shared-count' }, tf(lang, 'compareShared', { n })),
    n
      ? h(
          'details',
          {},
          h('summary', {}, t(lang, 'compareSharedList')),
          h('ul', { class: 'compare-shared-list', lang: 'zh-CN' }, ...c.shared.map((task) => h('li', { 'data-task-id': task.id }, `${task.label} ${task.title.trim()}`))),
        )
      : null,
  ];
}

/** A region's documents with the number of its tasks in each. */
export function renderDocuments(side: RegionSide, i: number, lang: Lang): HTMLElement {
  if (!side.documents.length) return h('p', { class: `muted side-${i ? 'b' : 'a'}` }, t(lang, 'panelNoTasksAtAll'));
  return h(
    'ul',
    { class: `compare-documents side-${i ? 'b' : 'a'}` },
    ...side.documents.map((d) => h('li', { 'data-document': d.id }, h('span', { lang: 'zh-CN' }, d.title), h('span', { class: 'muted' }, ` · ${tf(lang, 'compareDocTasks', { n: d.count })}`))),
  );
}
