import { quantile } from 'd3-array';
import type { Commitment, IndicatorDocument } from '../../indicators/commitments.ts';
import { crossLevel, type CrossLevelResult, type CrossLevelRow } from '../../indicators/cross-level.ts';
import { unitRank } from '../../indicators/units.ts';
import type { Classes } from '../../view/choropleth-classes.ts';

/**
 * What the map shows of a region for an indicator: a value in the map's unit; commitments only in another unit
 * (households where the map counts compounds); a document of its own that commits to nothing; no document at all.
 */
export type IndicatorStatus = 'value' | 'other-unit' | 'silent' | 'none';

/** Classes of a rate: upper bounds and colours as task classes, and each class's lowest value for its label. */
export interface RateClasses extends Classes {
  mins: number[];
}

/** One indicator read for the map, from the cross-level reading of every document. */
export interface IndicatorMap {
  result: CrossLevelResult;
  /**
   * The one unit the map's symbols or classes are in: the first of the indicator's units any region commits in, a
   * total before its per-year form. Values in its other units are never put on that scale. Null when none commits.
   */
  unit: string | null;
  rows: ReadonlyMap<string, CrossLevelRow>;
  /** Per region key: the commitment the map draws, in `unit`, the latest deadline (an undated one last). */
  drawn: ReadonlyMap<string, Commitment>;
  /** For a rate: classes over every drawn value, so a region keeps its colour from level to level. */
  classes: RateClasses | null;
}

/**
 * ColorBrewer BuPu (Cynthia Brewer, colorbrewer2.org, Apache-2.0), its 5-class sequence without the palest step:
 * colour-blind safe, and apart from the task counts' YlGnBu, so a rate map is not read as a count of tasks.
 */
const BU_PU = ['#b3cde3', '#8c96c6', '#8856a7', '#810f7c'];
const MAX_RATE_CLASSES = BU_PU.length;

/** The indicator's commitments for the map; null for an id the registry does not hold. */
export function indicatorMap(docs: readonly IndicatorDocument[], id: string): IndicatorMap | null {
  const result = crossLevel(docs, id);
  if (!result) return null;
  const all = result.rows.flatMap((r) => r.commitments);
  const ranked = [...new Set(all.map((c) => c.unit))].sort((a, b) => unitRank(result.indicator, a) - unitRank(result.indicator, b));
  const unit = ranked[0] ?? null;
  const later = (a: Commitment, b: Commitment) => (b.deadline ?? '0000').localeCompare(a.deadline ?? '0000');
  const drawn = new Map<string, Commitment>();
  for (const row of result.rows) {
    const own = row.commitments.filter((c) => c.unit === unit).sort(later);
    if (own[0]) drawn.set(row.key, own[0]);
  }
  const classes = result.indicator.kind === 'rate' && drawn.size ? rateClasses([...drawn.values()].map((c) => c.value)) : null;
  return { result, unit, rows: new Map(result.rows.map((r) => [r.key, r])), drawn, classes };
}

/** How the map shows one region (see IndicatorStatus). */
export function indicatorStatus(m: IndicatorMap, key: string): IndicatorStatus {
  if (m.drawn.has(key)) return 'value';
  const row = m.rows.get(key);
  if (!row) return 'none';
  return row.commitments.length ? 'other-unit' : 'silent';
}

/**
 * Classes of committed rates: one per value while there are few (a handful of plans commit to any one rate), else
 * quantile breaks. Rates are read to their decimal (73.5%), so bounds are the values themselves, not rounded.
 */
export function rateClasses(values: readonly number[]): RateClasses {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  let bounds = sorted;
  if (sorted.length > MAX_RATE_CLASSES) {
    bounds = [...new Set(Array.from({ length: MAX_RATE_CLASSES }, (_, k) => quantile(sorted, (k + 1) / MAX_RATE_CLASSES)!))];
  }
  const mins = bounds.map((_, k) => (k === 0 ? sorted[0]! : sorted.find((v) => v > bounds[k - 1]!)!));
  return { bounds, mins, colors: BU_PU.slice(BU_PU.length - bounds.length), zero: '#ffffff' };
}

/** The class colour of a committed rate. */
export function rateColor(classes: RateClasses, value: number): string {
  const k = classes.bounds.findIndex((b) => value <= b);
  return classes.colors[k < 0 ? classes.colors.length - 1 : k]!;
}
