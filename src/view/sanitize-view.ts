import type { Filters } from '../domain/filters.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import { FILTER_KEYS, VIEW_KEYS, fieldOf, filterFieldOf, normalizeLevel, type Field, type ViewState } from './schema.ts';

/**
 * Drops what a well-formed view names but the data does not hold: a focus that is not a unit of its level, a
 * selected or compared region with no name, documents and departments that are not in the tasks (each field's
 * `known` rule in the schema). The URL parser only knows shapes; this knows the data, so it runs once the data is
 * loaded.
 *
 * Falls back quietly, as the parser does: a stale link opens the nearest valid view rather than an error. Returns
 * `view` itself when nothing had to go, so callers can tell by identity.
 */
export function sanitizeView(view: ViewState, data: AtlasData): ViewState {
  const dropped = droppedFields(view, data);
  if (!dropped.length) return view;
  const next = { ...view, filters: { ...view.filters } } as Record<string, unknown> & { filters: Record<string, unknown> };
  for (const d of dropped) {
    if (d.filter) next.filters[d.key] = d.value;
    else next[d.key] = d.value;
  }
  return normalizeLevel(next as unknown as ViewState);
}

export interface DroppedField {
  key: string;
  /** A key of the filters rather than of the view. */
  filter: boolean;
  /** What remains of the value. */
  value: unknown;
  /** What an embedding page is told (`unknown region`). */
  message: string;
}

/** The fields whose values the data does not (wholly) hold, in URL order. */
export function droppedFields(view: ViewState, data: AtlasData): DroppedField[] {
  const out: DroppedField[] = [];
  const check = <T>(f: Field<T>, value: T, key: string, filter: boolean) => {
    if (!f.known) return;
    const kept = f.known.keep(value, data, view);
    if (kept !== value) out.push({ key, filter, value: kept, message: f.known.message });
  };
  for (const k of VIEW_KEYS) {
    if (k !== 'filters') check(fieldOf(k), view[k], k, false);
    else for (const f of FILTER_KEYS) check(filterFieldOf(f), view.filters[f as keyof Filters], f, true);
  }
  return out;
}
