import type { AtlasData } from '../joins/atlas-data.ts';
import { keepUnchanged } from './keep-unchanged.ts';
import { sanitizeView } from './sanitize-view.ts';
import { DEFAULT_VIEW, VIEW_KEYS, fieldOf, type ViewState } from './schema.ts';

/** The fields a presentation step does not keep: they belong to whoever presents (the schema's `step: false`). */
const PRESENTER_KEYS = VIEW_KEYS.filter((k) => k !== 'filters' && !fieldOf(k).step);

/**
 * What a step keeps of a view: the map (level, focus, selection, camera), its filters and layers. Language,
 * basemap, embedding, the table and a comparison belong to whoever presents, not to the step: steps made in
 * Chinese can be shown in English, and a step never opens the table under a presentation that hides it.
 */
export function stepViewOf(view: ViewState): ViewState {
  return withPresenter(view, DEFAULT_VIEW);
}

/**
 * The view to show for a step: the step's map over the page's own presenter fields; cleaned against the data like
 * a URL (a region that no longer exists is dropped); parts equal to the current ones keep their identity, so
 * nothing recomputes for what did not change.
 */
export function viewForStep(current: ViewState, step: ViewState, data: AtlasData | null): ViewState {
  const next = withPresenter(step, current);
  return keepUnchanged(current, data ? sanitizeView(next, data) : next);
}

function withPresenter(view: ViewState, presenter: ViewState): ViewState {
  const out = { ...view } as Record<string, unknown>;
  for (const k of PRESENTER_KEYS) out[k] = presenter[k];
  return out as unknown as ViewState;
}
