import { CATEGORIES } from '../domain/categories.ts';
import { isFiltered, type Filters } from '../domain/filters.ts';
import { t } from '../i18n/strings.ts';
import { classLabels } from '../map/choropleth-classes.ts';
import { selectLevelValues } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import type { Lang } from '../state/view-state.ts';
import { fill, h } from './dom.ts';

/** The choropleth's classes and the filter they reflect; redrawn when either changes. */
export function createLegend(el: HTMLElement, store: AppStore): { destroy(): void } {
  const render = (s: AppState) => {
    const lv = selectLevelValues(s);
    if (!lv) return fill(el);
    const labels = classLabels(lv.classes);
    fill(
      el,
      h('h2', {}, t(s.lang, 'legendTitle')),
      h(
        'ul',
        { class: 'legend-classes', role: 'list' },
        h('li', {}, h('span', { class: 'swatch', style: `background:${lv.classes.zero}` }), t(s.lang, 'legendNone')),
        ...labels.map((label, k) => h('li', {}, h('span', { class: 'swatch', style: `background:${lv.classes.colors[k]}` }), label)),
      ),
      h('p', { class: 'filter-note' }, filterSummary(s.filters, s.lang)),
    );
  };
  render(store.getState());
  const unsub = store.subscribe(
    (s) => [selectLevelValues(s), s.filters, s.lang] as const,
    () => render(store.getState()),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
  return { destroy: unsub };
}

/** One line naming the active filters, or "all tasks". */
export function filterSummary(f: Filters, lang: Lang): string {
  if (!isFiltered(f)) return t(lang, 'noFilter');
  const parts: string[] = [];
  if (f.categories.length) parts.push(f.categories.map((id) => CATEGORIES.find((c) => c.id === id)![lang]).join(lang === 'zh' ? '、' : ', '));
  if (f.documents.length) parts.push(lang === 'zh' ? `${f.documents.length}份文件` : `${f.documents.length} document(s)`);
  if (f.levels.length) parts.push(f.levels.join('/'));
  if (f.departments.length) parts.push(f.departments.join(lang === 'zh' ? '、' : ', '));
  if (f.hasTarget) parts.push(lang === 'zh' ? '含量化目标' : 'with targets');
  if (f.years[0] !== null || f.years[1] !== null) parts.push(`${f.years[0] ?? '…'}–${f.years[1] ?? '…'}`);
  if (f.text.trim()) parts.push(`“${f.text.trim()}”`);
  return `${t(lang, 'filters')}: ${parts.join(' · ')}`;
}
