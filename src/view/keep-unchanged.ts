import { VIEW_KEYS, type ViewState } from './schema.ts';
import { sameValue } from './same-value.ts';

/**
 * `next`, with each object-valued part that equals `prev`'s by value replaced by `prev`'s own object. A view
 * parsed from a URL or a message is all new objects; handing the store the old ones where nothing changed keeps
 * the memoised selectors (and deck.gl's `data` props) from recomputing for a view that only moved the selection.
 */
export function keepUnchanged(prev: ViewState, next: ViewState): ViewState {
  const out: Record<string, unknown> = { ...next };
  for (const k of VIEW_KEYS) if (typeof next[k] === 'object' && sameValue(prev[k], next[k])) out[k] = prev[k];
  return out as unknown as ViewState;
}
