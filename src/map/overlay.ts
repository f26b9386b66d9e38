import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The one deck.gl overlay. Not interleaved: deck.gl 9.4's interleaved mode throws inside maplibre-gl 6.17's
 * custom-layer render ("reading 'height'", checked again on 2026-11-23), so deck draws on its own canvas above.
 */
export function createOverlay(map: MapLibreMap, props: Omit<MapboxOverlayProps, 'interleaved'>): MapboxOverlay {
  const overlay = new MapboxOverlay({ ...props, interleaved: false });
  map.addControl(overlay);
  return overlay;
}
