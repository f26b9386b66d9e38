import { memoPer } from '../lib/memo.ts';
import { normalizeName } from './normalize-name.ts';
import type { RegistryRegion } from './registry-types.ts';

/** Lookups over one registry, built once per registry array. */
export interface RegistryIndex {
  byId: ReadonlyMap<string, RegistryRegion>;
  /** Normalised zh name or alias → region. */
  byName: ReadonlyMap<string, RegistryRegion>;
}

/**
 * The index of `regions`, built on first use. Names must already be unique (the validator checks it). Kept per
 * array, so tests can pass their own registries without sharing state with the real one.
 */
export const indexRegistry = memoPer((regions: readonly RegistryRegion[]): RegistryIndex => {
  const byId = new Map<string, RegistryRegion>();
  const byName = new Map<string, RegistryRegion>();
  for (const r of regions) {
    byId.set(r.id, r);
    for (const name of [r.zh, ...r.aliases]) byName.set(normalizeName(name), r);
  }
  return { byId, byName };
});
