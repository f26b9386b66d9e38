import { indicatorCode, loadIndicatorCode } from '../metrics/indicator-loader.ts';
import type { AppStore } from '../store.ts';

/**
 * Loads the indicator view's code when an indicator is first chosen (a click, a link, an embedding page), then has
 * every subscriber look again: until it is in, the map shows task counts, and the selectors that read it
 * (selectMapMetric) answer differently only once it is.
 */
export function createIndicatorLoading(store: AppStore): () => void {
  const load = (id: string | null) => {
    if (id === null || indicatorCode()) return;
    // An empty update: the state is unchanged, but selectors now find the code and the map redraws with it.
    void loadIndicatorCode().then(() => store.setState({}));
  };
  load(store.getState().indicator);
  return store.subscribe((s) => s.indicator, load);
}
