import { selectMapMetric } from '../state/map-metric.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { t } from '../i18n/strings.ts';
import { filterSummary } from '../view/filter-summary.ts';
import { fill, h } from './dom.ts';

/** A colour swatch; set through the CSSOM, which the page's Content Security Policy allows (a style attribute it does not). */
export function swatch(color: string): HTMLElement {
  const el = h('span', { class: 'swatch' });
  el.style.background = color;
  return el;
}

function clearButton(text: string, onClick: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'legend-clear' }, text);
  button.addEventListener('click', onClick);
  return button;
}

/** The map's legend (whatever the fill shows: selectMapMetric) and the filter it reflects; redrawn when either changes. */
export function createLegend(el: HTMLElement, store: AppStore): { destroy(): void } {
  const render = (s: AppState) => {
    const metric = selectMapMetric(s);
    if (!metric) return fill(el);
    fill(
      el,
      h('h2', {}, metric.legend.title),
      h('ul', { class: 'legend-classes', role: 'list' }, ...metric.legend.entries.map((e) => h('li', {}, swatch(e.color), e.label))),
      metric.legend.note ? h('p', { class: 'legend-note' }, metric.legend.note) : null,
      h('p', { class: 'filter-note' }, filterSummary(s.filters, s.lang)),
      metric.id === 'cascade' ? clearButton(t(s.lang, 'cascadeClear'), () => store.getState().setCascade(null)) : null,
    );
  };
  render(store.getState());
  const unsub = store.subscribe(
    (s) => [selectMapMetric(s), s.filters, s.lang] as const,
    () => render(store.getState()),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
  return { destroy: unsub };
}
