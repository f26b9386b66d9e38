import { DivisionTree } from '../domain/division-tree.ts';
import { RegionNames } from '../domain/region-names.ts';
import type { CompositeRegion } from '../domain/region.ts';
import type { ExtractedDocument } from '../domain/task.ts';
import { CompositeGeography } from './composite-geography.ts';
import { buildTaskColumns, type TaskColumns } from './task-columns.ts';

/** Everything the joins need, built once from the shipped data. */
export interface AtlasData {
  table: TaskColumns;
  tree: DivisionTree;
  composites: CompositeGeography;
  names: RegionNames;
}

export function createAtlasData(
  documents: ExtractedDocument[],
  divisions: ReadonlyArray<readonly [string, string, string?]>,
  registry: readonly CompositeRegion[],
): AtlasData {
  const tree = new DivisionTree(divisions);
  const composites = new CompositeGeography(registry, tree);
  const table = buildTaskColumns(documents, {
    membersOf: (id, date) => composites.membersOf(id, date),
    containerOf: (id, date) => composites.containerOf(id, date),
    descendantsOf: (code) => tree.descendantsOf(code),
  });
  return { table, tree, composites, names: new RegionNames(tree, registry) };
}
