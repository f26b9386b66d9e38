import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Properties every boundary feature carries (public/geo, see geo/README.md). */
export interface RegionProps {
  code: string;
  name: string;
  en: string;
  level: 'province' | 'prefecture' | 'county';
  /** A point inside the polygon for its label and symbols (pole of inaccessibility). */
  label: [number, number];
  /** [west, south, east, north]. */
  bbox: [number, number, number, number];
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;
export type RegionCollection = FeatureCollection<Polygon | MultiPolygon, RegionProps>;

export interface CompositeProps {
  id: string;
  kind: string;
  /** The registry's zh and en names (geo/steps/06-composites.ts). */
  name: string;
  en: string;
  label: [number, number];
  bbox: [number, number, number, number];
  /** Of the full-detail dissolved outline. */
  area_km2: number;
}
export type CompositeCollection = FeatureCollection<Polygon | MultiPolygon, CompositeProps>;
