import divisionsUrl from '../../data/gazetteer/divisions.json?url';
import tasksUrl from '../../data/tasks.json?url';
import type { ExtractedDocument } from '../domain/task.ts';
import { createAtlasData, type AtlasData } from '../joins/atlas-data.ts';
import { REGISTRY } from '../regions/registry.ts';
import { fetchJson } from './fetch-json.ts';

/**
 * The shipped tasks and divisions, fetched as hashed assets (not bundled into the JS, so the map's code starts
 * loading at once), joined with the composite registry.
 */
export async function loadAtlas(signal?: AbortSignal): Promise<AtlasData> {
  const [tasks, divisions] = await Promise.all([
    fetchJson<{ documents: ExtractedDocument[] }>(tasksUrl, signal),
    fetchJson<{ units: Array<[string, string, string]> }>(divisionsUrl, signal),
  ]);
  if (!Array.isArray(tasks.documents) || !Array.isArray(divisions.units)) throw new Error('the shipped data is malformed');
  return createAtlasData(tasks.documents, divisions.units, REGISTRY);
}
