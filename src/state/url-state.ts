import { CATEGORY_IDS, isCategoryId } from '../domain/categories.ts';
import { DOCUMENT_LEVELS, type DocumentLevel } from '../domain/document.ts';
import { NO_FILTERS, type Filters } from '../domain/filters.ts';
import { DEFAULT_VIEW, MAP_LEVELS, type Camera, type LayerToggles, type MapLevel, type ViewState } from './view-state.ts';

/** A region key: a six-digit administrative code or a registry id (lower-case words and digits joined by -). */
const REGION_KEY = /^(?:\d{6}|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/;
const DOC_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
const MAX_TEXT = 100;
const LAYER_NAMES: ReadonlyArray<keyof LayerToggles> = ['composites', 'targets', 'labels'];

/**
 * Reads a view from a query string. Anything unknown, malformed or out of range falls back to its default:
 * a URL can never throw here, and nothing from it is ever treated as markup.
 */
export function parseUrlState(search: string): ViewState {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_VIEW };
  }
  const get = (k: string) => q.get(k) ?? undefined;
  const list = (k: string) => (get(k) ?? '').split(',').map((s) => s.trim()).filter(Boolean);

  const level = oneOf<MapLevel>(get('level'), MAP_LEVELS) ?? DEFAULT_VIEW.level;
  const focus = regionKey(get('focus'), /^\d{6}$/);
  const filters: Filters = {
    categories: unique(list('cat').filter(isCategoryId)),
    documents: unique(list('doc').filter((d) => DOC_ID.test(d))),
    levels: unique(list('issuer').filter((l): l is DocumentLevel => (DOCUMENT_LEVELS as readonly string[]).includes(l))),
    departments: unique(list('dept').filter((d) => d.length <= 40 && !/[<>]/.test(d))),
    hasTarget: get('target') === '1',
    years: years(get('years')),
    text: (get('q') ?? '').slice(0, MAX_TEXT),
  };
  // `layers=` (empty) is every layer off; a name we do not know makes the whole parameter malformed.
  const layerList = q.has('layers') ? list('layers') : null;
  const layers: LayerToggles = layerList && layerList.every((k) => (LAYER_NAMES as readonly string[]).includes(k))
    ? { composites: layerList.includes('composites'), targets: layerList.includes('targets'), labels: layerList.includes('labels') }
    : { ...DEFAULT_VIEW.layers };
  const compare = list('compare').filter((k) => REGION_KEY.test(k));
  return {
    level: level !== 'country' && focus ? level : 'country',
    focus: level !== 'country' ? focus : null,
    selected: regionKey(get('region')),
    filters,
    expandComposites: get('members') === '1',
    layers,
    lang: get('lang') === 'en' ? 'en' : 'zh',
    camera: camera(get('at')),
    basemap: basemap(get('basemap')),
    table: get('table') === '1',
    compare: compare.length === 2 && compare[0] !== compare[1] ? [compare[0]!, compare[1]!] : null,
    embed: get('embed') === '1',
  };
}

/** Writes a view as a query string, leaving out what equals the default, in a stable order. */
export function serializeUrlState(v: ViewState): string {
  const q = new URLSearchParams();
  if (v.level !== 'country' && v.focus) {
    q.set('level', v.level);
    q.set('focus', v.focus);
  }
  if (v.selected) q.set('region', v.selected);
  const f = v.filters;
  if (f.categories.length) q.set('cat', [...f.categories].sort((a, b) => CATEGORY_IDS.indexOf(a) - CATEGORY_IDS.indexOf(b)).join(','));
  if (f.documents.length) q.set('doc', [...f.documents].sort().join(','));
  if (f.levels.length) q.set('issuer', [...f.levels].sort((a, b) => DOCUMENT_LEVELS.indexOf(a) - DOCUMENT_LEVELS.indexOf(b)).join(','));
  if (f.departments.length) q.set('dept', [...f.departments].sort().join(','));
  if (f.hasTarget) q.set('target', '1');
  if (f.years[0] !== null || f.years[1] !== null) q.set('years', `${f.years[0] ?? ''}-${f.years[1] ?? ''}`);
  if (f.text.trim()) q.set('q', f.text.trim());
  if (v.expandComposites) q.set('members', '1');
  if (LAYER_NAMES.some((k) => v.layers[k] !== DEFAULT_VIEW.layers[k])) q.set('layers', LAYER_NAMES.filter((k) => v.layers[k]).join(','));
  if (v.lang !== 'zh') q.set('lang', v.lang);
  if (v.camera) q.set('at', `${round(v.camera.lng, 4)},${round(v.camera.lat, 4)},${round(v.camera.zoom, 2)}`);
  if (v.basemap) q.set('basemap', v.basemap);
  if (v.table) q.set('table', '1');
  if (v.compare) q.set('compare', v.compare.join(','));
  if (v.embed) q.set('embed', '1');
  const s = q.toString();
  return s ? `?${s}` : '';
}

function oneOf<T extends string>(x: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.includes(x as T) ? (x as T) : undefined;
}

function regionKey(x: string | undefined, re = REGION_KEY): string | null {
  return x && x.length <= 80 && re.test(x) ? x : null;
}

function years(x: string | undefined): [number | null, number | null] {
  const m = /^(\d{4})?-(\d{4})?$/.exec(x ?? '');
  if (!m) return [...NO_FILTERS.years];
  const from = m[1] ? Number(m[1]) : null;
  const to = m[2] ? Number(m[2]) : null;
  const ok = (y: number | null) => y === null || (y >= 1990 && y <= 2100);
  if (!ok(from) || !ok(to) || (from !== null && to !== null && from > to)) return [null, null];
  return [from, to];
}

function camera(x: string | undefined): Camera | null {
  const parts = (x ?? '').split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lng, lat, zoom] = parts as [number, number, number];
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 20) return null;
  return { lng, lat, zoom };
}

/** Only an http(s) style URL is accepted as a basemap; anything else (javascript:, data:) is dropped. */
function basemap(x: string | undefined): string | null {
  if (!x || x.length > 500) return null;
  try {
    const u = new URL(x);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function round(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}
