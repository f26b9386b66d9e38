import { DivisionTree } from '../domain/division-tree.ts';
import { RegionNames } from '../domain/region-names.ts';
import type { CompositeRegion } from '../domain/region.ts';
import type { ExtractedDocument } from '../domain/task.ts';
import { CompositeGeography } from './composite-geography.ts';
import { buildTaskColumns, type TaskColumns } from './task-columns.ts';

/** The regions of the atlas: what the first map needs besides boundaries, and none of it grows with the tasks. */
export interface AtlasRegions {
  tree: DivisionTree;
  composites: CompositeGeography;
  names: RegionNames;
  /** The indicator registry's ids and names (data/indicators.json), loaded as data: a view may name only these. */
  indicators: readonly IndicatorName[];
  indicatorIds: ReadonlySet<string>;
}

/** An indicator as the page names it before its code (patterns, comparisons) is loaded. */
export interface IndicatorName {
  id: string;
  zh: string;
  en: string;
}

/** Everything the joins need: the regions and every task, indexed by region. */
export interface AtlasData extends AtlasRegions {
  table: TaskColumns;
}

export function createAtlasRegions(
  divisions: ReadonlyArray<readonly [string, string, string?]>,
  registry: readonly CompositeRegion[],
  indicators: readonly IndicatorName[] = [],
): AtlasRegions {
  const tree = new DivisionTree(divisions);
  const names = new RegionNames(tree, registry);
  return { tree, composites: new CompositeGeography(registry, tree), names, indicators, indicatorIds: new Set(indicators.map((i) => i.id)) };
}

/** The tasks of `documents` joined to the regions (built again when a document is added or removed). */
export function withDocuments(regions: AtlasRegions, documents: ExtractedDocument[]): AtlasData {
  const { tree, composites, names, indicators, indicatorIds } = regions;
  const table = buildTaskColumns(documents, {
    membersOf: (id, date) => composites.membersOf(id, date),
    containerOf: (id, date) => composites.containerOf(id, date),
    descendantsOf: (code) => tree.descendantsOf(code),
  });
  return { tree, composites, names, indicators, indicatorIds, table };
}

export function createAtlasData(
  documents: ExtractedDocument[],
  divisions: ReadonlyArray<readonly [string, string, string?]>,
  registry: readonly CompositeRegion[],
  indicators: readonly IndicatorName[] = [],
): AtlasData {
  return withDocuments(createAtlasRegions(divisions, registry, indicators), documents);
}
