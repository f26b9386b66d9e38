import type { Layer } from '@deck.gl/core';
import type { ProvinceBoundaries, NationalBoundaries } from '../io/boundaries.ts';
import type { LevelValues } from '../state/selectors.ts';
import type { LayerToggles, MapLevel } from '../view/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import type { CompositeCollection, BoundaryCollection, BoundaryFeature } from '../domain/boundary.ts';
import { classColor } from '../view/choropleth-classes.ts';
import { boundaryLinesLayer } from './layers/boundary-lines.ts';
import { compositeOutlineLayer, dashedOutlines } from './layers/composite-outline.ts';
import { regionFillLayer } from './layers/region-fill.ts';
import { targetSymbolsLayer, type TargetSymbol } from './layers/target-symbols.ts';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { RegionLabel } from './label-overlay.ts';
import { levelFill } from './level-fill.ts';
import { mapLabel } from './map-label.ts';

export interface RenderInput {
  level: MapLevel;
  focus: string | null;
  selected: string | null;
  hovered: string | null;
  /** The camera's zoom: composite dashes are cut for it (in steps of DASH_ZOOM_STEP). */
  zoom: number;
  lang: Lang;
  layers: LayerToggles;
  national: NationalBoundaries;
  /** The focus province's counties, once loaded (null at the national level or while loading). */
  province: ProvinceBoundaries | null;
  composites: CompositeCollection | null;
  /** Composite ids drawn at this view. */
  compositeIds: ReadonlySet<string>;
  levelValues: LevelValues;
  /** Quantitative targets per region under the filters, and an identity that changes when they do. */
  targetsOf: (code: string) => number;
  targetsKey: unknown;
  /** Places of the task picked in the table or panel. */
  activePlaces: ReadonlySet<string>;
}

/** Remembers one derived array per input identity, so deck.gl sees the same `data` until its inputs change. */
function memo<A extends unknown[], R>(fn: (...a: A) => R): (...a: A) => R {
  let args: A | null = null;
  let out: R;
  return (...a: A) => {
    if (!args || a.some((x, i) => x !== args![i])) {
      args = a;
      out = fn(...a);
    }
    return out;
  };
}

const collection = (features: BoundaryFeature[]): BoundaryCollection => ({ type: 'FeatureCollection', features });

const PROVINCE_LINE: [number, number, number, number] = [120, 128, 140, 200];

/** The coloured units of the view: provinces, a province's prefectures (and its province-run counties), or a prefecture's counties. */
const fillFeatures = memo(levelFill);

const contextCounties = memo((province: ProvinceBoundaries | null) => province?.counties ?? null);

const compositesShown = memo((all: CompositeCollection | null, ids: ReadonlySet<string>): CompositeCollection | null =>
  all ? { type: 'FeatureCollection', features: all.features.filter((f) => ids.has(f.properties.id)) } : null,
);

/** Composite dashes are cut again when the zoom moves on by this much: dashes stay within ±19% of their length. */
export const DASH_ZOOM_STEP = 0.5;
export const dashZoom = (zoom: number) => Math.round(zoom / DASH_ZOOM_STEP) * DASH_ZOOM_STEP;

const dashedShown = memo((shown: CompositeCollection | null, zoom: number) => (shown ? dashedOutlines(shown, zoom) : null));

const labelsOf = memo((fill: BoundaryCollection, lang: Lang): RegionLabel[] =>
  fill.features.map((f) => ({
    key: f.properties.code,
    position: f.properties.label,
    text: mapLabel(f.properties, lang),
    priority: Math.round(Math.log10(1 + f.properties.area_km2) * 100),
  })),
);

const highlightOf = memo((national: NationalBoundaries, province: ProvinceBoundaries | null, codes: ReadonlySet<string>): BoundaryCollection => {
  const pool = [...national.provinces.features, ...(province ? [...province.prefectures.features, ...province.counties.features] : national.prefectures.features)];
  return collection(pool.filter((f) => codes.has(f.properties.code)));
});

let lastSymbols: { fill: BoundaryCollection; key: unknown; out: TargetSymbol[] } | null = null;
function symbolsOf(fill: BoundaryCollection, key: unknown, targetsOf: (code: string) => number): TargetSymbol[] {
  if (lastSymbols && lastSymbols.fill === fill && lastSymbols.key === key) return lastSymbols.out;
  const out = fill.features
    .map((f) => ({ code: f.properties.code, position: f.properties.label, targets: targetsOf(f.properties.code) }))
    .filter((s) => s.targets > 0);
  lastSymbols = { fill, key, out };
  return out;
}

const fillOf = (p: RenderInput) => fillFeatures(p.national, p.level === 'country' ? null : p.province, p.levelValues.keys);

const NO_LABELS: RegionLabel[] = [];

/** The names of the view's units (drawn by label-overlay.ts, not deck.gl), at their size; none when labels are off. */
export function renderLabels(p: RenderInput): { labels: RegionLabel[]; size: number } {
  return { labels: p.layers.labels ? labelsOf(fillOf(p), p.lang) : NO_LABELS, size: p.level === 'country' ? 14 : 13 };
}

/** State in, deck.gl layers out, in drawing order. Cheap to call on every change: only ids and data identity matter. */
export function renderLayers(p: RenderInput): Layer[] {
  const fill = fillOf(p);
  const valueOf = new Map(p.levelValues.keys.map((k, i) => [k, p.levelValues.values[i]!]));
  const layers: Layer[] = [
    regionFillLayer({
      id: `region-fill-${p.level}`,
      data: fill,
      colorOf: (code) => classColor(p.levelValues.classes, valueOf.get(code) ?? 0),
      colorKey: p.levelValues,
      selected: p.selected,
      hovered: p.hovered,
      // At the national level the units are the provinces: their outline is the province line, drawn once. A second
      // path layer over the same borders cost ~0.9 s of the first map in software WebGL (npm run bench).
      lineColor: p.level === 'country' ? PROVINCE_LINE : undefined,
    }),
  ];
  const counties = contextCounties(p.level === 'province' ? p.province : null);
  if (counties) layers.push(boundaryLinesLayer({ id: 'county-lines', data: counties, color: [255, 255, 255, 150], width: 0.5 }));
  if (p.level !== 'country' && p.province) {
    // The national file is simplified for the whole country (50 km²): zoomed in, its lines cut corners. They stay
    // as faint context; the focus province is outlined from its own county file, on its counties' borders.
    layers.push(boundaryLinesLayer({ id: 'province-lines', data: p.national.provinces, color: [120, 128, 140, 70], width: 0.8 }));
    layers.push(boundaryLinesLayer({ id: 'focus-province-line', data: p.province.province, color: [120, 128, 140, 220], width: 1.5 }));
  }
  const composites = p.layers.composites ? dashedShown(compositesShown(p.composites, p.compositeIds), dashZoom(p.zoom)) : null;
  if (composites && composites.features.length) layers.push(compositeOutlineLayer({ data: composites, selected: p.selected }));
  if (p.activePlaces.size) {
    layers.push(
      new GeoJsonLayer({
        id: 'active-task-places',
        data: highlightOf(p.national, p.level === 'country' ? null : p.province, p.activePlaces),
        filled: true,
        stroked: true,
        getFillColor: [217, 72, 15, 40],
        getLineColor: [217, 72, 15, 255],
        getLineWidth: 3,
        lineWidthUnits: 'pixels',
        pickable: false,
      }),
    );
  }
  if (p.layers.targets) {
    const symbols = symbolsOf(fill, p.targetsKey, p.targetsOf);
    layers.push(targetSymbolsLayer({ data: symbols, maxTargets: Math.max(1, ...symbols.map((s) => s.targets)) }));
  }
  return layers;
}
