import { normalizeName } from './normalize-name.ts';
import { REGISTRY } from './registry.ts';
import type { RegistryRegion } from './registry-types.ts';

/** One name under which a composite can appear in text. */
export interface CompositeName {
  /** As written in the registry (杭州、宁波“双城记”). */
  name: string;
  /** {@link normalizeName} of it, for matching against normalised text. */
  normalized: string;
  regionId: string;
  /** False for the region's zh name, true for an alias. */
  alias: boolean;
}

/**
 * Every zh name and alias with its region id, longest (normalised) first, so a scanner that takes the first match at
 * each position prefers 西咸新区空港新城咸阳经开区 over 西咸新区 and 杨凌武功周至 over 杨凌. Ties are broken by name, so
 * the order is stable.
 *
 * Two-character aliases (杭甬, 杭绍, 甬舟, 嘉湖 …) are short enough to occur inside other words (甬舟 in 义甬舟); a
 * scanner should accept them only at a list or phrase boundary.
 */
export function compositeNames(regions: readonly RegistryRegion[] = REGISTRY): CompositeName[] {
  const out: CompositeName[] = [];
  for (const r of regions) {
    out.push({ name: r.zh, normalized: normalizeName(r.zh), regionId: r.id, alias: false });
    for (const a of r.aliases) out.push({ name: a, normalized: normalizeName(a), regionId: r.id, alias: true });
  }
  return out.sort((a, b) => b.normalized.length - a.normalized.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
