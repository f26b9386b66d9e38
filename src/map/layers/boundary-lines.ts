import { GeoJsonLayer } from '@deck.gl/layers';
import type { Color } from '@deck.gl/core';
import type { BoundaryCollection } from '../../domain/boundary.ts';

/** Borders drawn for context (the counties inside a province's prefectures; provinces around a province). */
export function boundaryLinesLayer(p: { id: string; data: BoundaryCollection; color: Color; width: number }) {
  return new GeoJsonLayer({
    id: p.id,
    data: p.data,
    pickable: false,
    filled: false,
    stroked: true,
    getLineColor: p.color,
    getLineWidth: p.width,
    lineWidthUnits: 'pixels',
  });
}
