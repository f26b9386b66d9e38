import divisionsUrl from '../../data/gazetteer/divisions.json?url';
import tasksUrl from '../../data/tasks.json?url';
import type { ExtractedDocument } from '../domain/task.ts';
import { createAtlasData, type AtlasData } from '../joins/atlas-data.ts';
import clustersUrl from '../../data/regions/clusters.json?url';
import groupsUrl from '../../data/regions/groups.json?url';
import metrosUrl from '../../data/regions/metros.json?url';
import pilotsUrl from '../../data/regions/pilots.json?url';
import regionsUrl from '../../data/regions/regions.json?url';
import zonesUrl from '../../data/regions/zones.json?url';
import type { RegistryRegion } from '../regions/registry-types.ts';
import { validateRegistry } from '../regions/validate-registry.ts';
import { fetchJson } from './fetch-json.ts';

/**
 * The shipped tasks, divisions and composite registry, fetched as hashed assets in parallel (not bundled into the
 * JS, so the map's code starts loading at once), validated and joined.
 */
export async function loadAtlas(signal?: AbortSignal): Promise<AtlasData> {
  const [tasks, divisions, ...registry] = await Promise.all([
    fetchJson<{ documents: ExtractedDocument[] }>(tasksUrl, signal),
    fetchJson<{ units: Array<[string, string, string]> }>(divisionsUrl, signal),
    ...[clustersUrl, metrosUrl, zonesUrl, pilotsUrl, groupsUrl, regionsUrl].map((url) => fetchJson<RegistryRegion[]>(url, signal)),
  ]);
  if (!Array.isArray(tasks.documents) || !Array.isArray(divisions.units)) throw new Error('the shipped data is malformed');
  return createAtlasData(tasks.documents, divisions.units, validateRegistry(registry.flat()));
}
