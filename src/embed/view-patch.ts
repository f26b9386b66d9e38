import type { Filters } from '../domain/filters.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import { keepUnchanged } from '../state/keep-unchanged.ts';
import { sanitizeView } from '../state/sanitize-view.ts';
import { parseUrlState, serializeUrlState } from '../state/url-state.ts';
import type { LayerToggles, ViewState } from '../state/view-state.ts';

/** The result of checking a patch: the view to apply, or why nothing changes. */
export type PatchResult = { ok: true; view: ViewState } | { ok: false; error: string };

/** Keys of a view a caller may set. `basemap` and `embed` are fixed by the page's URL (see docs/embedding.md). */
const VIEW_KEYS = ['level', 'focus', 'selected', 'filters', 'expandComposites', 'layers', 'lang', 'camera', 'table', 'compare'] as const;
const READ_ONLY_KEYS = ['basemap', 'embed'] as const;
/** Extra keys of a `getState()` answer: accepted and ignored, so `setView(getState())` works. */
const STATE_ONLY_KEYS = ['ready', 'taskCount'] as const;
const FILTER_KEYS = ['categories', 'documents', 'levels', 'departments', 'hasTarget', 'years', 'text'] as const;
const LAYER_KEYS = ['composites', 'targets', 'labels'] as const;

/** Bounds checked before any work: nothing a URL could hold is longer, and a huge payload is refused cheaply. */
const MAX_STRING = 500;
const MAX_LIST = 64;

/** Which view field each URL parameter carries, to name the field a payload got wrong. */
const FIELD_OF_PARAM: Record<string, string> = {
  level: 'level',
  focus: 'focus',
  region: 'selected',
  cat: 'filters.categories',
  doc: 'filters.documents',
  issuer: 'filters.levels',
  dept: 'filters.departments',
  target: 'filters.hasTarget',
  years: 'filters.years',
  q: 'filters.text',
  members: 'expandComposites',
  layers: 'layers',
  lang: 'lang',
  at: 'camera',
  table: 'table',
  compare: 'compare',
};

/** A readable refusal. Its message names our own fields only, never echoes the caller's values. */
class PatchError extends Error {}

/**
 * Checks a partial view from the embedding API and merges it into `current`. A payload is accepted only if every
 * value it gives survives the URL's own parse exactly (`serializeUrlState` then `parseUrlState`): the API can set
 * nothing a link could not, with the same checks. Then, once the data is loaded, every region, document and
 * department it names must exist (`sanitizeView`). Anything else is refused whole: no partial application.
 *
 * `filters` and `layers` merge field by field; `camera` and `compare` are replaced. Changing `level` or `focus`
 * without a `camera` lets the map frame the new level, as a click on the breadcrumb does.
 *
 * @example
 * patchView(view, { level: 'province', focus: '610000', selected: 'xian-metro' }, data) // { ok: true, view }
 * patchView(view, { selected: '<img src=x>' }, data) // { ok: false, error: 'invalid selected' }
 */
export function patchView(current: ViewState, patch: unknown, data: AtlasData | null): PatchResult {
  try {
    return { ok: true, view: apply(current, patch, data) };
  } catch (e) {
    // A Proxy or a throwing getter from a same-page caller lands here too: refused like any bad value.
    return { ok: false, error: e instanceof PatchError ? e.message : 'invalid payload' };
  }
}

/** `patchView(current, { filters: patch }, data)`: the filters alone, merged field by field. */
export function patchFilters(current: ViewState, patch: unknown, data: AtlasData | null): PatchResult {
  return patchView(current, { filters: patch }, data);
}

function apply(current: ViewState, patch: unknown, data: AtlasData | null): ViewState {
  const given = ownValues(patch, [...VIEW_KEYS, ...READ_ONLY_KEYS, ...STATE_ONLY_KEYS], 'payload');
  const next: ViewState = { ...current };
  const read = (k: (typeof VIEW_KEYS)[number]) => given.get(k);

  if (given.has('level')) next.level = string(read('level'), 'level') as ViewState['level'];
  if (given.has('focus')) next.focus = nullable(read('focus'), 'focus', string);
  if (given.has('selected')) next.selected = nullable(read('selected'), 'selected', string);
  let filterKeys: string[] = [];
  if (given.has('filters')) ({ value: next.filters, keys: filterKeys } = filters(current.filters, read('filters')));
  if (given.has('expandComposites')) next.expandComposites = boolean(read('expandComposites'), 'expandComposites');
  if (given.has('layers')) next.layers = layers(current.layers, read('layers'));
  if (given.has('lang')) next.lang = string(read('lang'), 'lang') as ViewState['lang'];
  if (given.has('camera')) next.camera = nullable(read('camera'), 'camera', camera);
  if (given.has('table')) next.table = boolean(read('table'), 'table');
  if (given.has('compare')) next.compare = nullable(read('compare'), 'compare', pair);
  for (const k of READ_ONLY_KEYS) if (given.has(k) && given.get(k) !== current[k]) throw new PatchError(`${k} is read-only`);
  const moved = next.level !== current.level || next.focus !== current.focus;
  if (moved && !given.has('camera')) next.camera = null;

  // The URL's own checks, by a round trip; a field whose parameter comes back different was not valid.
  const url = serializeUrlState(next);
  const back = parseUrlState(url);
  const again = new URLSearchParams(serializeUrlState(back));
  for (const [param, value] of new URLSearchParams(url)) {
    if (again.get(param) !== value) throw new PatchError(`invalid ${FIELD_OF_PARAM[param] ?? param}`);
  }
  // A level with no focus, or an empty region key, leaves no parameter to compare: check the values.
  if (back.level !== next.level || back.focus !== next.focus) throw new PatchError('invalid level or focus');
  if (back.selected !== next.selected) throw new PatchError('invalid selected');
  if (back.lang !== next.lang) throw new PatchError('invalid lang');

  if (data) {
    const clean = sanitizeView(back, data);
    if (clean.focus !== back.focus) throw new PatchError('unknown focus');
    if (clean.selected !== back.selected) throw new PatchError('unknown region');
    if (clean.compare !== back.compare) throw new PatchError('unknown region in compare');
    if (clean.filters.documents.length !== back.filters.documents.length) throw new PatchError('unknown document');
    if (clean.filters.departments.length !== back.filters.departments.length) throw new PatchError('unknown department');
  }

  // What the caller set, in the URL's normal form; what it left alone, exactly as it was.
  const out: ViewState = { ...current, level: back.level, focus: back.focus, camera: next.camera === current.camera ? current.camera : back.camera };
  if (given.has('selected')) out.selected = back.selected;
  if (given.has('filters')) {
    const f: Partial<Filters> = {};
    for (const k of filterKeys) (f as Record<string, unknown>)[k] = back.filters[k as keyof Filters];
    out.filters = { ...current.filters, ...f };
  }
  if (given.has('expandComposites')) out.expandComposites = back.expandComposites;
  if (given.has('layers')) out.layers = back.layers;
  if (given.has('lang')) out.lang = back.lang;
  if (given.has('table')) out.table = back.table;
  if (given.has('compare')) out.compare = back.compare;
  return keepUnchanged(current, out);
}

/**
 * The own data properties of a plain object, read once each (no getter is run), refusing any key outside
 * `allowed`. `__proto__`, `constructor` and symbols are unknown keys like any other, so nothing from a payload is
 * ever assigned by a name it chose.
 */
function ownValues(x: unknown, allowed: readonly string[], what: string): Map<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new PatchError(`${what} must be an object`);
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) throw new PatchError(`${what} must be a plain object`);
  const out = new Map<string, unknown>();
  for (const k of Reflect.ownKeys(x)) {
    if (typeof k !== 'string' || !allowed.includes(k)) throw new PatchError(`unknown key in ${what}`);
    const d = Object.getOwnPropertyDescriptor(x, k);
    if (!d || !('value' in d)) throw new PatchError(`${what}.${k} must be a value`);
    out.set(k, d.value);
  }
  return out;
}

function string(x: unknown, what: string): string {
  if (typeof x !== 'string') throw new PatchError(`${what} must be a string`);
  if (x.length > MAX_STRING) throw new PatchError(`${what} is too long`);
  return x;
}

function boolean(x: unknown, what: string): boolean {
  if (typeof x !== 'boolean') throw new PatchError(`${what} must be true or false`);
  return x;
}

function nullable<T>(x: unknown, what: string, check: (x: unknown, what: string) => T): T | null {
  return x === null ? null : check(x, what);
}

function strings(x: unknown, what: string): string[] {
  if (!Array.isArray(x)) throw new PatchError(`${what} must be a list`);
  if (x.length > MAX_LIST) throw new PatchError(`${what} is too long`);
  return Array.from({ length: x.length }, (_, i) => string(x[i], what));
}

function finite(x: unknown, what: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new PatchError(`${what} must be a number`);
  return x;
}

function pair(x: unknown, what: string): [string, string] {
  const xs = strings(x, what);
  if (xs.length !== 2) throw new PatchError(`${what} must name two regions`);
  return [xs[0]!, xs[1]!];
}

function camera(x: unknown, what: string): ViewState['camera'] {
  const v = ownValues(x, ['lng', 'lat', 'zoom'], what);
  return { lng: finite(v.get('lng'), `${what}.lng`), lat: finite(v.get('lat'), `${what}.lat`), zoom: finite(v.get('zoom'), `${what}.zoom`) };
}

function layers(current: LayerToggles, x: unknown): LayerToggles {
  const out = { ...current };
  for (const [k, v] of ownValues(x, LAYER_KEYS, 'layers')) out[k as keyof LayerToggles] = boolean(v, `layers.${k}`);
  return out;
}

function filters(current: Filters, x: unknown): { value: Filters; keys: string[] } {
  const out: Filters = { ...current };
  const given = ownValues(x, FILTER_KEYS, 'filters');
  for (const [k, v] of given) {
    const what = `filters.${k}`;
    switch (k as keyof Filters) {
      case 'categories':
        out.categories = strings(v, what) as Filters['categories'];
        break;
      case 'documents':
        out.documents = strings(v, what);
        break;
      case 'levels':
        out.levels = strings(v, what) as Filters['levels'];
        break;
      case 'departments':
        out.departments = strings(v, what);
        break;
      case 'hasTarget':
        out.hasTarget = boolean(v, what);
        break;
      case 'years': {
        if (!Array.isArray(v) || v.length !== 2) throw new PatchError(`${what} must be [from, to]`);
        out.years = [nullable(v[0], what, finite), nullable(v[1], what, finite)];
        break;
      }
      case 'text':
        out.text = string(v, what);
        break;
    }
  }
  return { value: out, keys: [...given.keys()] };
}
