import type { Cascade } from '../../cascade/queries.ts';
import { ancestorsOf } from '../../domain/admin-code.ts';
import type { Lang } from '../../i18n/lang.ts';
import { t, tf } from '../../i18n/strings.ts';
import type { AtlasData } from '../../joins/atlas-data.ts';
import type { TaskMask } from '../../joins/filter-tasks.ts';
import { taskIndex } from '../../joins/task-index.ts';
import { memoLast } from '../../lib/memo.ts';
import { ZERO_COLOR, type Classes } from '../../view/choropleth-classes.ts';
import { documentShortName } from '../../view/document-names.ts';
import { selectCascade } from '../cascade-selectors.ts';
import type { MapMetric } from '../map-metric.ts';
import { selectKept, selectLevelValues } from '../selectors.ts';
import type { AppState } from '../store.ts';

/**
 * A unit whose own documents do not carry the task out, but a document of a region within it does (洋县 under
 * 汉中): a value between none and one task, so it gets a class of its own.
 */
export const WITHIN = 0.5;

/**
 * ColorBrewer Oranges (Cynthia Brewer, colorbrewer2.org, Apache-2.0), four of its seven steps: a hue apart from
 * the task counts' YlGnBu, so the cascade view is not read as task counts. Palest: only a region within.
 */
const CLASSES: Classes = { bounds: [WITHIN, 1, 2, Infinity], colors: ['#fdd0a2', '#fd8d3c', '#d94801', '#8c2d04'], zero: ZERO_COLOR };

/** Where the chosen task is carried out, by the tasks the filters keep. */
export interface CascadeCoverage {
  /** Region code of a carrying document → how many of its documents' tasks carry the task out, in which documents. */
  regions: Map<string, { tasks: number; documents: string[] }>;
  /** Composite id → how many carrying tasks name it (西安都市圈 in 陕西's 都市圈 task). */
  composites: Map<string, number>;
}

/** The coverage of an upper task by the kept lower tasks (Cascade.coverage, narrowed to what the filters keep). */
export function keptCoverage(cascade: Cascade, data: AtlasData, kept: TaskMask, upperTaskId: string): CascadeCoverage {
  const regions: CascadeCoverage['regions'] = new Map();
  const composites = new Map<string, number>();
  for (const group of cascade.downward(upperTaskId)) {
    for (const { task, document } of group.tasks) {
      const k = taskIndex(data.table, task.id);
      if (k === undefined || !kept.mask[k]) continue;
      const r = regions.get(group.region) ?? { tasks: 0, documents: [] };
      r.tasks++;
      if (document.id !== null && !r.documents.includes(document.id)) r.documents.push(document.id);
      regions.set(group.region, r);
      for (const id of new Set(task.places.map((p) => p.regionId).filter((x): x is string => typeof x === 'string'))) {
        composites.set(id, (composites.get(id) ?? 0) + 1);
      }
    }
  }
  return { regions, composites };
}

/** A region's take-up of the chosen task: its own documents' carrying tasks (and which documents), those of regions within. */
export interface RegionTakeUp {
  tasks: number;
  documents: string[];
  within: number;
}

export function regionTakeUp(coverage: CascadeCoverage, key: string): RegionTakeUp {
  const own = coverage.regions.get(key);
  let within = 0;
  for (const [region, r] of coverage.regions) if (ancestorsOf(region).includes(key)) within += r.tasks;
  return { tasks: own?.tasks ?? 0, documents: own?.documents ?? [], within };
}

/** A unit's value: its own documents' carrying tasks, else WITHIN when a region inside it carries the task, else 0. */
export function unitValue(coverage: CascadeCoverage, key: string): number {
  const x = regionTakeUp(coverage, key);
  return x.tasks > 0 ? x.tasks : x.within > 0 ? WITHIN : 0;
}

const coverageOf = memoLast(keptCoverage);

/** Composites the legend names at most. */
const COMPOSITES_SHOWN = 4;

/** The cascade view's task and where it is carried out under the filters; null when the view is off or not ready. */
export function selectCascadeCoverage(s: AppState): { task: string; coverage: CascadeCoverage } | null {
  const cascade = selectCascade(s);
  const kept = selectKept(s);
  if (s.cascade === null || !s.data || !cascade || !kept || taskIndex(s.data.table, s.cascade) === undefined) return null;
  return { task: s.cascade, coverage: coverageOf(cascade, s.data, kept, s.cascade) };
}

const metricOf = memoLast((keys: string[], coverage: CascadeCoverage, title: string, lang: Lang, names: AtlasData['names']): MapMetric => {
  // The most named first, and a few: the legend is a key, the panel has the lists.
  const all = [...coverage.composites].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${names.name(id, lang) ?? id} (${n})`);
  const named = all.length > COMPOSITES_SHOWN ? [...all.slice(0, COMPOSITES_SHOWN), tf(lang, 'cascadeLegendMore', { n: all.length - COMPOSITES_SHOWN })] : all;
  return {
    id: 'cascade',
    levelValues: { keys, values: keys.map((k) => unitValue(coverage, k)), classes: CLASSES },
    legend: {
      title: tf(lang, 'cascadeLegendTitle', { task: title }),
      entries: [
        { color: CLASSES.zero, label: t(lang, 'cascadeLegendNone') },
        { color: CLASSES.colors[0]!, label: t(lang, 'cascadeLegendWithin') },
        { color: CLASSES.colors[1]!, label: tf(lang, 'cascadeLegendTasks', { n: 1 }) },
        { color: CLASSES.colors[2]!, label: tf(lang, 'cascadeLegendTasks', { n: 2 }) },
        { color: CLASSES.colors[3]!, label: tf(lang, 'cascadeLegendTasksMore', { n: 3 }) },
      ],
      note: named.length ? tf(lang, 'cascadeLegendComposites', { list: named.join(t(lang, 'summaryItemSeparator')) }) : undefined,
    },
    composites: new Set(coverage.composites.keys()),
    describe: (value) => (value === 0 ? t(lang, 'cascadeLegendNone') : value === WITHIN ? t(lang, 'cascadeLegendWithin') : tf(lang, 'cascadeLegendTasks', { n: value })),
  };
});

/** 国家 2022 (六) 推进都市圈…: the chosen task as the legend names it. */
export function cascadeTaskName(data: AtlasData, taskId: string, lang: Lang): string | null {
  const k = taskIndex(data.table, taskId);
  if (k === undefined) return null;
  const task = data.table.tasks[k]!;
  const doc = data.table.documents[data.table.docOf[k]!]!.document;
  return `${documentShortName(data.table, data.names, lang, doc.id)} ${task.label} ${task.title.trim()}`;
}

const nameOf = memoLast(cascadeTaskName);

/**
 * The cascade view's metric: the level's units coloured by whether a document of theirs carries out the chosen
 * upper task, and by how many of its tasks (those the filters keep); paler where only a region within does. Null
 * while the tasks or the links are not in; undefined when it cannot be shown (no cascade view, the links failed,
 * the task is unknown), so the map shows task counts.
 */
export function selectCascadeMetric(s: AppState): MapMetric | null | undefined {
  if (s.cascade === null || s.linksStatus === 'failed') return undefined;
  if (s.data && taskIndex(s.data.table, s.cascade) === undefined) return undefined;
  const lv = selectLevelValues(s);
  const shown = selectCascadeCoverage(s);
  if (!s.data || !lv || !shown) return null;
  return metricOf(lv.keys, shown.coverage, nameOf(s.data, s.cascade, s.lang)!, s.lang, s.data.names);
}
