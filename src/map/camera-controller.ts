import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import { MUNICIPALITIES, provinceOf } from '../domain/admin-code.ts';
import type { BoundaryFeature } from '../domain/boundary.ts';
import type { LoadedBoundaries } from '../state/slices/session.ts';
import { selectDrawnLevel, selectFlying } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import type { MapLevel } from '../view/schema.ts';
import { CHINA_BOUNDS } from './china-bounds.ts';
import type { Opening } from './create-map.ts';
import { levelAfterZoom } from './level-by-zoom.ts';
import { pointInGeometry } from './point-in-feature.ts';

/** How long a presentation's camera flight takes. */
const FLY_MS = 1200;
/** How long framing a new level takes outside a presentation. */
const FRAME_MS = 600;

export interface CameraOptions {
  /** Pixels of the map covered along its bottom edge (a phone's bottom sheet): levels are framed above them. */
  coveredBottom?: () => number;
}

/**
 * Where the map opens: the view's own camera, or its level framed as the first placement will frame it. Opening
 * there makes that placement a no-op; a jump from anywhere else is one more frame of everything in software WebGL
 * before the first complete map (npm run bench).
 */
export function openingCamera(s: AppState, el: HTMLElement, opts: CameraOptions = {}): Opening {
  if (s.camera) return { center: [s.camera.lng, s.camera.lat], zoom: s.camera.zoom };
  const drawn = selectDrawnLevel(s);
  return { bounds: boundsOf(drawn.level, drawn.focus, s.boundaries), padding: framePadding(el, opts) };
}

type Bounds = [[number, number], [number, number]];
type Padding = { top: number; left: number; right: number; bottom: number };

function framePadding(el: HTMLElement, opts: CameraOptions): Padding {
  const bottom = 30 + Math.min(opts.coveredBottom?.() ?? 0, el.clientHeight * 0.7);
  return { top: 30, left: 30, right: 30, bottom };
}

const lngLatOf = (c: LngLatLike): { lng: number; lat: number } => (Array.isArray(c) ? { lng: c[0], lat: c[1] } : 'lng' in c ? c : { lng: c.lon, lat: c.lat });

/** Whether the map's camera is already at `center` and `zoom`, to the precision a view keeps. */
function isAt(map: MapLibreMap, center: { lng: number; lat: number }, zoom: number): boolean {
  const c = map.getCenter();
  return Math.abs(c.lng - center.lng) <= 1e-3 && Math.abs(c.lat - center.lat) <= 1e-3 && Math.abs(map.getZoom() - zoom) <= 0.01;
}

/**
 * The camera: places it where the state asks (its own camera, or the level's region framed once that region's
 * boundaries are in), and writes back what the user does: the settled camera, and a zoom past a level's threshold
 * as a new level. A camera the store already holds is never placed again, so the map's own moves and the store
 * cannot chase each other.
 */
export function createCameraController(map: MapLibreMap, store: AppStore, opts: CameraOptions = {}): () => void {
  const el = map.getContainer();
  // The first placement frames the view the map opened on: there is no flight to watch, and in software WebGL each
  // frame of one redraws everything (~0.7 s of the first map, npm run bench).
  let placed = false;

  const place = (s: AppState) => {
    const still = !placed || matchMedia('(prefers-reduced-motion: reduce)').matches;
    placed = true;
    const fly = selectFlying(s) && !still;
    if (!s.camera) {
      const padding = framePadding(el, opts);
      // The level as drawn: a province whose county file failed is framed whole, as its prefectures are drawn.
      const drawn = selectDrawnLevel(s);
      const bounds = boundsOf(drawn.level, drawn.focus, s.boundaries);
      const framed = map.cameraForBounds(bounds, { padding });
      // Already framed (the map opened here: openingCamera): moving would only redraw the same view.
      if (framed?.center && framed.zoom !== undefined && isAt(map, lngLatOf(framed.center), framed.zoom)) return;
      map.fitBounds(bounds, { padding, duration: still ? 0 : fly ? FLY_MS : FRAME_MS });
      return;
    }
    if (isAt(map, s.camera, s.camera.zoom)) return;
    const target = { center: [s.camera.lng, s.camera.lat] as [number, number], zoom: s.camera.zoom };
    if (fly) map.flyTo({ ...target, duration: FLY_MS });
    else map.jumpTo(target);
  };

  const onMoveEnd = (e: { originalEvent?: Event }) => {
    // Only a camera the user moved is part of the view; the map's own framing of a level is not.
    if (!e.originalEvent) return;
    const c = map.getCenter();
    const zoom = map.getZoom();
    store.getState().setCamera({ lng: Number(c.lng.toFixed(4)), lat: Number(c.lat.toFixed(4)), zoom: Number(zoom.toFixed(2)) });
    const s = store.getState();
    const next = levelAfterZoom(s.level, s.focus, zoom, (level) => unitAtCentre(level, s.focus, [c.lng, c.lat], s.boundaries));
    if (next) store.getState().setLevel(next.level, next.focus, { keepCamera: true });
  };
  map.on('moveend', onMoveEnd);

  // One subscriber for the level, camera and presentation step, so a view that changes them together (a step,
  // back/forward) moves the map once. A new level is placed when its province's boundaries are in; a step shown
  // places it even over an equal view, so the first step frames its level in the presenting layout.
  if (levelReady(store.getState())) place(store.getState());
  const unsubscribe = store.subscribe(
    (s) => [s.level, s.focus, s.camera, s.step, levelReady(s)] as const,
    (now, before) => {
      if (now[4] && (!before[4] || now.slice(0, 4).some((x, i) => x !== before[i]) || now[3] !== null)) place(store.getState());
    },
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  return () => {
    unsubscribe();
    map.off('moveend', onMoveEnd);
  };
}

/** The view's region can be framed: the nation, or a province or prefecture whose county file is in (or failed). */
function levelReady(s: AppState): boolean {
  return s.boundaries.national !== null && (s.level === 'country' || !s.focus || s.boundaries.provinces.has(provinceOf(s.focus)));
}

function boundsOf(level: MapLevel, focus: string | null, b: LoadedBoundaries): Bounds {
  if (level === 'country' || !focus || !b.national) return CHINA_BOUNDS;
  const province = b.provinces.get(provinceOf(focus));
  const pool: BoundaryFeature[] = [...b.national.provinces.features, ...(province ?? b.national).prefectures.features];
  const f = pool.find((x) => x.properties.code === focus);
  if (!f) return CHINA_BOUNDS;
  const [w, s, e, n] = f.properties.bbox;
  return [
    [w, s],
    [e, n],
  ];
}

/** The unit of the next level down under a point: a province at the national level, a prefecture in a province. */
function unitAtCentre(level: MapLevel, focus: string | null, point: [number, number], b: LoadedBoundaries): string | null {
  if (!b.national) return null;
  // In a province, its own file's prefectures: the national file's are simplified for the whole country.
  const province = focus ? b.provinces.get(provinceOf(focus)) : null;
  const pool = level === 'country' ? b.national.provinces.features : (province ?? b.national).prefectures.features;
  const hit = pool.find((f) => {
    const [w, s, e, n] = f.properties.bbox;
    return point[0] >= w && point[0] <= e && point[1] >= s && point[1] <= n && pointInGeometry(point, f.geometry);
  });
  if (!hit) return null;
  // A municipality's units are its counties: there is no prefecture level below it.
  if (level === 'province' && MUNICIPALITIES.has(provinceOf(hit.properties.code))) return null;
  return hit.properties.code;
}
