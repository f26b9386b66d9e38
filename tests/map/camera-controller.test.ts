// @vitest-environment happy-dom
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, test } from 'vitest';
import { createCameraController, openingCamera } from '../../src/map/camera-controller.ts';
import { composites, loadedStore, shaanxi } from './fixtures.ts';

type Move = { kind: 'fitBounds' | 'jumpTo' | 'flyTo'; target: unknown; duration?: number };

/** A stand-in for MapLibre's camera: records moves, and ends each with a 'moveend' as MapLibre does. */
function fakeMap(opening = { lng: 104, lat: 35 }) {
  const listeners = new Map<string, Array<(e: unknown) => void>>();
  let center = opening;
  let zoom = 3;
  const moves: Move[] = [];
  const emit = (type: string, e: unknown = {}) => listeners.get(type)?.forEach((f) => f(e));
  const map = {
    on: (type: string, f: (e: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), f]),
    off: (type: string, f: (e: unknown) => void) => listeners.set(type, (listeners.get(type) ?? []).filter((g) => g !== f)),
    getContainer: () => ({ clientHeight: 600 }),
    getCenter: () => center,
    getZoom: () => zoom,
    // The fake frames bounds by centring on them at the zoom it has.
    cameraForBounds: (b: [[number, number], [number, number]]) => ({ center: [(b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2], zoom }),
    fitBounds: (b: [[number, number], [number, number]], o: { duration: number }) => {
      moves.push({ kind: 'fitBounds', target: b, duration: o.duration });
      center = { lng: (b[0][0] + b[1][0]) / 2, lat: (b[0][1] + b[1][1]) / 2 };
      emit('moveend');
    },
    jumpTo: (t: { center: [number, number]; zoom: number }) => (moves.push({ kind: 'jumpTo', target: t }), (center = { lng: t.center[0], lat: t.center[1] }), (zoom = t.zoom), emit('moveend')),
    flyTo: (t: { center: [number, number]; zoom: number; duration: number }) => (moves.push({ kind: 'flyTo', target: t, duration: t.duration }), emit('moveend')),
    /** The user drags or zooms the map to here. */
    userMovesTo(c: { lng: number; lat: number }, z: number) {
      center = c;
      zoom = z;
      emit('moveend', { originalEvent: new Event('wheel') });
    },
  };
  return { map, moves };
}

const shaanxiBounds = () => {
  const [w, s, e, n] = shaanxi.province.features[0]!.properties.bbox;
  return [
    [w, s],
    [e, n],
  ];
};

describe('camera controller', () => {
  test('a map that opened where its first placement frames it is not moved again; one opened elsewhere is', () => {
    const store = loadedStore();
    const opening = openingCamera(store.getState(), { clientHeight: 600 } as HTMLElement);
    expect('bounds' in opening && opening.padding).toEqual({ top: 30, left: 30, right: 30, bottom: 30 });
    const [[w, s], [e, n]] = (opening as { bounds: [[number, number], [number, number]] }).bounds;
    const framed = fakeMap({ lng: (w + e) / 2, lat: (s + n) / 2 });
    createCameraController(framed.map as unknown as MapLibreMap, store);
    expect(framed.moves).toEqual([]);
    const elsewhere = fakeMap();
    createCameraController(elsewhere.map as unknown as MapLibreMap, store);
    expect(elsewhere.moves).toHaveLength(1);
    // A view with its own camera opens on it.
    store.getState().setCamera({ lng: 108.9, lat: 34.3, zoom: 6 });
    expect(openingCamera(store.getState(), { clientHeight: 600 } as HTMLElement)).toEqual({ center: [108.9, 34.3], zoom: 6 });
  });

  test('frames the opening view at once, then a new level when its county file is in, with a short flight', () => {
    const store = loadedStore();
    const { map, moves } = fakeMap();
    createCameraController(map as unknown as MapLibreMap, store);
    expect(moves).toEqual([{ kind: 'fitBounds', target: expect.any(Array), duration: 0 }]);
    store.getState().setLevel('province', '610000');
    expect(moves).toHaveLength(1);
    store.getState().addBoundaries({ province: ['610000', shaanxi], composites: { full: composites.full } });
    expect(moves[1]).toEqual({ kind: 'fitBounds', target: shaanxiBounds(), duration: 600 });
    // The map's own framing is not part of the view.
    expect(store.getState().camera).toBeNull();
  });

  test('a camera the user moved goes to the store, rounded, and is not placed again', () => {
    const store = loadedStore();
    const { map, moves } = fakeMap();
    createCameraController(map as unknown as MapLibreMap, store);
    map.userMovesTo({ lng: 116.123456, lat: 39.987654 }, 4.2345);
    expect(store.getState().camera).toEqual({ lng: 116.1235, lat: 39.9877, zoom: 4.23 });
    expect(moves).toHaveLength(1);
  });

  test('zooming in past the threshold steps into the province under the centre, keeping the camera', () => {
    const store = loadedStore();
    const { map, moves } = fakeMap();
    createCameraController(map as unknown as MapLibreMap, store);
    map.userMovesTo({ lng: 108.94, lat: 34.26 }, 6);
    expect(store.getState()).toMatchObject({ level: 'province', focus: '610000', camera: { lng: 108.94, lat: 34.26, zoom: 6 } });
    store.getState().addBoundaries({ province: ['610000', shaanxi] });
    expect(moves).toHaveLength(1);
  });

  test('a camera from elsewhere jumps; while presenting, it flies', () => {
    const store = loadedStore();
    const { map, moves } = fakeMap();
    createCameraController(map as unknown as MapLibreMap, store);
    store.getState().setCamera({ lng: 120, lat: 30, zoom: 6 });
    expect(moves.at(-1)).toEqual({ kind: 'jumpTo', target: { center: [120, 30], zoom: 6 } });
    store.getState().addStep();
    store.getState().setCamera({ lng: 110, lat: 35, zoom: 5 });
    store.getState().addStep();
    store.getState().present(0);
    expect(moves.at(-1)).toMatchObject({ kind: 'flyTo', target: { center: [120, 30], zoom: 6 }, duration: 1200 });
  });
});
