import type { ViewState } from './view-state.ts';

const NESTED = ['filters', 'layers', 'camera', 'compare'] as const;

/**
 * `next`, with each nested part that equals `prev`'s by value replaced by `prev`'s own object. A view parsed from
 * a URL or a message is all new objects; handing the store the old ones where nothing changed keeps the memoised
 * selectors (and deck.gl's `data` props) from recomputing for a view that only moved the selection.
 */
export function keepUnchanged(prev: ViewState, next: ViewState): ViewState {
  const out: Record<string, unknown> = { ...next };
  for (const k of NESTED) if (sameValue(prev[k], next[k])) out[k] = prev[k];
  return out as unknown as ViewState;
}

/** Deep equality of plain data (objects, arrays, primitives), whatever the key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
