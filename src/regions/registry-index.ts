import { normalizeName } from './normalize-name.ts';
import type { RegistryRegion } from './registry-types.ts';

/** Lookups over one registry, built once per registry array. */
export interface RegistryIndex {
  byId: ReadonlyMap<string, RegistryRegion>;
  /** Normalised zh name or alias → region. */
  byName: ReadonlyMap<string, RegistryRegion>;
}

// Keyed by the array itself so tests can pass their own registries without sharing state with the real one.
const cache = new WeakMap<readonly RegistryRegion[], RegistryIndex>();

/** The index of `regions`, built on first use. Names must already be unique (the validator checks it). */
export function indexRegistry(regions: readonly RegistryRegion[]): RegistryIndex {
  let index = cache.get(regions);
  if (!index) {
    const byId = new Map<string, RegistryRegion>();
    const byName = new Map<string, RegistryRegion>();
    for (const r of regions) {
      byId.set(r.id, r);
      for (const name of [r.zh, ...r.aliases]) byName.set(normalizeName(name), r);
    }
    index = { byId, byName };
    cache.set(regions, index);
  }
  return index;
}
