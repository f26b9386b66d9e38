import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { CATEGORY_IDS } from '../domain/categories.ts';
import type { Filters } from '../domain/filters.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import type { TaskMask } from '../joins/filter-tasks.ts';
import { CATEGORY_COUNT, type RegionCounts } from '../joins/region-counts.ts';
import type { RegionTakeUp } from '../state/metrics/cascade-metric.ts';
import { indicatorStatus, type IndicatorMap, type IndicatorStatus } from '../state/metrics/indicator-map.ts';
import type { MapLevel } from '../view/schema.ts';

/** The outline of a region by its code, or null when there is none to give. */
export type GeometryOf = (code: string) => Geometry | null;

/**
 * Figures of one region. Flat, so GIS tools can style by any of them: QGIS and ogr2ogr turn a nested object
 * into a JSON string, which cannot be used as a field. `cat_<id>` per category, every category present (0 when
 * none), so every feature has the same fields.
 */
export interface RegionProperties {
  code: string;
  name: string;
  en: string;
  /** Kept tasks that count for the region (what the choropleth shows). */
  tasks: number;
  /** Quantitative targets in those tasks. */
  targets: number;
  /** Of those tasks, how many have at least one quantitative target. */
  tasksWithTargets: number;
  /** In the cascade view: tasks of the region's own documents carrying out the chosen task (see `ExportContext.cascade`). */
  takeUpTasks?: number;
  /** In the cascade view: those documents' ids, `; `-separated. */
  takeUpDocuments?: string;
  /** In the cascade view: carrying tasks of documents of regions within it (洋县's, for 汉中 and 陕西). */
  takeUpWithin?: number;
  [category: `cat_${string}`]: number;
}

/**
 * A region's commitment to the chosen indicator, when one is: the value the map draws (in `indicator_unit`, the
 * indicator's one map unit), its deadline, how the map shows the region, and its commitments in other units as text.
 * Null where the region has no value in that unit, so a GIS can style by `indicator_value` without mixing units.
 */
export interface IndicatorProperties {
  indicator: string;
  /** value: committed in the map's unit; other-unit: only in another; silent: its own document commits to nothing; none: no document. */
  indicator_status: IndicatorStatus;
  indicator_value: number | null;
  indicator_max: number | null;
  indicator_unit: string | null;
  indicator_deadline: string | null;
  /** Its other commitments, `value unit deadline` each, `; ` between (1000000 户 2025). */
  indicator_other: string;
}

/** What the figures were computed under, written as a foreign member of the collection (RFC 7946 §6.1). */
export interface ExportContext {
  level: MapLevel;
  focus: string | null;
  filters: Filters;
  expandComposites: boolean;
  /** The cascade view's upper task (its id), when the figures include its take-up. */
  cascade?: string;
  /** The indicator whose commitments the features carry, if one was chosen. */
  indicator?: string | null;
}

export type RegionsFeatureCollection = FeatureCollection<Geometry | null, RegionProperties & Partial<IndicatorProperties>> & { taskAtlas: ExportContext };

export interface RegionsGeoJsonInput {
  data: AtlasData;
  kept: TaskMask;
  counts: RegionCounts;
  /** The regions of the current level, as selectLevelValues gives them. */
  keys: readonly string[];
  context: ExportContext;
  /** @default no geometry: every feature gets `geometry: null` */
  geometryOf?: GeometryOf | null;
  /** In the cascade view, each region's take-up of its task (selectCascadeCoverage, regionTakeUp). */
  takeUp?: ((code: string) => RegionTakeUp) | null;
  /** The chosen indicator read for the map: each feature gets its IndicatorProperties. */
  indicator?: IndicatorMap | null;
}

/**
 * The regions of the current level with their task figures under the current filters, as GeoJSON for GIS work.
 *
 * Geometry comes from `geometryOf` (the map passes its boundary features). Without one, or for a code it has no
 * outline for, the feature's geometry is null: RFC 7946 §3.2 allows an unlocated feature, and a null geometry is
 * honest where an invented point (a centroid we do not have here) would not be. Such a file still joins to any
 * boundary layer by `code`, the six-digit GB/T 2260 code.
 */
export function regionsGeoJson(input: RegionsGeoJsonInput): RegionsFeatureCollection {
  const { data, kept, counts, keys, context, geometryOf, takeUp, indicator } = input;
  const { table, names } = data;
  const rows = context.expandComposites ? table.expanded : table.direct;
  const features = keys.map((code): Feature<Geometry | null, RegionProperties> => {
    const r = table.regionIndex.get(code);
    let targets = 0;
    if (r !== undefined) {
      for (let j = rows.byRegion[r]!; j < rows.byRegion[r + 1]!; j++) {
        const k = rows.tasks[j]!;
        if (kept.mask[k]) targets += table.tasks[k]!.targets.length;
      }
    }
    const properties: RegionProperties = {
      code,
      name: names.name(code, 'zh') ?? code,
      en: names.name(code, 'en') ?? '',
      tasks: r === undefined ? 0 : counts.tasks[r]!,
      targets,
      tasksWithTargets: r === undefined ? 0 : counts.withTargets[r]!,
    };
    if (takeUp) {
      const x = takeUp(code);
      Object.assign(properties, { takeUpTasks: x.tasks, takeUpDocuments: x.documents.join('; '), takeUpWithin: x.within });
    }
    CATEGORY_IDS.forEach((id, c) => {
      properties[`cat_${id}`] = r === undefined ? 0 : counts.byCategory[r * CATEGORY_COUNT + c]!;
    });
    return { type: 'Feature', id: code, geometry: geometryOf?.(code) ?? null, properties: indicator ? { ...properties, ...indicatorProperties(indicator, code) } : properties };
  });
  return { type: 'FeatureCollection', features, taskAtlas: context };
}

/** One region's IndicatorProperties. */
export function indicatorProperties(m: IndicatorMap, code: string): IndicatorProperties {
  const drawn = m.drawn.get(code);
  const others = (m.rows.get(code)?.commitments ?? []).filter((c) => c !== drawn);
  return {
    indicator: m.result.indicator.id,
    indicator_status: m.result.empty ? 'none' : indicatorStatus(m, code),
    indicator_value: drawn?.value ?? null,
    indicator_max: drawn?.max ?? null,
    indicator_unit: m.unit,
    indicator_deadline: drawn?.deadline ?? null,
    indicator_other: others.map((c) => [c.max !== undefined ? `${c.value}-${c.max}` : c.value, c.unit, c.deadline ?? ''].join(' ').trim()).join('; '),
  };
}
