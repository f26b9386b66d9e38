import { GeoJsonLayer } from '@deck.gl/layers';
import type { Color } from '@deck.gl/core';
import type { BoundaryCollection, BoundaryFeature } from '../../domain/boundary.ts';

export interface RegionFillProps {
  id: string;
  data: BoundaryCollection;
  /** Fill colour per region code (hex); regions missing from it are drawn as context, unfilled. */
  colorOf: (code: string) => string | null;
  selected: string | null;
  hovered: string | null;
  /** Changes whenever colorOf would answer differently (deck.gl compares this, not the function). */
  colorKey: unknown;
  /** The outline of every unit but the selected one. @default white, between the classes' colours */
  lineColor?: Color;
}

/** The choropleth of one level: regions filled by their task count's class, the selected one outlined. */
export function regionFillLayer(p: RegionFillProps) {
  return new GeoJsonLayer<BoundaryFeature['properties']>({
    id: p.id,
    data: p.data,
    pickable: true,
    stroked: true,
    filled: true,
    getFillColor: (f) => hexToRgba(p.colorOf(f.properties.code), f.properties.code === p.hovered ? 255 : 235),
    getLineColor: (f) => (f.properties.code === p.selected ? [217, 72, 15, 255] : (p.lineColor ?? [255, 255, 255, 230])),
    getLineWidth: (f) => (f.properties.code === p.selected ? 3 : 1),
    lineWidthUnits: 'pixels',
    updateTriggers: {
      getFillColor: [p.colorKey, p.hovered],
      getLineColor: [p.selected, p.lineColor?.join()],
      getLineWidth: [p.selected],
    },
  });
}

export function hexToRgba(hex: string | null, alpha = 255): Color {
  if (!hex) return [0, 0, 0, 0];
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}
