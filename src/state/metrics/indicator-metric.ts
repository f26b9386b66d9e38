import { CHINA_CODE, ancestorsOf } from '../../domain/admin-code.ts';
import { isFiltered } from '../../domain/filters.ts';
import type { RegionNames } from '../../domain/region-names.ts';
import type { ExtractedDocument } from '../../domain/task.ts';
import type { Lang } from '../../i18n/lang.ts';
import { t, tf } from '../../i18n/strings.ts';
import { formatNumber } from '../../lib/format-quantity.ts';
import { memoLast } from '../../lib/memo.ts';
import { unitRank } from '../../indicators/units.ts';
import { chainTo } from '../../view/navigate.ts';
import { commitmentText, unitLabel } from '../../view/indicator-text.ts';
import type { LegendEntry, MapMetric, MetricSymbols } from '../map-metric.ts';
import { SYMBOL_COLORS, cssColor, symbolRadius } from './symbol-style.ts';
import { selectDrawnLevel, type LevelValues } from '../selectors.ts';
import type { AppState } from '../store.ts';
import { indicatorMap, indicatorStatus, rateColor, type IndicatorMap, type IndicatorStatus } from './indicator-map.ts';

/** Fills of the indicator map: a region's status first; a committed rate takes its class colour instead. */
export const INDICATOR_FILL: Record<IndicatorStatus, string> = {
  value: '#fbd9bd',
  'other-unit': '#ece4f3',
  silent: '#c4c4bc',
  none: '#f7f7f3',
};

/** The largest proportional circle, in pixels (radius). */
export const SYMBOL_MAX_RADIUS = 24;

const mapOf = memoLast((docs: readonly ExtractedDocument[], id: string) => indicatorMap(docs, id));

/** The chosen indicator read for the map, or null (none chosen, an unknown id, the tasks not in yet). */
export function selectIndicatorMap(s: AppState): IndicatorMap | null {
  return s.data && s.indicator ? mapOf(s.data.table.documents, s.indicator) : null;
}

/** The map metric of the chosen indicator at the level drawn, or null when there is none to show. */
export function selectIndicatorMetric(s: AppState, lv: LevelValues): MapMetric | null {
  const m = selectIndicatorMap(s);
  if (!m || !s.data) return null;
  return metricOf(m, lv.keys, selectDrawnLevel(s).focus, s.data.names, s.lang, isFiltered(s.filters));
}

/** Parts memoised on what they read, so a change of filters or language leaves the map's symbols and colours be. */
const colorsOf = memoLast((m: IndicatorMap) => (key: string) => {
  const status = m.result.empty ? 'none' : indicatorStatus(m, key);
  const drawn = m.drawn.get(key);
  return status === 'value' && m.classes && drawn ? rateColor(m.classes, drawn.value) : INDICATOR_FILL[status];
});
const symbolsFor = memoLast((m: IndicatorMap, keys: string[], focus: string | null) => (m.result.indicator.kind === 'count' && !m.result.empty ? symbolsOf(m, keys, focus) : undefined));
const valueLabels = memoLast((m: IndicatorMap, lang: Lang) => (key: string) => {
  const c = m.drawn.get(key) ?? m.rows.get(key)?.commitments[0];
  return c ? commitmentText(m.result.indicator, c, lang, true) : null;
});

const metricOf = memoLast((m: IndicatorMap, keys: string[], focus: string | null, names: RegionNames, lang: Lang, filtered: boolean): MapMetric => {
  const { indicator, empty } = m.result;
  const statusOf = (key: string): IndicatorStatus => (empty ? 'none' : indicatorStatus(m, key));
  const symbols = symbolsFor(m, keys, focus);
  const unit = m.unit === null ? '' : tf(lang, 'indicatorLegendUnit', { unit: unitLabel(indicator, m.unit, lang, true) });
  return {
    id: 'indicator',
    levelValues: {
      keys,
      values: keys.map((k) => m.drawn.get(k)?.value ?? 0),
      // What an export colours by value alone: a rate's classes, or one class for any committed count.
      classes: m.classes ? { ...m.classes, zero: INDICATOR_FILL.none } : { bounds: [Infinity], colors: [INDICATOR_FILL.value], zero: INDICATOR_FILL.none },
    },
    legend: {
      title: `${indicator[lang]}${unit}`,
      entries: empty ? [] : legendEntries(m, keys, symbols, statusOf, lang),
      notes: empty ? [] : notesOf(m, focus, names, lang, filtered),
      message: empty ? tf(lang, 'indicatorEmpty', { name: indicator[lang] }) : undefined,
      actions: [{ id: 'indicator-table', label: t(lang, 'indicatorTableOpen') }],
    },
    colorOf: colorsOf(m),
    symbols,
    valueLabel: valueLabels(m, lang),
  };
});

/** The regions that get a circle or a ring: those committing at or below the level drawn, and composites. */
function symbolsOf(m: IndicatorMap, keys: readonly string[], focus: string | null): MetricSymbols {
  const inView = (key: string) => !/^\d{6}$/.test(key) || (key !== CHINA_CODE && key !== focus && (focus === null || ancestorsOf(key).includes(focus)));
  const level = new Set(keys);
  const committing = m.result.rows.filter((r) => r.commitments.length > 0 && (level.has(r.key) || inView(r.key))).map((r) => r.key);
  const values = committing.map((k) => m.drawn.get(k)?.value ?? 0);
  return {
    keys: committing,
    valueOf: (key) => m.drawn.get(key)?.value ?? null,
    max: Math.max(0, ...values),
    maxRadius: SYMBOL_MAX_RADIUS,
  };
}

function legendEntries(m: IndicatorMap, keys: readonly string[], symbols: MetricSymbols | undefined, statusOf: (k: string) => IndicatorStatus, lang: Lang): LegendEntry[] {
  const { indicator } = m.result;
  const unitName = (unit: string) => unitLabel(indicator, unit, lang, true);
  const out: LegendEntry[] = [];
  const shown = symbols ? symbols.keys : keys;
  const others = [...new Set(shown.flatMap((k) => (statusOf(k) === 'other-unit' ? m.rows.get(k)!.commitments.map((c) => unitName(c.unit)) : [])))];
  if (symbols && symbols.max > 0) {
    const circle = (value: number) => ({ color: cssColor(SYMBOL_COLORS.fill), shape: 'circle' as const, size: 2 * symbolRadius(value, symbols.max, symbols.maxRadius), label: formatNumber(value, lang) });
    out.push(circle(symbols.max));
    if (symbols.max / 4 >= 1) out.push(circle(Math.round(symbols.max / 4)));
  }
  if (m.classes) {
    m.classes.bounds.forEach((b, k) => {
      const min = m.classes!.mins[k]!;
      const label = min === b ? formatNumber(b, lang) : `${formatNumber(min, lang)}–${formatNumber(b, lang)}`;
      out.push({ color: m.classes!.colors[k]!, label: `${label}${m.unit === '%' ? '%' : ` ${unitName(m.unit!)}`}` });
    });
  }
  if (others.length) {
    const label = tf(lang, 'indicatorLegendOtherUnit', { units: others.join(t(lang, 'summaryItemSeparator')) });
    out.push(symbols ? { color: cssColor(SYMBOL_COLORS.ring), shape: 'ring', label } : { color: INDICATOR_FILL['other-unit'], label });
  }
  if (symbols) out.push({ color: INDICATOR_FILL.value, label: t(lang, 'indicatorLegendCommits') });
  out.push({ color: INDICATOR_FILL.silent, label: t(lang, 'indicatorLegendSilent') }, { color: INDICATOR_FILL.none, label: t(lang, 'indicatorLegendNone') });
  return out;
}

/** The map's unit, the units kept apart, what the levels above the one drawn commit to, and the filters' reach. */
function notesOf(m: IndicatorMap, focus: string | null, names: RegionNames, lang: Lang, filtered: boolean): string[] {
  const { indicator } = m.result;
  const notes: string[] = [];
  const units = [...new Set(m.result.rows.flatMap((r) => r.commitments.map((c) => c.unit)))].filter((u) => u !== m.unit).sort((a, b) => unitRank(indicator, a) - unitRank(indicator, b));
  if (m.unit !== null && units.length) {
    const sep = t(lang, 'summaryItemSeparator');
    notes.push(tf(lang, 'indicatorUnitsApart', { unit: unitLabel(indicator, m.unit, lang, true), others: units.map((u) => unitLabel(indicator, u, lang, true)).join(sep) }));
  }
  for (const key of chainTo(focus)) {
    const row = m.rows.get(key);
    if (!row?.commitments.length) continue;
    const name = key === CHINA_CODE ? t(lang, 'levelCountry') : (names.name(key, lang) ?? row.name);
    notes.push(`${name}${t(lang, 'indicatorColon')}${row.commitments.map((c) => commitmentText(indicator, c, lang, true)).join(t(lang, 'indicatorListSeparator'))}`);
  }
  if (filtered) notes.push(t(lang, 'indicatorNotFiltered'));
  return notes;
}
