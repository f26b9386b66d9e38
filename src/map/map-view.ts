import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../state/store.ts';
import { createBoundaryCache } from './boundary-cache.ts';
import { createCameraController, openingCamera, type CameraOptions } from './camera-controller.ts';
import { captureMap } from './capture-map.ts';
import { createMap } from './create-map.ts';
import { createFrameMarks } from './frame-marks.ts';
import { createLabelOverlay } from './label-overlay.ts';
import { createLayerSync } from './layer-sync.ts';
import { createOverlay } from './overlay.ts';
import { pickingHandlers, type HoverInfo } from './picking.ts';
import { createTargetCircles } from './target-circles.ts';

export interface MapView {
  map: MapLibreMap;
  /** Resolves when the map has drawn its first complete frame with the data. */
  ready: Promise<void>;
  /** The map as drawn now (base map and overlay), rendered at `scale` × its CSS size: for the PNG export. */
  capture(scale: number): Promise<HTMLCanvasElement>;
  destroy(): void;
}

/**
 * The map, put together from its collaborators: the boundary cache loads what the view needs into the store, the
 * layer sync draws the store, the camera controller places the camera and writes back the user's moves, picking
 * writes hover and click. Rejects (after reporting the problem in the store) when the national boundaries cannot be
 * loaded: there is nothing to draw on then.
 */
export async function createMapView(el: HTMLElement, store: AppStore, onHover: (info: HoverInfo) => void, opts: CameraOptions = {}): Promise<MapView> {
  const boundaries = createBoundaryCache(store);
  const national = await boundaries.national;
  const basemap = store.getState().basemap;
  const map = createMap(el, {
    national,
    basemap,
    opening: openingCamera(store.getState(), el, opts),
    onBasemapFailed: () => store.getState().reportProblem({ key: 'basemap', kind: 'basemap', file: basemap ?? '', detail: '' }),
  });
  const marks = createFrameMarks(map, el);
  const overlay = createOverlay(map, { layers: [], ...pickingHandlers(store, onHover), onAfterRender: marks.afterRender });
  // In this order: the names are drawn above the circles.
  const circles = createTargetCircles(map);
  const labels = createLabelOverlay(map);
  const stops: Array<() => void> = [boundaries.destroy];
  map.once('load', () => stops.push(createLayerSync(map, overlay, circles, labels, store, marks), createCameraController(map, store, opts)));
  return {
    map,
    ready: marks.ready,
    capture: async (scale) => {
      const canvas = await captureMap(map, overlay, scale, marks.afterRender);
      const ctx = canvas.getContext('2d')!;
      circles.paint(ctx, scale);
      labels.paint(ctx, scale);
      return canvas;
    },
    destroy() {
      stops.forEach((stop) => stop());
      map.remove();
    },
  };
}
