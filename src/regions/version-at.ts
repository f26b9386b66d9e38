import { hasStarted, latestDayOf } from './plan-date.ts';
import type { RegistryRegion, RegistryVersion } from './registry-types.ts';

/** The version of a composite chosen for a date, and whether it was actually in force then. */
export interface VersionChoice {
  version: RegistryVersion;
  /** False when the date precedes every version: the earliest is returned so the caller still has members to show. */
  inForce: boolean;
}

/**
 * The version of `region` in force on `date`: the latest version whose `validFrom` is not after it. With no date, the
 * latest version. Versions are sorted by `validFrom` (the registry validator enforces it).
 *
 * @param date `YYYY-MM-DD`, or `YYYY-MM` / `YYYY`, read as the last day of that period.
 */
export function versionAt(region: RegistryRegion, date?: string): VersionChoice {
  const { versions } = region;
  const latest = versions[versions.length - 1];
  const earliest = versions[0];
  if (!latest || !earliest) throw new Error(`composite ${region.id} has no versions`);
  if (date === undefined) return { version: latest, inForce: true };
  const day = latestDayOf(date);
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i]!;
    if (hasStarted(v.validFrom, day)) return { version: v, inForce: true };
  }
  return { version: earliest, inForce: false };
}
