import { CHINA_CODE, provinceOf } from '../domain/admin-code.ts';
import type { BoundaryCollection, CompositeCollection } from '../domain/boundary.ts';
import type { Lang } from '../i18n/lang.ts';
import type { NationalBoundaries, ProvinceBoundaries } from '../io/boundaries.ts';
import type { AtlasRegions } from '../joins/atlas-data.ts';
import { memoLast } from '../lib/memo.ts';
import { selectActiveTaskPlaces } from '../state/active-task.ts';
import { selectMapMetric, type MapMetric } from '../state/map-metric.ts';
import { selectDrawnLevel, selectTotals, type LevelValues, type RegionTotals } from '../state/selectors.ts';
import type { AppState } from '../state/store.ts';
import { classColor } from '../view/choropleth-classes.ts';
import type { LayerToggles, MapLevel } from '../view/schema.ts';
import { compositesInView } from './composites-in-view.ts';
import type { RegionLabel } from './label-overlay.ts';
import type { TargetSymbol } from './target-circles.ts';
import { levelFill } from './level-fill.ts';
import { mapLabel } from './map-label.ts';
import { metricLabelsOf, metricSymbolsOf, type MetricSymbolInput } from './metric-input.ts';

/**
 * Everything the map draws for a state, derived once: the layer factories (render-layers.ts) and the label overlay
 * only map it to drawing. Each part is memoised on its inputs, so a part that did not change is the same object,
 * and deck.gl keeps its buffers.
 */
export interface RenderInput {
  /** The level drawn (see selectDrawnLevel: a province whose county file failed is drawn by its prefectures). */
  level: MapLevel;
  selected: string | null;
  hovered: string | null;
  layers: LayerToggles;
  /** The coloured units: provinces, a province's prefectures and province-run counties, or a prefecture's counties. */
  fill: BoundaryCollection;
  /** Class colour by unit code; `colorKey` changes whenever a colour may. */
  colorOf: (code: string) => string;
  colorKey: unknown;
  /** The counties' borders on a province's map. */
  countyLines: BoundaryCollection | null;
  /** Below the national level: every province, faint, and the focus province outlined from its own file. */
  provinceLines: BoundaryCollection | null;
  focusOutline: BoundaryCollection | null;
  /** The composites drawn at this view (their dashes are cut for the zoom in render-layers.ts). */
  composites: CompositeCollection | null;
  /** The places of the task picked in the table or a panel. */
  highlight: BoundaryCollection | null;
  /** The target circles (target-circles.ts): none when the targets layer is off or a metric's symbols are drawn. */
  symbols: TargetSymbol[];
  /** A metric's proportional symbols (an indicator's committed counts), drawn instead of the target counts. */
  metricSymbols: MetricSymbolInput | null;
  labels: RegionLabel[];
  labelSize: number;
}

const NO_LABELS: RegionLabel[] = [];
const NO_SYMBOLS: TargetSymbol[] = [];

/**
 * The map's input for a state, or null while something it needs is still loading (the data, the national
 * boundaries, the focus province's counties): the map then keeps its last frame rather than flash an empty one.
 */
export function selectRenderInput(s: AppState): RenderInput | null {
  const metric = selectMapMetric(s);
  const totals = selectTotals(s);
  const national = s.boundaries.national;
  if (!s.regions || !metric || !totals || !national) return null;
  const levelValues = metric.levelValues;
  const drawn = selectDrawnLevel(s);
  let province: ProvinceBoundaries | null = null;
  if (drawn.level !== 'country') {
    const code = provinceOf(drawn.focus!);
    const loaded = s.boundaries.provinces.get(code);
    if (loaded === undefined) return null;
    province = loaded ?? prefecturesOnly(national, code);
  }
  const fill = fillOf(national, province, levelValues.keys);
  const full = drawn.level === 'country' ? s.boundaries.composites.national : (s.boundaries.composites.full ?? s.boundaries.composites.national);
  const active = selectActiveTaskPlaces(s);
  const composites = compositesShown(full, compositeIdsOf(s.regions, drawn.level, drawn.focus), metric.composites ?? null);
  const metricSymbols = metric.symbols ? metricSymbolsOf(metric.symbols, fill, national, province, composites) : null;
  return {
    level: drawn.level,
    selected: s.selected,
    hovered: s.hovered,
    layers: s.layers,
    fill,
    colorOf: metric.colorOf ?? colorsOf(levelValues),
    colorKey: metric.colorOf ?? levelValues,
    countyLines: drawn.level === 'province' && province?.counties.features.length ? province.counties : null,
    provinceLines: province ? national.provinces : null,
    focusOutline: province?.province ?? null,
    composites,
    highlight: active.length ? highlightOf(national, province, active) : null,
    symbols: !s.layers.targets || metric.symbols || metric.valueLabel ? NO_SYMBOLS : symbolsOf(fill, totals),
    metricSymbols,
    labels: s.layers.labels ? labelsFor(metric, fill, metricSymbols, s.lang) : NO_LABELS,
    labelSize: drawn.level === 'country' ? 14 : 13,
  };
}

const fillOf = memoLast(levelFill);

const colorsOf = memoLast((lv: LevelValues) => {
  const value = new Map(lv.keys.map((k, i) => [k, lv.values[i]!]));
  return (code: string) => classColor(lv.classes, value.get(code) ?? 0);
});

const compositeIdsOf = memoLast((regions: AtlasRegions, level: MapLevel, focus: string | null) => compositesInView(regions, level, focus));

/** The level's composites, or of those only the ones the metric concerns (`only`). */
const compositesShown = memoLast((all: CompositeCollection | null, ids: ReadonlySet<string>, only: ReadonlySet<string> | null): CompositeCollection | null =>
  all ? { type: 'FeatureCollection', features: all.features.filter((f) => ids.has(f.properties.id) && (!only || only.has(f.properties.id))) } : null,
);

/** A province drawn from the national file alone (its county file failed): its prefectures and outline. */
const prefecturesOnly = memoLast((national: NationalBoundaries, code: string): ProvinceBoundaries => {
  const within = (fc: BoundaryCollection): BoundaryCollection => ({
    type: 'FeatureCollection',
    features: fc.features.filter((f) => provinceOf(f.properties.code) === code && f.properties.code !== CHINA_CODE),
  });
  return { prefectures: within(national.prefectures), counties: { type: 'FeatureCollection', features: [] }, province: within(national.provinces) };
});

const highlightOf = memoLast((national: NationalBoundaries, province: ProvinceBoundaries | null, codes: readonly string[]): BoundaryCollection => {
  const wanted = new Set(codes);
  const pool = [...national.provinces.features, ...(province ? [...province.prefectures.features, ...province.counties.features] : national.prefectures.features)];
  return { type: 'FeatureCollection', features: pool.filter((f) => wanted.has(f.properties.code)) };
});

const symbolsOf = memoLast((fill: BoundaryCollection, totals: RegionTotals): TargetSymbol[] =>
  fill.features.map((f) => ({ code: f.properties.code, position: f.properties.label, targets: totals.targetsOf(f.properties.code) })).filter((x) => x.targets > 0),
);

/** The units' names; with a metric that labels values, each name with its value (陕西 20万 人次 · 2023年). */
function labelsFor(metric: MapMetric, fill: BoundaryCollection, symbols: MetricSymbolInput | null, lang: Lang): RegionLabel[] {
  const names = labelsOf(fill, lang);
  return metric.valueLabel ? metricLabelsOf(names, metric.valueLabel, symbols, lang) : names;
}

const labelsOf = memoLast((fill: BoundaryCollection, lang: Lang): RegionLabel[] =>
  fill.features.map((f) => ({
    key: f.properties.code,
    position: f.properties.label,
    text: mapLabel(f.properties, lang),
    priority: Math.round(Math.log10(1 + f.properties.area_km2) * 100),
  })),
);
