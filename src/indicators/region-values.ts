import type { AdminLevel } from '../domain/admin-code.ts';
import { indicatorCommitments, type Commitment, type IndicatorDocument } from './commitments.ts';
import { INDICATORS } from './registry.ts';
import type { Indicator, IndicatorKind } from './types.ts';
import { unitRank } from './units.ts';

/** What the map draws for one region: its committed values, and the one it sizes or colours the region by. */
export interface RegionIndicatorValues {
  /** Admin code, or composite id: the map's region keys. */
  key: string;
  name: string;
  level: AdminLevel | 'composite';
  /** Counts get proportional symbols, rates classes. */
  kind: IndicatorKind;
  /** Every commitment of the region, the indicator's first unit first, then latest deadline first. */
  values: Commitment[];
  /**
   * The value to draw: in the first of the indicator's units the region commits in, the latest deadline (undated
   * last). Compare headlines across regions only when their units are equal: 户 and 个 are different things.
   */
  headline: Commitment;
}

/**
 * Each region's committed values for one indicator, keyed by admin code or composite id (national: 100000). Regions
 * that commit to nothing are absent; an unknown indicator or one no document holds gives an empty map.
 */
export function indicatorValuesByRegion(docs: readonly IndicatorDocument[], indicatorId: string, registry: readonly Indicator[] = INDICATORS): Map<string, RegionIndicatorValues> {
  const out = new Map<string, RegionIndicatorValues>();
  const indicator = registry.find((i) => i.id === indicatorId);
  if (!indicator) return out;
  const { commitments, regions } = indicatorCommitments(docs, indicatorId);
  const later = (a: string | null, b: string | null) => (b ?? '0000').localeCompare(a ?? '0000');
  for (const c of commitments) {
    const r = regions.get(c.regionKey)!;
    const entry = out.get(c.regionKey);
    if (entry) entry.values.push(c);
    else out.set(c.regionKey, { key: r.key, name: r.name, level: r.level, kind: indicator.kind, values: [c], headline: c });
  }
  for (const entry of out.values()) {
    entry.values.sort((a, b) => unitRank(indicator, a.unit) - unitRank(indicator, b.unit) || later(a.deadline, b.deadline));
    entry.headline = entry.values[0]!;
  }
  return out;
}
