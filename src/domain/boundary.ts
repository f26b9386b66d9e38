import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Layer a boundary feature belongs to. */
export type BoundaryLevel = 'province' | 'prefecture' | 'county';

/**
 * Properties of every feature in `public/geo/*.topo.json` (the TopoJSON geometry `id` is `code` too).
 *
 * Some units stand in at a lower layer so each layer covers the whole country: in the prefecture layer the
 * four municipalities, Hong Kong, Macao and Taiwan appear whole (their province code), and province-
 * administered county-level units (济源 419001, 仙桃 429004 …) appear as themselves; 东莞 441900, 中山
 * 442000 and 儋州 460400 are both a prefecture and their own county.
 */
export interface BoundaryProps {
  /** Current (2023) six-digit code. */
  code: string;
  /** Official Chinese name (2023). */
  name: string;
  /** English: conventional for provinces (Shaanxi, Inner Mongolia, Tibet), else toneless pinyin with the generic in English (Beilin District, Yang County), as data/gazetteer (geo/lib/english-names.ts). */
  en: string;
  level: BoundaryLevel;
  /** Province code. */
  province: string;
  /** Prefecture code of a county (null for county-level units under a municipality or a province). */
  prefecture: string | null;
  /** Geodesic area of the unsimplified polygon, km². */
  area_km2: number;
  /** [west, south, east, north] of the unsimplified polygon. */
  bbox: [number, number, number, number];
  /** Label point: pole of inaccessibility of the largest polygon, [lng, lat]. */
  label: [number, number];
  /** The polygon is known to differ from the unit's 2023 extent (a later split or transfer). */
  approx?: true;
  /** Current codes with no polygon of their own that are drawn inside this one (临平区 in 余杭区). */
  contains?: string[];
}

export type BoundaryFeature = Feature<Polygon | MultiPolygon, BoundaryProps>;
export type BoundaryCollection = FeatureCollection<Polygon | MultiPolygon, BoundaryProps>;

/** Properties of a composite region's dissolved outline (`public/geo/composites*.topo.json`, geo/steps/06-composites.ts). */
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
