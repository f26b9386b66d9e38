import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedDocument } from '../src/domain/task.ts';
import { createAtlasData } from '../src/joins/atlas-data.ts';
import { summarizeAtlas, type AtlasSummary } from '../src/joins/atlas-summary.ts';
import { REGISTRY } from '../src/regions/registry.ts';

/** Where the summary of a tasks file goes: beside it (data/tasks.json → data/tasks.summary.json). */
export const summaryPathOf = (tasksPath: string) => tasksPath.replace(/\.json$/, '.summary.json');

/** The first map's counts for a tasks file, joined to the shipped divisions and registry as the app joins them. */
export function atlasSummary(documents: ExtractedDocument[], taskBytes: number): AtlasSummary {
  const divisions = (JSON.parse(readFileSync(join(import.meta.dirname, 'gazetteer', 'divisions.json'), 'utf8')) as { units: Array<[string, string, string]> }).units;
  return summarizeAtlas(createAtlasData(documents, divisions, REGISTRY).table, taskBytes);
}

export function writeAtlasSummary(documents: ExtractedDocument[], tasksPath: string): void {
  const bytes = readFileSync(tasksPath).length;
  writeFileSync(summaryPathOf(tasksPath), `${JSON.stringify(atlasSummary(documents, bytes))}\n`);
}
