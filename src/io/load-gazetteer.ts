import aliases from '../../data/gazetteer/aliases.json';
import divisionsUrl from '../../data/gazetteer/divisions.json?url&no-inline';
import townsUrl from '../../data/gazetteer/towns.json?url&no-inline';
import changesUrl from '../../data/code-changes.json?url&no-inline';
import type { Gazetteer } from '../extract/gazetteer.ts';
import { REGISTRY } from '../regions/registry.ts';
import { buildGazetteer, type GazetteerData } from './build-gazetteer.ts';
import { fetchJson } from './fetch-json.ts';

/**
 * The extractor's gazetteer in the browser (the extraction worker): the same JSON files the command line reads,
 * fetched as hashed assets from the app's own origin (divisions.json is already in the HTTP cache from the map's
 * first load; the 550-byte aliases.json is bundled), built by the same code. Costs one parse of ~800 KB of JSON and a trie of ~3,200 divisions.
 */
export async function loadGazetteerFromApp(signal?: AbortSignal): Promise<Gazetteer> {
  const [divisions, towns, changes] = await Promise.all([
    fetchJson<GazetteerData['divisions']>(divisionsUrl, signal),
    fetchJson<GazetteerData['towns']>(townsUrl, signal),
    fetchJson<GazetteerData['changes']>(changesUrl, signal),
  ]);
  return buildGazetteer({ divisions, towns, aliases, changes }, REGISTRY);
}
