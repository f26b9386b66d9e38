import { createCategoryCompare, type CategoryPair } from '../charts/category-compare.ts';
import { CATEGORIES } from '../domain/categories.ts';
import { t, tf } from '../i18n/strings.ts';
import type { Lang } from '../i18n/lang.ts';
import type { RegionComparison, RegionSide } from '../joins/compare-regions.ts';
import { h } from './dom.ts';

type Mode = 'count' | 'share';

/**
 * The comparison's categories section: a switch between counts and shares, the diverging chart, a note on what a
 * share is, and the three categories the regions differ most in. `onMode` is called when the switch changes.
 */
export function createCompareCategories(body: HTMLElement, onMode: () => void) {
  const modeGroup = h('div', { class: 'compare-mode', role: 'group' });
  const modeButtons = new Map<Mode, HTMLButtonElement>(
    (['count', 'share'] as const).map((m) => [m, h('button', { type: 'button', 'data-mode': m, 'aria-pressed': String(m === 'count') })]),
  );
  modeGroup.append(...modeButtons.values());
  const chartBox = h('div', { class: 'compare-chart' });
  const differences = h('p', { class: 'compare-differences' });
  const shareNote = h('p', { class: 'table-note', hidden: true });
  body.append(modeGroup, chartBox, shareNote, differences);
  const chart = createCategoryCompare(chartBox);
  let mode: Mode = 'count';

  function render(c: RegionComparison, names: [string, string], lang: Lang): void {
    modeGroup.setAttribute('aria-label', t(lang, 'compareMode'));
    for (const [m, b] of modeButtons) {
      b.textContent = t(lang, m === 'count' ? 'compareModeCount' : 'compareModeShare');
      b.setAttribute('aria-pressed', String(m === mode));
    }
    shareNote.textContent = t(lang, 'compareShareNote');
    shareNote.hidden = mode !== 'share';
    // A share is of the region's own tasks; a task can have several categories, so shares add up to more than 100%.
    const value = (n: number, side: RegionSide) => (mode === 'count' ? n : side.count ? (n / side.count) * 100 : 0);
    const rows = c.categories.map((d) => ({
      key: d.id,
      label: CATEGORIES.find((x) => x.id === d.id)![lang],
      a: value(d.a, c.a),
      b: value(d.b, c.b),
    }));
    chart.update({ title: t(lang, 'panelCategories'), names, rows, format: mode === 'count' ? String : (v) => `${Math.round(v)}%` });
    differences.textContent = differencesText(rows, names, mode, lang);
  }

  const onClick = (e: Event) => {
    const m = (e.target as HTMLElement).closest<HTMLElement>('[data-mode]')?.dataset.mode as Mode | undefined;
    if (!m || m === mode) return;
    mode = m;
    onMode();
  };
  modeGroup.addEventListener('click', onClick);

  return {
    render,
    destroy(): void {
      modeGroup.removeEventListener('click', onClick);
      chart.destroy();
    },
  };
}

/** The (up to) three categories with the largest difference between the regions, largest first, as a sentence. */
function differencesText(rows: CategoryPair[], names: [string, string], mode: Mode, lang: Lang): string {
  const top = rows
    .map((r) => ({ label: r.label, diff: Math.round(r.a - r.b) }))
    .filter((r) => r.diff !== 0)
    .sort((x, y) => Math.abs(y.diff) - Math.abs(x.diff))
    .slice(0, 3);
  if (!top.length) return t(lang, 'compareNoDifference');
  const listed = top.map((r) => {
    const more = tf(lang, mode === 'count' ? 'compareMoreTasks' : 'compareMorePoints', { name: names[r.diff > 0 ? 0 : 1], n: Math.abs(r.diff) });
    return tf(lang, 'compareDifference', { label: r.label, more });
  });
  return t(lang, 'compareMostDifferent') + listed.join(t(lang, 'listSeparator'));
}
