import type { CompositeMember } from '../domain/region.ts';
import { indexRegistry } from './registry-index.ts';
import { REGISTRY } from './registry.ts';
import type { RegistryRegion } from './registry-types.ts';
import { versionAt } from './version-at.ts';

/**
 * Members of a composite in the version in force on `date` (the latest with no date; the earliest if `date` precedes
 * them all). Groups drawn through their children (国家城乡融合发展试验区) have none of their own.
 *
 * @returns null for an unknown region id.
 */
export function membersOf(
  regionId: string,
  date?: string,
  regions: readonly RegistryRegion[] = REGISTRY,
): readonly CompositeMember[] | null {
  const region = indexRegistry(regions).byId.get(regionId);
  return region ? versionAt(region, date).version.members : null;
}
