import { t } from '../i18n/strings.ts';
import { classLabels } from '../view/choropleth-classes.ts';
import { selectLevelValues } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { filterSummary } from '../view/filter-summary.ts';
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
