import type { ViewState } from '../view/schema.ts';
import { stepViewOf } from '../view/step-view.ts';

/** One saved view of a presentation, with an optional title shown while presenting. */
export interface PresentationStep {
  /** Free text, shown as text. May be empty. */
  title: string;
  view: ViewState;
}

/** At most this many steps, and this long a title: a store larger than that is not one we wrote. */
export const MAX_STEPS = 50;
export const MAX_TITLE = 120;

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
