import type { NationalBoundaries, ProvinceBoundaries } from '../io/boundaries.ts';
import type { BoundaryCollection } from '../domain/boundary.ts';

/**
 * The coloured units of a view: the provinces (no province given), or a province's prefectures and its
 * province-run counties, keeping those whose code is in `keys` (the level's units, selectLevelValues). The map
 * and the SVG export both draw these.
 */
export function levelFill(national: NationalBoundaries, province: ProvinceBoundaries | null, keys: readonly string[]): BoundaryCollection {
  const wanted = new Set(keys);
  const pool = province ? [...province.prefectures.features, ...province.counties.features] : national.provinces.features;
  return { type: 'FeatureCollection', features: pool.filter((f) => wanted.has(f.properties.code)) };
}
