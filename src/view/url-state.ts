import type { Filters } from '../domain/filters.ts';
import { DEFAULT_VIEW, FILTER_KEYS, VIEW_KEYS, fieldOf, filterFieldOf, normalizeLevel, type Field, type ViewState } from './schema.ts';

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
  const read = <T>(f: Field<T>): T => f.codec.parse(q.get(f.param)) ?? f.default;
  const view = {} as Record<string, unknown>;
  for (const k of VIEW_KEYS) {
    if (k !== 'filters') view[k] = read(fieldOf(k));
    else view[k] = Object.fromEntries(FILTER_KEYS.map((f) => [f, read(filterFieldOf(f))])) as unknown as Filters;
  }
  return normalizeLevel(view as unknown as ViewState);
}

/** Writes a view as a query string, leaving out what equals the default, in a stable order. */
export function serializeUrlState(v: ViewState): string {
  const q = new URLSearchParams();
  for (const [param, value] of urlParams(normalizeLevel(v))) q.set(param, value);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The parameters a view prints, in URL order, with the view field each one carries (`filters.categories`). */
export function urlParams(v: ViewState): Array<[param: string, value: string, path: string]> {
  const out: Array<[string, string, string]> = [];
  const add = <T>(f: Field<T>, value: T, path: string) => {
    const printed = f.codec.print(value);
    if (printed !== null) out.push([f.param, printed, path]);
  };
  for (const k of VIEW_KEYS) {
    if (k !== 'filters') add(fieldOf(k), v[k], k);
    else for (const f of FILTER_KEYS) add(filterFieldOf(f), v.filters[f], `filters.${f}`);
  }
  return out;
}
