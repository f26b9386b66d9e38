import { CHINA_CODE, ancestorsOf, levelOf } from '../domain/admin-code.ts';
import type { RegionRef } from '../domain/document.ts';
import type { Place } from '../domain/task.ts';

/** A composite's members as the registry lists them for a date (county, prefecture or province codes). */
export type MembersOf = (regionId: string, date: string | null) => string[];

/** Counties (and prefectures) under a unit, for pushing a composite's prefecture members down to the map's counties. */
export type DescendantsOf = (code: string) => readonly string[];

/** The lowest administrative unit holding all of a composite's members. */
export type ContainerOf = (regionId: string, date: string | null) => string;

export interface TaskRegionOptions {
  /** Count composites for their members too (and the members' units up and down the hierarchy). */
  expandComposites: boolean;
  membersOf: MembersOf;
  descendantsOf: DescendantsOf;
  containerOf: ContainerOf;
}

/**
 * The regions one task counts for, each once: the places it names, rolled up the hierarchy (county → prefecture
 * → province → China), or its issuing region when it names none. A named place that is the issuer's own region or
 * contains it (陕西 in a 洋县 task) is context, not a new home: the task stays with its issuer. Towns count for
 * their county. A composite counts for itself (by region id) and rolls up to the lowest unit holding all its
 * members (西安都市圈 → 陕西; 关中平原城市群, across three provinces, only to China); expanded, it also counts for
 * its members and the units above and below them.
 */
export function taskRegions(places: Place[], issuer: RegionRef | null, date: string | null, opts: TaskRegionOptions): string[] {
  const issuerCode = issuer?.code ?? CHINA_CODE;
  const context = new Set([issuerCode, ...ancestorsOf(issuerCode)]);
  const out = new Set<string>();
  const addAdmin = (code: string) => {
    out.add(code);
    for (const a of ancestorsOf(code)) out.add(a);
  };
  let named = false;
  for (const p of places) {
    if (p.code) {
      if (context.has(p.code)) continue;
      named = true;
      addAdmin(p.code);
    } else if (p.regionId) {
      out.add(p.regionId);
      // A composite inside the issuer's own region (西安都市圈 in a Shaanxi plan) keeps the task with its issuer.
      const container = opts.containerOf(p.regionId, date);
      if (!context.has(container)) {
        named = true;
        addAdmin(container);
      }
      if (!opts.expandComposites) continue;
      for (const member of opts.membersOf(p.regionId, date)) {
        addAdmin(member);
        if (levelOf(member) !== 'county') for (const d of opts.descendantsOf(member)) addAdmin(d);
      }
    }
  }
  if (!named) addAdmin(issuerCode);
  out.add(CHINA_CODE);
  return [...out];
}
