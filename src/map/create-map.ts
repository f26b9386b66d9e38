import * as maplibregl from 'maplibre-gl';
import type { PaddingOptions } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { NationalBoundaries } from '../io/boundaries.ts';
import { BOUNDARY_CREDIT } from './attribution.ts';
import { baseStyle } from './base-style.ts';

// MapLibre 6 resolves its worker relative to its bundle; without this the map stays empty.
maplibregl.setWorkerUrl(workerUrl);
// The worker starts loading now, while the rest of the app's modules evaluate and the boundaries are decoded,
// rather than when the map is made.
maplibregl.prewarm();

/** Where a map opens: a camera, or bounds framed with padding. */
export type Opening = { center: [number, number]; zoom: number } | { bounds: [[number, number], [number, number]]; padding: PaddingOptions };

export interface MapOptions {
  national: NationalBoundaries;
  /** A user-configured external style URL; null keeps the map fully offline. */
  basemap: string | null;
  /** Called when the external basemap could not be loaded and the offline one is drawn instead. */
  onBasemapFailed?: () => void;
  /** Where the map opens (camera-controller.ts's openingCamera). */
  opening: Opening;
}

/** The MapLibre map: camera, gestures and the base map. Thematic layers live in the deck.gl overlay. */
export function createMap(container: HTMLElement, opts: MapOptions): maplibregl.Map {
  const offline = () => baseStyle(opts.national.land, opts.national.neighbours);
  const map = new maplibregl.Map({
    container,
    style: opts.basemap ?? offline(),
    ...('bounds' in opts.opening ? { bounds: opts.opening.bounds, fitBoundsOptions: { padding: opts.opening.padding } } : opts.opening),
    minZoom: 2,
    maxZoom: 12,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    attributionControl: { compact: true, customAttribution: BOUNDARY_CREDIT },
    // No MSAA (MapLibre's default): its fills and lines antialias themselves, it only helps custom layers, and we
    // have none (deck.gl draws on its own canvas); in software WebGL it multiplied every base-map frame's fill work.
    // The drawing buffer is kept: the PNG export reads the canvas after MapLibre's frame (capture-map.ts).
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  if (opts.basemap) {
    // A basemap that cannot be loaded (unreachable, or not allowed by the page's Content Security Policy) leaves the
    // offline base map, not an empty one.
    const onError = () => {
      if (map.isStyleLoaded()) return;
      map.off('error', onError);
      map.setStyle(offline());
      opts.onBasemapFailed?.();
    };
    map.on('error', onError);
    map.once('style.load', () => map.off('error', onError));
  }
  return map;
}
