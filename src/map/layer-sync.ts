import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { shallow } from 'zustand/vanilla/shallow';
import type { AppStore } from '../state/store.ts';
import type { FrameMarks } from './frame-marks.ts';
import type { LabelOverlay } from './label-overlay.ts';
import { selectRenderInput } from './render-input.ts';
import { dashZoom, renderLayers } from './render-layers.ts';

/**
 * The one subscriber that draws: when any part of the map's input changes (selectRenderInput), or the zoom moves on
 * by a dash step, the overlay gets new layers and the label overlay new names, at most once per animation frame.
 */
export function createLayerSync(map: MapLibreMap, overlay: MapboxOverlay, labels: LabelOverlay, store: AppStore, marks: FrameMarks): () => void {
  let frame = 0;
  const render = () => {
    frame = 0;
    const input = selectRenderInput(store.getState());
    // Something it needs is still loading: keep the last frame rather than flash an empty map.
    if (!input) return;
    overlay.setProps({ layers: renderLayers(input, map.getZoom()) });
    labels.set(input.labels, input.labelSize);
    marks.layersSet();
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(render);
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
    cancelAnimationFrame(frame);
    map.off('zoom', onZoom);
  };
}
