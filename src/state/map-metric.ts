import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { memoLast } from '../lib/memo.ts';
import { classLabels } from '../view/choropleth-classes.ts';
import { selectCascadeMetric } from './metrics/cascade-metric.ts';
import { selectLevelValues, type LevelValues } from './selectors.ts';
import type { AppState } from './store.ts';

/** One line of a legend: a colour and what it stands for. */
export interface LegendEntry {
  color: string;
  label: string;
}

/**
 * What the map's fill shows for the level's units, and the legend that reads it: task counts by default. A view
 * that chooses another measure (an indicator's committed values, a national task's take-up) gets its own metric
 * here, and the map, legend and image exports follow it.
 */
export interface MapMetric {
  id: string;
  levelValues: LevelValues;
  /** `note`: a line under the entries (the composites a cascade's tasks name). */
  legend: { title: string; entries: LegendEntry[]; note?: string };
  /** The composites the metric concerns: only their outlines are drawn. Absent: those of the level. */
  composites?: ReadonlySet<string>;
  /** What a unit's value says, for its title in an SVG export. Absent: the value is a task count. */
  describe?: (value: number) => string;
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
  return lv ? taskMetric(lv, s.lang) : null;
}
