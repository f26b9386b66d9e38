import divisionsUrl from '../../data/gazetteer/divisions.json?url';
import tasksUrl from '../../data/tasks.json?url';
import summaryUrl from '../../data/tasks.summary.json?url';
import indicatorsUrl from '../../data/indicators.json?url';
import type { ExtractedDocument } from '../domain/task.ts';
import { createAtlasRegions, type AtlasRegions, type IndicatorName } from '../joins/atlas-data.ts';
import type { AtlasSummary } from '../joins/atlas-summary.ts';
import type { RegistryRegion } from '../regions/registry-types.ts';
import { validateRegistry } from '../regions/validate-registry.ts';
import { fetchJson } from './fetch-json.ts';

/** The composite registry, one file per kind: every JSON file of data/regions, as hashed assets. */
const REGISTRY_URLS = import.meta.glob('../../data/regions/*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** A file that could not be used, and why; the atlas is built from the rest. */
export interface LoadProblem {
  kind: 'tasks' | 'registry';
  file: string;
  detail: string;
}

/**
 * What the first map needs besides boundaries: the divisions, the composite registry and the summary of the tasks
 * (unfiltered counts per region), fetched as hashed assets in parallel, validated and joined. None of it grows
 * with the number of documents; the tasks themselves come from `loadDocuments`.
 *
 * Only the division list is essential: without it no region has a name, and this rejects. A registry file that is
 * missing or malformed is reported through `onProblem` and left out, and so is the summary (the map then waits for
 * the tasks).
 */
export async function loadRegions(onProblem: (p: LoadProblem) => void, signal?: AbortSignal): Promise<{ regions: AtlasRegions; summary: AtlasSummary | null }> {
  const registryFiles = Object.entries(REGISTRY_URLS).map(([path, url]) => ({ file: path.split('/').pop()!, url }));
  const [divisions, summary, indicators, ...registry] = await Promise.all([
    fetchJson<{ units: Array<[string, string, string]> }>(divisionsUrl, signal),
    fetchJson<AtlasSummary>(summaryUrl, signal).then(
      (x) => (x?.version === 1 && Array.isArray(x.keys) ? x : null),
      () => null,
    ),
    // Only ids and names, as data: the registry's code (patterns, comparisons) loads when the indicator view is used.
    fetchJson<{ indicators?: Array<Partial<IndicatorName>> }>(indicatorsUrl, signal).then(
      ({ indicators: xs }) =>
        (Array.isArray(xs) ? xs : [])
          .filter((x) => typeof x?.id === 'string' && typeof x.zh === 'string' && typeof x.en === 'string')
          .map((x) => ({ id: x.id!, zh: x.zh!, en: x.en! })),
      (err: Error) => (onProblem({ kind: 'registry', file: 'indicators.json', detail: err.message }), []),
    ),
    ...registryFiles.map(({ file, url }) =>
      fetchJson<unknown>(url, signal).then(
        (regions) => ({ file, regions }),
        (err: Error) => (onProblem({ kind: 'registry', file, detail: err.message }), null),
      ),
    ),
  ]);
  if (!Array.isArray(divisions.units)) throw new Error('divisions.json is malformed');
  return { regions: createAtlasRegions(divisions.units, usableRegistry(registry.filter((r) => r !== null), onProblem), indicators), summary };
}

/** Every shipped document with its tasks; a missing or malformed tasks file is reported, and the atlas has none. */
export async function loadDocuments(onProblem: (p: LoadProblem) => void, signal?: AbortSignal): Promise<ExtractedDocument[]> {
  try {
    const tasks = await fetchJson<{ documents?: unknown }>(tasksUrl, signal);
    const ok = Array.isArray(tasks.documents) && tasks.documents.every((d) => typeof d === 'object' && d !== null && 'document' in d && Array.isArray((d as { tasks?: unknown }).tasks));
    if (!ok) throw new Error('tasks.json is not a list of extracted documents');
    return tasks.documents as ExtractedDocument[];
  } catch (err) {
    onProblem({ kind: 'tasks', file: 'tasks.json', detail: (err as Error).message });
    return [];
  }
}

/**
 * The registry files that validate together: all of them when they can; else as many as do, taken in passes so a
 * file whose regions name a parent in another is taken after it. A file left over is reported.
 */
function usableRegistry(files: Array<{ file: string; regions: unknown }>, onProblem: (p: LoadProblem) => void): RegistryRegion[] {
  const regionsOf = (fs: typeof files) => fs.flatMap((f) => (Array.isArray(f.regions) ? f.regions : [f.regions]));
  const validate = (fs: typeof files): RegistryRegion[] | Error => {
    try {
      return validateRegistry(regionsOf(fs));
    } catch (err) {
      return err as Error;
    }
  };
  const all = validate(files);
  if (!(all instanceof Error)) return all;
  let accepted: typeof files = [];
  let left = files;
  for (let progress = true; progress && left.length; ) {
    progress = false;
    for (const f of left) {
      if (validate([...accepted, f]) instanceof Error) continue;
      accepted = [...accepted, f];
      progress = true;
    }
    left = left.filter((f) => !accepted.includes(f));
  }
  for (const f of left) {
    const err = validate([...accepted, f]) as Error;
    onProblem({ kind: 'registry', file: f.file, detail: err.message.split('\n').slice(0, 3).join(' ') });
  }
  return validate(accepted) as RegistryRegion[];
}
