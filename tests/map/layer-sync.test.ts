// @vitest-environment happy-dom
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, test, vi } from 'vitest';
import type { FrameMarks } from '../../src/map/frame-marks.ts';
import type { LabelOverlay } from '../../src/map/label-overlay.ts';
import { createLayerSync } from '../../src/map/layer-sync.ts';
import type { TargetCircles } from '../../src/map/target-circles.ts';
import { createAppStore } from '../../src/state/store.ts';
import { atlas, loadedStore } from './fixtures.ts';

function fakes(zoom = { value: 4 }) {
  const zoomListeners: Array<() => void> = [];
  const map = { getZoom: () => zoom.value, on: (_: string, f: () => void) => zoomListeners.push(f), off: () => {} };
  const overlay = { setProps: vi.fn() };
  const labels = { set: vi.fn() };
  const circles = { set: vi.fn() };
  const marks = { layersSet: vi.fn() };
  return {
    map: map as unknown as MapLibreMap,
    overlay: overlay as unknown as MapboxOverlay & { setProps: typeof overlay.setProps },
    labels: labels as unknown as LabelOverlay & { set: typeof labels.set },
    circles: circles as unknown as TargetCircles & { set: typeof circles.set },
    marks: marks as unknown as FrameMarks & { layersSet: typeof marks.layersSet },
    zoomTo: (z: number) => ((zoom.value = z), zoomListeners.forEach((f) => f())),
  };
}


/** The end of the current task: a burst of changes has been drawn. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('layer sync', () => {
  test('draws once for a burst of changes, and not for state the map does not show', async () => {
    const store = loadedStore();
    const f = fakes();
    createLayerSync(f.map, f.overlay, f.circles, f.labels, store, f.marks);
    await settle();
    expect(f.overlay.setProps).toHaveBeenCalledTimes(1);
    store.getState().toggleCategory('hukou');
    store.getState().select('610000');
    store.getState().hover('330000');
    await settle();
    expect(f.overlay.setProps).toHaveBeenCalledTimes(2);
    expect(f.marks.layersSet).toHaveBeenCalledTimes(2);
    store.getState().setTable(true);
    store.getState().setCompare(['610000', '330000']);
    await settle();
    expect(f.overlay.setProps).toHaveBeenCalledTimes(2);
  });

  test('hands the target circles over with the layers: none with the targets layer off', async () => {
    const store = loadedStore();
    const f = fakes();
    createLayerSync(f.map, f.overlay, f.circles, f.labels, store, f.marks);
    await settle();
    const shown = f.circles.set.mock.lastCall![0] as Array<{ code: string; targets: number }>;
    expect(shown.map((c) => c.code)).toContain('610000');
    expect(shown.every((c) => c.targets > 0)).toBe(true);
    store.getState().setLayers({ targets: false });
    await settle();
    expect(f.circles.set.mock.lastCall![0]).toEqual([]);
  });

  test('keeps the last frame while something is loading; redraws when the zoom crosses a dash step', async () => {
    const store = createAppStore();
    const f = fakes();
    createLayerSync(f.map, f.overlay, f.circles, f.labels, store, f.marks);
    store.getState().setData(atlas);
    await settle();
    expect(f.overlay.setProps).not.toHaveBeenCalled();
    const ready = loadedStore();
    store.getState().addBoundaries({ national: ready.getState().boundaries.national! });
    await settle();
    expect(f.overlay.setProps).toHaveBeenCalledTimes(1);
    f.zoomTo(4.1);
    await settle();
    expect(f.overlay.setProps).toHaveBeenCalledTimes(1);
    f.zoomTo(4.6);
    await settle();
    expect(f.overlay.setProps).toHaveBeenCalledTimes(2);
  });
});
