import { t, tf } from '../i18n/strings.ts';
import { BOUNDARY_CREDIT } from '../map/attribution.ts';
import { selectMapMetric, type LegendEntry, type MapMetric } from '../state/map-metric.ts';
import type { LevelValues } from '../state/selectors.ts';
import type { AppState } from '../state/store.ts';
import { filterSummary } from '../view/filter-summary.ts';

/** What an exported image says around the map, in the interface language. */
export interface ExportTexts {
  /** "任务地图 · 陕西省" */
  title: string;
  /** The active filters, or "全部任务" (the legend's own line). */
  subtitle: string;
  legendTitle: string;
  /** The zero class first, then each class, with the map's colours (and a metric's circles and rings). */
  legend: LegendEntry[];
  source: string;
  credit: string;
  /** YYYY-MM-DD */
  date: string;
  /** "task-atlas-610000-2026-11-23": the level's unit and the day. */
  fileBase: string;
  /** What a unit's value says, when it is not a task count (the cascade view). */
  describe: ((value: number) => string) | null;
}

/** The texts of an export of the current view, or null before the data is in. */
export function exportTexts(s: AppState, date: string): (ExportTexts & { levelValues: LevelValues; metric: MapMetric }) | null {
  const metric = selectMapMetric(s);
  if (!s.data || !metric) return null;
  const lang = s.lang;
  const place = s.level === 'country' || !s.focus ? t(lang, 'levelCountry') : (s.data.names.name(s.focus, lang) ?? s.focus);
  return {
    title: `${t(lang, 'appTitle')} · ${place}`,
    subtitle: filterSummary(s.filters, lang),
    legendTitle: metric.legend.title,
    legend: metric.legend.entries,
    source: t(lang, 'sourceLine'),
    credit: tf(lang, 'exportCredit', { credit: BOUNDARY_CREDIT }),
    date,
    fileBase: `task-atlas-${s.level === 'country' || !s.focus ? 'china' : s.focus}-${date}`,
    levelValues: metric.levelValues,
    describe: metric.describe ?? null,
    metric,
  };
}

/** The local calendar day of `d` as YYYY-MM-DD: the date a reader of the export would write on it. */
export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
