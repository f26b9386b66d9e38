import { selectMapMetric } from '../state/map-metric.ts';
import type { AppStore } from '../state/store.ts';
import { h } from './dom.ts';

/**
 * A notice over the map when its metric has nothing to draw (an indicator no document commits to): an empty map
 * alone would read as a failure to load. Announced politely; hidden otherwise.
 */
export function createMapNotice(host: HTMLElement, store: AppStore): { destroy(): void } {
  const el = h('p', { class: 'indicator-notice', role: 'status', hidden: true });
  host.append(el);
  const render = (message: string | undefined) => {
    el.hidden = !message;
    el.textContent = message ?? '';
  };
  render(selectMapMetric(store.getState())?.legend.message);
  const unsub = store.subscribe((s) => selectMapMetric(s)?.legend.message, render);
  return {
    destroy() {
      unsub();
      el.remove();
    },
  };
}
