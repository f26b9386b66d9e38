import type { CompositeKind } from '../domain/region.ts';
import { t, tf, type StringKey } from '../i18n/strings.ts';
import type { Lang } from '../i18n/lang.ts';
import type { RegionDetail } from '../joins/region-detail.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { createComparePicker } from './compare-picker.ts';
import { h } from './dom.ts';

const KIND_KEY: Record<CompositeKind, StringKey> = {
  cluster: 'kindCluster',
  metro: 'kindMetro',
  zone: 'kindZone',
  pilot: 'kindPilot',
  group: 'kindGroup',
  region: 'kindRegion',
};

/**
 * The region panel's header: the region's names (the heading focus lands on), the kind of a composite region,
 * the count of its tasks, the 对比… button and ×; and the compare picker's row, shown under it.
 */
export function createPanelHead(id: string, store: AppStore) {
  const heading = h('h2', { id: `${id}-title`, class: 'panel-title', tabindex: -1 });
  const kind = h('p', { class: 'panel-kind' });
  const count = h('p', { class: 'panel-count', 'aria-live': 'polite' });
  const close = h('button', { type: 'button', class: 'panel-close' }, '×');
  const compare = createComparePicker(store);
  const el = h('header', { class: 'panel-head' }, h('div', { class: 'panel-head-text' }, heading, kind, count), compare.button, close);

  return {
    el,
    row: compare.row,
    heading,
    close,
    /** Names the region `selected` in the interface language (its key, while the data loads or if unknown). */
    render(s: AppState, selected: string): void {
      const { data, lang } = s;
      close.setAttribute('aria-label', t(lang, 'close'));
      close.title = t(lang, 'close');
      compare.render(s);
      const names = data?.names;
      heading.textContent = names?.has(selected) ? names.both(selected, lang) : data ? `${t(lang, 'unknownRegion')} ${selected}` : selected;
      const composite = names?.composite(selected);
      kind.textContent = composite ? t(lang, KIND_KEY[composite.kind]) : '';
      kind.hidden = !composite;
    },
    /** The count of tasks (of how many, when filtered); "loading" without a detail. */
    showCount(detail: RegionDetail | null, filtered: boolean, lang: Lang): void {
      if (!detail) {
        count.textContent = t(lang, 'loading');
        return;
      }
      count.textContent = filtered
        ? tf(lang, 'panelCountFiltered', { n: detail.count, total: detail.total })
        : tf(lang, detail.count === 1 ? 'panelCountOne' : 'panelCount', { n: detail.count });
      count.classList.toggle('filtered', filtered);
    },
    destroy: () => compare.destroy(),
  };
}
