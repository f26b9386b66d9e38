import { selectMapMetric, type LegendEntry } from '../state/map-metric.ts';
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

/** An entry's mark: a swatch, a circle as large as the map draws it, or a ring. */
function mark(e: LegendEntry): HTMLElement {
  if (!e.shape || e.shape === 'swatch') return swatch(e.color);
  const el = h('span', { class: `legend-symbol legend-${e.shape}`, 'aria-hidden': 'true' });
  const size = `${Math.round(e.size ?? 12)}px`;
  el.style.width = el.style.height = size;
  if (e.shape === 'circle') el.style.background = e.color;
  else el.style.borderColor = e.color;
  return el;
}

export interface LegendOptions {
  /** What a legend's button does (the metric names them: the indicator's cross-level table). */
  onAction?: (id: string, button: HTMLButtonElement) => void;
}

function clearButton(text: string, onClick: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'legend-clear' }, text);
  button.addEventListener('click', onClick);
  return button;
}

/** The map's legend (whatever the fill shows: selectMapMetric) and the filter it reflects; redrawn when either changes. */
export function createLegend(el: HTMLElement, store: AppStore, opts: LegendOptions = {}): { destroy(): void } {
  const action = (a: { id: string; label: string }) => {
    const b = h('button', { type: 'button', class: `legend-action ${a.id}`, 'aria-haspopup': 'dialog' }, a.label);
    b.addEventListener('click', () => opts.onAction?.(a.id, b));
    return b;
  };
  const render = (s: AppState) => {
    const metric = selectMapMetric(s);
    if (!metric) return fill(el);
    const { legend } = metric;
    fill(
      el,
      h('h2', {}, legend.title),
      legend.message ? h('p', { class: 'legend-message' }, legend.message) : null,
      legend.entries.length ? h('ul', { class: 'legend-classes', role: 'list' }, ...legend.entries.map((e) => h('li', {}, mark(e), e.label))) : null,
      ...(legend.notes ?? []).map((n) => h('p', { class: 'legend-note' }, n)),
      legend.note ? h('p', { class: 'legend-note' }, legend.note) : null,
      opts.onAction && legend.actions?.length ? h('p', { class: 'legend-actions' }, ...legend.actions.map(action)) : null,
      h('p', { class: 'filter-note' }, filterSummary(s.filters, s.lang)),
      metric.id === 'cascade' ? clearButton(t(s.lang, 'cascadeClear'), () => store.getState().setCascade(null)) : null,
      metric.id === 'indicator' ? clearButton(t(s.lang, 'indicatorClearLabel'), () => store.getState().setIndicator(null)) : null,
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
