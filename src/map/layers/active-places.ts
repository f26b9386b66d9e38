import { GeoJsonLayer } from '@deck.gl/layers';
import type { BoundaryCollection, BoundaryProps } from '../../domain/boundary.ts';

export const ACTIVE_PLACES_ID = 'active-task-places';

/** The places of the task picked in the table or a panel: a light wash and a heavy outline, over the choropleth. */
export function activePlacesLayer(p: { data: BoundaryCollection }) {
  return new GeoJsonLayer<BoundaryProps>({
    id: ACTIVE_PLACES_ID,
    data: p.data,
    filled: true,
    stroked: true,
    getFillColor: [217, 72, 15, 40],
    getLineColor: [217, 72, 15, 255],
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
    pickable: false,
  });
}
