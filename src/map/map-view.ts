import type { PickingInfo } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { loadComposites, loadNational, loadProvince, type NationalBoundaries, type ProvinceBoundaries } from '../io/boundaries.ts';
import { selectActiveTaskPlaces } from '../state/active-task.ts';
import { selectCounts, selectFlying, selectLevelValues } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import type { MapLevel } from '../view/schema.ts';
import type { CompositeCollection, BoundaryFeature } from '../domain/boundary.ts';
import { compositesInView } from './composites-in-view.ts';
import { captureMap } from './capture-map.ts';
import { CHINA_BOUNDS, createMap } from './create-map.ts';
import { levelAfterZoom } from './level-by-zoom.ts';
import { createOverlay } from './overlay.ts';
import { pointInGeometry } from './point-in-feature.ts';
import { createLabelOverlay } from './label-overlay.ts';
import { dashZoom, renderLabels, renderLayers, type RenderInput } from './render-layers.ts';

export interface MapView {
  map: MapLibreMap;
  /** Resolves when the map has drawn its first complete frame with the data. */
  ready: Promise<void>;
  /** The map as drawn now (base map and overlay), rendered at `scale` × its CSS size: for the PNG export. */
  capture(scale: number): Promise<HTMLCanvasElement>;
  destroy(): void;
}

/**
 * The map: renders the store and writes back only what the user does on it (hover, click, the settled camera, a
 * zoom past a level's threshold). Everything it draws comes from the store and the shipped boundaries.
 */
export interface MapViewOptions {
  /** Pixels of the map covered along its bottom edge (a phone's bottom sheet): levels are framed above them. */
  coveredBottom?: () => number;
}

export async function createMapView(
  el: HTMLElement,
  store: AppStore,
  onHover: (info: { key: string; x: number; y: number } | null) => void,
  opts: MapViewOptions = {},
): Promise<MapView> {
  const national = await loadNational();
  const map = createMap(el, { national, basemap: store.getState().basemap });
  let province: ProvinceBoundaries | null = null;
  // Composite outlines: the coarse set for the national view at once, the detailed one once a province is shown.
  const composites: Record<'national' | 'full', CompositeCollection | null> = { national: null, full: null };
  const loadCompositesAt = (detail: 'national' | 'full') =>
    void loadComposites(detail).then((c) => {
      composites[detail] = c;
      schedule();
    });
  loadCompositesAt('national');

  let loaded = false;
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  // Marks for `npm run bench` (filter → repaint latency): when new layers were set, when deck.gl drew them.
  let pendingMark = false;
  const onAfterRender = () => {
    if (pendingMark) performance.mark('task-atlas:drawn');
    pendingMark = false;
  };
  const overlay = createOverlay(map, {
    layers: [],
    onHover: (info: PickingInfo) => {
      const key = keyOf(info);
      if (key !== store.getState().hovered) store.getState().hover(key);
      onHover(key ? { key, x: info.x, y: info.y } : null);
    },
    onClick: (info: PickingInfo) => {
      const key = keyOf(info);
      if (key) store.getState().select(key);
    },
    getCursor: ({ isHovering, isDragging }) => (isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab'),
    onAfterRender,
  });
  const labels = createLabelOverlay(map);

  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(render);
  };
  const render = () => {
    frame = 0;
    const s = store.getState();
    const levelValues = selectLevelValues(s);
    const counts = selectCounts(s);
    if (!loaded || !s.data || !levelValues || !counts) return;
    // The province's counties are still loading: keep the last frame rather than flash an empty map.
    if (s.level !== 'country' && (!province || province.province.features[0]?.properties.code !== `${s.focus!.slice(0, 2)}0000`)) return;
    const table = s.data.table;
    const input: RenderInput = {
      level: s.level,
      focus: s.focus,
      selected: s.selected,
      hovered: s.hovered,
      zoom: map.getZoom(),
      lang: s.lang,
      layers: s.layers,
      national,
      province,
      composites: s.level === 'country' ? composites.national : (composites.full ?? composites.national),
      compositeIds: compositesInView(s.data, s.level, s.focus),
      levelValues,
      targetsOf: (code) => {
        const r = table.regionIndex.get(code);
        return r === undefined ? 0 : counts.targets[r]!;
      },
      targetsKey: counts,
      activePlaces: activeSet(selectActiveTaskPlaces(s)),
    };
    overlay.setProps({ layers: renderLayers(input) });
    const { labels: names, size } = renderLabels(input);
    labels.set(names, size);
    performance.mark('task-atlas:layers');
    pendingMark = true;
    map.once('idle', () => {
      performance.mark('task-atlas:map-idle');
      resolveReady();
    });
    // 'idle' comes after a render; a map that already settled (a jump: reduced motion, a URL camera) would not
    // render again by itself, and the map would never report ready.
    map.triggerRepaint();
  };

  // The camera the state asks for: its own, or (null) the level's unit framed. A presentation flies there.
  let placed = false;
  const placeCamera = (s: AppState) => {
    // The first placement frames the view the map opened on: there is no flight to watch, and in software WebGL
    // each frame of one redraws everything (~0.7 s of the first map, npm run bench).
    const still = !placed || matchMedia('(prefers-reduced-motion: reduce)').matches;
    placed = true;
    const fly = selectFlying(s) && !still;
    if (!s.camera) {
      const bottom = 30 + Math.min(opts.coveredBottom?.() ?? 0, el.clientHeight * 0.7);
      const padding = { top: 30, left: 30, right: 30, bottom };
      map.fitBounds(boundsOf(s.level, s.focus, national, province), { padding, duration: still ? 0 : fly ? FLY_MS : 600 });
      return;
    }
    const c = map.getCenter();
    if (Math.abs(c.lng - s.camera.lng) <= 1e-3 && Math.abs(c.lat - s.camera.lat) <= 1e-3 && Math.abs(map.getZoom() - s.camera.zoom) <= 0.01) return;
    const target = { center: [s.camera.lng, s.camera.lat] as [number, number], zoom: s.camera.zoom };
    if (fly) map.flyTo({ ...target, duration: FLY_MS });
    else map.jumpTo(target);
  };

  // Levels and focus: load the province's counties, then place the camera (unless a zoom led here).
  let zoomDriven = false;
  const showLevel = async (s: AppState) => {
    if (s.level !== 'country' && s.focus) {
      if (!composites.full) loadCompositesAt('full');
      const code = `${s.focus.slice(0, 2)}0000`;
      province = await loadProvince(code).catch(() => null);
    }
    const now = store.getState();
    if (now.level !== s.level || now.focus !== s.focus) return;
    if (!zoomDriven) placeCamera(now);
    zoomDriven = false;
    schedule();
  };

  map.on('load', () => {
    performance.mark('task-atlas:map-load');
    loaded = true;
    void showLevel(store.getState());
  });

  // Composite dashes are cut for the zoom: again once it has moved on by a step.
  let drawnDashZoom = dashZoom(map.getZoom());
  map.on('zoom', () => {
    const z = dashZoom(map.getZoom());
    if (z !== drawnDashZoom) {
      drawnDashZoom = z;
      schedule();
    }
  });

  // The settled camera goes to the store (and so the URL); a zoom past a threshold changes the level.
  let ownCamera = false;
  map.on('moveend', (e: { originalEvent?: Event }) => {
    // Where the camera settled, whoever moved it, readable on the page ("lng,lat,zoom"): browser tests check a
    // presentation's flights by it, and anyone inspecting the page can see it. Not state: nothing reads it back.
    const settled = map.getCenter();
    el.dataset.camera = `${settled.lng.toFixed(4)},${settled.lat.toFixed(4)},${map.getZoom().toFixed(2)}`;
    // Only a camera the user moved is part of the view; the map's own framing of a level is not.
    if (!e.originalEvent) return;
    const c = map.getCenter();
    const zoom = map.getZoom();
    ownCamera = true;
    store.getState().setCamera({ lng: Number(c.lng.toFixed(4)), lat: Number(c.lat.toFixed(4)), zoom: Number(zoom.toFixed(2)) });
    ownCamera = false;
    const s = store.getState();
    const next = levelAfterZoom(s.level, s.focus, zoom, (level) => unitAtCentre(level, [c.lng, c.lat], national, province));
    if (next) {
      zoomDriven = true;
      store.getState().setLevel(next.level, next.focus, { keepCamera: true });
    }
  });

  const unsubs = [
    // One subscriber for level, focus and camera, so a view that changes them together (a step, back/forward)
    // moves the map once: a new level places the camera when its counties are in; a camera alone moves now.
    // A presentation's step shown places it too, even over an equal view: the first step frames its level in
    // the presenting layout, not where the map was left before it.
    store.subscribe(
      (s) => [s.level, s.focus, s.camera, s.step] as const,
      (now, before) => {
        if (now[0] !== before[0] || now[1] !== before[1]) void showLevel(store.getState());
        // Only a camera from elsewhere (back/forward, a presentation step, the embedding API) moves the map;
        // null from elsewhere means "frame the level" again.
        else if (!ownCamera && loaded && (now[2] !== before[2] || now[3] !== null)) placeCamera(store.getState());
      },
      { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
    ),
    store.subscribe(
      (s) => [s.data, s.filters, s.expandComposites, s.selected, s.hovered, s.lang, s.layers, s.activeTask] as const,
      schedule,
      { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
    ),
  ];

  return {
    map,
    ready,
    capture: async (scale) => {
      const canvas = await captureMap(map, overlay, scale, onAfterRender);
      labels.paint(canvas.getContext('2d')!, scale);
      return canvas;
    },
    destroy() {
      unsubs.forEach((u) => u());
      cancelAnimationFrame(frame);
      map.remove();
    },
  };
}

/** How long a presentation's camera flight takes. */
const FLY_MS = 1200;

let lastActive: { keys: readonly string[]; set: ReadonlySet<string> } | null = null;
/** A set per picked task, kept while the pick is the same, so the highlight layer's data keeps its identity. */
function activeSet(keys: readonly string[]): ReadonlySet<string> {
  if (lastActive?.keys !== keys) lastActive = { keys, set: new Set(keys) };
  return lastActive.set;
}

function keyOf(info: PickingInfo): string | null {
  const props = (info.object as { properties?: { code?: string; id?: string } } | undefined)?.properties;
  return props?.id ?? props?.code ?? null;
}

function boundsOf(level: MapLevel, focus: string | null, national: NationalBoundaries, province: ProvinceBoundaries | null): [[number, number], [number, number]] {
  if (level === 'country' || !focus) return CHINA_BOUNDS;
  const pool: BoundaryFeature[] = [...national.provinces.features, ...(province ? province.prefectures.features : [])];
  const f = pool.find((x) => x.properties.code === focus);
  if (!f) return CHINA_BOUNDS;
  const [w, s, e, n] = f.properties.bbox;
  return [
    [w, s],
    [e, n],
  ];
}

/** The unit of the next level down under a point: a province at the national level, a prefecture in a province. */
function unitAtCentre(level: MapLevel, point: [number, number], national: NationalBoundaries, province: ProvinceBoundaries | null): string | null {
  const pool = level === 'country' ? national.provinces.features : (province?.prefectures.features ?? []);
  const hit = pool.find((f) => {
    const [w, s, e, n] = f.properties.bbox;
    return point[0] >= w && point[0] <= e && point[1] >= s && point[1] <= n && pointInGeometry(point, f.geometry);
  });
  if (!hit) return null;
  // A municipality's units are its counties: there is no prefecture level below it.
  if (level === 'province' && /^(11|12|31|50)/.test(hit.properties.code)) return null;
  return hit.properties.code;
}
