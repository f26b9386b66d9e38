import type { CompositeRegion, CompositeVersion } from '../domain/region.ts';

/**
 * A {@link CompositeVersion} as the registry stores it: the domain type plus optional bookkeeping. Kept here rather
 * than in `src/domain/region.ts` so the shared schema stays as agreed; every added field is optional.
 */
export interface RegistryVersion extends CompositeVersion {
  /** The composite's name under this version when it differs by version (山区26县 → 山区海岛县). Must be the region's zh or an alias. */
  name?: string;
  /** True when the members (or the date) could not be checked against an official text; see `note`. */
  unverified?: boolean;
  /** Area the defining text publishes, for a later check against the merged boundary. */
  publishedAreaKm2?: number;
  /** Where that area is printed. */
  publishedAreaSource?: string;
  /** Public pages the entry was checked against (reposts of the plan, news of its issue). */
  evidence?: string[];
}

/** A {@link CompositeRegion} whose versions carry the registry's optional fields. */
export interface RegistryRegion extends CompositeRegion {
  versions: RegistryVersion[];
}
