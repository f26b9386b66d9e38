import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The map's marks for benchmarks and tests, in one place outside the drawing code:
 * - `performance` marks: `task-atlas:map-load`, `task-atlas:layers` (new layers handed to deck.gl),
 *   `task-atlas:drawn` (deck.gl drew them: filter → repaint in npm run bench), `task-atlas:map-idle`;
 * - `data-camera` on the map's element: where the camera settled, "lng,lat,zoom" (browser tests check a
 *   presentation's flights by it; nothing reads it back);
 * - `ready`: the first complete map with data, shown on the page as `html[data-map-ready]`.
 */
export interface FrameMarks {
  ready: Promise<void>;
  /** New layers were handed to deck.gl. */
  layersSet(): void;
  /** deck.gl's `onAfterRender`. */
  afterRender(): void;
}

export function createFrameMarks(map: MapLibreMap, el: HTMLElement): FrameMarks {
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  void ready.then(() => document.documentElement.setAttribute('data-map-ready', ''));
  let pending = false;
  map.once('load', () => performance.mark('task-atlas:map-load'));
  map.on('moveend', () => {
    const c = map.getCenter();
    el.dataset.camera = `${c.lng.toFixed(4)},${c.lat.toFixed(4)},${map.getZoom().toFixed(2)}`;
  });
  return {
    ready,
    layersSet() {
      performance.mark('task-atlas:layers');
      pending = true;
      map.once('idle', () => {
        performance.mark('task-atlas:map-idle');
        resolveReady();
      });
      // 'idle' comes after a render; a map that already settled (a jump, a URL camera) would not render again by
      // itself, and would never report ready.
      map.triggerRepaint();
    },
    afterRender() {
      if (pending) performance.mark('task-atlas:drawn');
      pending = false;
    },
  };
}
