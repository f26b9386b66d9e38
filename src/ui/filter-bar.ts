import { CATEGORY_IDS } from '../domain/categories.ts';
import { isFiltered, type Filters } from '../domain/filters.ts';
import { t } from '../i18n/strings.ts';
import { filterTasks } from '../joins/filter-tasks.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import { selectFilterLinks } from '../state/cascade-selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import type { Lang } from '../i18n/lang.ts';
import { fill, h } from './dom.ts';
import { filterSummary } from '../view/filter-summary.ts';
import { buildFilterControls, syncFilterControls, type FilterControls } from './filter-bar-controls.ts';

/** Tasks per category under every other filter: how many a click on that category would show. */
function categoryCounts(data: AtlasData, f: Filters, links: Uint8Array | null): number[] {
  const { mask } = filterTasks(data.table, { ...f, categories: [] }, links);
  const out = new Array<number>(CATEGORY_IDS.length).fill(0);
  for (let k = 0; k < data.table.size; k++) {
    if (!mask[k]) continue;
    for (let b = data.table.categoryBits[k]!, c = 0; b; b >>= 1, c++) if (b & 1) out[c]!++;
  }
  return out;
}

/**
 * The analysts' filters: categories with counts, documents, issuing levels, departments, quantitative targets,
 * deadline years and free text; the active ones always listed with a button to clear them.
 */
export function createFilterBar(el: HTMLElement, store: AppStore): { destroy(): void } {
  const active = h('div', { class: 'active-filters', role: 'status' });
  const body = h('div', { class: 'filter-body' });
  fill(el, active, body);
  let built: { lang: Lang; data: AtlasData; controls: FilterControls } | null = null;

  const sync = (s: AppState) => {
    if (!s.data) return;
    if (!built || built.lang !== s.lang || built.data !== s.data) {
      const { controls, fieldsets } = buildFilterControls(store, s.lang, s.data);
      fill(body, ...fieldsets);
      built = { lang: s.lang, data: s.data, controls };
    }
    const f = s.filters;
    syncFilterControls(built.controls, f, categoryCounts(s.data, f, selectFilterLinks(s)));
    const clear = h('button', { type: 'button', class: 'clear', disabled: !isFiltered(f) }, t(s.lang, 'clearFilters'));
    clear.addEventListener('click', () => store.getState().clearFilters());
    fill(active, h('span', { class: 'summary' }, filterSummary(f, s.lang)), clear);
  };

  sync(store.getState());
  const unsub = store.subscribe(
    (s) => [s.data, s.filters, s.lang, selectFilterLinks(s)] as const,
    () => sync(store.getState()),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] },
  );
  return { destroy: unsub };
}
