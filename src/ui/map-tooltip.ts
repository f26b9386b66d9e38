import { CATEGORIES } from '../domain/categories.ts';
import { t } from '../i18n/strings.ts';
import { CATEGORY_COUNT } from '../joins/region-counts.ts';
import { selectMapMetric } from '../state/map-metric.ts';
import { selectCounts, selectTotals } from '../state/selectors.ts';
import type { AppStore } from '../state/store.ts';
import { fill, h } from './dom.ts';
import { indicatorTooltip } from './indicator-tooltip.ts';

/** The hover card: both names, the task count under the filters, the top three categories. */
export function createMapTooltip(el: HTMLElement, store: AppStore) {
  return {
    show(info: { key: string; x: number; y: number } | null) {
      const s = store.getState();
      const totals = selectTotals(s);
      if (!info || !s.regions || !totals) {
        el.hidden = true;
        return;
      }
      const n = totals.tasksOf(info.key);
      // Categories come with the tasks; the first map may be drawn from the summary before they are in.
      const counts = selectCounts(s);
      const r = s.data?.table.regionIndex.get(info.key);
      const top =
        r === undefined || !counts
          ? []
          : CATEGORIES.map((c, i) => ({ label: c[s.lang], n: counts.byCategory[r * CATEGORY_COUNT + i]! }))
              .filter((c) => c.n > 0)
              .sort((a, b) => b.n - a.n)
              .slice(0, 3);
      // A metric other than task counts (the cascade view) says what it shows for the region too.
      const metric = selectMapMetric(s);
      const at = metric?.describe ? metric.levelValues.keys.indexOf(info.key) : -1;
      fill(
        el,
        h('strong', {}, s.regions.names.both(info.key, s.lang)),
        at >= 0 ? h('div', { class: 'tooltip-metric' }, metric!.describe!(metric!.levelValues.values[at]!)) : null,
        h('div', {}, `${n} ${t(s.lang, n === 1 ? 'task' : 'tasks')}`),
        top.length ? h('div', { class: 'tooltip-cats' }, `${t(s.lang, 'topCategories')}: ${top.map((c) => `${c.label} ${c.n}`).join(' · ')}`) : null,
        s.indicator ? indicatorTooltip(s, info.key) : null,
      );
      el.hidden = false;
      const box = el.parentElement!.getBoundingClientRect();
      // Keep the card inside the map, flipping to the left/top near the far edges.
      const x = info.x + 14 + el.offsetWidth > box.width ? info.x - el.offsetWidth - 14 : info.x + 14;
      const y = info.y + 14 + el.offsetHeight > box.height ? info.y - el.offsetHeight - 14 : info.y + 14;
      el.style.left = `${Math.max(0, x)}px`;
      el.style.top = `${Math.max(0, y)}px`;
    },
  };
}
