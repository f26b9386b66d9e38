import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { shallow } from 'zustand/vanilla/shallow';
import type { AppStore } from '../state/store.ts';
import type { FrameMarks } from './frame-marks.ts';
import type { LabelOverlay } from './label-overlay.ts';
import { selectRenderInput } from './render-input.ts';
import { dashZoom, renderLayers } from './render-layers.ts';
import type { TargetCircles } from './target-circles.ts';

/**
 * The one subscriber that draws: when any part of the map's input changes (selectRenderInput), or the zoom moves on
 * by a dash step, the overlay gets new layers, and the circles and the label overlay theirs, once for a burst of
 * changes. The burst ends with the task that made it (a microtask), not at the next animation frame: deck.gl draws on
 * its own next frame anyway, and waiting for one more cost a frame of filter → repaint (npm run bench).
 */
export function createLayerSync(map: MapLibreMap, overlay: MapboxOverlay, circles: TargetCircles, labels: LabelOverlay, store: AppStore, marks: FrameMarks): () => void {
  let queued = false;
  let stopped = false;
  const render = () => {
    queued = false;
    if (stopped) return;
    const input = selectRenderInput(store.getState());
    // Something it needs is still loading: keep the last frame rather than flash an empty map.
    if (!input) return;
    overlay.setProps({ layers: renderLayers(input, map.getZoom()) });
    circles.set(input.symbols);
    labels.set(input.labels, input.labelSize);
    marks.layersSet();
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(render);
  };

  let drawnDashZoom = dashZoom(map.getZoom());
  const onZoom = () => {
    const z = dashZoom(map.getZoom());
    if (z === drawnDashZoom) return;
    drawnDashZoom = z;
    schedule();
  };
  map.on('zoom', onZoom);
  const unsubscribe = store.subscribe(selectRenderInput, schedule, { equalityFn: (a, b) => (a && b ? shallow(a, b) : a === b) });
  schedule();
  return () => {
    unsubscribe();
    stopped = true;
    map.off('zoom', onZoom);
  };
}
