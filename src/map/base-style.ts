import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export const SEA = '#dce9f2';
export const LAND = '#fbfbf8';
export const NEIGHBOUR = '#eeede7';

/**
 * The offline base map, made from the project's own layers: sea, neighbouring countries and the land of China.
 * No glyphs, sprites or tiles: nothing is requested from any host. Borders, fills and labels are drawn by deck.gl.
 */
export function baseStyle(land: FeatureCollection, neighbours: FeatureCollection): StyleSpecification {
  return {
    version: 8,
    // The base map is context: coarse tiles (max zoom 6, generous simplification) keep MapLibre's worker quick.
    sources: {
      neighbours: { type: 'geojson', data: neighbours, maxzoom: 6, tolerance: 1.5 },
      land: { type: 'geojson', data: land, maxzoom: 6, tolerance: 1.5 },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      { id: 'neighbours', type: 'fill', source: 'neighbours', paint: { 'fill-color': NEIGHBOUR, 'fill-outline-color': '#c9c6bb' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': LAND } },
    ],
  };
}
