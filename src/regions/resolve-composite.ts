import { normalizeName } from './normalize-name.ts';
import { indexRegistry } from './registry-index.ts';
import { REGISTRY } from './registry.ts';
import type { RegistryRegion, RegistryVersion } from './registry-types.ts';
import { versionAt } from './version-at.ts';

/** A composite found by name, with the version chosen for the document's date. */
export interface CompositeMatch {
  region: RegistryRegion;
  version: RegistryVersion;
  /** False when the date precedes every version (the earliest is given); see {@link versionAt}. */
  inForce: boolean;
}

/**
 * Finds the composite a name or alias denotes, and its version in force on `date`. Matching is exact after
 * {@link normalizeName} (width, quotes, 、 and dashes do not matter); it does not search inside longer text — scan
 * text with {@link compositeNames} for that.
 *
 * @param date The document's date (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY`); omitted, the latest version.
 * @returns null when the name is not a composite's.
 * @example
 * resolveComposite('大西安')?.region.id;                          // 'xian-metro'
 * resolveComposite('杭州都市圈', '2023-07-24')?.version.id;       // 'hangzhou-metro@2020'
 * resolveComposite('山区26县', '2025-01-06')?.version.name;       // '山区海岛县'
 */
export function resolveComposite(
  nameOrAlias: string,
  date?: string,
  regions: readonly RegistryRegion[] = REGISTRY,
): CompositeMatch | null {
  const region = indexRegistry(regions).byName.get(normalizeName(nameOrAlias));
  if (!region) return null;
  return { region, ...versionAt(region, date) };
}
