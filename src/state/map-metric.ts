import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { memoLast } from '../lib/memo.ts';
import { classLabels } from '../view/choropleth-classes.ts';
import { selectCascadeMetric } from './metrics/cascade-metric.ts';
import { selectLevelValues, type LevelValues } from './selectors.ts';
import { indicatorCode } from './metrics/indicator-loader.ts';
import type { AppState } from './store.ts';

/** One line of a legend: a colour and what it stands for. */
export interface LegendEntry {
  color: string;
  label: string;
  /** A fill swatch (the default), a proportional circle `size` px across, or a ring (a value off the circles' scale). */
  shape?: 'swatch' | 'circle' | 'ring';
  size?: number;
}

/** Proportional symbols a metric draws over the fill (an indicator's committed counts): area ∝ value. */
export interface MetricSymbols {
  /** Regions that get a symbol where the map has a place for them (units of the level, units below it, composites). */
  keys: readonly string[];
  /** The value on the circles' scale, or null for a ring of fixed size (a commitment in another unit). */
  valueOf(key: string): number | null;
  /** The value drawn at `maxRadius` pixels. */
  max: number;
  maxRadius: number;
}

/**
 * What the map's fill shows for the level's units, and the legend that reads it: task counts by default. A view
 * that chooses another measure (an indicator's committed values, a national task's take-up) gets its own metric
 * here, and the map, legend and image exports follow it.
 */
export interface MapMetric {
  id: string;
  levelValues: LevelValues;
  legend: {
    title: string;
    entries: LegendEntry[];
    /** A line under the entries (the composites a cascade's tasks name). */
    note?: string;
    /** Lines under the entries: units, values of regions above the level drawn. */
    notes?: string[];
    /** Said instead of a legend when there is nothing to draw. */
    message?: string;
    /** Buttons the legend offers (the indicator's cross-level table); the page decides what they do. */
    actions?: Array<{ id: string; label: string }>;
  };
  /** The composites the metric concerns: only their outlines are drawn. Absent: those of the level. */
  composites?: ReadonlySet<string>;
  /** What a unit's value says, for its title in an SVG export. Absent: the value is a task count. */
  describe?: (value: number) => string;
  /** Fill colour by unit code, when it is not the class colour of the unit's value. */
  colorOf?: (code: string) => string;
  symbols?: MetricSymbols;
  /** A region's value as the map labels it beside the name (20万 人次 · 2023年), or null for none. */
  valueLabel?: (key: string) => string | null;
}

const taskMetric = memoLast(
  (lv: LevelValues, lang: Lang): MapMetric => ({
    id: 'tasks',
    levelValues: lv,
    legend: {
      title: t(lang, 'legendTitle'),
      entries: [{ color: lv.classes.zero, label: t(lang, 'legendNone') }, ...classLabels(lv.classes).map((label, k) => ({ color: lv.classes.colors[k]!, label }))],
    },
  }),
);

/** The metric the current view shows, or null while its values are not in yet. */
export function selectMapMetric(s: AppState): MapMetric | null {
  const cascade = selectCascadeMetric(s);
  if (cascade !== undefined) return cascade;
  const lv = selectLevelValues(s);
  if (!lv) return null;
  return (s.indicator ? indicatorCode()?.selectIndicatorMetric(s, lv) : null) ?? taskMetric(lv, s.lang);
}
