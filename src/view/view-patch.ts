import type { Filters } from '../domain/filters.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import { FieldError } from './field-error.ts';
import { keepUnchanged } from './keep-unchanged.ts';
import { ownValues } from './own-values.ts';
import { droppedFields } from './sanitize-view.ts';
import { sameValue } from './same-value.ts';
import { FILTER_KEYS, VIEW_KEYS, fieldOf, filterFieldOf, normalizeLevel, type Field, type ViewKey, type ViewState } from './schema.ts';
import { parseUrlState, urlParams } from './url-state.ts';

/** The result of checking a patch: the view to apply, or why nothing changes. */
export type PatchResult = { ok: true; view: ViewState } | { ok: false; error: string };

/** Extra keys of an embedding API's `getState()` answer: accepted and ignored, so `setView(getState())` works. */
const STATE_ONLY_KEYS = ['ready', 'taskCount'] as const;

/**
 * Checks a partial view handed over in code (the embedding API) and merges it into `current`. A payload is
 * accepted only if every value it gives survives the URL's own parse exactly: nothing can be set that a link could
 * not, with the same checks. Then, once the data is loaded, every region, document and department it names must
 * exist. Anything else is refused whole: no partial application.
 *
 * Fields merge as the schema says (filters and layers key by key; the rest replaced). Read-only fields (`basemap`,
 * `embed`) may only be restated. Changing `level` or `focus` without a `camera` lets the map frame the new level,
 * as a click on the breadcrumb does.
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
    return { ok: false, error: e instanceof FieldError ? e.message : 'invalid payload' };
  }
}

/** `patchView(current, { filters: patch }, data)`: the filters alone, merged field by field. */
export function patchFilters(current: ViewState, patch: unknown, data: AtlasData | null): PatchResult {
  return patchView(current, { filters: patch }, data);
}

/** One field given by the caller, by its path (`selected`, `filters.years`). */
interface Given {
  path: string;
  field: Field<unknown>;
  value: unknown;
}

function apply(current: ViewState, patch: unknown, data: AtlasData | null): ViewState {
  const { next, given } = merged(current, patch);
  if (next.level !== current.level || next.focus !== current.focus) {
    if (!given.some((g) => g.path === 'camera')) next.camera = null;
  }
  const back = roundTrip(next, given);
  if (data) {
    const dropped = droppedFields(back, data)[0];
    if (dropped) throw new FieldError(dropped.message);
  }
  // What the caller set, in the URL's normal form; what it left alone, exactly as it was.
  const out = { ...current, level: back.level, focus: back.focus, camera: next.camera === current.camera ? current.camera : back.camera } as Record<string, unknown>;
  const filters: Record<string, unknown> = { ...current.filters };
  for (const g of given) {
    const [top, sub] = g.path.split('.') as [string, string | undefined];
    if (sub) filters[sub] = back.filters[sub as keyof Filters];
    else if (top !== 'camera') out[top] = back[top as ViewKey];
  }
  if (given.some((g) => g.path.startsWith('filters.'))) out.filters = filters;
  return keepUnchanged(current, out as unknown as ViewState);
}

/** `current` with the payload's fields checked for type and merged in. */
function merged(current: ViewState, patch: unknown): { next: ViewState; given: Given[] } {
  const values = ownValues(patch, [...VIEW_KEYS, ...STATE_ONLY_KEYS], 'payload');
  const next = { ...current } as Record<string, unknown>;
  const given: Given[] = [];
  for (const k of VIEW_KEYS) {
    if (!values.has(k)) continue;
    if (k === 'filters') {
      const filters: Record<string, unknown> = { ...current.filters };
      for (const [f, v] of ownValues(values.get(k), FILTER_KEYS, 'filters')) {
        const field = filterFieldOf(f as keyof Filters);
        filters[f] = field.codec.check(v, `filters.${f}`);
        given.push({ path: `filters.${f}`, field, value: filters[f] });
      }
      next.filters = filters;
      continue;
    }
    const field = fieldOf(k);
    const v = values.get(k);
    if (field.embed === 'read-only') {
      if (!sameValue(v, current[k])) throw new FieldError(`${k} is read-only`);
      continue;
    }
    next[k] = field.merge ? field.merge(current[k], v, k) : field.codec.check(v, k);
    given.push({ path: k, field, value: next[k] });
  }
  return { next: next as unknown as ViewState, given };
}

/**
 * The URL's own checks, by a round trip: `next` printed and parsed back. A field given by the caller must print
 * the same before and after; one whose parameter a rule across fields dropped (a level with no focus) is named by
 * its label.
 */
function roundTrip(next: ViewState, given: readonly Given[]): ViewState {
  const printed = urlParams(normalizeLevel(next));
  const search = `?${new URLSearchParams(printed.map(([p, v]) => [p, v])).toString()}`;
  const back = parseUrlState(search);
  const againByParam = new Map(urlParams(back).map(([p, v]) => [p, v]));
  // In URL order first, so a bad value is named by its own field rather than by a rule across fields.
  for (const [param, value, path] of printed) if (againByParam.get(param) !== value) throw new FieldError(`invalid ${path}`);
  for (const g of given) {
    const before = g.field.codec.print(g.value);
    const after = g.field.codec.print(valueAt(back, g.path));
    if (before !== after) throw new FieldError(`invalid ${g.field.label ?? g.path}`);
  }
  return back;
}

function valueAt(v: ViewState, path: string): unknown {
  const [top, sub] = path.split('.') as [ViewKey, string | undefined];
  return sub ? v.filters[sub as keyof Filters] : v[top];
}
