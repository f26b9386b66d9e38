import type { Layer } from '@deck.gl/core';
import type { CompositeCollection } from '../domain/boundary.ts';
import { memoLast } from '../lib/memo.ts';
import { activePlacesLayer } from './layers/active-places.ts';
import { boundaryLinesLayer } from './layers/boundary-lines.ts';
import { compositeOutlineLayer, dashedOutlines } from './layers/composite-outline.ts';
import { metricSymbolsLayer } from './layers/metric-symbols.ts';
import { regionFillLayer } from './layers/region-fill.ts';
import type { RenderInput } from './render-input.ts';

const PROVINCE_LINE: [number, number, number, number] = [120, 128, 140, 200];

/** Composite dashes are cut again when the zoom moves on by this much: dashes stay within ±19% of their length. */
export const DASH_ZOOM_STEP = 0.5;
export const dashZoom = (zoom: number) => Math.round(zoom / DASH_ZOOM_STEP) * DASH_ZOOM_STEP;

const dashed = memoLast((shown: CompositeCollection, zoom: number) => dashedOutlines(shown, zoom));

/**
 * The map's input in, deck.gl layers out, in drawing order. Cheap to call on every change: only ids, the identity
 * of `data` (memoised in render-input.ts and here) and update triggers matter to deck.gl.
 *
 * @param zoom the camera's zoom, for the composite dashes (stepped by `dashZoom`)
 */
export function renderLayers(p: RenderInput, zoom: number): Layer[] {
  const layers: Layer[] = [
    regionFillLayer({
      id: `region-fill-${p.level}`,
      data: p.fill,
      colorOf: p.colorOf,
      colorKey: p.colorKey,
      selected: p.selected,
      hovered: p.hovered,
      // At the national level the units are the provinces: their outline is the province line, drawn once. A second
      // path layer over the same borders cost ~0.9 s of the first map in software WebGL (npm run bench).
      lineColor: p.level === 'country' ? PROVINCE_LINE : undefined,
    }),
  ];
  if (p.countyLines) layers.push(boundaryLinesLayer({ id: 'county-lines', data: p.countyLines, color: [255, 255, 255, 150], width: 0.5 }));
  // The national file is simplified for the whole country (50 km²): zoomed in, its lines cut corners. They stay as
  // faint context; the focus province is outlined from its own county file, on its counties' borders.
  if (p.provinceLines) layers.push(boundaryLinesLayer({ id: 'province-lines', data: p.provinceLines, color: [120, 128, 140, 70], width: 0.8 }));
  if (p.focusOutline) layers.push(boundaryLinesLayer({ id: 'focus-province-line', data: p.focusOutline, color: [120, 128, 140, 220], width: 1.5 }));
  if (p.layers.composites && p.composites?.features.length) {
    layers.push(compositeOutlineLayer({ data: dashed(p.composites, dashZoom(zoom)), selected: p.selected }));
  }
  if (p.highlight) layers.push(activePlacesLayer({ data: p.highlight }));
  // A metric's symbols are what the map shows, not an optional layer over it: the targets toggle does not hide them.
  // The target circles are not deck.gl's (target-circles.ts).
  if (p.metricSymbols) layers.push(metricSymbolsLayer(p.metricSymbols));
  return layers;
}
