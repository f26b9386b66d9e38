import type { AtlasData } from '../joins/atlas-data.ts';
import { keepUnchanged } from '../state/keep-unchanged.ts';
import { sanitizeView } from '../state/sanitize-view.ts';
import { DEFAULT_VIEW, type ViewState } from '../state/view-state.ts';

/** One saved view of a presentation, with an optional title shown while presenting. */
export interface PresentationStep {
  /** Free text, shown as text. May be empty. */
  title: string;
  view: ViewState;
}

/** At most this many steps, and this long a title: a store larger than that is not one we wrote. */
export const MAX_STEPS = 50;
export const MAX_TITLE = 120;

/**
 * What a step keeps of a view: the map (level, focus, selection, camera), its filters and layers. Language,
 * basemap, embedding, the table and a comparison belong to whoever presents, not to the step: steps made in
 * Chinese can be shown in English, and a step never opens the table under a presentation that hides it.
 */
export function stepViewOf(view: ViewState): ViewState {
  return { ...view, lang: DEFAULT_VIEW.lang, basemap: DEFAULT_VIEW.basemap, embed: DEFAULT_VIEW.embed, table: DEFAULT_VIEW.table, compare: DEFAULT_VIEW.compare };
}

/**
 * The view to show for a step: the step's map over the page's own language, basemap, embedding, table and
 * comparison; cleaned against the data like a URL (a region that no longer exists is dropped); parts equal to
 * the current ones keep their identity, so nothing recomputes for what did not change.
 */
export function viewForStep(current: ViewState, step: ViewState, data: AtlasData | null): ViewState {
  const next: ViewState = { ...step, lang: current.lang, basemap: current.basemap, embed: current.embed, table: current.table, compare: current.compare };
  return keepUnchanged(current, data ? sanitizeView(next, data) : next);
}

/** A title as kept: control characters dropped, cut to MAX_TITLE. */
export function cleanTitle(title: string): string {
  return title.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, MAX_TITLE);
}

/** The steps with one more at the end (none past MAX_STEPS). */
export function withStep(steps: readonly PresentationStep[], step: PresentationStep): PresentationStep[] {
  return steps.length >= MAX_STEPS ? [...steps] : [...steps, { title: cleanTitle(step.title), view: stepViewOf(step.view) }];
}

/** The steps without the one at `i`. */
export function withoutStep(steps: readonly PresentationStep[], i: number): PresentationStep[] {
  return steps.filter((_, k) => k !== i);
}

/** The steps with the one at `from` moved to `to` (clamped to the list). */
export function movedStep(steps: readonly PresentationStep[], from: number, to: number): PresentationStep[] {
  const out = [...steps];
  if (from < 0 || from >= out.length) return out;
  const [s] = out.splice(from, 1);
  out.splice(Math.min(Math.max(to, 0), out.length), 0, s!);
  return out;
}

/** The steps with the one at `i` titled anew. */
export function retitledStep(steps: readonly PresentationStep[], i: number, title: string): PresentationStep[] {
  return steps.map((s, k) => (k === i ? { ...s, title: cleanTitle(title) } : s));
}
