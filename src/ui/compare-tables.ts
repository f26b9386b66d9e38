import { t, tf } from '../i18n/strings.ts';
import type { RegionComparison, UnitSummary, YearDeadlines } from '../joins/compare-regions.ts';
import { formatDeadline } from '../lib/deadline-period.ts';
import { formatQuantity } from '../lib/format-quantity.ts';
import type { Lang } from '../i18n/lang.ts';
import { h } from './dom.ts';

/** The two regions' short names, as column heads: a swatch in the colour of each side's bars. */
function sideHeads(names: readonly [string, string]): HTMLElement[] {
  return names.map((name, i) =>
    h('th', { scope: 'col', class: `side side-${i ? 'b' : 'a'}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), name),
  );
}

/** 8660 座 (a total, "合计" when more than one target went into it), or 26%–92% (a range, never a total). */
export function unitValue(u: UnitSummary, lang: Lang): { kind: 'sum' | 'range' | 'single'; text: string } {
  if (u.summable && u.sum !== null) {
    const text = formatQuantity(u.sum, u.unit, lang, u.sumMax ?? undefined);
    return u.count === 1 ? { kind: 'single', text } : { kind: 'sum', text };
  }
  return { kind: u.min === u.max ? 'single' : 'range', text: formatQuantity(u.min, u.unit, lang, u.max) };
}

function unitCell(u: UnitSummary | null, lang: Lang): HTMLElement {
  if (!u) return h('td', { class: 'side empty' }, '—');
  const v = unitValue(u, lang);
  return h(
    'td',
    { class: `side ${v.kind}` },
    h('span', { class: 'value' }, v.kind === 'single' ? null : h('span', { class: 'value-kind' }, `${t(lang, v.kind === 'sum' ? 'compareSum' : 'compareRange')} `), v.text),
    h('span', { class: 'sub' }, tf(lang, u.count === 1 ? 'compareTargetsOne' : 'compareTargets', { n: u.count })),
  );
}

/** Targets by unit, the two regions in two columns: a total where adding means something, else a range. */
export function renderUnitsTable(c: RegionComparison, names: readonly [string, string], lang: Lang): HTMLElement {
  if (!c.units.length) return h('p', { class: 'muted' }, t(lang, 'compareNoTargets'));
  return h(
    'div',
    { class: 'compare-units' },
    h(
      'table',
      { class: 'compare-table' },
      h('caption', { class: 'visually-hidden' }, t(lang, 'compareUnits')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(lang, 'colUnit')), ...sideHeads(names))),
      h(
        'tbody',
        {},
        ...c.units.map((row) =>
          h('tr', { 'data-unit': row.unit }, h('th', { scope: 'row', lang: 'zh-CN' }, row.unit || '—'), unitCell(row.a, lang), unitCell(row.b, lang)),
        ),
      ),
    ),
    h('p', { class: 'table-note' }, t(lang, 'compareUnitsNote')),
  );
}

function yearCell(y: YearDeadlines | null, scale: number, lang: Lang): HTMLElement {
  if (!y) return h('td', { class: 'side empty' }, '—');
  const parts = [
    y.targets ? tf(lang, y.targets === 1 ? 'compareTargetsOne' : 'compareTargets', { n: y.targets }) : null,
    y.milestones ? tf(lang, y.milestones === 1 ? 'compareMilestonesOne' : 'compareMilestones', { n: y.milestones }) : null,
  ].filter((p): p is string => p !== null);
  const bar = h('span', { class: 'year-bar', 'aria-hidden': 'true' });
  // A bar as long as the year's deadlines, on one scale for the whole table, so years and sides compare at a glance.
  bar.style.width = `${Math.round(((y.targets + y.milestones) / scale) * 100)}%`;
  return h(
    'td',
    { class: 'side' },
    bar,
    h('span', { class: 'value' }, parts.join(' · ')),
    y.inferred ? h('span', { class: 'sub' }, tf(lang, 'compareInferred', { n: y.inferred })) : null,
  );
}

/** Deadlines per calendar year, targets and dated commitments, the two regions in two columns. */
export function renderYearsTable(c: RegionComparison, names: readonly [string, string], lang: Lang): HTMLElement {
  const undated = c.a.undated + c.b.undated;
  if (!c.years.length && !undated) return h('p', { class: 'muted' }, t(lang, 'compareNoDeadlines'));
  const scale = Math.max(1, ...c.years.flatMap((y) => [y.a, y.b].map((x) => (x ? x.targets + x.milestones : 0))));
  const undatedCell = (n: number) =>
    h('td', { class: n ? 'side' : 'side empty' }, n ? tf(lang, n === 1 ? 'compareTargetsOne' : 'compareTargets', { n }) : '—');
  return h(
    'table',
    { class: 'compare-table compare-years' },
    h('caption', { class: 'visually-hidden' }, t(lang, 'compareYears')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(lang, 'colYear')), ...sideHeads(names))),
    h(
      'tbody',
      {},
      ...c.years.map((row) =>
        h('tr', { 'data-year': row.year }, h('th', { scope: 'row', class: 'num' }, formatDeadline(String(row.year), lang)), yearCell(row.a, scale, lang), yearCell(row.b, scale, lang)),
      ),
      undated ? h('tr', { 'data-year': 'none' }, h('th', { scope: 'row' }, t(lang, 'compareUndated')), undatedCell(c.a.undated), undatedCell(c.b.undated)) : null,
    ),
  );
}
